/**
 * The outcome of the last run, next to the report buttons: in Excel as the store reports it (from the pane or the
 * ribbon), in Р7-Офис as the panel ran it; `sheets` opens a written sheet and selects a problem's cell in that host.
 */
import * as React from "react";
import {
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Field,
} from "@fluentui/react-components";
import { errorText } from "../core/errorText";
import type { RunEvent } from "../commands/store";
import { ProblemList, type SheetActions } from "./ProblemList";
import { STRINGS } from "./strings";

export function RunResult({
  event,
  sheets,
}: {
  event: RunEvent | undefined;
  sheets: SheetActions;
}): React.JSX.Element | null {
  const [openError, setOpenError] = React.useState<string | undefined>();
  if (!event) return null;
  if (event.state === "running") {
    return (
      <Field validationMessage={STRINGS.running} validationState="none">
        <ProgressBar aria-label={STRINGS.running} />
      </Field>
    );
  }
  if (event.state === "failed") {
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{STRINGS.failedTitle}</MessageBarTitle>
          {event.message}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const { summary } = event;
  const open = (sheet: string) => {
    setOpenError(undefined);
    sheets.openSheet(sheet).catch((error: unknown) => setOpenError(errorText(error)));
  };
  return (
    <MessageBar intent={summary.skipped.length > 0 ? "warning" : "success"} role="status" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{STRINGS.doneTitle}</MessageBarTitle>
        {summary.summary.map((line) => (
          <Caption1 block key={line} data-testid="run-summary">
            {line}
          </Caption1>
        ))}
        {summary.written.map((w) => (
          <Caption1 block key={w.sheetName}>
            <Link as="button" inline onClick={() => open(w.sheetName)} aria-label={STRINGS.openSheet(w.sheetName)}>
              {STRINGS.written(w.sheetName)}
            </Link>
          </Caption1>
        ))}
        {openError && (
          <Caption1 block role="alert">
            {openError}
          </Caption1>
        )}
        {summary.skipped.map((line) => (
          <Caption1 block key={line}>{`${STRINGS.skipped}: ${line}`}</Caption1>
        ))}
        {summary.problems.length > 0 && <ProblemList problems={summary.problems} selectCell={sheets.selectCell} />}
      </MessageBarBody>
    </MessageBar>
  );
}
