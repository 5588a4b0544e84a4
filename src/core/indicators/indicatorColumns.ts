/**
 * Which extra columns of the schools table are indicators (показатели, SPEC §4), read into per-school answers:
 * yes/no columns (at least 90 % of filled cells are marks; the other cells are input errors) and dynamics
 * pairs (entry/final numbers of one measure). Dates do not make a column an indicator.
 */
import { cellText, normalizeText } from "../cell";
import { cellProblem, type Problem } from "../problems";
import type { Settings } from "../settings";
import type { SchoolRecord, SourcedCell } from "../tables/records";
import { betterFor, DYNAMICS_PREFIX, type DynamicsPair, findDynamicsPairs, trendOf } from "./dynamics";
import { readMark } from "./marks";
import { readNumber } from "./numbers";
import { type Indicator, NO_DATA, type SchoolAnswer } from "./shares";

/** Share of filled cells that must be yes/no marks for a column to be an indicator. */
export const MARK_SHARE_FOR_INDICATOR = 0.9;

function badCell(cell: SourcedCell, indicator: string, what: string): Problem {
  const { sheet, row, col } = cell.ref;
  return cellProblem(
    sheet,
    row,
    col,
    `Показатель «${indicator}»: «${cellText(cell.value)}» ${what}; школа учтена как «${NO_DATA}»`,
  );
}

/** A yes/no indicator of this column, or null when its filled cells are not (mostly) marks. */
function yesNoIndicator(
  schools: readonly SchoolRecord[],
  header: string,
): { indicator: Indicator; problems: Problem[] } | null {
  const cells = schools.map((school) => ({ school, cell: school.extra.get(header) }));
  const filled = cells.filter(({ cell }) => cell !== undefined && readMark(cell.value) !== "blank");
  const marks = filled.filter(({ cell }) => readMark(cell!.value) !== null);
  if (filled.length === 0 || marks.length / filled.length < MARK_SHARE_FOR_INDICATOR) return null;
  const problems: Problem[] = [];
  const answers: SchoolAnswer[] = cells.map(({ school, cell }) => {
    const mark = cell === undefined ? "blank" : readMark(cell.value);
    if (mark === "yes") return { school, counted: "yes", label: "да" };
    if (mark === "no") return { school, counted: "no", label: "нет" };
    if (mark === null) problems.push(badCell(cell!, header, "не является отметкой «да»/«нет»"));
    return { school, counted: "noData", label: NO_DATA };
  });
  return { indicator: { name: header, answers, noDataInDenominator: true }, problems };
}

function dynamicsIndicator(
  schools: readonly SchoolRecord[],
  pair: DynamicsPair,
): { indicator: Indicator; problems: Problem[] } {
  const name = DYNAMICS_PREFIX + pair.measure;
  const problems: Problem[] = [];
  const valueOf = (cell: SourcedCell | undefined): number | null => {
    if (cell === undefined) return null;
    const n = readNumber(cell.value);
    if (n === null) problems.push(badCell(cell, name, "не является числом"));
    return typeof n === "number" ? n : null;
  };
  const answers: SchoolAnswer[] = schools.map((school) => {
    const entry = valueOf(school.extra.get(pair.entryHeader));
    const final = valueOf(school.extra.get(pair.finalHeader));
    if (entry === null || final === null) return { school, counted: "noData", label: NO_DATA };
    const trend = trendOf(entry, final, pair.better);
    return { school, counted: trend === "положительная" ? "yes" : "no", label: trend };
  });
  const fromSettings = pair.fromSettings ? { betterFromSettings: pair.better } : {};
  return { indicator: { name, answers, noDataInDenominator: false, ...fromSettings }, problems };
}

/**
 * Are most of the column's filled cells numbers, not all of them 0/1 marks? A «вход»/«итог» pair of yes/no
 * marks is two yes/no columns, not dynamics; a stray «н/д» among numbers is an input error of the pair.
 */
function isNumeric(schools: readonly SchoolRecord[], header: string): boolean {
  const filled = schools.map((s) => s.extra.get(header)?.value ?? null).filter((v) => readNumber(v) !== "blank");
  const numbers = filled.filter((v) => typeof readNumber(v) === "number");
  const allMarks = filled.every((v) => readMark(v) !== null);
  return filled.length > 0 && !allMarks && numbers.length * 2 > filled.length;
}

/** Is the column (by header or indicator name) switched off in the settings? */
function isOff(settings: Settings, ...names: string[]): boolean {
  const off = new Set(settings.indicatorsOff.map(normalizeText));
  return names.some((n) => off.has(normalizeText(n)));
}

/** The entry/final pairs of numeric columns that make dynamics indicators, each with its direction (the settings' or guessed). */
export function dynamicsPairsOf(
  schools: readonly SchoolRecord[],
  headers: readonly string[],
  settings: Settings,
): DynamicsPair[] {
  return findDynamicsPairs(headers, settings.dynamicsBetter).filter(
    (p) => isNumeric(schools, p.entryHeader) && isNumeric(schools, p.finalHeader),
  );
}

/**
 * Indicators of the schools' extra columns, in table order (dynamics after the yes/no columns).
 * `headers` are the extra columns' headers (WorkbookData.extraHeaders).
 */
export function findIndicators(
  schools: readonly SchoolRecord[],
  headers: readonly string[],
  settings: Settings,
): { indicators: Indicator[]; problems: Problem[] } {
  const pairs = dynamicsPairsOf(schools, headers, settings);
  const paired = new Set(pairs.flatMap((p) => [p.entryHeader, p.finalHeader]));
  const found: { indicator: Indicator; problems: Problem[] }[] = [];
  for (const header of headers) {
    if (paired.has(header) || isOff(settings, header)) continue;
    const yesNo = yesNoIndicator(schools, header);
    if (yesNo) found.push(yesNo);
  }
  for (const pair of pairs) {
    if (!isOff(settings, DYNAMICS_PREFIX + pair.measure, pair.entryHeader, pair.finalHeader))
      found.push(dynamicsIndicator(schools, pair));
  }
  return { indicators: found.map((f) => f.indicator), problems: found.flatMap((f) => f.problems) };
}

/** A dynamics measure (an entry/final pair) with the direction its name gives, for «Параметры»' direction lists. */
export interface DynamicsChoice {
  measure: string;
  guessed: "больше" | "меньше";
}

/**
 * What «Параметры» offers to switch and to direct, in the Excel pane and the Р7-Офис panel alike: every indicator of
 * the schools' columns, those switched off in the settings too, and each dynamics measure.
 */
export function parameterChoices(
  schools: readonly SchoolRecord[],
  headers: readonly string[],
  settings: Settings,
): { indicators: string[]; dynamics: DynamicsChoice[] } {
  return {
    indicators: findIndicators(schools, headers, { ...settings, indicatorsOff: [] }).indicators.map((i) => i.name),
    dynamics: dynamicsPairsOf(schools, headers, settings).map((p) => ({
      measure: p.measure,
      guessed: betterFor(p.measure) === "lower" ? "меньше" : "больше",
    })),
  };
}
