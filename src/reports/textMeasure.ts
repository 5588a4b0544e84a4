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

/**
 * Pixels of each code point in one font at 96 dpi, dense up to the last one the table holds (the layout measures every
 * cell of 40 000 rows): the font's advance, or the whole pixels Excel's screen rendering rounds it to when that is
 * more, and the safety margin. Per glyph, so that the width of a line is the sum of its words' and spaces'.
 */
function pixelTable(ranges: WidthRange[], size: number): { table: Float64Array; fallback: number } {
  const pxPerUnit = (size * 96) / 72 / UNITS_PER_EM;
  const px = (units: number): number => Math.max(units * pxPerUnit, Math.round(units * pxPerUnit)) * SAFETY;
  // A character the font lacks (emoji, rare signs) is taken as wide as the widest glyph it has.
  const fallback = px(Math.max(...ranges.flatMap((r) => r.widths)));
  const last = Math.max(...ranges.map((r) => r.from + r.widths.length));
  const table = new Float64Array(last).fill(fallback);
  for (const r of ranges) r.widths.forEach((w, i) => (table[r.from + i] = w > 0 ? px(w) : fallback));
  table[0xa0] = table[0x20];
  return { table, fallback };
}

const tables = new Map<string, { table: Float64Array; fallback: number; widest: number }>();

function pixelsOf(font: Font): { table: Float64Array; fallback: number; widest: number } {
  const size = font.size ?? DEFAULT_FONT_SIZE;
  const key = font.bold ? `b${size}` : `r${size}`;
  let found = tables.get(key);
  if (!found) {
    const { table, fallback } = pixelTable(font.bold ? BOLD : REGULAR, size);
    found = { table, fallback, widest: Math.max(fallback, ...table) };
    tables.set(key, found);
  }
  return found;
}

/** Width of one line of text in pixels at 96 dpi. */
export function textWidthPx(text: string, font: Font = {}): number {
  return scan(text, font).widest;
}

const NEWLINE = 10;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 0x2028;
}

/** One pass over the text: its widest line and its widest word, pixels. */
export function scan(text: string, font: Font): { widest: number; longestWord: number } {
  const { table, fallback } = pixelsOf(font);
  let line = 0;
  let word = 0;
  let widest = 0;
  let longestWord = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === NEWLINE) {
      widest = Math.max(widest, line);
      longestWord = Math.max(longestWord, word);
      line = 0;
      word = 0;
      continue;
    }
    const px = code < table.length ? table[code] : fallback;
    line += px;
    if (isSpace(code)) {
      longestWord = Math.max(longestWord, word);
      word = 0;
    } else word += px;
  }
  return { widest: Math.max(widest, line), longestWord: Math.max(longestWord, word) };
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
  return widthForPx(scan(text, font).widest);
}

/** The width its longest word needs: below it a word would break inside. */
export function longestWordWidth(text: string, font: Font = {}): number {
  return widthForPx(scan(text, font).longestWord);
}

/**
 * Lines the text takes in a wrapping cell of that width: broken at spaces (and at its own line breaks), a word wider
 * than the cell broken where it no longer fits — as Excel and LibreOffice wrap.
 */
export function lineCount(text: string, width: number, font: Font = {}): number {
  const { table, fallback, widest } = pixelsOf(font);
  // a hair of slack: a line measured whole and the same line summed word by word differ in the last bits
  const room = roomPx(width) + 1e-6;
  // most cells are short: no need to read them to know they fit one line
  if (text.length * widest <= room && !text.includes("\n")) return 1;
  const space = table[32];
  let lines = 1;
  let used = 0; // the current line's width up to the last word ended
  let word = 0; // the word being read
  let spaces = 0; // spaces between the line so far and that word
  const endWord = (): void => {
    if (word === 0) return;
    if (used > 0 && used + spaces + word <= room) used += spaces + word;
    else {
      if (used > 0) lines++;
      // a word wider than the cell fills whole lines of its own
      while (word > room) {
        lines++;
        word -= room;
      }
      used = word;
    }
    word = 0;
    spaces = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === NEWLINE) {
      endWord();
      lines++;
      used = 0;
      spaces = 0;
    } else if (isSpace(code)) {
      endWord();
      if (used > 0) spaces += space;
    } else word += code < table.length ? table[code] : fallback;
  }
  endWord();
  return lines;
}

/** A row's height in points for that many lines of text of that size (Calibri 11: 15 pt a line, as Excel's default row). */
export function rowHeightPt(lines: number, size = DEFAULT_FONT_SIZE): number {
  const line = Math.ceil(((size * 15) / DEFAULT_FONT_SIZE) * 4) / 4;
  return Math.max(1, lines) * line;
}
