/** Arguments as Excel hands them to custom functions, read into core cells. */
import type { Cell } from "../core/cell";

/** An omitted optional argument arrives as undefined or null: both are an empty cell. */
export function cell(value: Cell | undefined): Cell {
  return value === undefined ? null : value;
}

/**
 * An optional range argument: omitted (undefined or null) is no range. Written `param?: any[][]` (never
 * `| null`, which the metadata generator reads as a single cell); a lone value, as Excel passes a range
 * argument declared as one cell, is a one-cell range.
 */
export function optionalRange(value: Cell[][] | Cell | undefined): Cell[][] | null {
  if (value === undefined || value === null) return null;
  return Array.isArray(value) ? value : [[value]];
}
