/**
 * Argument readers shared by the plan custom functions (SPEC §7). A date accepts an Excel serial, «дд.мм.гггг»
 * text or empty; a plan period accepts «2021», «2021-2022», «на 2021-2022 годы», «2020-2021 учебный год» or
 * empty. Inside a formula an empty cell may arrive as 0 or "" (see formulaBlanks.ts), and a 0 is neither a date nor a
 * period nor a deadline, so 0 counts as empty. A bad value is a Russian message naming the argument and the value.
 */
import { type Cell, cellText } from "../cell";
import type { Day } from "../calendar";
import { isBlankOrZero } from "../formulaBlanks";
import { formulaError, type FormulaResult, formulaValue } from "../formulaResult";
import type { PlanPeriod } from "../period";
import { isPlanYear, type MonthDay, parsePlanPeriod } from "../periodText";
import { readDateCell } from "./doneMark";

/** A date argument; empty gives `ifEmpty` (today for «на дату»), or undefined when there is no default. */
export function readDateArg(value: Cell | undefined, argument: string, ifEmpty?: Day): FormulaResult<Day | undefined> {
  if (isBlankOrZero(value)) return formulaValue(ifEmpty);
  const day = readDateCell(value ?? null);
  return day === null || day === undefined
    ? formulaError(`${argument} «${cellText(value ?? null)}» не распознана: нужна дата или текст дд.мм.гггг`)
    : formulaValue(day);
}

/** A plan period argument; empty gives null (the caller decides what an empty period means). */
export function readPeriodArg(value: Cell | undefined, schoolYearEnd: MonthDay): FormulaResult<PlanPeriod | null> {
  if (isBlankOrZero(value)) return formulaValue(null);
  const text =
    typeof value === "number" && isPlanYear(value) ? String(value) : typeof value === "string" ? value : null;
  const period = text === null ? null : parsePlanPeriod(text, schoolYearEnd, "run");
  return period
    ? formulaValue(period)
    : formulaError(
        `Период плана «${cellText(value ?? null)}» не распознан: напишите «2021», «2021-2022» или «2020-2021 учебный год»`,
      );
}
