/**
 * What the pane's dropdowns and fields change in the stored settings (SPEC §8). Pure: the pane saves the result
 * with saveSettings, so the next run, the next opening of the workbook and `shnor report` read the same.
 */
import { normalizeText } from "../core/cell";
import { dayOf } from "../core/calendar";
import { type MonthDay, parsePlanPeriod } from "../core/periodText";
import { dynamicsMeasureKey } from "../core/indicators/dynamics";
import type { DynamicsBetter, Settings } from "../core/settings";
import { MEANING_WORDS, meaningInWords, parseMeaning } from "../core/tables/meaningWords";
import type { RecognizedColumn } from "../reports/recognition";

/** What describeRecognition adds to a meaning that came from the settings sheet. */
const FROM_SETTINGS = " (из настроек)";
const ARROW = " → ";

/** «Сроки реализации → срок (из настроек)» → «срок». */
export function meaningWordOf(column: RecognizedColumn): string {
  const words = column.meaning.endsWith(FROM_SETTINGS)
    ? column.meaning.slice(0, -FROM_SETTINGS.length)
    : column.meaning;
  return words.slice(words.lastIndexOf(ARROW) + ARROW.length);
}

/** Risk factors offered in a column's dropdown: the SPEC catalogue has 10, regions add more. */
const MIN_FACTORS = 10;

/** Every meaning a column can be given, in the user's words; factors 1…max(10, the largest in the workbook). */
export function meaningOptions(words: string[]): string[] {
  const largest = Math.max(MIN_FACTORS, ...words.map((w) => parseMeaning(w)?.factor ?? 0));
  const plain = Object.entries(MEANING_WORDS)
    .filter(([meaning]) => meaning !== "factor")
    .map(([, word]) => word);
  const factors = Array.from({ length: largest }, (_, i) => meaningInWords("factor", i + 1));
  return [...plain, ...factors];
}

/** The column of `sheet` headed `header` read as `word` from now on (one override per column). */
export function withColumnMeaning(settings: Settings, sheet: string, header: string, word: string): Settings {
  if (parseMeaning(word) === null) throw new Error(`Значение столбца «${word}» не распознано.`);
  const others = settings.columnOverrides.filter((o) => !(o.sheet === sheet && o.header === header));
  return { ...settings, columnOverrides: [...others, { sheet, header, meaning: word }] };
}

/**
 * The plan period the dropdown chose; null = as the plan's title says (nothing stored). Without `plan` it is the
 * workbook's row «Период плана» (a workbook with one plan); with it, that plan's own row «Период плана: <plan>».
 */
export function withPlanPeriod(settings: Settings, text: string | null, plan?: string): Settings {
  const period = text === null ? null : parsePlanPeriod(text, settings.schoolYearEnd, "settings");
  if (text !== null && period === null) throw new Error(`Период плана «${text}» не распознан.`);
  if (plan !== undefined) {
    const others = settings.planPeriods.filter((p) => normalizeText(p.plan) !== normalizeText(plan));
    return {
      ...settings,
      planPeriods: period === null ? others : [...others, { plan, period: { ...period, text: text! } }],
    };
  }
  const { planPeriod: _dropped, ...rest } = settings;
  void _dropped;
  return period === null ? rest : { ...rest, planPeriod: { ...period, text: text! } };
}

/** Calendar years and school years around the given years: «2021», «2020-2021 учебный год», … */
export function periodOptions(years: number[]): string[] {
  const first = Math.min(...years) - 1;
  const last = Math.max(...years) + 1;
  const options: string[] = [];
  for (let year = first; year <= last; year++) options.push(String(year), `${year - 1}-${year} учебный год`);
  return options;
}

/** «31.08» or «31.8» → month and day of a non-leap year; null when it is no date. */
export function parseSchoolYearEnd(text: string): MonthDay | null {
  const m = /^\s*(\d{1,2})\.(\d{1,2})\.?\s*$/.exec(text);
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  // As the settings sheet reads it: a non-leap year, so 29.02 is no school year's end.
  return dayOf(2001, month, day) === null ? null : { month, day };
}

export function schoolYearEndText({ month, day }: MonthDay): string {
  return `${String(day).padStart(2, "0")}.${String(month).padStart(2, "0")}`;
}

/** The indicators switched off after the user turns `name` on or off (compared as the engine compares them). */
export function withIndicator(off: readonly string[], name: string, on: boolean): string[] {
  const others = off.filter((header) => normalizeText(header) !== normalizeText(name));
  return on ? others : [...others, name];
}

/** Is the indicator `name` reported under these settings? */
export function indicatorOn(off: readonly string[], name: string): boolean {
  return !off.some((header) => normalizeText(header) === normalizeText(name));
}

/** The direction the settings give the dynamics measure (its row «Динамика: <мера>»), undefined when none does. */
export function storedDynamics(settings: Settings, measure: string): DynamicsBetter["better"] | undefined {
  return settings.dynamicsBetter.find((d) => dynamicsMeasureKey(d.measure) === dynamicsMeasureKey(measure))?.better;
}

/** The measure's direction chosen in the pane; null = as its name says (its row removed). Matched as the engine matches it. */
export function withDynamicsBetter(
  settings: Settings,
  measure: string,
  better: DynamicsBetter["better"] | null,
): Settings {
  const others = settings.dynamicsBetter.filter((d) => dynamicsMeasureKey(d.measure) !== dynamicsMeasureKey(measure));
  return { ...settings, dynamicsBetter: better === null ? others : [...others, { measure, better }] };
}
