/** The outcome of the last run (from the pane or the ribbon), as the store reports it. */
import * as React from "react";
import { Caption1, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import { problemPlace } from "../core/problems";
import type { RunEvent } from "../commands/store";
import { STRINGS } from "./strings";

export function RunResult({ event }: { event: RunEvent | undefined }): React.JSX.Element | null {
  if (!event) return null;
  if (event.state === "running") return <Spinner size="tiny" label={STRINGS.running} />;
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
  return (
    <MessageBar intent={summary.skipped.length > 0 ? "warning" : "success"} role="status">
      <MessageBarBody>
        <MessageBarTitle>{STRINGS.doneTitle}</MessageBarTitle>
        {summary.written.map((w) => (
          <Caption1 block key={w.sheetName}>
            {STRINGS.written(w.sheetName)}
          </Caption1>
        ))}
        {summary.summary.map((line) => (
          <Caption1 block key={line}>
            {line}
          </Caption1>
        ))}
        {summary.skipped.map((line) => (
          <Caption1 block key={line}>{`${STRINGS.skipped}: ${line}`}</Caption1>
        ))}
        {summary.problems.slice(0, 20).map((problem, i) => (
          <Caption1 block key={i}>
            {[problemPlace(problem), problem.message].filter(Boolean).join(": ")}
          </Caption1>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
