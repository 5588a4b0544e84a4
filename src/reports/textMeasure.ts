/**
 * How much room text takes in a cell, in Excel's own units, so that the layout can size columns to their content and
 * give every row the height of its wrapped lines (SPEC §6 «Printing»). Text is measured in Calibri 11, Excel's default
 * font, through the advance widths of Carlito (the same metrics; fontWidths.ts), at 96 dpi as Excel lays a sheet out.
 *
 * A column width w (what the file's <col width> and ExcelJS's `width` hold) is 7·w pixels on screen — 7 px being
 * Calibri 11's widest digit — of which about 5 px are the cell's padding (ECMA-376 Part 1, §18.3.1.13 `col`).
 * The estimate leans wide (a few per cent more than the font's advances, and at least the pixel-rounded advances
 * Excel's screen rendering uses), so a line never wraps once more in Excel or LibreOffice than counted here.
 */
import { BOLD, REGULAR, UNITS_PER_EM, type WidthRange } from "./fontWidths";

export const DEFAULT_FONT_SIZE = 11;
/** Pixels per column-width unit: Calibri 11's maximum digit width at 96 dpi. */
export const PIXELS_PER_WIDTH = 7;
/** A cell's padding inside its column width, pixels. */
const CELL_PADDING_PX = 5;
const SAFETY = 1.04;

export interface Font {
  bold?: boolean;
  /** Points; default 11. */
  size?: number;
}

/** Advances by code point, dense up to the last one the table holds: the layout measures every cell of 40 000 rows. */
function lookup(ranges: WidthRange[]): (code: number) => number {
  const space = ranges[0].widths[0];
  // A character the font lacks (emoji, rare signs) is taken as wide as the widest glyph it has.
  const fallback = Math.max(...ranges.flatMap((r) => r.widths));
  const last = Math.max(...ranges.map((r) => r.from + r.widths.length));
  const table = new Float64Array(last).fill(fallback);
  for (const r of ranges) r.widths.forEach((w, i) => (table[r.from + i] = w || fallback));
  table[0xa0] = space;
  return (code) => (code < last ? table[code] : fallback);
}

const REGULAR_ADVANCE = lookup(REGULAR);
const BOLD_ADVANCE = lookup(BOLD);

/** Width of one line of text in pixels at 96 dpi. */
export function textWidthPx(text: string, font: Font = {}): number {
  const advance = font.bold ? BOLD_ADVANCE : REGULAR_ADVANCE;
  const pxPerUnit = (((font.size ?? DEFAULT_FONT_SIZE) * 96) / 72) / UNITS_PER_EM;
  let exact = 0;
  let rounded = 0;
  for (const ch of text) {
    const px = advance(ch.codePointAt(0)!) * pxPerUnit;
    exact += px;
    rounded += Math.round(px);
  }
  return Math.max(exact, rounded) * SAFETY;
}

/** The column width (in Excel's units) whose cell shows a line `px` pixels wide. */
export function widthForPx(px: number): number {
  return (px + CELL_PADDING_PX) / PIXELS_PER_WIDTH;
}

/** Room for text in a cell `width` units wide (or several merged columns totalling it), pixels. */
export function roomPx(width: number): number {
  return Math.max(1, width * PIXELS_PER_WIDTH - CELL_PADDING_PX);
}

/** The width each line of the text needs, unwrapped: its widest line. */
export function fullWidth(text: string, font: Font = {}): number {
  return widthForPx(Math.max(0, ...text.split("\n").map((line) => textWidthPx(line, font))));
}

/** The width its longest word needs: below it a word would break inside. */
export function longestWordWidth(text: string, font: Font = {}): number {
  return widthForPx(Math.max(0, ...words(text).map((w) => textWidthPx(w, font))));
}

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== "");
}

/**
 * Lines the text takes in a wrapping cell of that width: broken at spaces (and at its own line breaks), a word wider
 * than the cell broken where it no longer fits — as Excel and LibreOffice wrap.
 */
export function lineCount(text: string, width: number, font: Font = {}): number {
  if (text === "") return 1;
  const room = roomPx(width);
  const space = textWidthPx(" ", font);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    lines++;
    let used = 0;
    for (const word of words(paragraph)) {
      let w = textWidthPx(word, font);
      if (used > 0 && used + space + w <= room) {
        used += space + w;
        continue;
      }
      if (used > 0) lines++;
      // a word wider than the cell fills whole lines of its own
      while (w > room) {
        lines++;
        w -= room;
      }
      used = w;
    }
  }
  return lines;
}

/** A row's height in points for that many lines of text of that size (Calibri 11: 15 pt a line, as Excel's default row). */
export function rowHeightPt(lines: number, size = DEFAULT_FONT_SIZE): number {
  const line = Math.ceil(((size * 15) / DEFAULT_FONT_SIZE) * 4) / 4;
  return Math.max(1, lines) * line;
}
