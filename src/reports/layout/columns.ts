/**
 * Column widths (SPEC §6 «Printing»): the printed width is the main table's. Its columns are sized to their content
 * (textMeasure.ts), each up to the width its builder gives, and narrowed together when the sum would not print at
 * 80 % on A4 landscape. A summary's columns each span (merge) as many of main's columns as their content needs.
 */
import type { ColumnSpec, OutValue, TableBlock, ValueFormat } from "../model";
import { type Font, fullWidth, longestWordWidth, scan, widthForPx } from "../textMeasure";
import { MAX_PRINTED_WIDTH } from "./page";
import type { Span } from "./types";
import { round2, sum } from "./util";

export const REGULAR_FONT: Font = {};
export const HEADER_FONT: Font = { bold: true };

/** A column narrowed to fit the page keeps at least this many units, and its longest word. */
const MIN_NARROWED_WIDTH = 12;
const MIN_COLUMN_WIDTH = 3;
/** A header this short stays on one line; a longer one wraps to its column's data. */
const SHORT_HEADER_WIDTH = 12;

/** The width a column's content needs (capped by its builder's width) and the least it may have (its longest word). */
export interface Need {
  width: number;
  least: number;
}

/** A block's text measured once: each column's need, each cell's widest line (px), the rows set in bold. */
export interface MeasuredBlock {
  needs: Need[];
  px: Float64Array[];
  bold: Set<number>;
}

export function measureBlock(block: TableBlock): MeasuredBlock {
  const bold = boldRows(block);
  const px = block.columns.map(() => new Float64Array(block.rows.length));
  const needs = block.columns.map((c, i) => columnNeed(c, block.rows, i, bold, px[i]));
  return { needs, px, bold };
}

function columnNeed(c: ColumnSpec, rows: OutValue[][], i: number, bold: Set<number>, px: Float64Array): Need {
  let data = 0;
  let word = 0;
  for (let r = 0; r < rows.length; r++) {
    const value = rows[r][i] ?? null;
    const text = shownText(value, c.format);
    if (text === "") continue;
    // bold rows (totals, overdue items) measured bold; numbers always: a total's number is bold and wider
    const measured = scan(text, typeof value === "string" && !bold.has(r) ? REGULAR_FONT : HEADER_FONT);
    // only text can wrap; a number's width is its column's
    if (typeof value === "string") {
      px[r] = measured.widest;
      word = Math.max(word, measured.longestWord);
    }
    data = Math.max(data, measured.widest);
  }
  data = widthForPx(data);
  word = widthForPx(word);
  const headerWord = longestWordWidth(c.header, HEADER_FONT);
  const headerFull = fullWidth(c.header, HEADER_FONT);
  // a word breaks inside only when it is wider than the printed page (issue 23)
  const least = Math.min(MAX_PRINTED_WIDTH, Math.max(MIN_COLUMN_WIDTH, word, headerWord));
  let width = Math.max(data, headerWord, headerFull <= SHORT_HEADER_WIDTH ? headerFull : 0);
  width = Math.max(least, Math.min(width, c.width));
  // A table with no rows («Замечаний нет») is as wide as its builder allows: the notes above it print across that
  // width instead of wrapping in its narrow headers' columns over pages (issue 23: «Замечания» with none is one page).
  if (rows.length === 0) width = Math.max(width, c.width);
  return { width: round2(width), least: round2(least) };
}

/** Main's column widths: each from its content; all text columns narrowed together when the page would print below 80 %. */
export function columnsOfMain(main: TableBlock, needs: Need[]): number[] {
  const widths = needs.map((n) => n.width);
  const floor = needs.map((n, i) =>
    isText(main.columns[i].format) ? Math.max(n.least, Math.min(MIN_NARROWED_WIDTH, n.width)) : n.width,
  );
  const excess = sum(widths) - MAX_PRINTED_WIDTH;
  const slack = sum(widths.map((w, i) => w - floor[i]));
  if (excess > 0 && slack > 0) {
    const k = Math.min(1, excess / slack);
    widths.forEach((w, i) => (widths[i] = round2(w - (w - floor[i]) * k)));
  }
  return widths.length > 0 ? widths : [MIN_NARROWED_WIDTH];
}

/**
 * Spans of main's columns for a block's columns, left to right, each span as wide as its column needs where main's
 * columns allow: the split with the least shortfall (a word broken costs most, a wrapped line less), then the fewest
 * columns. Small: a block has a few columns, main at most a few dozen.
 */
export function spansOver(needs: Need[], grid: number[]): Span[] {
  const k = needs.length;
  if (k === 0) return [];
  const n = grid.length;
  const prefix = [0];
  for (const w of grid) prefix.push(prefix[prefix.length - 1] + w);
  const cost = (j: number, a: number, b: number): number => {
    const width = prefix[b] - prefix[a];
    const { width: need, least } = needs[j];
    return (10 * Math.max(0, least - width)) / least + Math.max(0, need - width) / need + 0.001 * (b - a);
  };
  // best[j][e]: columns 0…j-1 of the block placed on grid columns 0…e-1
  const best: number[][] = Array.from({ length: k + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const from: number[][] = Array.from({ length: k + 1 }, () => new Array<number>(n + 1).fill(-1));
  best[0][0] = 0;
  for (let j = 1; j <= k; j++) {
    for (let e = j; e <= n; e++) {
      for (let a = j - 1; a < e; a++) {
        const c = best[j - 1][a] + cost(j - 1, a, e);
        if (c < best[j][e]) {
          best[j][e] = c;
          from[j][e] = a;
        }
      }
    }
  }
  let end = k;
  for (let e = k; e <= n; e++) if (best[k][e] < best[k][end]) end = e;
  const spans: Span[] = [];
  for (let j = k; j > 0; j--) {
    const a = from[j][end];
    spans.unshift({ left: a, right: end - 1 });
    end = a;
  }
  return spans;
}

export function spanWidth(grid: number[], span: Span): number {
  return sum(grid.slice(span.left, span.right + 1));
}

/** Data rows a highlight makes bold (in any of their cells): measured in bold. */
function boldRows(block: TableBlock): Set<number> {
  return new Set(block.highlights.filter((h) => h.bold).map((h) => h.row));
}

/** What a cell shows, near enough to measure: numbers in their format, text as it is. */
function shownText(value: OutValue, format: ValueFormat): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "ИСТИНА" : "ЛОЖЬ";
  switch (format) {
    case "date":
      return "00.00.0000";
    case "percent":
      return `${(value * 100).toFixed(1)}%`;
    case "integer":
      return String(Math.round(value));
    case "number":
    case "percentPoints":
      return value.toFixed(2);
    default:
      return String(value);
  }
}

export function isText(format: ValueFormat): boolean {
  return format === "text" || format === "general";
}
