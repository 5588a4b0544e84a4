/**
 * Dynamics (динамика, SPEC §4): a numeric pair of the same measure at entry and final monitoring
 * («ВПР вход, доля «2», %» / «ВПР итог, доля «2», %») gives «положительная», «отрицательная» or
 * «без изменений» per school. For shares of «2», failing pupils and the like lower is better.
 */
import { type Cell, cellText, isBlank, normalizeText } from "../cell";
import type { DynamicsBetter } from "../settings";

export type Better = "higher" | "lower";
export type Trend = "положительная" | "отрицательная" | "без изменений";

export function trendOf(entry: number, final: number, better: Better): Trend {
  if (final === entry) return "без изменений";
  return final > entry === (better === "higher") ? "положительная" : "отрицательная";
}

/** TREND's third argument: empty or «больше» = higher is better, «меньше» = lower is better. */
export function parseBetter(value: Cell): Better | { error: string } {
  if (isBlank(value)) return "higher";
  const text = normalizeText(cellText(value));
  if (/^(больше|выше|рост|higher)$/.test(text)) return "higher";
  if (/^(меньше|ниже|снижение|lower)$/.test(text)) return "lower";
  return { error: `Направление «${cellText(value)}» не распознано: укажите «больше» или «меньше»` };
}

/** Measures where a smaller number is the better result (normalised text). */
const LOWER_IS_BETTER = [
  /доля (отметок |оценок )?2( |$)/,
  /получивш[а-я]* (отметк[а-я]* )?2( |$)/,
  /неуспева/,
  /двоек|двойк/,
  /неудовлетвор/,
  /ниже базов/,
  /не справ/,
  /пропуск/,
  /отсев|отчисл/,
];

/** A mark «2» in quotes («доля «2»», «получивших "2"») is the failing mark. */
const QUOTED_TWO = /[«"“„']\s*2\s*[»"”“']/;

export function betterFor(measure: string): Better {
  const text = normalizeText(measure);
  return QUOTED_TWO.test(measure) || LOWER_IS_BETTER.some((re) => re.test(text)) ? "lower" : "higher";
}

export interface DynamicsPair {
  /** The measure without its «вход»/«итог» word: «Неуспевающих, %». */
  measure: string;
  entryHeader: string;
  finalHeader: string;
  better: Better;
  /** Set when the direction is the user's (the settings sheet), not guessed from the measure's name. */
  fromSettings?: true;
}

const ENTRY = /(^|[^а-яё])(вход[а-яё]*)/i;
const FINAL = /(^|[^а-яё])(итог[а-яё]*)/i;

/** The header without the stage word and its empty brackets: «Неуспевающих, % (вход)» → «Неуспевающих, %». */
function measureOf(header: string, stage: RegExp): string {
  return header
    .replace(stage, "$1")
    .replace(/\(\s*\)|\[\s*\]/g, "")
    .replace(/\(\s+/g, "(")
    .replace(/\s+([,;:)])/g, "$1")
    .replace(/([,;:])\s*(?=[,;:])/g, "")
    .replace(/\s+/g, " ")
    .replace(/^[\s,;:]+|[\s,;:]+$/g, "");
}

/**
 * The key a measure is matched by: normalised, without a stage word, so that a setting written as
 * «Неуспевающих, %» or «неуспевающих, % (вход)» finds the pair «Неуспевающих, % (вход)» / «(итог)».
 */
export function dynamicsMeasureKey(text: string): string {
  return normalizeText(measureOf(measureOf(text, ENTRY), FINAL));
}

/** The user's direction for the measure when the settings have one, else the one guessed from its name. */
function directionOf(
  measure: string,
  overrides: readonly DynamicsBetter[],
): Pick<DynamicsPair, "better" | "fromSettings"> {
  const key = dynamicsMeasureKey(measure);
  const chosen = overrides.find((o) => dynamicsMeasureKey(o.measure) === key);
  if (chosen) return { better: chosen.better === "меньше" ? "lower" : "higher", fromSettings: true };
  return { better: betterFor(measure) };
}

/**
 * Pairs of headers naming the same measure at entry and at the end, in the order of the entry columns;
 * `overrides` (Settings.dynamicsBetter) win over the direction guessed from the measure's name.
 */
export function findDynamicsPairs(
  headers: readonly string[],
  overrides: readonly DynamicsBetter[] = [],
): DynamicsPair[] {
  const finals = new Map<string, string>();
  for (const header of headers) {
    if (FINAL.test(header) && !ENTRY.test(header)) finals.set(normalizeText(measureOf(header, FINAL)), header);
  }
  const pairs: DynamicsPair[] = [];
  for (const header of headers) {
    if (!ENTRY.test(header) || FINAL.test(header)) continue;
    const measure = measureOf(header, ENTRY);
    const finalHeader = finals.get(normalizeText(measure));
    if (finalHeader !== undefined)
      pairs.push({ measure, entryHeader: header, finalHeader, ...directionOf(measure, overrides) });
  }
  return pairs;
}

export const DYNAMICS_PREFIX = "Положительная динамика: ";
