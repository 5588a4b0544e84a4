/**
 * Calendar days without a time zone. A day is an Excel serial number (1900 date system,
 * day 1 = 01.01.1900, valid from 01.03.1900 on): what Excel hands to custom functions and
 * what reports write back, so a date is the same number in Moscow, New York and in a file.
 * Calendar arithmetic goes through date-fns on UTC dates and is never re-derived by hand.
 */
import { UTCDate } from "@date-fns/utc";
import {
  addDays,
  addMonths,
  addWeeks,
  type Day as Weekday,
  getDay,
  isValid,
  lastDayOfMonth,
  nextDay,
  previousDay,
} from "date-fns";

export type Day = number;

/** Days start…end, both inclusive: a deadline's window, a calendar unit, a quarter, a plan period's bounds. */
export interface DaySpan {
  start: Day;
  end: Day;
}

const MS_PER_DAY = 86_400_000;
const EPOCH_MS = Date.UTC(1899, 11, 30);

export interface YearMonthDay {
  year: number;
  /** 1…12 */
  month: number;
  day: number;
}

function toUtc(day: Day): UTCDate {
  return new UTCDate(EPOCH_MS + day * MS_PER_DAY);
}

function fromUtc(date: Date): Day {
  return Math.round((date.getTime() - EPOCH_MS) / MS_PER_DAY);
}

/** The day of a calendar date, or null when it does not exist (31.02, month 13). */
export function dayOf(year: number, month: number, day: number): Day | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || year < 1901 || year > 9998) return null;
  const date = new UTCDate(year, month - 1, day);
  if (!isValid(date) || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  return fromUtc(date);
}

/** Like dayOf for dates known to exist (computed, not typed by a user). */
export function mustDayOf(year: number, month: number, day: number): Day {
  const d = dayOf(year, month, day);
  if (d === null) throw new RangeError(`нет такой даты: ${day}.${month}.${year}`);
  return d;
}

/**
 * Calendar fields of days already asked for: a plan reads the same few hundred days again and again (every month end
 * of every item), and building a date for each answer is the parser's slowest step (npm run bench). A pure function
 * of its argument, so the remembered answers (frozen) cannot go stale; bounded like the caches of deadlines/units.ts.
 */
const ymdCache = new Map<Day, Readonly<YearMonthDay>>();
const YMD_CACHE_LIMIT = 50_000;

export function ymd(day: Day): Readonly<YearMonthDay> {
  let known = ymdCache.get(day);
  if (known === undefined) {
    const date = toUtc(day);
    known = Object.freeze({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() });
    if (ymdCache.size > YMD_CACHE_LIMIT) ymdCache.clear();
    ymdCache.set(day, known);
  }
  return known;
}

export function firstOfMonth(year: number, month: number): Day {
  return mustDayOf(year, month, 1);
}

export function endOfMonth(year: number, month: number): Day {
  return fromUtc(lastDayOfMonth(new UTCDate(year, month - 1, 1)));
}

/** Quarter 1…4 of a day. */
export function quarterOf(day: Day): number {
  return Math.floor((ymd(day).month - 1) / 3) + 1;
}

export function plusDays(day: Day, days: number): Day {
  return fromUtc(addDays(toUtc(day), days));
}

/** The same day of the month `months` later, clamped to the month's end (31.01 + 1 → 28.02). */
export function plusMonths(day: Day, months: number): Day {
  return fromUtc(addMonths(toUtc(day), months));
}

/** 0 = Sunday … 6 = Saturday, as in date-fns. */
export function weekdayOf(day: Day): number {
  return getDay(toUtc(day));
}

/**
 * The `n`-th given weekday (0 = Sunday, as date-fns) of a month: n = 1…4, or −1 for the last one («в последнюю
 * пятницу мая»). Every month has four of each weekday, so the answer always lies inside the month.
 */
export function nthWeekdayOfMonth(year: number, month: number, weekday: Weekday, n: number): Day {
  // the day after the month, and the day before it (day 0 is the previous month's last)
  if (n === -1) return fromUtc(previousDay(new UTCDate(year, month, 1), weekday));
  return fromUtc(addWeeks(nextDay(new UTCDate(year, month - 1, 0), weekday), n - 1));
}

/** «дд.мм.гггг» */
export function formatDay(day: Day): string {
  const { year, month, day: d } = ymd(day);
  return `${String(d).padStart(2, "0")}.${String(month).padStart(2, "0")}.${year}`;
}

/** «гггг-мм-дд» */
export function isoDay(day: Day): string {
  const { year, month, day: d } = ymd(day);
  return `${year}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** «2021-06-15» → day, or null. */
export function parseIsoDay(text: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return m ? dayOf(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** «15.06.2021» (also «15.06.21», «5.6.2021») → day, or null when it is not such a date or does not exist. */
export function parseDottedDay(text: string): Day | null {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(text.trim());
  if (!m) return null;
  const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  return dayOf(year, Number(m[2]), Number(m[1]));
}

/**
 * A date typed for a run («на дату»: the command line's --as-of, the report page's field): the day, or what is wrong
 * with the text — a date that does not exist is named as such («31.02.2021: нет такой даты»).
 */
export function readTypedDay(text: string): Day | string {
  const day = parseDottedDay(text) ?? parseIsoDay(text);
  if (day !== null) return day;
  const t = text.trim();
  if (/^\d{1,2}\.\d{1,2}\.(\d{2}|\d{4})$|^\d{4}-\d{2}-\d{2}$/.test(t)) return `${t}: нет такой даты`;
  return `«${t}»: не дата; укажите ДД.ММ.ГГГГ (15.06.2021) или ГГГГ-ММ-ДД (2021-06-15)`;
}

/**
 * A JavaScript date from a file reader. ExcelJS gives a date cell as the UTC midnight of its
 * calendar day, so the UTC fields are the calendar date whatever the machine's zone.
 */
export function dayFromFileDate(date: Date): Day {
  return Math.floor((date.getTime() - EPOCH_MS) / MS_PER_DAY);
}

/** The Date a file writer needs for a day: its UTC midnight. */
export function fileDateOfDay(day: Day): Date {
  return new Date(EPOCH_MS + day * MS_PER_DAY);
}

/** Today as the user's own calendar shows it (the only place the local zone matters). */
export function today(now: Date = new Date()): Day {
  return mustDayOf(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** A plausible date serial for dates in cells: 1 Jan 1950 … 31 Dec 2099. */
export function isPlausibleDateSerial(value: number): boolean {
  return Number.isFinite(value) && value >= 18264 && value <= 73050;
}
