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
import type { WorkbookView } from "../excel/api";
import { ProblemList } from "./ProblemList";
import { meaningOptions, meaningWordOf, periodOptions, withColumnMeaning, withPlanPeriod } from "./settingsEdit";
import { STRINGS } from "./strings";

const useStyles = makeStyles({
  table: { marginBottom: tokens.spacingVerticalS },
  column: { display: "flex", flexDirection: "column", marginBottom: tokens.spacingVerticalXS },
  dropdown: { minWidth: "0", width: "100%" },
});

/** The dropdown's value for «as the title says». */
const FROM_TITLE = "\u0000title";

function planYears(view: WorkbookView): number[] {
  const years = [ymd(today()).year];
  const stored = view.settings.planPeriod;
  if (stored) years.push(ymd(stored.start).year, ymd(stored.end).year);
  for (const table of view.tables) for (const m of (table.period ?? "").matchAll(/\b(19|20)\d\d\b/g)) years.push(Number(m[0]));
  return years;
}

export function RecognitionView({ view, onSave }: { view: WorkbookView; onSave: (settings: Settings) => void }): React.JSX.Element {
  const styles = useStyles();
  const options = meaningOptions(view.tables.flatMap((t) => t.columns.map(meaningWordOf)));
  const storedPeriod = view.settings.planPeriod?.text ?? FROM_TITLE;
  const periods = [...new Set([...periodOptions(planYears(view)), ...(storedPeriod === FROM_TITLE ? [] : [storedPeriod])])];
  const foundPeriods = view.tables.filter((t) => t.period).map((t) => `«${t.sheet}»: ${t.period}`);
  return (
    <section aria-label={STRINGS.foundTitle}>
      {view.tables.length === 0 && (
        <Text block role="status">
          {STRINGS.noTables}
        </Text>
      )}
      <Accordion multiple collapsible>
        {view.tables.map((table) => (
          <AccordionItem key={`${table.sheet}!${table.range}`} value={`${table.sheet}!${table.range}`} className={styles.table}>
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
                        if (data.optionValue && data.optionValue !== word) onSave(withColumnMeaning(view.settings, table.sheet, column.header, data.optionValue));
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
      <Field label={STRINGS.periodLabel} hint={[STRINGS.periodHint, ...foundPeriods].join(" ")}>
        <Dropdown
          className={styles.dropdown}
          value={storedPeriod === FROM_TITLE ? STRINGS.periodFromTitle : storedPeriod}
          selectedOptions={[storedPeriod]}
          onOptionSelect={(_, data) => {
            const chosen = data.optionValue ?? FROM_TITLE;
            if (chosen !== storedPeriod) onSave(withPlanPeriod(view.settings, chosen === FROM_TITLE ? null : chosen));
          }}
        >
          <Option value={FROM_TITLE}>{STRINGS.periodFromTitle}</Option>
          {periods.map((period) => (
            <Option key={period} value={period}>
              {period}
            </Option>
          ))}
        </Dropdown>
      </Field>
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
          <ProblemList problems={view.problems} />
        </>
      )}
    </section>
  );
}
