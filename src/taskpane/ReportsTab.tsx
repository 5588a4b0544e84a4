/** «Отчёты»: what the workbook allows, a button per report, «Все отчёты», and the outcome of the last run. */
import * as React from "react";
import { Button, Link, Text } from "@fluentui/react-components";
import { DATA_REPORT_IDS, type DataReportId, REPORT_SHEET_NAMES } from "../reports/registry";
import type { ReportSelection } from "../commands/actions";
import { runAndPublish } from "../commands/runAndPublish";
import type { RunChoice, RunEvent } from "../commands/store";
import { activateSheet, selectCell, type WorkbookView } from "../excel/api";
import { REPORT_PAGE } from "./OutsideExcel";
import type { SheetActions } from "./ProblemList";
import { RunResult } from "./RunResult";
import { REPORT_BUTTONS, STRINGS } from "./strings";

const EXCEL_SHEETS: SheetActions = { openSheet: activateSheet, selectCell };

/** The five reports of a plan always have a button; the steps before a plan only when the engine lists them. */
function reportButtons(available: Set<string>): { id: DataReportId; label: string }[] {
  const extra = DATA_REPORT_IDS.filter((id) => available.has(id) && !REPORT_BUTTONS.some((b) => b.id === id));
  return [...REPORT_BUTTONS, ...extra.map((id) => ({ id, label: REPORT_SHEET_NAMES[id] }))];
}

/** What the workbook allows, a button per report and «Все отчёты» (the Excel pane's and the Р7-Офис panel's). */
export function ReportButtons({
  available,
  disabled,
  onRun,
}: {
  available: readonly string[] | undefined;
  disabled: boolean;
  onRun: (reports: ReportSelection) => void;
}): React.JSX.Element {
  const allowed = new Set<string>(available ?? []);
  const buttons = reportButtons(allowed);
  return (
    <>
      {available && (
        <Text data-testid="available">
          {STRINGS.canBuild(buttons.filter((b) => allowed.has(b.id)).map((b) => b.label))}
        </Text>
      )}
      {buttons.map(({ id, label }) => (
        <Button
          key={id}
          onClick={() => onRun([id])}
          disabled={disabled || !allowed.has(id)}
          title={allowed.has(id) ? undefined : STRINGS.notAvailable}
        >
          {label}
        </Button>
      ))}
      <Button appearance="primary" onClick={() => onRun("all")} disabled={disabled || allowed.size === 0}>
        {STRINGS.allReports}
      </Button>
    </>
  );
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
  const cannotRun = !choice || lastRun?.state === "running";
  const run = (reports: ReportSelection) => {
    if (choice) void runAndPublish(reports, choice);
  };
  return (
    <>
      <ReportButtons available={view?.available} disabled={cannotRun} onRun={run} />
      <RunResult event={lastRun} sheets={EXCEL_SHEETS} />
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
