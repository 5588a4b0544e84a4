/** Row heights: every row as tall as its wrapped lines (SPEC §6), written explicitly so every application shows them. */
import type { OutValue } from "../model";
import { type Font, lineCount, rowHeightPt } from "../textMeasure";
import { HEADER_FONT, REGULAR_FONT } from "./columns";

/** Excel's largest row height («Excel specifications and limits»: 409 points). */
export const MAX_ROW_HEIGHT_PT = 409;

/** The tallest cell of each row decides its height; rows without text keep one line of Calibri 11. */
export class RowHeights {
  private readonly lines: number[] = [];

  text(row: number, text: string, width: number, font: Font = {}): void {
    this.put(row, rowHeightPt(lineCount(text, width, font), font.size));
  }

  /** Numbers, dates and booleans fit their columns by construction: only text can take more lines. */
  value(row: number, value: OutValue, width: number, bold: boolean): void {
    if (typeof value === "string" && value !== "") this.text(row, value, width, bold ? HEADER_FONT : REGULAR_FONT);
  }

  /** At most Excel's largest row height; a longer cell is the builders' to clip («… и ещё N», SPEC §6). */
  heights(count: number): number[] {
    return Array.from({ length: count }, (_, r) => Math.min(MAX_ROW_HEIGHT_PT, this.lines[r] ?? rowHeightPt(1)));
  }

  private put(row: number, height: number): void {
    this.lines[row] = Math.max(this.lines[row] ?? 0, height);
  }
}

/** Rows of equal height next to each other, as ranges to set at once: [first row, last row, height]. */
export function rowHeightRuns(heights: number[]): { top: number; bottom: number; height: number }[] {
  const runs: { top: number; bottom: number; height: number }[] = [];
  heights.forEach((height, row) => {
    const last = runs[runs.length - 1];
    if (last && last.height === height && last.bottom === row - 1) last.bottom = row;
    else runs.push({ top: row, bottom: row, height });
  });
  return runs;
}
