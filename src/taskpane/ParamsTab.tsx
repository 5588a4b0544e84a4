/**
 * «Параметры»: the run's own fields, then what is saved in the workbook's settings sheet — the curator cap, the school
 * year's end, the indicators of «Показатели», the dynamics directions and «Выявление ШНОР».
 */
import * as React from "react";
import { Button, Caption1, Checkbox, Field, Input, Text } from "@fluentui/react-components";
import type { DynamicsChoice } from "../core/indicators/indicatorColumns";
import type { Settings } from "../core/settings";
import { readCuratorCap } from "../core/settingsSheet";
import type { ReportId } from "../reports/model";
import type { RecognizedTable } from "../reports/recognition";
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
import type { SaveSettings, Workbook } from "./useWorkbook";

/** The curator cap and the school year's end as typed; empty until the workbook is read. */
function textsOf(settings: Settings | undefined): { cap: string; yearEnd: string } {
  return settings
    ? { cap: String(settings.curatorCap), yearEnd: schoolYearEndText(settings.schoolYearEnd) }
    : { cap: "", yearEnd: "" };
}

const IGNORE = (): void => undefined;

/** The curator cap and the school year's end, saved by their button. */
function SettingsFields({
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

/** What «Параметры» edits besides the run: the settings read from the workbook and what they can be set for. */
export interface SettingsChoices {
  settings: Settings;
  /** Every indicator, those switched off too (the switches). */
  indicators: readonly string[];
  dynamics: readonly DynamicsChoice[];
  available: readonly ReportId[];
  tables: readonly RecognizedTable[];
}

/**
 * The settings the next change is made to: those last written, until the workbook is read again, else those read. So
 * a change made before the re-read (or after a failed one) is saved on top of the last save, never on top of the
 * settings read before it, which would undo that save. A re-read replaces them: the sheet may have been edited by hand.
 */
function useLastWritten(read: Settings | undefined, save: SaveSettings): [Settings | undefined, SaveSettings] {
  const [written, setWritten] = React.useState<{ settings: Settings; over: Settings | undefined }>();
  // The read when the save is written (not when it started): a read that came back meanwhile may predate the save.
  const current = React.useRef(read);
  React.useEffect(() => {
    current.current = read;
  }, [read]);
  const saveOnLast = React.useCallback(
    async (settings: Settings) => {
      const ok = await save(settings);
      if (ok) setWritten({ settings, over: current.current });
      return ok;
    },
    [save],
  );
  return [written !== undefined && written.over === read ? written.settings : read, saveOnLast];
}

/**
 * The settings sheet's fields, the Excel pane's and the Р7-Офис panel's: the curator cap and the school year's end,
 * the indicators of «Показатели», the dynamics directions and «Выявление ШНОР» — each saved whole with `save`.
 * `choices` is undefined until the workbook is read.
 */
export function StoredSettingsFields({
  choices,
  saving,
  save: saveToWorkbook,
}: {
  choices: SettingsChoices | undefined;
  saving: boolean;
  save: SaveSettings;
}): React.JSX.Element {
  const [settings, saveOnLast] = useLastWritten(choices?.settings, saveToWorkbook);
  const save = (next: Settings): void => void saveOnLast(next);
  return (
    <>
      <SettingsFields settings={settings} saving={saving} save={save} />
      {choices && settings && choices.indicators.length > 0 && (
        <div role="group" aria-labelledby="indicators-title" aria-describedby="indicators-hint">
          <Text weight="semibold" block id="indicators-title">
            {STRINGS.indicatorsTitle}
          </Text>
          <Caption1 block id="indicators-hint">
            {STRINGS.indicatorsHint}
          </Caption1>
          {choices.indicators.map((name) => (
            <Checkbox
              key={name}
              label={name}
              checked={indicatorOn(settings.indicatorsOff, name)}
              disabled={saving}
              onChange={(_, data) =>
                save({ ...settings, indicatorsOff: withIndicator(settings.indicatorsOff, name, data.checked === true) })
              }
            />
          ))}
        </div>
      )}
      {choices && settings && choices.dynamics.length > 0 && (
        <DynamicsView dynamics={choices.dynamics} settings={settings} saving={saving} onSave={save} />
      )}
      {choices && settings && choices.available.includes("identification") && (
        <IdentificationView
          settings={settings.identification}
          columns={contextColumns(choices.tables)}
          saving={saving}
          onSave={(identification) => save({ ...settings, identification })}
        />
      )}
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
  const lastRun = useRunEvents(IGNORE);
  return (
    <>
      <RunChoiceFields
        municipalities={view?.municipalities ?? []}
        quarters={view?.quarters ?? []}
        runChoice={runChoice}
        lastRun={lastRun}
      />
      <StoredSettingsFields choices={view} saving={saveState?.state === "saving"} save={save} />
      <SaveLine saveState={saveState} />
    </>
  );
}
