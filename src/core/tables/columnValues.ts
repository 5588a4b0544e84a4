/**
 * A column's meaning from its values, where its header is generic or blank (SPEC §3, issue 24): a column headed
 * «Дата», «Срок», «Период», a deadline phrase of its own («I полугодие», «2022 год») or nothing, whose cells are
 * mostly deadline phrases, is a deadline column; a blank-headed column of «1.», «2.1» is the item number.
 * A header that already names a meaning keeps it («Дата выполнения» stays the done date).
 */
import { type Cell, isBlank, normalizeText } from "../cell";
import { isPlausibleDateSerial } from "../calendar";
import { parseDeadline } from "../deadlines/parseDeadline";
import { isPlanYear } from "../periodText";
import type { SheetView } from "./sheetView";

/** Headers that say «a date or a term» without naming which: the values decide. */
const GENERIC_DEADLINE_HEADERS = new Set([
  "дата",
  "даты",
  "период",
  "срок",
  "сроки",
  "дата проведения",
  "период проведения",
]);

/** Rows under a header looked at to judge a column by its values. */
const SAMPLE_ROWS = 40;
/** Share of a column's filled cells that must read as the meaning, and the fewest such cells. */
const MOSTLY = 0.6;
const AT_LEAST = 2;

/** A cell a plan writes as a deadline: a date, a year, or a phrase the deadline parser reads (a missing year aside). */
export function isDeadlinePhrase(value: Cell): boolean {
  if (isBlank(value) || typeof value === "boolean") return false;
  if (typeof value === "number") return isPlanYear(value) || isPlausibleDateSerial(value);
  const read = parseDeadline(value, null);
  return read.kind !== "unparsed" || read.needsPeriod === true;
}

/** «1», «1.», «2.1», «3.1.» — an item's number as plans write it. */
export function isItemNumber(value: Cell): boolean {
  if (typeof value === "number") return Number.isInteger(value) && value >= 1 && value <= 999;
  return typeof value === "string" && /^\s*\d{1,3}(\.\d{1,3})*\.?\s*$/.test(value);
}

/** A header the values may give a deadline meaning: blank, generic, or itself a term («I полугодие», «2022 год»). */
export function isGenericDeadlineHeader(header: string): boolean {
  const h = normalizeText(header);
  return h === "" || GENERIC_DEADLINE_HEADERS.has(h) || isDeadlinePhrase(header);
}

/** The local rows whose cells judge the columns of a header ending at `lastHeaderRow`. */
export function sampleRows(view: SheetView, lastHeaderRow: number): number[] {
  const rows: number[] = [];
  for (let r = lastHeaderRow + 1; r < view.height && rows.length < SAMPLE_ROWS; r++) rows.push(r);
  return rows;
}

/** Do most filled cells of local column `c` in `rows` satisfy `test`? */
export function mostly(view: SheetView, rows: number[], c: number, test: (value: Cell) => boolean): boolean {
  let filled = 0;
  let yes = 0;
  for (const r of rows) {
    const value = view.cell(r, c);
    if (isBlank(value)) continue;
    filled++;
    if (test(value)) yes++;
  }
  return yes >= AT_LEAST && yes >= MOSTLY * filled;
}
