/**
 * The identification settings as «Параметр | Значение» rows of the settings sheet: one table of fields (label, read,
 * hint, get, set) for the single rows, and the numbered ИСБШ component rows. A value that cannot be read is reported
 * with its cell and the default stays.
 */
import { type Day, formatDay } from "../calendar";
import { type Cell, cellText, isBlank } from "../cell";
import { readNumber } from "../indicators/numbers";
import { cellProblem, type Problem } from "../problems";
import {
  DEFAULT_IDENTIFICATION_SETTINGS,
  type IdentificationSettings,
  type IndexComponent,
  lunchText,
  readDirection,
  readInterviewDay,
  readInterviewDays,
  readLunch,
  readNormalisation,
  readPercent,
  readProceduresPerYear,
  readSlotMinutes,
  readTime,
  readWhole,
  readYears,
  timeText,
} from "./settings";

/** Is this settings-sheet key one of this part's (the settings sheet hands such rows to readIdentificationSettingsRows)? */
export function isIdentificationSettingKey(key: string): boolean {
  return FIELD_BY_LABEL.has(key.trim()) || COMPONENT_KEY.test(key.trim());
}

/** The labels of this part's single rows, in the sheet's order (the settings sheet names their groups). */
export function identificationSettingLabels(): string[] {
  return Object.values(FIELDS).map((f) => f.label);
}

export function identificationSettingsToRows(s: IdentificationSettings): Cell[][] {
  const rows: Cell[][] = Object.values(FIELDS).map((f) => [f.label, f.written(s)]);
  for (const [i, c] of s.indexComponents.entries())
    rows.push(...COMPONENT_FIELDS.map((f) => [`ИСБШ ${i + 1}: ${f.word}`, f.written(c)]));
  return rows;
}

export interface SettingsRow {
  key: string;
  value: Cell;
  /** 0-based sheet row. */
  row: number;
}

/**
 * One «Параметр | Значение» row of this part: its label on the settings sheet, how its value reads (null: it cannot),
 * what the value must be when it cannot (`hint`), and where it lives in the settings (`get`, `set`). The sheet holds
 * `write(value)` (the value itself by default); a problem says «действует …» with `kept(value)` (the written text by
 * default).
 */
interface Field<V> {
  label: string;
  read(value: Cell): V | null;
  hint: string;
  get(s: IdentificationSettings): V;
  set(s: IdentificationSettings, value: V): void;
  write?(value: V): Cell;
  kept?(value: V): string;
}

/** A field with its value type closed over: what the table holds. */
interface SettingField {
  label: string;
  hint: string;
  /** Reads the cell into the settings; false when it cannot be read (the settings keep their value). */
  readInto(s: IdentificationSettings, value: Cell): boolean;
  written(s: IdentificationSettings): Cell;
  kept(s: IdentificationSettings): string;
}

function field<V>(f: Field<V>): SettingField {
  const write = f.write ?? ((v: V) => v as Cell);
  const kept = f.kept ?? ((v: V) => cellText(write(v)));
  return {
    label: f.label,
    hint: f.hint,
    readInto(s, value) {
      const v = f.read(value);
      if (v !== null) f.set(s, v);
      return v !== null;
    },
    written: (s) => write(f.get(s)),
    kept: (s) => kept(f.get(s)),
  };
}

const percent = (v: number): string => `${v} %`;

/** This part's single rows, in the order the settings sheet lists them (the ИСБШ components follow). */
const FIELDS = {
  threshold: field({
    label: "Выявление ШНОР: порог доли «2», %",
    read: readPercent,
    hint: "нужен процент от 0 до 100",
    get: (s) => s.threshold,
    set: (s, v) => void (s.threshold = v),
    kept: percent,
  }),
  proceduresPerYear: field({
    label: "Выявление ШНОР: процедур в одном году",
    read: readProceduresPerYear,
    hint: "нужно целое число не меньше 1",
    get: (s) => s.proceduresPerYear,
    set: (s, v) => void (s.proceduresPerYear = v),
  }),
  consecutiveYears: field({
    label: "Выявление ШНОР: лет подряд по одной процедуре",
    read: (value) => {
      const v = readWhole(value, 0, 20);
      return v === 1 ? null : v;
    },
    hint: "нужно целое число лет не меньше 2 (0 — правило не применяется)",
    get: (s) => s.consecutiveYears,
    set: (s, v) => void (s.consecutiveYears = v),
  }),
  years: field({
    label: "Выявление ШНОР: годы",
    read: readYears,
    hint: "нужны годы через запятую, например «2021, 2022»",
    get: (s) => s.years,
    set: (s, v) => void (s.years = v),
    write: (v) => v.join(", "),
    kept: () => "все годы таблицы результатов",
  }),
  stableHighShare: field({
    label: "Стабильно высокие: нижняя доля региона, %",
    read: readPercent,
    hint: "нужен процент от 0 до 100",
    get: (s) => s.stableHighShare,
    set: (s, v) => void (s.stableHighShare = v),
    kept: percent,
  }),
  unfavourableShare: field({
    label: "ИСБШ: доля неблагоприятных, %",
    read: readPercent,
    hint: "нужен процент от 0 до 100",
    get: (s) => s.unfavourableShare,
    set: (s, v) => void (s.unfavourableShare = v),
    kept: percent,
  }),
  partnerCap: field({
    label: "Сетевые пары: ШНОР на партнёра",
    read: (value) => readWhole(value, 1, 1000),
    hint: "нужно целое число не меньше 1",
    get: (s) => s.partnerCap,
    set: (s, v) => void (s.partnerCap = v),
  }),
  firstDay: field<Day | null>({
    label: "Собеседования: первый день",
    read: readInterviewDay,
    hint: "нужна дата дд.мм.гггг",
    get: (s) => s.timetable.firstDay,
    set: (s, v) => void (s.timetable.firstDay = v),
    write: (v) => (v === null ? "" : formatDay(v)),
    kept: () => "первый рабочий день после даты отчёта",
  }),
  days: field({
    label: "Собеседования: число дней",
    read: readInterviewDays,
    hint: "нужно целое число дней не меньше 1",
    get: (s) => s.timetable.days,
    set: (s, v) => void (s.timetable.days = v),
  }),
  dayStart: field({
    label: "Собеседования: начало дня",
    read: readTime,
    hint: "нужно время чч:мм",
    get: (s) => s.timetable.dayStart,
    set: (s, v) => void (s.timetable.dayStart = v),
    write: timeText,
  }),
  dayEnd: field({
    label: "Собеседования: конец дня",
    read: readTime,
    hint: "нужно время чч:мм",
    get: (s) => s.timetable.dayEnd,
    set: (s, v) => void (s.timetable.dayEnd = v),
    write: timeText,
  }),
  slotMinutes: field({
    label: "Собеседования: слот, минут",
    read: readSlotMinutes,
    hint: "нужно целое число минут от 5 до 480",
    get: (s) => s.timetable.slotMinutes,
    set: (s, v) => void (s.timetable.slotMinutes = v),
  }),
  lunch: field({
    label: "Собеседования: обед",
    read: readLunch,
    hint: "нужен интервал «13:00-14:00» или «нет»",
    get: (s) => ({ start: s.timetable.lunchStart, end: s.timetable.lunchEnd }),
    set: (s, v) => void ([s.timetable.lunchStart, s.timetable.lunchEnd] = [v.start, v.end]),
    write: (v) => lunchText({ lunchStart: v.start, lunchEnd: v.end }),
  }),
};

const FIELD_BY_LABEL: ReadonlyMap<string, SettingField> = new Map(Object.values(FIELDS).map((f) => [f.label, f]));

/** A component of ИСБШ as it is being read: what its rows gave so far. */
type ComponentDraft = Partial<IndexComponent>;

/**
 * One of the numbered rows of an ИСБШ component, «ИСБШ n: <word>»: how its value reads (undefined: it cannot), what a
 * problem says when it cannot, the value when the row is absent (`fallback`; none: the component is not counted) and
 * how the sheet writes it.
 */
interface ComponentField<K extends keyof IndexComponent> {
  word: string;
  read(value: Cell): IndexComponent[K] | undefined;
  /** «…: <refused>»; for a value that cannot be read. */
  refused(row: SettingsRow): string;
  fallback?: IndexComponent[K];
  write(value: IndexComponent[K]): Cell;
}

/** A component field with its key closed over: what the table holds. */
interface ComponentRow {
  word: string;
  /** Reads the cell into the draft; the problem's words when it cannot be read. */
  readInto(c: ComponentDraft, r: SettingsRow): string | null;
  /** Puts the fallback in when the row was absent. */
  fillIn(c: ComponentDraft): void;
  written(c: IndexComponent): Cell;
}

function componentField<K extends keyof IndexComponent>(key: K, f: ComponentField<K>): ComponentRow {
  return {
    word: f.word,
    readInto(c, r) {
      const v = f.read(r.value);
      if (v === undefined) return f.refused(r);
      c[key] = v;
      return null;
    },
    fillIn(c) {
      if (c[key] === undefined && f.fallback !== undefined) c[key] = f.fallback;
    },
    written: (c) => f.write(c[key]),
  };
}

/** A value that cannot be read: «<параметр>»: «<значение>» — <wanted>; действует <kept>. */
const unreadable =
  (wanted: string, kept: string) =>
  (r: SettingsRow): string =>
    `«${r.key}»: «${cellText(r.value)}» — ${wanted}; действует ${kept}`;

/** The rows of one ИСБШ component, in the order the settings sheet writes them. */
const COMPONENT_FIELDS: readonly ComponentRow[] = [
  componentField("column", {
    word: "колонка",
    read: (value) => (isBlank(value) ? undefined : cellText(value)),
    refused: (r) => `«${r.key.trim()}»: не указан заголовок колонки контекстных данных`,
    write: (column) => column,
  }),
  componentField("direction", {
    word: "направление",
    read: (value) => readDirection(value) ?? undefined,
    refused: unreadable("нужно «+» (больше — благополучнее) или «-» (больше — неблагополучнее)", "«+»"),
    fallback: 1,
    write: (direction) => (direction > 0 ? "+" : "-"),
  }),
  componentField("weight", {
    word: "вес",
    read: (value) => {
      const w = readNumber(value);
      if (w === "blank") return null;
      return w === null || w < 0 ? undefined : w;
    },
    refused: unreadable("нужно неотрицательное число", "«вес не задан»"),
    fallback: null,
    write: (weight) => weight,
  }),
  componentField("normalisation", {
    word: "нормировка",
    read: (value) => readNormalisation(value) ?? undefined,
    refused: unreadable("нужно «мин-макс» или «z-оценка»", "«мин-макс»"),
    fallback: "minmax",
    write: (normalisation) => (normalisation === "minmax" ? "мин-макс" : "z-оценка"),
  }),
];

const COMPONENT_FIELD_BY_WORD = new Map(COMPONENT_FIELDS.map((f) => [f.word, f]));

/** «ИСБШ 2: вес» — component rows are numbered from 1. */
const COMPONENT_KEY = new RegExp(`^ИСБШ\\s+(\\d+)\\s*:\\s*(${COMPONENT_FIELDS.map((f) => f.word).join("|")})$`, "i");

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
  /** By number: the component's values so far and the row of its first row. */
  const components = new Map<number, { row: number; values: ComponentDraft }>();

  for (const r of rows) {
    const key = r.key.trim();
    const component = COMPONENT_KEY.exec(key);
    if (component) {
      const n = Number(component[1]);
      const c = components.get(n) ?? { row: r.row, values: {} };
      components.set(n, c);
      const refused = COMPONENT_FIELD_BY_WORD.get(component[2].toLowerCase())!.readInto(c.values, r);
      if (refused !== null) problems.push(cellProblem(sheet, r.row, valueCol, refused));
      continue;
    }
    const field = FIELD_BY_LABEL.get(key);
    if (field === undefined || isBlank(r.value)) continue;
    if (!field.readInto(s, r.value))
      problems.push(cellProblem(sheet, r.row, valueCol, unreadable(field.hint, field.kept(s))(r)));
  }
  if (s.timetable.dayEnd <= s.timetable.dayStart) {
    problems.push({
      sheet,
      message: `«${FIELDS.dayEnd.label}» (${timeText(s.timetable.dayEnd)}) не позже начала дня (${timeText(s.timetable.dayStart)}); действуют 10:00–17:00`,
      severity: "error",
    });
    [s.timetable.dayStart, s.timetable.dayEnd] = [d.timetable.dayStart, d.timetable.dayEnd];
  }

  for (const n of [...components.keys()].sort((a, b) => a - b)) {
    const c = components.get(n)!;
    if (c.values.column === undefined) {
      problems.push(
        cellProblem(
          sheet,
          c.row,
          valueCol - 1,
          `компонент ИСБШ ${n}: не указана колонка («ИСБШ ${n}: колонка»); компонент не учтён`,
        ),
      );
      continue;
    }
    for (const f of COMPONENT_FIELDS) f.fillIn(c.values);
    s.indexComponents.push(c.values as IndexComponent);
  }
  return { settings: s, problems };
}
