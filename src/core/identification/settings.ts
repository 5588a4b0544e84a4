/**
 * Settings of the steps before a plan (SPEC §8): the low-results rule, stable high results, ИСБШ components,
 * partner cap and interview timetable, their defaults, and the readers of their values as users type them (the
 * settings sheet's rows, settingsRows.ts, and the pane's fields read with the same ones).
 */
import { type Day, isPlausibleDateSerial, parseDottedDay } from "../calendar";
import { type Cell, cellText, normalizeText } from "../cell";
import { readNumber } from "../indicators/numbers";

export type Normalisation = "minmax" | "z";

/** One component of ИСБШ (индекс социального благополучия школы). */
export interface IndexComponent {
  /** Header of the context column, as the user's table has it. */
  column: string;
  /** +1: more is better off; −1: more is worse off (e.g. «Доля семей с низким доходом»). */
  direction: 1 | -1;
  /** Null until the user sets it: no weight is invented. */
  weight: number | null;
  normalisation: Normalisation;
}

export interface TimetableSettings {
  /** First interview day; null = the first working day after «на дату» (the sheet says so). */
  firstDay: Day | null;
  days: number;
  /** Minutes since midnight. */
  dayStart: number;
  dayEnd: number;
  slotMinutes: number;
  lunchStart: number;
  lunchEnd: number;
}

export interface IdentificationSettings {
  /** Share of «2», percent: a procedure is low when at least this share of participants got «2». */
  threshold: number;
  /** Low in at least this many procedures of one year flags a school. */
  proceduresPerYear: number;
  /** Low in the same procedure this many consecutive years flags a school; 0 switches the rule off. */
  consecutiveYears: number;
  /** Years judged; empty = every year in the results. */
  years: number[];
  /** Stable high: share of «2» within the lowest this-many percent of the region in every year. */
  stableHighShare: number;
  indexComponents: IndexComponent[];
  /** «Неблагоприятные условия»: the bottom this-many percent of schools by ИСБШ. */
  unfavourableShare: number;
  /** A partner school takes at most this many flagged schools. */
  partnerCap: number;
  timetable: TimetableSettings;
}

export const DEFAULT_IDENTIFICATION_SETTINGS: IdentificationSettings = {
  threshold: 30,
  proceduresPerYear: 2,
  consecutiveYears: 2,
  years: [],
  stableHighShare: 10,
  indexComponents: [],
  unfavourableShare: 10,
  partnerCap: 2,
  timetable: {
    firstDay: null,
    days: 5,
    dayStart: 10 * 60,
    dayEnd: 17 * 60,
    slotMinutes: 30,
    lunchStart: 13 * 60,
    lunchEnd: 14 * 60,
  },
};

export function timeText(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, "0")}`;
}

/** «10:00», «10.30», «10», or an Excel time (a fraction of a day) → minutes since midnight. */
export function readTime(value: Cell): number | null {
  if (typeof value === "number") {
    if (value >= 0 && value < 1) return Math.round(value * 24 * 60);
    return Number.isInteger(value) && value >= 0 && value <= 24 ? value * 60 : null;
  }
  const m = /^(\d{1,2})(?:[:.](\d{2}))?$/.exec(cellText(value));
  if (!m) return null;
  const minutes = Number(m[1]) * 60 + Number(m[2] ?? 0);
  return Number(m[1]) <= 24 && Number(m[2] ?? 0) < 60 && minutes <= 24 * 60 ? minutes : null;
}

function readDay(value: Cell): Day | null {
  if (typeof value === "number") return Number.isInteger(value) && isPlausibleDateSerial(value) ? value : null;
  return parseDottedDay(cellText(value));
}

export function readWhole(value: Cell, min: number, max: number): number | null {
  const n = readNumber(value);
  return typeof n === "number" && Number.isInteger(n) && n >= min && n <= max ? n : null;
}

/** A percent setting: 30, «30 %», or 0.3 (a cell formatted as percent). */
export function readPercent(value: Cell): number | null {
  const n = readNumber(value);
  if (typeof n !== "number" || n <= 0 || n > 100) return null;
  return n < 1 ? n * 100 : n;
}

export function readYears(value: Cell): number[] | null {
  if (typeof value === "number") return readWhole(value, 1990, 2100) === null ? null : [value];
  const parts = cellText(value)
    .split(/[\s,;]+/)
    .filter((p) => p !== "");
  const years = parts.map((p) => (/^\d{4}$/.test(p) ? Number(p) : NaN));
  return years.every((y) => y >= 1990 && y <= 2100) ? [...new Set(years)].sort((a, b) => a - b) : null;
}

export function readDirection(value: Cell): 1 | -1 | null {
  const t = normalizeText(cellText(value)).replace(/\s/g, "");
  if (["+", "плюс", "прямое", "больше", "1"].includes(t) || value === 1) return 1;
  if (["-", "–", "—", "−", "минус", "обратное", "меньше", "-1"].includes(t) || value === -1) return -1;
  return null;
}

/** «Выявление ШНОР: процедур в одном году»: a whole number 1…100. */
export function readProceduresPerYear(value: Cell): number | null {
  return readWhole(value, 1, 100);
}

/** «Собеседования: первый день»: a date (an Excel date, or «дд.мм.гггг» text). */
export function readInterviewDay(value: Cell): Day | null {
  return readDay(value);
}

/** «Собеседования: число дней»: a whole number 1…366. */
export function readInterviewDays(value: Cell): number | null {
  return readWhole(value, 1, 366);
}

/** «Собеседования: слот, минут»: a whole number 5…480. */
export function readSlotMinutes(value: Cell): number | null {
  return readWhole(value, 5, 480);
}

/** «Собеседования: обед»: «13:00-14:00», or «нет» (no break: both ends 0); null when it is neither. */
export function readLunch(value: Cell): { start: number; end: number } | null {
  if (/^нет$/i.test(cellText(value))) return { start: 0, end: 0 };
  const m = /^(\S+)\s*[-–—]\s*(\S+)$/.exec(cellText(value));
  const from = m ? readTime(m[1]) : null;
  const to = m ? readTime(m[2]) : null;
  return from === null || to === null || to <= from ? null : { start: from, end: to };
}

/** The lunch break as the settings sheet writes it: «13:00-14:00», or «нет». */
export function lunchText(t: Pick<TimetableSettings, "lunchStart" | "lunchEnd">): string {
  return t.lunchEnd > t.lunchStart ? `${timeText(t.lunchStart)}-${timeText(t.lunchEnd)}` : "нет";
}

export function readNormalisation(value: Cell): Normalisation | null {
  const t = normalizeText(cellText(value)).replace(/[\s-–]/g, "");
  if (["минмакс", "minmax", "мин", "min"].includes(t)) return "minmax";
  if (["z", "zоценка", "zscore", "z-оценка", "стандартизация"].includes(t)) return "z";
  return null;
}
