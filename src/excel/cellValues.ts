/**
 * Values as Office.js must receive them. A string written through `range.values` is not always kept as text: Range.values
 * documents «=…», «+…», «-…» as formulas and locale-neutral numbers and ISO dates («15», «2021-03-01») as numbers, while
 * «locale-shaped strings … are stored as text»
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member). Which shapes count
 * as locale-shaped on a given machine («1,5», «01.03.2021», «10%», «ИСТИНА») is not documented, so report text that
 * starts with no letter, holds a digit or reads as a boolean gets Excel's text prefix «'» (not stored in the cell, not
 * returned when read, as Excel treats typing): it stays the text the report computed. Plain words are written as they are.
 */
import type { Cell } from "../core/cell";
import type { OutValue } from "../reports/model";

export type OfficeValue = string | number | boolean;

const STARTS_WITH_LETTER = /^\p{L}/u;
const HAS_DIGIT = /\d/;
const BOOLEAN_WORD = /^\s*(true|false|истина|ложь)\s*$/i;

export function needsTextPrefix(text: string): boolean {
  return !STARTS_WITH_LETTER.test(text) || HAS_DIGIT.test(text) || BOOLEAN_WORD.test(text);
}

/** An empty cell is written as "" (null would mean «leave the cell as it is» to Office.js). */
export function toOfficeValue(value: OutValue): OfficeValue {
  if (value === null || value === "") return "";
  if (typeof value === "string") return needsTextPrefix(value) ? `'${value}` : value;
  if (typeof value === "number" && !Number.isFinite(value)) return "";
  return value;
}

export function toOfficeRow(row: readonly OutValue[]): OfficeValue[] {
  return row.map(toOfficeValue);
}

/**
 * A value as Office.js reads it back into a Cell: "" is empty; numbers (dates come as serials), booleans and text
 * stay; error values («#N/A», «#ДЕЛ/0!») arrive as their text, which is what the engine reports. `values` holds
 * nothing else; anything else would not be a cell value and reads as empty.
 */
export function fromOfficeValue(value: unknown): Cell {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value;
  if (typeof value === "string") return value === "" ? null : value;
  return null;
}
