/**
 * «Параметры» in the editor: the run's own fields (the Excel pane's, with the plan period as `shnor report --period`
 * takes it), then what is saved in the workbook's settings sheet, with the Excel pane's own fields: the curator cap,
 * the school year's end, the indicators, the dynamics directions and «Выявление ШНОР».
 */
import * as React from "react";
import { Field, Input } from "@fluentui/react-components";
import { StoredSettingsFields } from "../../taskpane/ParamsTab";
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
      <StoredSettingsFields choices={survey} saving={saveState?.state === "saving"} save={workbook.save} />
      <SaveLine saveState={saveState} />
    </>
  );
}
