/** «Отчёты» in the editor: the Excel pane's report buttons and run outcome, with the door's progress while it runs. */
import * as React from "react";
import { Caption1 } from "@fluentui/react-components";
import type { ReportSelection } from "../../commands/actions";
import type { SheetActions } from "../../taskpane/ProblemList";
import { ReportButtons } from "../../taskpane/ReportsTab";
import { RunResult } from "../../taskpane/RunResult";
import type { RunRequest } from "../door";
import type { EditorWorkbook } from "./useEditorWorkbook";

export function ReportsPanel({
  workbook,
  request,
  sheets,
}: {
  workbook: EditorWorkbook;
  /** The run's choices; undefined while «на дату» is not a date. */
  request: RunRequest | undefined;
  sheets: SheetActions;
}): React.JSX.Element {
  const { survey, lastRun, progress, reading } = workbook;
  const running = lastRun?.state === "running";
  const run = (reports: ReportSelection): void => {
    if (request) void workbook.run(reports, request);
  };
  return (
    <>
      <ReportButtons available={survey?.available} disabled={!request || running || reading} onRun={run} />
      <RunResult event={lastRun} sheets={sheets} />
      {progress && (
        <Caption1 role="status" data-testid="progress">
          {progress}
        </Caption1>
      )}
    </>
  );
}
