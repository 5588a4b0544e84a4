/**
 * Cores of the indicator custom functions (SPEC §7): SHARE (ДОЛЯ) and TREND (ДИНАМИКА). Excel passes ranges
 * as 2-D arrays, empty cells as "", 0 or null (formulaBlanks.ts): a 0 in SHARE's base column (school names) is an
 * empty cell; a 0 among the values may be a «0» mark and TREND's 0 a real result, so those stay 0. Bad input is a
 * Russian message naming the argument and value.
 */
import { type Cell, cellText, isBlank, normalizeText } from "../cell";
import { zeroAsBlank } from "../formulaBlanks";
import { formulaError, type FormulaResult, formulaValue } from "../formulaResult";
import { readDoneMark } from "../plan/doneMark";
import { parseBetter, type Trend, trendOf } from "./dynamics";
import { readMark } from "./marks";
import { readNumber } from "./numbers";

type Criterion = (cell: Cell) => boolean;

const COMPARE: Record<string, (a: number, b: number) => boolean> = {
  "<": (a, b) => a < b,
  "<=": (a, b) => a <= b,
  ">": (a, b) => a > b,
  ">=": (a, b) => a >= b,
  "=": (a, b) => a === b,
  "<>": (a, b) => a !== b,
};

/** The default criterion (SPEC §7): the yes marks and the done marks of plans («выполнено», «проведено 12.03.2021»). */
function isYesOrDone(cell: Cell): boolean {
  return readMark(cell) === "yes" || readDoneMark(cell, null).state === "done";
}

/** A mark («да», «+»), a comparison («>0», «<=30»), a number or a word; empty = the yes and done marks. */
export function parseCriterion(criterion: Cell): Criterion | { error: string } {
  if (isBlank(criterion)) return isYesOrDone;
  if (typeof criterion === "number") return (cell) => readNumber(cell) === criterion;
  const text = cellText(criterion);
  const comparison = /^(<=|>=|<>|<|>|=)\s*(.*)$/.exec(text);
  if (comparison) {
    const bound = readNumber(comparison[2]);
    if (typeof bound !== "number")
      return { error: `Критерий «${text}» не распознан: после знака сравнения нужно число, например «>0» или «<=30»` };
    const compare = COMPARE[comparison[1]];
    return (cell) => {
      const n = readNumber(cell);
      return typeof n === "number" && compare(n, bound);
    };
  }
  const mark = readMark(criterion);
  if (mark === "yes" || mark === "no") return (cell) => readMark(cell) === mark;
  const word = normalizeText(text);
  return (cell) => normalizeText(cellText(cell)) === word;
}

/**
 * ДОЛЯ: the share 0…1 of the rows meeting the criterion. With a base column the denominator is the rows whose
 * base cell is filled (schools), so a blank value stays «нет данных» in the base; without it, the filled value cells.
 */
export function shareFormula(values: Cell[][], criterion: Cell, base: Cell[][] | null): FormulaResult<number> {
  const cells = values.flat();
  const criterionTest = parseCriterion(criterion);
  if ("error" in criterionTest) return formulaError(criterionTest.error);
  const baseCells = base === null ? null : zeroAsBlank(base).flat();
  if (baseCells !== null && baseCells.length !== cells.length) {
    return formulaError(`Столбец основы другого размера: ${baseCells.length} строк против ${cells.length}`);
  }
  const inBase = cells.map((cell, i) => (baseCells === null ? !isBlank(cell) : !isBlank(baseCells[i])));
  const denominator = inBase.filter(Boolean).length;
  if (denominator === 0) {
    return formulaError(
      baseCells === null
        ? "Значения: нет ни одной заполненной ячейки, доля не определена"
        : "Основа: нет ни одной заполненной ячейки, доля не определена",
    );
  }
  const numerator = cells.filter((cell, i) => inBase[i] && criterionTest(cell)).length;
  return formulaValue(numerator / denominator);
}

function readTrendValue(value: Cell, argument: string): number | { error: string } {
  const n = readNumber(value);
  if (n === "blank") return { error: `${argument}: значение не задано` };
  if (n === null) return { error: `${argument} «${cellText(value)}» не является числом` };
  return n;
}

/** ДИНАМИКА: «положительная» / «отрицательная» / «без изменений». */
export function trendFormula(entry: Cell, final: Cell, better: Cell): FormulaResult<Trend> {
  const from = readTrendValue(entry, "Входное значение");
  if (typeof from !== "number") return formulaError(from.error);
  const to = readTrendValue(final, "Итоговое значение");
  if (typeof to !== "number") return formulaError(to.error);
  const direction = parseBetter(better);
  if (typeof direction !== "string") return formulaError(direction.error);
  return formulaValue(trendOf(from, to, direction));
}
