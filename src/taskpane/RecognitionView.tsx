/** What the add-in recognised in the workbook: tables, their kinds and columns, and the input problems. */
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { problemPlace } from "../core/problems";
import type { Recognition } from "../reports/recognition";
import { STRINGS } from "./strings";

const useStyles = makeStyles({
  table: { marginBottom: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  problem: { color: tokens.colorPaletteRedForeground1 },
});

export function RecognitionView({ recognition }: { recognition: Recognition }): React.JSX.Element {
  const styles = useStyles();
  return (
    <section aria-label={STRINGS.foundTitle}>
      {recognition.tables.length === 0 && <Text>{STRINGS.noTables}</Text>}
      <Accordion multiple collapsible>
        {recognition.tables.map((table) => (
          <AccordionItem key={`${table.sheet}!${table.range}`} value={`${table.sheet}!${table.range}`} className={styles.table}>
            <AccordionHeader>
              <Text weight="semibold" data-testid="table">
                {`«${table.sheet}» ${table.range}: ${table.kind}`}
              </Text>
            </AccordionHeader>
            <AccordionPanel>
              {table.period && <Caption1 block>{table.period}</Caption1>}
              <Caption1 block>{STRINGS.columnsOf(table.columns.length)}</Caption1>
              <ul className={styles.list}>
                {/* meaning is already «Сроки реализации → срок» */}
                {table.columns.map((column) => (
                  <li key={column.col}>
                    <Caption1>{column.meaning}</Caption1>
                  </li>
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
      {recognition.notes.map((note) => (
        <Caption1 block key={note}>
          {note}
        </Caption1>
      ))}
      {recognition.problems.length > 0 && (
        <>
          <Text weight="semibold" block>
            {STRINGS.problemsTitle(recognition.problems.length)}
          </Text>
          <ul className={styles.list}>
            {recognition.problems.map((problem, i) => (
              <li key={i} className={problem.severity === "error" ? styles.problem : undefined}>
                <Caption1>{[problemPlace(problem), problem.message].filter(Boolean).join(": ")}</Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
