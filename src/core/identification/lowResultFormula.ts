/**
 * LOWRESULT (НИЗКИЕ_РЕЗУЛЬТАТЫ, SPEC §7): a school's row of shares of «2» and the header row naming each column's
 * procedure and year → TRUE/FALSE by the default rule of SPEC §8, with an optional threshold (default 30 %).
 * Shares may be percent numbers (30) or fractions (0.3): a row whose shares are all ≤ 1 is read as fractions.
 * Desktop Excel passes empty cells as 0 (formulaBlanks.ts): a 0 header is an empty one, and a 0 share under an empty
 * header is an empty column (a real 0 % share never flags a school, so nothing is lost).
 */
import { type Cell, cellText, isBlank } from "../cell";
import { isBlankOrZero, zeroAsBlank } from "../formulaBlanks";
import { formulaError, type FormulaResult, formulaValue } from "../formulaResult";
import { readNumber } from "../indicators/numbers";
import { lowResultTriggers, type ShareCell } from "./lowResults";
import { parseProcedureHeader, type ProcedureColumn } from "./procedureHeader";
import { DEFAULT_IDENTIFICATION_SETTINGS } from "./settings";

/** Threshold argument: empty → 30; 30, «30 %», or 0.3 (a cell formatted as percent). */
function readThreshold(value: Cell): number | null {
  if (isBlank(value)) return DEFAULT_IDENTIFICATION_SETTINGS.threshold;
  const n = readNumber(value);
  if (typeof n !== "number" || n <= 0 || n > 100) return null;
  return n < 1 ? n * 100 : n;
}

export function lowResultFormula(shares: Cell[][], headers: Cell[][], threshold: Cell): FormulaResult<boolean> {
  const values = shares.flat();
  const names = zeroAsBlank(headers).flat();
  if (values.length !== names.length) {
    return formulaError(
      `доли «2» (${values.length} ячеек) и заголовки (${names.length} ячеек) разной длины: передайте строку долей и строку заголовков одинаковой ширины`,
    );
  }
  const limit = readThreshold(threshold);
  if (limit === null)
    return formulaError(`порог «${cellText(threshold)}» не понят: нужен процент, например 30 или 30 %`);
  const read: { value: number; header: ProcedureColumn }[] = [];
  for (const [i, value] of values.entries()) {
    if (isBlank(value) || (isBlank(names[i]) && isBlankOrZero(value))) continue;
    const header = parseProcedureHeader(cellText(names[i]));
    if (header === null) {
      return formulaError(
        `заголовок «${cellText(names[i])}» (столбец ${i + 1}): не названы процедура и год, например «ВПР-2021 рус 5»`,
      );
    }
    const n = readNumber(value);
    if (typeof n !== "number" || n < 0 || n > 100)
      return formulaError(
        `доля «2» «${cellText(value)}» под заголовком «${cellText(names[i])}» не понята: нужно число от 0 до 100 или от 0 до 1`,
      );
    read.push({ value: n, header });
  }
  const fractions = read.every((r) => r.value <= 1);
  const cells: ShareCell[] = read.map((r) => ({
    procedure: r.header.procedure,
    procedureKey: r.header.procedureKey,
    year: r.header.year,
    share: fractions ? r.value * 100 : r.value,
  }));
  const seen = new Set<string>();
  for (const c of cells) {
    const key = `${c.procedureKey}|${c.year}`;
    if (seen.has(key)) return formulaError(`процедура «${c.procedure}» ${c.year} года указана в заголовках дважды`);
    seen.add(key);
  }
  return formulaValue(lowResultTriggers(cells, { ...DEFAULT_IDENTIFICATION_SETTINGS, threshold: limit }).length > 0);
}
