/**
 * Plan period written as text (SPEC §5): in a plan's title, on the settings sheet, in a formula argument.
 * «2021» and «на 2021 год» are the calendar year; «2021-2022» and «на 2021-2022 годы» are 01.01.2021–31.12.2022;
 * «2020-2021 учебный год» is the school year 01.09.2020 – the school-year end (a setting) of 2021.
 */
import { type DaySpan, mustDayOf, parseIsoDay } from "./calendar";
import type { PeriodSource, PlanPeriod } from "./period";

export interface MonthDay {
  month: number;
  day: number;
}

/** Years a plan may plausibly cover; other four-digit numbers are not years. */
export const MIN_PLAN_YEAR = 1990;
export const MAX_PLAN_YEAR = 2100;

export function isPlanYear(n: number): boolean {
  return Number.isInteger(n) && n >= MIN_PLAN_YEAR && n <= MAX_PLAN_YEAR;
}

/** The school year that starts on 1 September of `startYear` (учебный год). */
export function schoolYearSpan(startYear: number, schoolYearEnd: MonthDay): DaySpan {
  return { start: mustDayOf(startYear, 9, 1), end: mustDayOf(startYear + 1, schoolYearEnd.month, schoolYearEnd.day) };
}

/** Calendar years from 1 January of `first` to 31 December of `last`. */
export function calendarYearsSpan(first: number, last: number): DaySpan {
  return { start: mustDayOf(first, 1, 1), end: mustDayOf(last, 12, 31) };
}

const DASH = "\\s*[-–—‐−/]\\s*";
const SCHOOL_YEAR = "(?:учебн[а-я]*\\s+год[а-я]*|уч\\.?\\s*г(?:од[а-я]*|\\.)?)";
const YEAR_WORD = "(?:год[а-я]*|гг\\.?|г\\.?)";

/** What to write when a period given for a run does not read: the command line's and the engine's one hint. */
export const PLAN_PERIOD_HINT = "укажите, например, «2021-2022», «2020-2021 учебный год» или «2021-01-01..2022-12-31»";

/** The whole text is a period: «2021», «2021-2022», «на 2021-2022 годы», «на 2021 год», «2020-2021 учебный год», «2021-01-01..2022-12-31». */
export function parsePlanPeriod(text: string, schoolYearEnd: MonthDay, source: PeriodSource): PlanPeriod | null {
  const t = normalize(text);
  const iso = /^(\d{4}-\d{2}-\d{2})\s*(?:\.\.|–|—)\s*(\d{4}-\d{2}-\d{2})$/.exec(t);
  if (iso) {
    const start = parseIsoDay(iso[1]);
    const end = parseIsoDay(iso[2]);
    return start !== null && end !== null && start <= end ? { start, end, source, text: text.trim() } : null;
  }
  const m = new RegExp(`^(?:на|в)?\\s*(\\d{4})(?:${DASH}(\\d{4}))?\\s*(${SCHOOL_YEAR}|${YEAR_WORD})?$`).exec(t);
  return m ? periodOf(m[1], m[2], m[3], schoolYearEnd, source, text.trim()) : null;
}

/**
 * The period a plan's title names: «Региональный план-график … на 2021 год (пример)», «Дорожная карта … на
 * 2021-2022 годы», «План … на 2020-2021 учебный год», «… в 2020-2021 учебном году». Other years of a title
 * (the date of an order) are not a period: a year counts only after «на»/«в» or before a year word.
 */
export function findPeriodInTitle(title: string, schoolYearEnd: MonthDay): PlanPeriod | null {
  const t = normalize(title);
  const patterns = [
    new RegExp(`(\\d{4})${DASH}(\\d{4})\\s*(${SCHOOL_YEAR})`),
    new RegExp(`(?:^|\\s)(?:на|в)\\s+(?:период\\s+)?(\\d{4})(?:${DASH}(\\d{4}))?\\s*(${YEAR_WORD})?(?=$|[\\s,.;:)(])`),
    new RegExp(`(\\d{4})(?:${DASH}(\\d{4}))?\\s*(${YEAR_WORD})(?=$|[\\s,.;:)(])`),
  ];
  for (const re of patterns) {
    const m = re.exec(t);
    if (!m) continue;
    const period = periodOf(m[1], m[2], m[3], schoolYearEnd, "title", m[0].trim());
    if (period) return period;
  }
  return null;
}

function periodOf(
  first: string,
  last: string | undefined,
  word: string | undefined,
  schoolYearEnd: MonthDay,
  source: PeriodSource,
  text: string,
): PlanPeriod | null {
  const y1 = Number(first);
  const y2 = last === undefined ? y1 : Number(last);
  if (!isPlanYear(y1) || !isPlanYear(y2) || y2 < y1) return null;
  if (word !== undefined && /^уч/.test(word)) {
    if (y2 !== y1 + 1) return null;
    return { ...schoolYearSpan(y1, schoolYearEnd), source, text };
  }
  return { ...calendarYearsSpan(y1, y2), source, text };
}

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[\u00a0\s]+/g, " ")
    .trim();
}
