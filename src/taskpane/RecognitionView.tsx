/**
 * «Что найдено»: the tables recognised (sheet, range, kind), each column's meaning as a dropdown, the plan period,
 * and the problems with their cells. A changed meaning or period is saved to the settings sheet by `onSave`.
 */
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  Dropdown,
  Field,
  Option,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ymd, today } from "../core/calendar";
import type { Settings } from "../core/settings";
import { selectCell, type WorkbookView } from "../excel/api";
import { ChoiceDropdown } from "./ChoiceDropdown";
import { ProblemList } from "./ProblemList";
import { meaningOptions, meaningWordOf, periodOptions, withColumnMeaning, withPlanPeriod } from "./settingsEdit";
import { STRINGS } from "./strings";

const useStyles = makeStyles({
  table: { marginBottom: tokens.spacingVerticalS },
  column: { display: "flex", flexDirection: "column", marginBottom: tokens.spacingVerticalXS },
  dropdown: { minWidth: "0", width: "100%" },
});

function planYears(view: WorkbookView): number[] {
  const years = [ymd(today()).year];
  for (const stored of [view.settings.planPeriod, ...view.settings.planPeriods.map((p) => p.period)]) {
    if (stored) years.push(ymd(stored.start).year, ymd(stored.end).year);
  }
  for (const table of view.tables)
    for (const m of (table.period ?? "").matchAll(/\b(19|20)\d\d\b/g)) years.push(Number(m[0]));
  return years;
}

/** A plan period dropdown: «как в заголовке плана» (undefined) or one of `options`; a new choice goes to `onChoose`. */
function PeriodField(props: {
  label: string;
  hint: string;
  stored: string | undefined;
  options: string[];
  onChoose: (text: string | undefined) => void;
}): React.JSX.Element {
  const styles = useStyles();
  const periods = [...new Set([...props.options, ...(props.stored === undefined ? [] : [props.stored])])];
  return (
    <Field label={props.label} hint={props.hint}>
      <ChoiceDropdown
        className={styles.dropdown}
        choices={[
          { value: undefined, label: STRINGS.periodFromTitle },
          ...periods.map((period) => ({ value: period, label: period })),
        ]}
        chosen={props.stored}
        onChoose={props.onChoose}
      />
    </Field>
  );
}

/**
 * One plan: the workbook's «Период плана» row, as before. Several: each plan listed with its own period choice,
 * saved as «Период плана: <лист>» (SPEC §5: a plan never takes another plan's period).
 */
function PlanPeriods({
  view,
  onSave,
}: {
  view: WorkbookView;
  onSave: (settings: Settings) => void;
}): React.JSX.Element {
  const options = periodOptions(planYears(view));
  if (view.plans.length <= 1) {
    const found = view.tables.filter((t) => t.period).map((t) => `«${t.sheet}»: ${t.period}`);
    return (
      <PeriodField
        label={STRINGS.periodLabel}
        hint={[STRINGS.periodHint, ...found].join(" ")}
        stored={view.settings.planPeriod?.text}
        options={options}
        onChoose={(text) => onSave(withPlanPeriod(view.settings, text ?? null))}
      />
    );
  }
  const shared = view.settings.planPeriod?.text;
  return (
    <section aria-label={STRINGS.plansTitle(view.plans.length)}>
      <Text weight="semibold" block>
        {STRINGS.plansTitle(view.plans.length)}
      </Text>
      {shared !== undefined && <Caption1 block>{STRINGS.sharedPeriodHint(shared)}</Caption1>}
      {view.plans.map((plan) => (
        <div key={plan.key} data-testid="plan">
          <Caption1 block>{STRINGS.planHeading(plan.label, plan.sheet, plan.range)}</Caption1>
          <PeriodField
            label={STRINGS.planPeriodLabel(plan.label)}
            hint={[STRINGS.periodHint, plan.period ? STRINGS.periodFound(plan.period) : STRINGS.planNoOwnPeriod].join(
              " ",
            )}
            stored={view.settings.planPeriods.find((p) => p.plan === plan.key)?.period.text}
            options={options}
            onChoose={(text) => onSave(withPlanPeriod(view.settings, text ?? null, plan.key))}
          />
        </div>
      ))}
    </section>
  );
}

export function RecognitionView({
  view,
  onSave,
}: {
  view: WorkbookView;
  onSave: (settings: Settings) => void;
}): React.JSX.Element {
  const styles = useStyles();
  const options = meaningOptions(view.tables.flatMap((t) => t.columns.map(meaningWordOf)));
  return (
    <section aria-label={STRINGS.foundTitle}>
      {view.tables.length === 0 && (
        <Text block role="status">
          {STRINGS.noTables}
        </Text>
      )}
      <Accordion multiple collapsible>
        {view.tables.map((table) => (
          <AccordionItem
            key={`${table.sheet}!${table.range}`}
            value={`${table.sheet}!${table.range}`}
            className={styles.table}
          >
            <AccordionHeader>
              <Text weight="semibold" data-testid="table">
                {`«${table.sheet}» ${table.range}: ${table.kind}`}
              </Text>
            </AccordionHeader>
            <AccordionPanel>
              {table.period && <Caption1 block>{STRINGS.periodFound(table.period)}</Caption1>}
              {table.profileYears && <Caption1 block>{STRINGS.profileYearsFound(table.profileYears)}</Caption1>}
              <Caption1 block>{STRINGS.columnsOf(table.columns.length)}</Caption1>
              {table.columns.map((column) => {
                const word = meaningWordOf(column);
                return (
                  <div key={column.col} className={styles.column}>
                    {/* «Сроки реализации → срок» */}
                    <Caption1 data-testid="column-meaning">{column.meaning}</Caption1>
                    <Dropdown
                      size="small"
                      className={styles.dropdown}
                      aria-label={STRINGS.columnMeaningLabel(column.header)}
                      value={word}
                      selectedOptions={[word]}
                      onOptionSelect={(_, data) => {
                        if (data.optionValue && data.optionValue !== word)
                          onSave(withColumnMeaning(view.settings, table.sheet, column.header, data.optionValue));
                      }}
                    >
                      {options.map((option) => (
                        <Option key={option} value={option}>
                          {option}
                        </Option>
                      ))}
                    </Dropdown>
                  </div>
                );
              })}
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
      <PlanPeriods view={view} onSave={onSave} />
      {view.notes.map((note) => (
        <Caption1 block key={note}>
          {note}
        </Caption1>
      ))}
      {view.problems.length > 0 && (
        <>
          <Text weight="semibold" block>
            {STRINGS.problemsTitle(view.problems.length)}
          </Text>
          <ProblemList problems={view.problems} selectCell={selectCell} />
        </>
      )}
    </section>
  );
}
