/**
 * «Выявление ШНОР» in the pane (SPEC §8): the low-results threshold, the procedures per year, the partner cap, the
 * ИСБШ components and the interview timetable as typed, checked before anything is saved (by the readers the
 * settings sheet uses, so a value the pane accepts is one the sheet reads back). Pure: the pane stores the result with saveSettings, so the next report
 * and `shnor report` read the same rows of the settings sheet.
 */
import { isoDay, parseIsoDay } from "../core/calendar";
import {
  type IdentificationSettings,
  lunchText,
  type Normalisation,
  readInterviewDays,
  readLunch,
  readProceduresPerYear,
  readSlotMinutes,
  readTime,
  type TimetableSettings,
  timeText,
} from "../core/identification/settings";
import { readNumber } from "../core/indicators/numbers";
import type { RecognizedTable } from "../reports/recognition";

/** One ИСБШ component as the pane's fields hold it (the weight as typed). */
export interface ComponentDraft {
  column: string;
  direction: 1 | -1;
  weight: string;
  normalisation: Normalisation;
}

/** «График собеседований» as typed; the first day as the date field gives it (yyyy-mm-dd, empty = after «на дату»). */
export interface TimetableDraft {
  firstDay: string;
  days: string;
  dayStart: string;
  dayEnd: string;
  slotMinutes: string;
  lunch: string;
}

export interface IdentificationDraft {
  threshold: string;
  proceduresPerYear: string;
  partnerCap: string;
  components: ComponentDraft[];
  timetable: TimetableDraft;
}

/** Russian messages by field; empty when the draft can be saved. */
export interface DraftErrors {
  threshold?: string;
  proceduresPerYear?: string;
  partnerCap?: string;
  components: { column?: string; weight?: string }[];
  timetable: Partial<Record<keyof TimetableDraft, string>>;
}

/** Kind of the context table in the recognition (readWorkbook's word). */
const CONTEXT_KIND = "контекстные данные";
/** Columns of the context table that identify a school rather than describe it. */
const NOT_COMPONENTS = /муниципал|наименование|логин|^код|^№|адрес|район/i;

export function draftOf(s: IdentificationSettings): IdentificationDraft {
  return {
    threshold: String(s.threshold),
    proceduresPerYear: String(s.proceduresPerYear),
    partnerCap: String(s.partnerCap),
    components: s.indexComponents.map((c) => ({
      column: c.column,
      direction: c.direction,
      weight: c.weight === null ? "" : String(c.weight),
      normalisation: c.normalisation,
    })),
    timetable: timetableDraftOf(s.timetable),
  };
}

function timetableDraftOf(t: TimetableSettings): TimetableDraft {
  return {
    firstDay: t.firstDay === null ? "" : isoDay(t.firstDay),
    days: String(t.days),
    dayStart: timeText(t.dayStart),
    dayEnd: timeText(t.dayEnd),
    slotMinutes: String(t.slotMinutes),
    lunch: lunchText(t),
  };
}

/** The typed timetable, or null when a field cannot be read (draftErrors says which). */
function readTimetable(draft: TimetableDraft): TimetableSettings | null {
  const firstDay = draft.firstDay.trim() === "" ? null : parseIsoDay(draft.firstDay);
  const days = readInterviewDays(draft.days);
  const dayStart = readTime(draft.dayStart);
  const dayEnd = readTime(draft.dayEnd);
  const slotMinutes = readSlotMinutes(draft.slotMinutes);
  const lunch = readLunch(draft.lunch);
  if (draft.firstDay.trim() !== "" && firstDay === null) return null;
  if (
    days === null ||
    dayStart === null ||
    dayEnd === null ||
    dayEnd <= dayStart ||
    slotMinutes === null ||
    lunch === null
  )
    return null;
  return { firstDay, days, dayStart, dayEnd, slotMinutes, lunchStart: lunch.start, lunchEnd: lunch.end };
}

function timetableErrors(draft: TimetableDraft): DraftErrors["timetable"] {
  const errors: DraftErrors["timetable"] = {};
  if (draft.firstDay.trim() !== "" && parseIsoDay(draft.firstDay) === null)
    errors.firstDay = `«${draft.firstDay}»: нужна дата.`;
  if (readInterviewDays(draft.days) === null) errors.days = `«${draft.days}»: нужно целое число дней не меньше 1.`;
  const start = readTime(draft.dayStart);
  const end = readTime(draft.dayEnd);
  if (start === null) errors.dayStart = `«${draft.dayStart}»: нужно время чч:мм.`;
  if (end === null) errors.dayEnd = `«${draft.dayEnd}»: нужно время чч:мм.`;
  else if (start !== null && end <= start)
    errors.dayEnd = `«${draft.dayEnd}»: конец дня должен быть позже начала (${draft.dayStart}).`;
  if (readSlotMinutes(draft.slotMinutes) === null)
    errors.slotMinutes = `«${draft.slotMinutes}»: нужно целое число минут от 5 до 480.`;
  if (readLunch(draft.lunch) === null) errors.lunch = `«${draft.lunch}»: нужен интервал «13:00-14:00» или «нет».`;
  return errors;
}

/** Headers of the context tables' columns that can be ИСБШ components, in the table's order. */
export function contextColumns(tables: readonly RecognizedTable[]): string[] {
  const headers = tables.filter((t) => t.kind.includes(CONTEXT_KIND)).flatMap((t) => t.columns.map((c) => c.header));
  return [...new Set(headers.filter((h) => h.trim() !== "" && !NOT_COMPONENTS.test(h)))];
}

export function newComponent(columns: readonly string[], taken: readonly ComponentDraft[]): ComponentDraft {
  const column = columns.find((c) => !taken.some((t) => t.column === c)) ?? "";
  return { column, direction: 1, weight: "1", normalisation: "minmax" };
}

/** A typed percent: 1…100, as the settings sheet reads it back unchanged (below 1 it would read a fraction). */
function readThreshold(text: string): number | null {
  const n = readNumber(text);
  return typeof n === "number" && n >= 1 && n <= 100 ? n : null;
}

function readCap(text: string): number | null {
  const n = readNumber(text);
  return typeof n === "number" && Number.isInteger(n) && n >= 1 && n <= 1000 ? n : null;
}

function readWeight(text: string): number | null {
  const n = readNumber(text);
  return typeof n === "number" && n >= 0 ? n : null;
}

/** What is wrong with the draft, field by field. */
export function draftErrors(draft: IdentificationDraft): DraftErrors {
  const errors: DraftErrors = { components: [], timetable: timetableErrors(draft.timetable) };
  if (readThreshold(draft.threshold) === null) errors.threshold = `«${draft.threshold}»: нужен процент от 1 до 100.`;
  if (readProceduresPerYear(draft.proceduresPerYear) === null)
    errors.proceduresPerYear = `«${draft.proceduresPerYear}»: нужно целое число от 1 до 100.`;
  if (readCap(draft.partnerCap) === null) errors.partnerCap = `«${draft.partnerCap}»: нужно целое число не меньше 1.`;
  errors.components = draft.components.map((c) => ({
    ...(c.column.trim() === "" ? { column: "Укажите колонку контекстных данных." } : {}),
    ...(readWeight(c.weight) === null ? { weight: `«${c.weight}»: нужно неотрицательное число.` } : {}),
  }));
  return errors;
}

export function hasErrors(errors: DraftErrors): boolean {
  return (
    errors.threshold !== undefined ||
    errors.proceduresPerYear !== undefined ||
    errors.partnerCap !== undefined ||
    Object.keys(errors.timetable).length > 0 ||
    errors.components.some((c) => c.column !== undefined || c.weight !== undefined)
  );
}

/** The stored settings with the draft applied; null when a field is wrong (nothing is saved then). */
export function withIdentificationDraft(
  s: IdentificationSettings,
  draft: IdentificationDraft,
): IdentificationSettings | null {
  const threshold = readThreshold(draft.threshold);
  const proceduresPerYear = readProceduresPerYear(draft.proceduresPerYear);
  const partnerCap = readCap(draft.partnerCap);
  const timetable = readTimetable(draft.timetable);
  if (
    threshold === null ||
    proceduresPerYear === null ||
    partnerCap === null ||
    timetable === null ||
    hasErrors(draftErrors(draft))
  )
    return null;
  return {
    ...s,
    threshold,
    proceduresPerYear,
    partnerCap,
    timetable,
    indexComponents: draft.components.map((c) => ({
      column: c.column.trim(),
      direction: c.direction,
      weight: readWeight(c.weight),
      normalisation: c.normalisation,
    })),
  };
}
