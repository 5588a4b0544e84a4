/**
 * Done marks of a plan (отметка о выполнении, SPEC §3): done = да, выполнено, исполнено, проведено, +, ✓, 1,
 * TRUE/ИСТИНА, or a date (then also the done date); «проведено 12.03.2021» is done on that date; partial =
 * частично, выполняется, в работе, в процессе, выполнено частично (not done); not done = empty, нет, не выполнено, -, 0,
 * FALSE/ЛОЖЬ; anything else is an input error that counts as not done.
 */
import { type Cell, cellText, isBlank } from "../cell";
import { type Day, isPlausibleDateSerial, parseDottedDay } from "../calendar";

export type DoneState = "done" | "partial" | "notDone" | "invalid";

export interface DoneMark {
  state: DoneState;
  /** The done date (from the mark or the «Дата выполнения» cell). */
  date?: Day;
  /** For invalid: what is wrong, in Russian, naming the value. */
  message?: string;
}

const DONE_WORDS = new Set([
  "да",
  "выполнено",
  "исполнено",
  "проведено",
  "+",
  "✓",
  "✔",
  "1",
  "true",
  "истина",
  "выполнен",
  "выполнена",
  "исполнен",
]);
const PARTIAL_WORDS = new Set([
  "частично",
  "выполняется",
  "в работе",
  "в процессе",
  "выполнено частично",
  "частично выполнено",
]);
const NOT_DONE_WORDS = new Set([
  "нет",
  "не выполнено",
  "-",
  "–",
  "—",
  "0",
  "false",
  "ложь",
  "не исполнено",
  "не проведено",
]);

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/\s+/g, " ")
    .replace(/[.!]+$/, "")
    .trim();
}

/** A date from a cell: an Excel serial or «дд.мм.гггг» text; undefined when empty; null when unreadable. */
export function readDateCell(value: Cell): Day | undefined | null {
  if (value === null || isBlank(value)) return undefined;
  if (typeof value === "number") return isPlausibleDateSerial(value) ? Math.floor(value) : null;
  if (typeof value === "string") return parseDottedDay(value.replace(/\s*г\.?$/i, ""));
  return null;
}

function markOnly(mark: Cell): DoneMark {
  if (mark === null || isBlank(mark)) return { state: "notDone" };
  if (typeof mark === "boolean") return { state: mark ? "done" : "notDone" };
  if (typeof mark === "number") {
    if (mark === 1) return { state: "done" };
    if (mark === 0) return { state: "notDone" };
    if (isPlausibleDateSerial(mark)) return { state: "done", date: Math.floor(mark) };
    return invalid(mark);
  }
  const text = normalize(mark);
  if (DONE_WORDS.has(text)) return { state: "done" };
  if (PARTIAL_WORDS.has(text)) return { state: "partial" };
  if (NOT_DONE_WORDS.has(text)) return { state: "notDone" };
  // «12.03.2021», «проведено 12.03.2021», «выполнено 12.03.2021 г.»
  const m = /^(?:(.*?)\s+)?(\d{1,2}\.\d{1,2}\.\d{2,4})(?:\s*г)?$/.exec(text);
  if (m && (m[1] === undefined || DONE_WORDS.has(m[1]))) {
    const date = parseDottedDay(m[2]);
    return date === null ? invalid(mark, `нет такой даты «${m[2]}»`) : { state: "done", date };
  }
  return invalid(mark);
}

function invalid(mark: Cell, why?: string): DoneMark {
  const base = `Отметка о выполнении «${cellText(mark)}» не распознана`;
  return {
    state: "invalid",
    message: why ? `${base}: ${why}` : `${base}: напишите «выполнено», «частично», «нет» или дату дд.мм.гггг`,
  };
}

/** A plan with a done-date column but no done-mark column (SPEC §3): a filled done date means done on that date. */
export function readDoneDateOnly(doneDate: Cell): DoneMark {
  const date = readDateCell(doneDate);
  if (date === undefined) return { state: "notDone" };
  if (date === null)
    return {
      state: "invalid",
      message: `Дата выполнения «${cellText(doneDate)}» не распознана: нужна дата дд.мм.гггг`,
    };
  return { state: "done", date };
}

/**
 * An item's done state from the columns its plan has: `undefined` = the plan has no such column. A plan with a
 * done-date column and no done-mark column: a filled done date means done (SPEC §3).
 */
export function readItemDone(mark: Cell | undefined, doneDate: Cell | undefined): DoneMark {
  return mark === undefined && doneDate !== undefined
    ? readDoneDateOnly(doneDate)
    : readDoneMark(mark ?? null, doneDate ?? null);
}

/** The mark and the done-date cell read together; a done date typed in its own column wins over one in the mark. */
export function readDoneMark(mark: Cell, doneDate: Cell): DoneMark {
  const read = markOnly(mark);
  if (read.state !== "done") return read;
  const date = readDateCell(doneDate);
  if (date === null)
    return {
      state: "invalid",
      message: `Дата выполнения «${cellText(doneDate)}» не распознана: нужна дата дд.мм.гггг`,
    };
  return date === undefined ? read : { state: "done", date };
}
