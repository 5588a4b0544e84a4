/**
 * Settings of the steps before a plan (SPEC §8): the low-results rule, stable high results, ИСБШ components,
 * partner cap and interview timetable. They live as «Параметр | Значение» rows of the settings sheet; the
 * lead merges these rows into it. A value that cannot be read is reported with its cell and the default stays.
 */
import { type Day, formatDay, isPlausibleDateSerial, parseDottedDay } from "../calendar";
import { type Cell, cellText, isBlank, normalizeText } from "../cell";
import { readNumber } from "../indicators/numbers";
import { cellProblem, type Problem } from "../problems";

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
  timetable: { firstDay: null, days: 5, dayStart: 10 * 60, dayEnd: 17 * 60, slotMinutes: 30, lunchStart: 13 * 60, lunchEnd: 14 * 60 },
};

export const IDENTIFICATION_SETTING_KEYS = {
  threshold: "Выявление ШНОР: порог доли «2», %",
  proceduresPerYear: "Выявление ШНОР: процедур в одном году",
  consecutiveYears: "Выявление ШНОР: лет подряд по одной процедуре",
  years: "Выявление ШНОР: годы",
  stableHighShare: "Стабильно высокие: нижняя доля региона, %",
  unfavourableShare: "ИСБШ: доля неблагоприятных, %",
  partnerCap: "Сетевые пары: ШНОР на партнёра",
  firstDay: "Собеседования: первый день",
  days: "Собеседования: число дней",
  dayStart: "Собеседования: начало дня",
  dayEnd: "Собеседования: конец дня",
  slotMinutes: "Собеседования: слот, минут",
  lunch: "Собеседования: обед",
} as const;

/** «ИСБШ 2: вес» — component rows are numbered from 1. */
const COMPONENT_KEY = /^ИСБШ\s+(\d+)\s*:\s*(колонка|направление|вес|нормировка)$/i;

const KEYS: ReadonlySet<string> = new Set(Object.values(IDENTIFICATION_SETTING_KEYS));

/** Is this settings-sheet key one of this part's (the settings sheet hands such rows to readIdentificationSettingsRows)? */
export function isIdentificationSettingKey(key: string): boolean {
  return KEYS.has(key.trim()) || COMPONENT_KEY.test(key.trim());
}

export function timeText(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, "0")}`;
}

export function identificationSettingsToRows(s: IdentificationSettings): Cell[][] {
  const t = s.timetable;
  const rows: Cell[][] = [
    [IDENTIFICATION_SETTING_KEYS.threshold, s.threshold],
    [IDENTIFICATION_SETTING_KEYS.proceduresPerYear, s.proceduresPerYear],
    [IDENTIFICATION_SETTING_KEYS.consecutiveYears, s.consecutiveYears],
    [IDENTIFICATION_SETTING_KEYS.years, s.years.join(", ")],
    [IDENTIFICATION_SETTING_KEYS.stableHighShare, s.stableHighShare],
    [IDENTIFICATION_SETTING_KEYS.unfavourableShare, s.unfavourableShare],
    [IDENTIFICATION_SETTING_KEYS.partnerCap, s.partnerCap],
    [IDENTIFICATION_SETTING_KEYS.firstDay, t.firstDay === null ? "" : formatDay(t.firstDay)],
    [IDENTIFICATION_SETTING_KEYS.days, t.days],
    [IDENTIFICATION_SETTING_KEYS.dayStart, timeText(t.dayStart)],
    [IDENTIFICATION_SETTING_KEYS.dayEnd, timeText(t.dayEnd)],
    [IDENTIFICATION_SETTING_KEYS.slotMinutes, t.slotMinutes],
    [IDENTIFICATION_SETTING_KEYS.lunch, lunchText(t)],
  ];
  for (const [i, c] of s.indexComponents.entries()) {
    rows.push(
      [`ИСБШ ${i + 1}: колонка`, c.column],
      [`ИСБШ ${i + 1}: направление`, c.direction > 0 ? "+" : "-"],
      [`ИСБШ ${i + 1}: вес`, c.weight],
      [`ИСБШ ${i + 1}: нормировка`, c.normalisation === "minmax" ? "мин-макс" : "z-оценка"],
    );
  }
  return rows;
}

export interface SettingsRow {
  key: string;
  value: Cell;
  /** 0-based sheet row. */
  row: number;
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

function readWhole(value: Cell, min: number, max: number): number | null {
  const n = readNumber(value);
  return typeof n === "number" && Number.isInteger(n) && n >= min && n <= max ? n : null;
}

/** A percent setting: 30, «30 %», or 0.3 (a cell formatted as percent). */
function readPercent(value: Cell): number | null {
  const n = readNumber(value);
  if (typeof n !== "number" || n <= 0 || n > 100) return null;
  return n < 1 ? n * 100 : n;
}

function readYears(value: Cell): number[] | null {
  if (typeof value === "number") return readWhole(value, 1990, 2100) === null ? null : [value];
  const parts = cellText(value).split(/[\s,;]+/).filter((p) => p !== "");
  const years = parts.map((p) => (/^\d{4}$/.test(p) ? Number(p) : NaN));
  return years.every((y) => y >= 1990 && y <= 2100) ? [...new Set(years)].sort((a, b) => a - b) : null;
}

function readDirection(value: Cell): 1 | -1 | null {
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
export function lunchText(t: TimetableSettings): string {
  return t.lunchEnd > t.lunchStart ? `${timeText(t.lunchStart)}-${timeText(t.lunchEnd)}` : "нет";
}

function readNormalisation(value: Cell): Normalisation | null {
  const t = normalizeText(cellText(value)).replace(/[\s-–]/g, "");
  if (["минмакс", "minmax", "мин", "min"].includes(t)) return "minmax";
  if (["z", "zоценка", "zscore", "z-оценка", "стандартизация"].includes(t)) return "z";
  return null;
}

/**
 * Reads this part's rows of the settings sheet (keys not of this part are left for the others); the value is
 * in column `valueCol` (0-based, B by default) of `sheet`.
 */
export function readIdentificationSettingsRows(
  rows: SettingsRow[],
  sheet: string,
  valueCol = 1,
): { settings: IdentificationSettings; problems: Problem[] } {
  const d = DEFAULT_IDENTIFICATION_SETTINGS;
  const s: IdentificationSettings = { ...d, years: [], indexComponents: [], timetable: { ...d.timetable } };
  const problems: Problem[] = [];
  const bad = (r: SettingsRow, wanted: string, kept: string): void =>
    void problems.push(cellProblem(sheet, r.row, valueCol, `«${r.key}»: «${cellText(r.value)}» — ${wanted}; действует ${kept}`));
  const components = new Map<number, { column?: string; direction?: 1 | -1; weight?: number | null; normalisation?: Normalisation; row: number }>();

  for (const r of rows) {
    const key = r.key.trim();
    const component = COMPONENT_KEY.exec(key);
    if (component) {
      const n = Number(component[1]);
      const c = components.get(n) ?? { row: r.row };
      components.set(n, c);
      const what = component[2].toLowerCase();
      if (what === "колонка") {
        if (isBlank(r.value)) problems.push(cellProblem(sheet, r.row, valueCol, `«${key}»: не указан заголовок колонки контекстных данных`));
        else c.column = cellText(r.value);
      } else if (what === "направление") {
        const dir = readDirection(r.value);
        if (dir === null) bad(r, "нужно «+» (больше — благополучнее) или «-» (больше — неблагополучнее)", "«+»");
        else c.direction = dir;
      } else if (what === "вес") {
        const w = readNumber(r.value);
        if (w === "blank") c.weight = null;
        else if (w === null || w < 0) bad(r, "нужно неотрицательное число", "«вес не задан»");
        else c.weight = w;
      } else {
        const norm = readNormalisation(r.value);
        if (norm === null) bad(r, "нужно «мин-макс» или «z-оценка»", "«мин-макс»");
        else c.normalisation = norm;
      }
      continue;
    }
    if (isBlank(r.value)) continue;
    const t = s.timetable;
    switch (key) {
      case IDENTIFICATION_SETTING_KEYS.threshold: {
        const v = readPercent(r.value);
        if (v === null) bad(r, "нужен процент от 0 до 100", `${s.threshold} %`);
        else s.threshold = v;
        break;
      }
      case IDENTIFICATION_SETTING_KEYS.proceduresPerYear: {
        const v = readProceduresPerYear(r.value);
        if (v === null) bad(r, "нужно целое число не меньше 1", String(s.proceduresPerYear));
        else s.proceduresPerYear = v;
        break;
      }
      case IDENTIFICATION_SETTING_KEYS.consecutiveYears: {
        const v = readWhole(r.value, 0, 20);
        if (v === null || v === 1) bad(r, "нужно целое число лет не меньше 2 (0 — правило не применяется)", String(s.consecutiveYears));
        else s.consecutiveYears = v;
        break;
      }
      case IDENTIFICATION_SETTING_KEYS.years: {
        const v = readYears(r.value);
        if (v === null) bad(r, "нужны годы через запятую, например «2021, 2022»", "все годы таблицы результатов");
        else s.years = v;
        break;
      }
      case IDENTIFICATION_SETTING_KEYS.stableHighShare: {
        const v = readPercent(r.value);
        if (v === null) bad(r, "нужен процент от 0 до 100", `${s.stableHighShare} %`);
        else s.stableHighShare = v;
        break;
      }
      case IDENTIFICATION_SETTING_KEYS.unfavourableShare: {
        const v = readPercent(r.value);
        if (v === null) bad(r, "нужен процент от 0 до 100", `${s.unfavourableShare} %`);
        else s.unfavourableShare = v;
        break;
      }
      case IDENTIFICATION_SETTING_KEYS.partnerCap: {
        const v = readWhole(r.value, 1, 1000);
        if (v === null) bad(r, "нужно целое число не меньше 1", String(s.partnerCap));
        else s.partnerCap = v;
        break;
      }
      case IDENTIFICATION_SETTING_KEYS.firstDay: {
        const v = readInterviewDay(r.value);
        if (v === null) bad(r, "нужна дата дд.мм.гггг", "первый рабочий день после даты отчёта");
        else t.firstDay = v;
        break;
      }
      case IDENTIFICATION_SETTING_KEYS.days: {
        const v = readInterviewDays(r.value);
        if (v === null) bad(r, "нужно целое число дней не меньше 1", String(t.days));
        else t.days = v;
        break;
      }
      case IDENTIFICATION_SETTING_KEYS.dayStart:
      case IDENTIFICATION_SETTING_KEYS.dayEnd: {
        const v = readTime(r.value);
        const field = key === IDENTIFICATION_SETTING_KEYS.dayStart ? "dayStart" : "dayEnd";
        if (v === null) bad(r, "нужно время чч:мм", timeText(t[field]));
        else t[field] = v;
        break;
      }
      case IDENTIFICATION_SETTING_KEYS.slotMinutes: {
        const v = readSlotMinutes(r.value);
        if (v === null) bad(r, "нужно целое число минут от 5 до 480", String(t.slotMinutes));
        else t.slotMinutes = v;
        break;
      }
      case IDENTIFICATION_SETTING_KEYS.lunch: {
        const v = readLunch(r.value);
        if (v === null) bad(r, "нужен интервал «13:00-14:00» или «нет»", lunchText(t));
        else [t.lunchStart, t.lunchEnd] = [v.start, v.end];
        break;
      }
      default:
        break;
    }
  }
  if (s.timetable.dayEnd <= s.timetable.dayStart) {
    problems.push({ sheet, message: `«${IDENTIFICATION_SETTING_KEYS.dayEnd}» (${timeText(s.timetable.dayEnd)}) не позже начала дня (${timeText(s.timetable.dayStart)}); действуют 10:00–17:00`, severity: "error" });
    [s.timetable.dayStart, s.timetable.dayEnd] = [d.timetable.dayStart, d.timetable.dayEnd];
  }

  for (const n of [...components.keys()].sort((a, b) => a - b)) {
    const c = components.get(n)!;
    if (c.column === undefined) {
      problems.push(cellProblem(sheet, c.row, valueCol - 1, `компонент ИСБШ ${n}: не указана колонка («ИСБШ ${n}: колонка»); компонент не учтён`));
      continue;
    }
    s.indexComponents.push({ column: c.column, direction: c.direction ?? 1, weight: c.weight ?? null, normalisation: c.normalisation ?? "minmax" });
  }
  return { settings: s, problems };
}
