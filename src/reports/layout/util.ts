/** Small arithmetic the layout's parts share. */
import type { CellRange } from "../../core/cell";

export function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Rounded up to hundredths: a width never ends narrower than measured. */
export function round2(x: number): number {
  return Math.ceil(x * 100) / 100;
}

export function cellRange(top: number, left: number, bottom: number, right: number): CellRange {
  return { top, left, bottom, right };
}
