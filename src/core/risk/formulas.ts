/**
 * Cores of the risk custom functions (SPEC §7): RISKGROUPS, RISKCOUNT, INGROUP, RISKSUMMARY, MANDATORY.
 * Excel passes ranges as 2-D arrays with empty cells as "", 0 or null (formulaBlanks.ts): in a profile a 0 is «no
 * factor» anyway; in municipality names, measure numbers and measure groups a 0 is an empty cell. Bad input is a
 * Russian message naming the argument and the value, never an exception.
 */
import { type Cell, cellText, isBlank } from "../cell";
import { isBlankOrZero, zeroAsBlank } from "../formulaBlanks";
import { formulaError, type FormulaResult, type FormulaValue, formulaValue } from "../formulaResult";
import { DEFAULT_FACTORS } from "./catalogue";
import { formatGroups, groupsOf, readProfileRow } from "./groups";
import type { Level } from "./levels";
import { parseMinLevel } from "./levels";
import { formatItemNumbers, isMandatoryFor, parseMeasureGroups } from "./mandatory";
import { type RiskSummaryRow, summarizeRisk } from "./summary";

type Failure = { ok: false; error: "value" | "na"; message: string };

/** Cells of a one-row or one-column range, in order. */
function line(range: Cell[][], argument: string): Cell[] | Failure {
  const rows = range.length;
  const cols = range.reduce((max, r) => Math.max(max, r.length), 0);
  if (rows > 1 && cols > 1)
    return formulaError(`${argument}: нужна одна строка или один столбец, а передан диапазон ${rows}×${cols}`);
  return range.flat();
}

function isFailure<T>(x: T | Failure): x is Failure {
  return typeof x === "object" && x !== null && "ok" in x && (x as Failure).ok === false;
}

/** A profile row read into levels; the first unreadable cell is the error. */
function profileLevels(profile: Cell[][]): Map<number, Level> | Failure {
  const cells = line(profile, "Профиль");
  if (isFailure(cells)) return cells;
  const { levels, errors } = readProfileRow(cells);
  if (errors.length > 0) return formulaError(`Профиль, фактор ${errors[0].factor}: ${errors[0].message}`);
  return levels;
}

function groupsAtLeast(profile: Cell[][], minLevel: Cell): number[] | Failure {
  const min = parseMinLevel(minLevel);
  if ("error" in min) return formulaError(min.error);
  const levels = profileLevels(profile);
  return isFailure(levels) ? levels : groupsOf(levels, min.level);
}

/** ГРУППЫ_РИСКА: «1, 2, 6, 9», or empty text. */
export function riskGroupsFormula(profile: Cell[][], minLevel: Cell): FormulaResult<string> {
  const groups = groupsAtLeast(profile, minLevel);
  return isFailure(groups) ? groups : formulaValue(formatGroups(groups));
}

/** ЧИСЛО_РИСКОВ: number of factors at or above the level. */
export function riskCountFormula(profile: Cell[][], minLevel: Cell): FormulaResult<number> {
  const groups = groupsAtLeast(profile, minLevel);
  return isFailure(groups) ? groups : formulaValue(groups.length);
}

/** В_ГРУППЕ: is the school in group N (factor N at high significance)? */
export function inGroupFormula(profile: Cell[][], group: Cell): FormulaResult<boolean> {
  const levels = profileLevels(profile);
  if (isFailure(levels)) return levels;
  const n = typeof group === "number" ? group : Number(cellText(group));
  if (isBlank(group) || !Number.isInteger(n) || n < 1 || n > levels.size) {
    return formulaError(
      `Номер группы «${cellText(group)}» не распознан: нужно целое число от 1 до ${levels.size} (число факторов в профиле)`,
    );
  }
  return formulaValue(levels.get(n) === "high");
}

const SUMMARY_TAIL = ["Всего ОО", "ОО с >5 факторами высокой значимости"];

function summaryLine(row: RiskSummaryRow): FormulaValue[] {
  return [row.municipality, ...row.perFactor, row.schools, row.overFive];
}

/**
 * СВОДКА_РИСКОВ: header, a row per municipality (none without a municipality column), «Итого». A row with no
 * municipality whose cells are all empty or 0 is an empty row, not a school: desktop Excel passes empty cells as 0.
 */
export function riskSummaryFormula(
  profiles: Cell[][],
  municipalityRange: Cell[][] | null,
): FormulaResult<FormulaValue[][]> {
  const width = profiles.reduce((max, r) => Math.max(max, r.length), 0);
  const municipalities = municipalityRange === null ? null : zeroAsBlank(municipalityRange);
  let names: Cell[] | null = null;
  if (municipalities !== null && !municipalities.flat().every(isBlank)) {
    const column = line(municipalities, "Столбец муниципалитетов");
    if (isFailure(column)) return column;
    if (column.length !== profiles.length) {
      return formulaError(`Столбец муниципалитетов другого размера: ${column.length} строк против ${profiles.length}`);
    }
    names = column;
  }
  const entries: { municipality: string; levels: Map<number, Level> }[] = [];
  for (let i = 0; i < profiles.length; i++) {
    const municipality = names ? cellText(names[i]) : "";
    if (profiles[i].every(isBlankOrZero) && municipality === "") continue;
    const { levels, errors } = readProfileRow(profiles[i]);
    if (errors.length > 0)
      return formulaError(`Профили, строка ${i + 1}, фактор ${errors[0].factor}: ${errors[0].message}`);
    entries.push({ municipality, levels });
  }
  const factors = Array.from({ length: width }, (_, i) => i + 1);
  const { rows, total } = summarizeRisk(entries, factors);
  const header: FormulaValue[] = ["Муниципалитет", ...factors.map((f) => `РФ${f}`), ...SUMMARY_TAIL];
  return formulaValue([header, ...(names ? rows.map(summaryLine) : []), summaryLine(total)]);
}

/**
 * ОБЯЗАТЕЛЬНЫЕ_МЕРЫ: school groups as one cell of text («1, 3») or as a row of levels; the measures whose
 * groups meet them, plus every «все» measure, written compactly («1–5, 7»).
 */
export function mandatoryFormula(
  schoolGroups: Cell[][],
  measureNumbers: Cell[][],
  measureGroups: Cell[][],
): FormulaResult<string> {
  const school = schoolGroupsOf(schoolGroups);
  if (isFailure(school)) return school;
  const numbers = line(zeroAsBlank(measureNumbers), "Номера мероприятий");
  if (isFailure(numbers)) return numbers;
  const cells = line(zeroAsBlank(measureGroups), "Группы мероприятий");
  if (isFailure(cells)) return cells;
  if (numbers.length !== cells.length) {
    return formulaError(`Столбец групп мероприятий другого размера: ${cells.length} строк против ${numbers.length}`);
  }
  const chosen: string[] = [];
  for (let i = 0; i < numbers.length; i++) {
    if (isBlank(numbers[i])) continue; // a section heading or an empty row, not a measure
    const parsed = parseMeasureGroups(cells[i], school.known);
    if ("error" in parsed) return formulaError(`Группы мероприятия ${cellText(numbers[i])}: ${parsed.error}`);
    if (isMandatoryFor(parsed, school.groups)) chosen.push(cellText(numbers[i]));
  }
  return formulaValue(formatItemNumbers(chosen));
}

const DEFAULT_NUMBERS: ReadonlySet<number> = new Set(DEFAULT_FACTORS.map((f) => f.number));

/**
 * The school's groups and the catalogue the measures' groups are checked against: the default FIOKO catalogue,
 * widened to factors 1…k when the profile row is longer (a later FIOKO list).
 */
function schoolGroupsOf(range: Cell[][]): { groups: number[]; known: ReadonlySet<number> } | Failure {
  const cells = range.flat();
  if (cells.length === 1) {
    const cell = cells[0];
    if (isBlankOrZero(cell)) return { groups: [], known: DEFAULT_NUMBERS };
    const asList = parseMeasureGroups(cell, DEFAULT_NUMBERS);
    if ("error" in asList) {
      if (/\d/.test(cellText(cell))) return formulaError(`Группы школы: ${asList.error}`);
    } else if (asList.kind === "all") {
      return formulaError(`Группы школы «${cellText(cell)}»: укажите номера групп, а не «все»`);
    } else {
      return { groups: asList.kind === "groups" ? asList.groups : [], known: DEFAULT_NUMBERS };
    }
  }
  const levels = profileLevels(range);
  if (isFailure(levels)) return levels;
  return { groups: groupsOf(levels, "high"), known: new Set([...DEFAULT_NUMBERS, ...levels.keys()]) };
}
