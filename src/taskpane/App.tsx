/**
 * The task pane (fits 320 px): «Что найдено», «Параметры», «Отчёты», «Формулы» as tabs. Column meanings, the plan
 * period, the curator cap, the school year's end, the dynamics directions and «Выявление ШНОР» are saved to the
 * settings sheet; «на дату», the municipality and the quarter are for the run only.
 */
import * as React from "react";
import {
  Button,
  Caption1,
  Checkbox,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  Tab,
  TabList,
  Text,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { isoDay, parseIsoDay, today } from "../core/calendar";
import type { Settings } from "../core/settings";
import { DATA_REPORT_IDS, REPORT_SHEET_NAMES } from "../reports/registry";
import type { ReportSelection } from "../commands/actions";
import { errorText } from "../commands/errorText";
import { runAndPublish } from "../commands/runAndPublish";
import { pinChoice, subscribeRuns, type RunChoice, type RunEvent } from "../commands/store";
import { recognizeWorkbook, saveSettings, type WorkbookView } from "../excel/api";
import { DynamicsView } from "./DynamicsView";
import { FormulasView } from "./FormulasView";
import { contextColumns } from "./identificationEdit";
import { IdentificationView } from "./IdentificationView";
import type { HostState } from "./host";
import { RecognitionView } from "./RecognitionView";
import { RunResult } from "./RunResult";
import { readCuratorCap } from "../core/settingsSheet";
import { indicatorOn, parseSchoolYearEnd, schoolYearEndText, withIndicator } from "./settingsEdit";
import { REPORT_BUTTONS, STRINGS } from "./strings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: "100%",
    boxSizing: "border-box",
  },
  header: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: tokens.spacingHorizontalS },
  tabs: { flexWrap: "wrap" },
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

type TabId = keyof typeof STRINGS.tabs;
type SaveState = { state: "saving" } | { state: "saved" } | { state: "failed"; message: string };

/** The five reports of a plan always have a button; the steps before a plan only when the engine lists them. */
function reportButtons(available: Set<string>): { id: (typeof DATA_REPORT_IDS)[number]; label: string }[] {
  const extra = DATA_REPORT_IDS.filter((id) => available.has(id) && !REPORT_BUTTONS.some((b) => b.id === id));
  return [...REPORT_BUTTONS, ...extra.map((id) => ({ id, label: REPORT_SHEET_NAMES[id] }))] as { id: (typeof DATA_REPORT_IDS)[number]; label: string }[];
}

export function App({ host }: { host: HostState }): React.JSX.Element {
  const styles = useStyles();
  const [tab, setTab] = React.useState<TabId>("found");
  const [view, setView] = React.useState<WorkbookView | undefined>();
  const [readError, setReadError] = React.useState<string | undefined>();
  const [reading, setReading] = React.useState(false);
  const [save, setSave] = React.useState<SaveState | undefined>();
  const [asOfIso, setAsOfIso] = React.useState(() => isoDay(today()));
  const [municipality, setMunicipality] = React.useState("");
  const [quarter, setQuarter] = React.useState("");
  const [capText, setCapText] = React.useState("");
  const [yearEndText, setYearEndText] = React.useState("");
  const [lastRun, setLastRun] = React.useState<RunEvent | undefined>();

  const asOf = parseIsoDay(asOfIso);
  const choice: RunChoice | null = asOf === null ? null : { asOf, ...(municipality ? { municipality } : {}), ...(quarter ? { quarterText: quarter } : {}) };
  const available = new Set<string>(view?.available ?? []);
  React.useEffect(() => pinChoice(choice ?? undefined), [choice?.asOf, choice?.municipality, choice?.quarterText]);
  React.useEffect(
    () =>
      subscribeRuns((event) => {
        setLastRun(event);
        setTab("reports"); // a ribbon run is followed where its outcome is shown
      }),
    [],
  );

  const read = React.useCallback(async () => {
    setReading(true);
    setReadError(undefined);
    try {
      const found = await recognizeWorkbook();
      setView(found);
      setCapText(String(found.settings.curatorCap));
      setYearEndText(schoolYearEndText(found.settings.schoolYearEnd));
    } catch (error) {
      setReadError(errorText(error));
    } finally {
      setReading(false);
    }
  }, []);

  const store = React.useCallback(
    async (settings: Settings) => {
      setSave({ state: "saving" });
      try {
        await saveSettings(settings);
        await read();
        setSave({ state: "saved" });
      } catch (error) {
        setSave({ state: "failed", message: errorText(error) });
      }
    },
    [read],
  );

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
  const cap = readCuratorCap(capText);
  const yearEnd = parseSchoolYearEnd(yearEndText);
  const settingsChanged =
    view !== undefined && cap !== null && yearEnd !== null && (cap !== view.settings.curatorCap || schoolYearEndText(yearEnd) !== schoolYearEndText(view.settings.schoolYearEnd));
  const saveLine = save && (
    <Caption1 role={save.state === "failed" ? "alert" : "status"} data-testid="save-state">
      {save.state === "saving" ? STRINGS.saving : save.state === "saved" ? STRINGS.saved : `${STRINGS.saveFailed}: ${save.message}`}
    </Caption1>
  );

  return (
    <main className={styles.root}>
      <div className={styles.header}>
        <Title3 as="h1">{STRINGS.title}</Title3>
        <Button size="small" onClick={() => void read()} disabled={reading}>
          {STRINGS.refresh}
        </Button>
      </div>
      <TabList className={styles.tabs} size="small" aria-label={STRINGS.tabsLabel} selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as TabId)}>
        {(Object.keys(STRINGS.tabs) as TabId[]).map((id) => (
          <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`panel-${id}`}>
            {STRINGS.tabs[id]}
          </Tab>
        ))}
      </TabList>
      {reading && <Spinner size="tiny" label={STRINGS.reading} />}
      {readError && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{`${STRINGS.readFailed}: ${readError}`}</MessageBarBody>
        </MessageBar>
      )}
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className={styles.stack}>
        {tab === "found" && view && (
          <>
            <RecognitionView view={view} onSave={(settings) => void store(settings)} />
            {saveLine}
          </>
        )}
        {tab === "params" && (
          <>
            <Field label={STRINGS.asOfLabel} hint={STRINGS.asOfHint} validationState={asOf === null ? "error" : "none"} validationMessage={asOf === null ? STRINGS.asOfInvalid : undefined}>
              <Input type="date" value={asOfIso} onChange={(_, data) => setAsOfIso(data.value)} />
            </Field>
            <Field label={STRINGS.municipalityLabel} hint={STRINGS.municipalityHint}>
              <Dropdown
                value={municipality || STRINGS.allMunicipalities}
                selectedOptions={[municipality]}
                onOptionSelect={(_, data) => setMunicipality(data.optionValue === "\u0000all" ? "" : (data.optionValue ?? ""))}
              >
                <Option value={"\u0000all"}>{STRINGS.allMunicipalities}</Option>
                {(view?.municipalities ?? []).map((name) => (
                  <Option key={name} value={name}>
                    {name}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            {(view?.quarters.length ?? 0) > 0 && (
              <Field label={STRINGS.quarterLabel} hint={STRINGS.quarterHint}>
                <Dropdown
                  value={view?.quarters.find((q) => q.key === quarter)?.label ?? STRINGS.quarterDefault}
                  selectedOptions={[quarter]}
                  onOptionSelect={(_, data) => setQuarter(data.optionValue === "\u0000last" ? "" : (data.optionValue ?? ""))}
                >
                  <Option value={"\u0000last"}>{STRINGS.quarterDefault}</Option>
                  {view!.quarters.map((q) => (
                    <Option key={q.key} value={q.key}>
                      {q.label}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
            )}
            <Field label={STRINGS.curatorCapLabel} validationState={cap === null ? "error" : "none"} validationMessage={cap === null ? STRINGS.curatorCapInvalid(capText) : undefined}>
              <Input inputMode="numeric" value={capText} onChange={(_, data) => setCapText(data.value)} />
            </Field>
            <Field
              label={STRINGS.yearEndLabel}
              hint={STRINGS.yearEndHint}
              validationState={yearEnd === null ? "error" : "none"}
              validationMessage={yearEnd === null ? STRINGS.yearEndInvalid(yearEndText) : undefined}
            >
              <Input value={yearEndText} onChange={(_, data) => setYearEndText(data.value)} />
            </Field>
            <Button
              disabled={!settingsChanged || save?.state === "saving"}
              onClick={() => view && cap !== null && yearEnd !== null && void store({ ...view.settings, curatorCap: cap, schoolYearEnd: yearEnd })}
            >
              {STRINGS.saveSettings}
            </Button>
            {view && view.indicators.length > 0 && (
              <div role="group" aria-labelledby="indicators-title" aria-describedby="indicators-hint">
                <Text weight="semibold" block id="indicators-title">
                  {STRINGS.indicatorsTitle}
                </Text>
                <Caption1 block id="indicators-hint">
                  {STRINGS.indicatorsHint}
                </Caption1>
                {view.indicators.map((name) => (
                  <Checkbox
                    key={name}
                    label={name}
                    checked={indicatorOn(view.settings.indicatorsOff, name)}
                    disabled={save?.state === "saving"}
                    onChange={(_, data) => void store({ ...view.settings, indicatorsOff: withIndicator(view.settings.indicatorsOff, name, data.checked === true) })}
                  />
                ))}
              </div>
            )}
            {view && view.dynamics.length > 0 && <DynamicsView view={view} saving={save?.state === "saving"} onSave={(settings) => void store(settings)} />}
            {view && available.has("identification") && (
              <IdentificationView
                settings={view.settings.identification}
                columns={contextColumns(view.tables)}
                saving={save?.state === "saving"}
                onSave={(identification) => void store({ ...view.settings, identification })}
              />
            )}
            {saveLine}
          </>
        )}
        {tab === "reports" && (
          <>
            {view && <Text data-testid="available">{STRINGS.canBuild(reportButtons(available).filter((b) => available.has(b.id)).map((b) => b.label))}</Text>}
            {reportButtons(available).map(({ id, label }) => (
              <Button key={id} onClick={() => run([id])} disabled={!choice || running || !available.has(id)} title={available.has(id) ? undefined : STRINGS.notAvailable}>
                {label}
              </Button>
            ))}
            <Button appearance="primary" onClick={() => run("all")} disabled={!choice || running || available.size === 0}>
              {STRINGS.allReports}
            </Button>
            <RunResult event={lastRun} />
          </>
        )}
        {tab === "formulas" && <FormulasView />}
      </div>
    </main>
  );
}
