/** Arguments as Excel hands them to custom functions, read into core cells. */
import type { Cell } from "../core/cell";

/** An omitted optional argument arrives as undefined or null: both are an empty cell. */
export function cell(value: Cell | undefined): Cell {
  return value === undefined ? null : value;
}
