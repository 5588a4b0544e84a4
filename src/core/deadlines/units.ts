/**
 * Calendar units as day spans: a day, a month, a quarter, a half-year, a year, a school year, a school quarter and a
 * school half-year. A unit written without its year takes the first occurrence on or after a given day (SPEC §5:
 * «a month without a year is its first occurrence inside the plan period»).
 */
import {
  type Day,
  dayOf,
  type DaySpan,
  endOfMonth,
  firstOfMonth,
  mustDayOf,
  nthWeekdayOfMonth,
  ymd,
} from "../calendar";
import { calendarYearsSpan, type MonthDay, schoolYearSpan } from "../periodText";
import type { CalendarUnit } from "./pieces";
import { type SchoolQuarters, schoolQuarterSpan } from "./schoolQuarters";

/** What the spans of school units depend on: the school-year end and the region's school quarters (settings). */
export interface SchoolCalendar {
  schoolYearEnd: MonthDay;
  schoolQuarters?: SchoolQuarters;
}

/**
 * Spans of months and units are asked for again and again (every month of every plan item); the calendar helpers
 * build dates to answer, so their answers are remembered. Pure functions of their arguments: a cache cannot go stale.
 */
const monthsCache = new Map<number, DaySpan>();
const CACHE_LIMIT = 50_000;

/** Months firstMonth…lastMonth of a year (1…12). */
export function monthsSpan(year: number, firstMonth: number, lastMonth: number): DaySpan {
  const key = year * 10_000 + firstMonth * 100 + lastMonth;
  let span = monthsCache.get(key);
  if (span === undefined) {
    if (monthsCache.size > CACHE_LIMIT) monthsCache.clear();
    span = { start: firstOfMonth(year, firstMonth), end: endOfMonth(year, lastMonth) };
    monthsCache.set(key, span);
  }
  return span;
}

const UNIT_CODES: Record<CalendarUnit["unit"], number> = {
  day: 1,
  month: 2,
  quarter: 3,
  halfYear: 4,
  year: 5,
  schoolYear: 6,
  schoolQuarter: 7,
  schoolHalf: 8,
  weekdayOfMonth: 9,
};
const spanCache = new Map<number, DaySpan | null>();

/** A number that tells apart every (unit, year, school-year end) a span is asked for (the detail stays below 10 000). */
function spanKey(unit: CalendarUnit, year: number, schoolYearEnd: MonthDay): number {
  const detail =
    unit.unit === "day"
      ? (unit.month ?? 0) * 100 + unit.day
      : unit.unit === "month"
        ? unit.month
        : unit.unit === "quarter"
          ? unit.quarter
          : unit.unit === "halfYear"
            ? unit.half
            : unit.unit === "schoolYear"
              ? schoolYearEnd.month * 100 + schoolYearEnd.day
              : unit.unit === "schoolHalf"
                ? unit.half * 2_000 + schoolYearEnd.month * 100 + schoolYearEnd.day
                : unit.unit === "weekdayOfMonth"
                  ? (unit.ordinal + 1) * 1_000 + unit.weekday * 100 + unit.month
                  : 0;
  return (UNIT_CODES[unit.unit] * 10_000 + year) * 10_000 + detail;
}

/**
 * The span of a unit in a given year (for school units, the school year starting in it); null when the day does not
 * exist (29 февраля 2021) or the month is unknown. School quarters come from a per-workbook table: not cached.
 */
export function spanInYear(unit: CalendarUnit, year: number, calendar: SchoolCalendar): DaySpan | null {
  if (unit.unit === "schoolQuarter") return schoolQuarterSpan(year, unit.quarter, calendar.schoolQuarters);
  const schoolYearEnd = calendar.schoolYearEnd;
  const key = spanKey(unit, year, schoolYearEnd);
  const known = spanCache.get(key);
  if (known !== undefined) return known;
  if (spanCache.size > CACHE_LIMIT) spanCache.clear();
  const span = computeSpanInYear(unit, year, schoolYearEnd);
  spanCache.set(key, span);
  return span;
}

function computeSpanInYear(unit: CalendarUnit, year: number, schoolYearEnd: MonthDay): DaySpan | null {
  switch (unit.unit) {
    case "day": {
      const d = unit.month === undefined ? null : dayOf(year, unit.month, unit.day);
      return d === null ? null : { start: d, end: d };
    }
    case "month":
      return monthsSpan(year, unit.month, unit.month);
    case "quarter":
      return monthsSpan(year, unit.quarter * 3 - 2, unit.quarter * 3);
    case "halfYear":
      return monthsSpan(year, unit.half * 6 - 5, unit.half * 6);
    case "year":
      return calendarYearsSpan(year, year);
    case "schoolYear":
      return schoolYearSpan(year, schoolYearEnd);
    case "schoolHalf": {
      const schoolYear = schoolYearSpan(year, schoolYearEnd);
      const newYear = mustDayOf(year + 1, 1, 1);
      return unit.half === 1 ? { start: schoolYear.start, end: newYear - 1 } : { start: newYear, end: schoolYear.end };
    }
    case "weekdayOfMonth": {
      const d = nthWeekdayOfMonth(year, unit.month, unit.weekday, unit.ordinal);
      return { start: d, end: d };
    }
    case "schoolQuarter":
      return null; // read from the region's table by spanInYear
  }
}

/**
 * The first occurrence of a yearless unit starting on or after `notBefore` (within the next two years). A school
 * unit's year is the school year's first, so the search starts a year earlier: «III четверть» of a calendar-year plan
 * 2021 is in the school year 2020-2021.
 */
export function firstOccurrence(unit: CalendarUnit, notBefore: Day, calendar: SchoolCalendar): DaySpan | null {
  const from = ymd(notBefore).year;
  const school = unit.unit === "schoolQuarter" || unit.unit === "schoolHalf";
  for (let y = school ? from - 1 : from; y <= from + 2; y++) {
    const s = spanInYear(unit, y, calendar);
    if (s && s.start >= notBefore) return s;
  }
  return null;
}
