/**
 * «Параметры» in the editor: the run's own fields (the Excel pane's, with the plan period as `shnor report --period`
 * takes it), then what is saved in the workbook's settings sheet — the curator cap and the school year's end.
 */
import * as React from "react";
import { Field, Input } from "@fluentui/react-components";
import { SettingsFields } from "../../taskpane/ParamsTab";
import { RunChoiceFields } from "../../taskpane/RunChoiceFields";
import { SaveLine } from "../../taskpane/SaveLine";
import type { RunChoiceState } from "../../taskpane/useRunChoice";
import { R7_STRINGS } from "./strings";
import type { EditorWorkbook } from "./useEditorWorkbook";

export function ParamsPanel({
  workbook,
  runChoice,
  period,
  onPeriod,
}: {
  workbook: EditorWorkbook;
  runChoice: RunChoiceState;
  period: string;
  onPeriod: (period: string) => void;
}): React.JSX.Element {
  const { survey, saveState } = workbook;
  return (
    <>
      <RunChoiceFields
        municipalities={survey?.municipalities ?? []}
        quarters={survey?.quarters ?? []}
        runChoice={runChoice}
        lastRun={workbook.lastRun}
      />
      <Field label={R7_STRINGS.periodLabel} hint={R7_STRINGS.periodHint}>
        <Input value={period} onChange={(_, data) => onPeriod(data.value)} />
      </Field>
      <SettingsFields
        settings={survey?.settings}
        saving={saveState?.state === "saving"}
        save={(settings) => void workbook.save(settings)}
      />
      <SaveLine saveState={saveState} />
    </>
  );
}
