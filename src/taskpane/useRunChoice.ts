/**
 * The choice for the next run — «на дату», the municipality, the quarter of «Отчёт за квартал» — as the pane's fields
 * hold it: for the run only (never saved); the Excel pane pins it in the store (`onChoice`) so a ribbon button uses the same.
 */
import * as React from "react";
import { isoDay, parseIsoDay, today } from "../core/calendar";
import type { RunChoice } from "../commands/store";

export interface RunChoiceFields {
  /** As the date field gives it: yyyy-mm-dd, or "" while it is not a whole date. */
  asOfText: string;
  /** undefined: every municipality. */
  municipality?: string;
  /** A quarter's key; undefined: the last one ended by «на дату». */
  quarter?: string;
}

/** The run these fields ask for; undefined while «на дату» is not a date. */
export function runChoiceOf({ asOfText, municipality, quarter }: RunChoiceFields): RunChoice | undefined {
  const asOf = parseIsoDay(asOfText);
  if (asOf === null) return undefined;
  return {
    asOf,
    ...(municipality === undefined ? {} : { municipality }),
    ...(quarter === undefined ? {} : { quarterText: quarter }),
  };
}

export interface RunChoiceState {
  fields: RunChoiceFields;
  choice: RunChoice | undefined;
  change: (change: Partial<RunChoiceFields>) => void;
}

export function useRunChoice(onChoice?: (choice: RunChoice | undefined) => void): RunChoiceState {
  const [fields, setFields] = React.useState<RunChoiceFields>(() => ({ asOfText: isoDay(today()) }));
  const choice = React.useMemo(() => runChoiceOf(fields), [fields]);
  React.useEffect(() => onChoice?.(choice), [choice, onChoice]);
  const change = React.useCallback(
    (change: Partial<RunChoiceFields>) => setFields((current) => ({ ...current, ...change })),
    [],
  );
  return { fields, choice, change };
}
