/**
 * «Параметры»: the run's own fields, then what is saved in the workbook's settings sheet — the curator cap, the school
 * year's end, the indicators of «Показатели», the dynamics directions and «Выявление ШНОР».
 */
import * as React from "react";
import { Button, Caption1, Checkbox, Field, Input, Text } from "@fluentui/react-components";
import type { Settings } from "../core/settings";
import { readCuratorCap } from "../core/settingsSheet";
import { DynamicsView } from "./DynamicsView";
import { contextColumns } from "./identificationEdit";
import { IdentificationView } from "./IdentificationView";
import { RunChoiceFields } from "./RunChoiceFields";
import { SaveLine } from "./SaveLine";
import { indicatorOn, parseSchoolYearEnd, schoolYearEndText, withIndicator } from "./settingsEdit";
import { STRINGS } from "./strings";
import { useDraft } from "./useDraft";
import type { RunChoiceState } from "./useRunChoice";
import { useRunEvents } from "./useRunEvents";
import type { Workbook } from "./useWorkbook";

/** The curator cap and the school year's end as typed; empty until the workbook is read. */
function textsOf(settings: Settings | undefined): { cap: string; yearEnd: string } {
  return settings
    ? { cap: String(settings.curatorCap), yearEnd: schoolYearEndText(settings.schoolYearEnd) }
    : { cap: "", yearEnd: "" };
}

const IGNORE = (): void => undefined;

/** The curator cap and the school year's end, saved by their button (the Excel pane's and the Р7-Офис panel's). */
export function SettingsFields({
  settings,
  saving,
  save,
}: {
  settings: Settings | undefined;
  saving: boolean;
  save: (settings: Settings) => void;
}): React.JSX.Element {
  const [texts, setTexts] = useDraft(settings, textsOf);
  const cap = readCuratorCap(texts.cap);
  const yearEnd = parseSchoolYearEnd(texts.yearEnd);
  const changed =
    settings !== undefined &&
    cap !== null &&
    yearEnd !== null &&
    (cap !== settings.curatorCap || schoolYearEndText(yearEnd) !== schoolYearEndText(settings.schoolYearEnd));
  return (
    <>
      <Field
        label={STRINGS.curatorCapLabel}
        validationState={cap === null ? "error" : "none"}
        validationMessage={cap === null ? STRINGS.curatorCapInvalid(texts.cap) : undefined}
      >
        <Input
          inputMode="numeric"
          value={texts.cap}
          onChange={(_, data) => setTexts((t) => ({ ...t, cap: data.value }))}
        />
      </Field>
      <Field
        label={STRINGS.yearEndLabel}
        hint={STRINGS.yearEndHint}
        validationState={yearEnd === null ? "error" : "none"}
        validationMessage={yearEnd === null ? STRINGS.yearEndInvalid(texts.yearEnd) : undefined}
      >
        <Input value={texts.yearEnd} onChange={(_, data) => setTexts((t) => ({ ...t, yearEnd: data.value }))} />
      </Field>
      <Button
        disabled={!changed || saving}
        onClick={() => changed && save({ ...settings, curatorCap: cap, schoolYearEnd: yearEnd })}
      >
        {STRINGS.saveSettings}
      </Button>
    </>
  );
}

export function ParamsTab({
  workbook,
  runChoice,
}: {
  workbook: Workbook;
  runChoice: RunChoiceState;
}): React.JSX.Element {
  const { view, save, saveState } = workbook;
  const saving = saveState?.state === "saving";
  const lastRun = useRunEvents(IGNORE);
  return (
    <>
      <RunChoiceFields
        municipalities={view?.municipalities ?? []}
        quarters={view?.quarters ?? []}
        runChoice={runChoice}
        lastRun={lastRun}
      />
      <SettingsFields settings={view?.settings} saving={saving} save={save} />
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
              disabled={saving}
              onChange={(_, data) =>
                save({
                  ...view.settings,
                  indicatorsOff: withIndicator(view.settings.indicatorsOff, name, data.checked === true),
                })
              }
            />
          ))}
        </div>
      )}
      {view && view.dynamics.length > 0 && <DynamicsView view={view} saving={saving} onSave={save} />}
      {view && view.available.includes("identification") && (
        <IdentificationView
          settings={view.settings.identification}
          columns={contextColumns(view.tables)}
          saving={saving}
          onSave={(identification) => save({ ...view.settings, identification })}
        />
      )}
      <SaveLine saveState={saveState} />
    </>
  );
}
