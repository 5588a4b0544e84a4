/**
 * Values as Office.js must receive them. Excel parses a string written through `range.values` the way it parses
 * typing: «=…», «+…», «-…» become formulas, «15», «1, 2», «01.03.2021», «10%», «ИСТИНА» become numbers, dates or
 * booleans. Report text must stay the text the report computed, so such strings get Excel's text prefix «'»
 * (not stored in the cell, not returned when read). Plain words are written as they are.
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
