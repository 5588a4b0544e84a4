/** The task pane: what was found in the workbook, «на дату», and one button per report (fits 320 px). */
import * as React from "react";
import {
  Button,
  Divider,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Text,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { formatDay, parseDottedDay, today } from "../core/calendar";
import type { Recognition } from "../reports/recognition";
import type { ReportSelection } from "../commands/actions";
import { errorText } from "../commands/errorText";
import { runAndPublish } from "../commands/runAndPublish";
import { pinChoice, subscribeRuns, type RunChoice, type RunEvent } from "../commands/store";
import { recognizeWorkbook } from "../excel/api";
import type { HostState } from "./host";
import { RecognitionView } from "./RecognitionView";
import { RunResult } from "./RunResult";
import { REPORT_BUTTONS, STRINGS } from "./strings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: "280px",
    maxWidth: "100%",
    boxSizing: "border-box",
  },
  header: { display: "flex", justifyContent: "space-between", alignItems: "center" },
  buttons: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** The run choice the fields describe, or null while «на дату» is not a date. */
function choiceOf(asOfText: string, municipality: string, period: string): RunChoice | null {
  const asOf = parseDottedDay(asOfText);
  if (asOf === null) return null;
  return {
    asOf,
    ...(municipality.trim() ? { municipality: municipality.trim() } : {}),
    ...(period.trim() ? { planPeriodText: period.trim() } : {}),
  };
}

export function App({ host }: { host: HostState }): React.JSX.Element {
  const styles = useStyles();
  const [recognition, setRecognition] = React.useState<Recognition | undefined>();
  const [readError, setReadError] = React.useState<string | undefined>();
  const [reading, setReading] = React.useState(false);
  const [asOfText, setAsOfText] = React.useState(() => formatDay(today()));
  const [municipality, setMunicipality] = React.useState("");
  const [period, setPeriod] = React.useState("");
  const [lastRun, setLastRun] = React.useState<RunEvent | undefined>();

  const choice = choiceOf(asOfText, municipality, period);
  const available = new Set(recognition?.available ?? []);
  React.useEffect(() => pinChoice(choice ?? undefined), [choice?.asOf, choice?.municipality, choice?.planPeriodText]);
  React.useEffect(() => subscribeRuns(setLastRun), []);

  const read = React.useCallback(async () => {
    setReading(true);
    setReadError(undefined);
    try {
      setRecognition(await recognizeWorkbook());
    } catch (error) {
      setReadError(errorText(error));
    } finally {
      setReading(false);
    }
  }, []);

  React.useEffect(() => {
    if (host === "excel") void read();
  }, [host, read]);
  // A finished run may have added report sheets or changed what is available.
  React.useEffect(() => {
    if (lastRun?.state === "done") void read();
  }, [lastRun, read]);

  if (host !== "excel") {
    return (
      <main className={styles.root}>
        <Title3 as="h1">{STRINGS.title}</Title3>
        {host === "waiting" ? (
          <Spinner size="small" label={STRINGS.waitingForExcel} />
        ) : (
          <MessageBar intent="warning" role="alert">
            <MessageBarBody>{STRINGS.outsideExcel}</MessageBarBody>
          </MessageBar>
        )}
      </main>
    );
  }

  const running = lastRun?.state === "running";
  const run = (reports: ReportSelection) => {
    if (choice) void runAndPublish(reports, choice);
  };
  return (
    <main className={styles.root}>
      <Title3 as="h1">{STRINGS.title}</Title3>
      <div className={styles.header}>
        <Subtitle2 as="h2">{STRINGS.foundTitle}</Subtitle2>
        <Button size="small" onClick={() => void read()} disabled={reading}>
          {STRINGS.refresh}
        </Button>
      </div>
      {reading && <Spinner size="tiny" label={STRINGS.reading} />}
      {readError && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{`${STRINGS.readFailed}: ${readError}`}</MessageBarBody>
        </MessageBar>
      )}
      {recognition && <RecognitionView recognition={recognition} />}
      {recognition && (
        <Text data-testid="available">{STRINGS.canBuild(REPORT_BUTTONS.filter((b) => available.has(b.id)).map((b) => b.label))}</Text>
      )}
      <Divider />
      <Subtitle2 as="h2">{STRINGS.reportsTitle}</Subtitle2>
      <Field
        label={STRINGS.asOfLabel}
        hint={STRINGS.asOfHint}
        validationState={choice ? "none" : "error"}
        validationMessage={choice ? undefined : STRINGS.asOfInvalid(asOfText)}
      >
        <Input value={asOfText} onChange={(_, data) => setAsOfText(data.value)} />
      </Field>
      <Field label={STRINGS.municipalityLabel}>
        <Input value={municipality} onChange={(_, data) => setMunicipality(data.value)} />
      </Field>
      <Field label={STRINGS.periodLabel} hint={STRINGS.periodHint}>
        <Input value={period} onChange={(_, data) => setPeriod(data.value)} />
      </Field>
      <div className={styles.buttons}>
        {REPORT_BUTTONS.map(({ id, label }) => (
          <Button
            key={id}
            onClick={() => run([id])}
            disabled={!choice || running || !available.has(id)}
            title={available.has(id) ? undefined : STRINGS.notAvailable}
          >
            {label}
          </Button>
        ))}
        <Button appearance="primary" onClick={() => run("all")} disabled={!choice || running || available.size === 0}>
          {STRINGS.allReports}
        </Button>
      </div>
      <RunResult event={lastRun} />
    </main>
  );
}
