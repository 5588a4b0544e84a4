/**
 * A1-style cell references (Excel's addresses) for 0-based rows and columns, both ways: «B5» is (4, 1), «A1:C3» a
 * CellRange. One home for the problems' places, the file reader and writer, and the Office door.
 */
import type { CellRange } from "./cell";

/** Column letters of a 0-based column index: 0 → A, 27 → AB. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A1-style address of a 0-based cell: (4, 1) → «B5». */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** «A1:C3», or «B5» for a one-cell range. */
export function rangeAddress(r: CellRange): string {
  const first = cellAddress(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? first : `${first}:${cellAddress(r.bottom, r.right)}`;
}

/**
 * The 0-based column of the letters a reference starts with, in either case: «AB12» → 27, «c» → 2; −1 when it starts
 * with no letter. The file reader asks this for every cell: a loop over char codes, no regular expression.
 */
export function columnIndex(reference: string): number {
  let col = 0;
  let i = 0;
  for (; i < reference.length; i++) {
    const c = reference.charCodeAt(i) | 0x20;
    if (c < 0x61 || c > 0x7a) break;
    col = col * 26 + (c - 0x60);
  }
  return i === 0 ? -1 : col - 1;
}

const CELL = /^([A-Za-z]+)(\d+)$/;

/** «A1:C3», «$A$1:$C$3» or one cell → the 0-based range (corners in any order); null when it is not a reference. */
export function parseRange(reference: string): CellRange | null {
  const [from, to = from] = reference.replace(/\$/g, "").split(":");
  const a = CELL.exec(from);
  const b = CELL.exec(to);
  if (a === null || b === null) return null;
  const [c1, c2] = [columnIndex(a[1]), columnIndex(b[1])];
  const [r1, r2] = [parseInt(a[2], 10) - 1, parseInt(b[2], 10) - 1];
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}
