/** Arguments as Excel hands them to custom functions, read into core cells. */
import { isPlausibleDateSerial, parseDottedDay, type Day } from "../core/calendar";
import { cellText, isBlank, type Cell } from "../core/cell";
import { formulaError, formulaValue, type FormulaResult } from "../core/formulaResult";

/** An omitted optional argument arrives as undefined or null: both are an empty cell. */
export function cell(value: Cell | undefined): Cell {
  return value === undefined ? null : value;
}

/** A required date: an Excel date serial or «дд.мм.гггг» text. An empty cell may arrive as 0. */
export function dateArgument(value: Cell, name: string): FormulaResult<Day> {
  if (typeof value === "number" && isPlausibleDateSerial(value)) return formulaValue(Math.floor(value));
  if (typeof value === "string") {
    const day = parseDottedDay(value);
    if (day !== null) return formulaValue(day);
  }
  if (isBlank(value) || value === 0) return formulaError(`Аргумент «${name}» пуст: нужна дата`);
  return formulaError(`Аргумент «${name}»: «${cellText(value)}» — не дата (нужна дата Excel или текст «дд.мм.гггг»)`);
}
