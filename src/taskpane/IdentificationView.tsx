/**
 * «Выявление ШНОР» in «Параметры»: threshold, procedures per year, partner cap, ИСБШ components and the interview
 * timetable, saved to the settings sheet.
 */
import * as React from "react";
import {
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  Option,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { IdentificationSettings, Normalisation } from "../core/identification/settings";
import {
  type ComponentDraft,
  draftErrors,
  draftOf,
  hasErrors,
  newComponent,
  type TimetableDraft,
  withIdentificationDraft,
} from "./identificationEdit";
import { STRINGS } from "./strings";
import { useDraft } from "./useDraft";

const S = STRINGS.identification;

const useStyles = makeStyles({
  stack: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  component: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
});

export function IdentificationView({
  settings,
  columns,
  onSave,
  saving,
}: {
  settings: IdentificationSettings;
  /** Numeric headers of the context table; empty → the column is typed. */
  columns: string[];
  onSave: (settings: IdentificationSettings) => void;
  saving: boolean;
}): React.JSX.Element {
  const styles = useStyles();
  // What the workbook holds after a save or a refresh replaces what was typed.
  const [draft, setDraft] = useDraft(settings, draftOf);
  const [tried, setTried] = React.useState(false);

  const errors = draftErrors(draft);
  const shown = hasErrors(errors);
  const setComponent = (i: number, change: Partial<ComponentDraft>) =>
    setDraft((d) => ({
      ...d,
      components: d.components.map((c, j) => (j === i ? { ...c, ...change } : c)),
    }));
  const setTimetable = (change: Partial<TimetableDraft>) =>
    setDraft((d) => ({ ...d, timetable: { ...d.timetable, ...change } }));
  /** One number field of the rules above the components, with its message. */
  const countField = (
    field: "threshold" | "proceduresPerYear" | "partnerCap",
    label: string,
    inputMode: "decimal" | "numeric",
  ) => (
    <Field label={label} validationState={errors[field] ? "error" : "none"} validationMessage={errors[field]}>
      <Input
        inputMode={inputMode}
        value={draft[field]}
        onChange={(_, data) => setDraft((d) => ({ ...d, [field]: data.value }))}
      />
    </Field>
  );
  /** One text field of the timetable, with its message. */
  const timetableField = (field: keyof TimetableDraft, label: string, hint?: string, type?: "date") => (
    <Field
      label={label}
      hint={hint}
      validationState={errors.timetable[field] ? "error" : "none"}
      validationMessage={errors.timetable[field]}
    >
      <Input
        type={type}
        inputMode={type ? undefined : field === "days" || field === "slotMinutes" ? "numeric" : "text"}
        value={draft.timetable[field]}
        onChange={(_, data) => setTimetable({ [field]: data.value })}
      />
    </Field>
  );
  const save = () => {
    setTried(true);
    const next = withIdentificationDraft(settings, draft);
    if (next !== null) onSave(next);
  };

  return (
    <section className={styles.stack} aria-labelledby="identification-title" data-testid="identification">
      <Subtitle2 as="h2" id="identification-title">
        {S.title}
      </Subtitle2>
      <Caption1>{S.hint}</Caption1>
      {countField("threshold", S.threshold, "decimal")}
      {countField("proceduresPerYear", S.proceduresPerYear, "numeric")}
      {countField("partnerCap", S.partnerCap, "numeric")}
      <Subtitle2 as="h3">{S.components}</Subtitle2>
      {draft.components.length === 0 && <Caption1>{S.noComponents}</Caption1>}
      {draft.components.map((c, i) => {
        const n = i + 1;
        const error = errors.components[i];
        const offered = columns.includes(c.column) || c.column === "" ? columns : [c.column, ...columns];
        return (
          <div key={i} className={styles.component} role="group" aria-label={S.component(n)}>
            <Field
              label={S.column(n)}
              validationState={error.column ? "error" : "none"}
              validationMessage={error.column}
            >
              {columns.length > 0 ? (
                <Dropdown
                  value={c.column}
                  selectedOptions={[c.column]}
                  onOptionSelect={(_, data) => setComponent(i, { column: data.optionValue ?? "" })}
                >
                  {offered.map((header) => (
                    <Option key={header} value={header}>
                      {header}
                    </Option>
                  ))}
                </Dropdown>
              ) : (
                <Input value={c.column} onChange={(_, data) => setComponent(i, { column: data.value })} />
              )}
            </Field>
            <Field label={S.direction(n)}>
              <Dropdown
                value={c.direction > 0 ? S.plus : S.minus}
                selectedOptions={[String(c.direction)]}
                onOptionSelect={(_, data) =>
                  setComponent(i, {
                    direction: data.optionValue === "-1" ? -1 : 1,
                  })
                }
              >
                <Option value="1">{S.plus}</Option>
                <Option value="-1">{S.minus}</Option>
              </Dropdown>
            </Field>
            <Field
              label={S.weight(n)}
              validationState={error.weight ? "error" : "none"}
              validationMessage={error.weight}
            >
              <Input
                inputMode="decimal"
                value={c.weight}
                onChange={(_, data) => setComponent(i, { weight: data.value })}
              />
            </Field>
            <Field label={S.normalisation(n)}>
              <Dropdown
                value={c.normalisation === "z" ? S.z : S.minmax}
                selectedOptions={[c.normalisation]}
                onOptionSelect={(_, data) =>
                  setComponent(i, {
                    normalisation: (data.optionValue ?? "minmax") as Normalisation,
                  })
                }
              >
                <Option value="minmax">{S.minmax}</Option>
                <Option value="z">{S.z}</Option>
              </Dropdown>
            </Field>
            <Button
              size="small"
              onClick={() =>
                setDraft((d) => ({
                  ...d,
                  components: d.components.filter((_, j) => j !== i),
                }))
              }
            >
              {S.remove(n)}
            </Button>
          </div>
        );
      })}
      <Button
        size="small"
        onClick={() =>
          setDraft((d) => ({
            ...d,
            components: [...d.components, newComponent(columns, d.components)],
          }))
        }
      >
        {S.add}
      </Button>
      <Subtitle2 as="h3">{S.timetable}</Subtitle2>
      {timetableField("firstDay", S.firstDay, S.firstDayHint, "date")}
      {timetableField("days", S.days)}
      {timetableField("dayStart", S.dayStart, S.timeHint)}
      {timetableField("dayEnd", S.dayEnd, S.timeHint)}
      {timetableField("slotMinutes", S.slotMinutes)}
      {timetableField("lunch", S.lunch, S.lunchHint)}
      <Button disabled={saving} onClick={save}>
        {S.save}
      </Button>
      {tried && shown && (
        <Caption1 role="alert" data-testid="identification-invalid">
          {S.notSaved}
        </Caption1>
      )}
    </section>
  );
}
