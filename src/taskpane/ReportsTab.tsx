/** «Отчёты»: what the workbook allows, a button per report, «Все отчёты», and the outcome of the last run. */
import * as React from "react";
import { Button, Link, Text } from "@fluentui/react-components";
import { DATA_REPORT_IDS, type DataReportId, REPORT_SHEET_NAMES } from "../reports/registry";
import type { ReportSelection } from "../commands/actions";
import { runAndPublish } from "../commands/runAndPublish";
import type { RunChoice, RunEvent } from "../commands/store";
import type { WorkbookView } from "../excel/api";
import { REPORT_PAGE } from "./OutsideExcel";
import { RunResult } from "./RunResult";
import { REPORT_BUTTONS, STRINGS } from "./strings";

/** The five reports of a plan always have a button; the steps before a plan only when the engine lists them. */
function reportButtons(available: Set<string>): { id: DataReportId; label: string }[] {
  const extra = DATA_REPORT_IDS.filter((id) => available.has(id) && !REPORT_BUTTONS.some((b) => b.id === id));
  return [...REPORT_BUTTONS, ...extra.map((id) => ({ id, label: REPORT_SHEET_NAMES[id] }))];
}

export function ReportsTab({
  view,
  choice,
  lastRun,
}: {
  view: WorkbookView | undefined;
  choice: RunChoice | undefined;
  lastRun: RunEvent | undefined;
}): React.JSX.Element {
  const available = new Set<string>(view?.available ?? []);
  const buttons = reportButtons(available);
  const cannotRun = !choice || lastRun?.state === "running";
  const run = (reports: ReportSelection) => {
    if (choice) void runAndPublish(reports, choice);
  };
  return (
    <>
      {view && (
        <Text data-testid="available">
          {STRINGS.canBuild(buttons.filter((b) => available.has(b.id)).map((b) => b.label))}
        </Text>
      )}
      {buttons.map(({ id, label }) => (
        <Button
          key={id}
          onClick={() => run([id])}
          disabled={cannotRun || !available.has(id)}
          title={available.has(id) ? undefined : STRINGS.notAvailable}
        >
          {label}
        </Button>
      ))}
      <Button appearance="primary" onClick={() => run("all")} disabled={cannotRun || available.size === 0}>
        {STRINGS.allReports}
      </Button>
      <RunResult event={lastRun} />
      {/* A workbook per municipality is no work for Excel windows one by one: the round is the report page's (SPEC §10). */}
      <Text>
        {STRINGS.formsRound}{" "}
        <Link href={`${REPORT_PAGE}#formsSection`} target="_blank" rel="noopener">
          {STRINGS.formsSection}
        </Link>
        .
      </Text>
    </>
  );
}
