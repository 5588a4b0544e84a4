/**
 * Where a report sheet's pieces go: absolute cell positions, formats, widths, row heights, merges, borders,
 * highlights, freeze, print setup and chart ranges, computed once from a SheetDescription. Both renderers (Office.js
 * in src/excel, ExcelJS in src/cli) write exactly this and place nothing themselves.
 *
 * Print first (SPEC §6 «Printing»): the printed width is the main table's. Its columns are sized to their content
 * (textMeasure.ts), each up to the width its builder gives, and narrowed together when the sum would not print at
 * 80 % on A4 landscape. Every other table stands above (summaries) or below the main one on the same columns: each
 * of its columns spans (merges) as many of main's columns as its content needs, so it reads naturally without
 * widening the page. Every row gets the height of its wrapped lines.
 *
 * Placement (0-based rows):
 *   row 0            title (bold, larger), merged across the printed width
 *   rows 1…n         notes, one per row, merged likewise
 *   one empty row
 *   above blocks     summaries, each [caption] header, data rows, then one empty row
 *   chart            its own rows, from column A within the printed width, then one empty row; it starts a page
 *                    when it would not end on the first one, so that it always prints whole
 *   main block       [caption] header row (frozen, repeated on every printed page), data rows
 *   below blocks     after one empty row each
 */
import type { CellRange } from "../core/cell";
import { percentFormat } from "../core/numberText";
import type { ChartSpec, ColumnSpec, FormSheetId, Highlight, OutValue, ReportId, SheetDescription, TableBlock, ValueFormat } from "./model";
import { type Font, fullWidth, lineCount, longestWordWidth, roomPx, rowHeightPt, scan, widthForPx } from "./textMeasure";

/** Excel number formats (invariant codes, as Office.js `numberFormat` and ExcelJS `numFmt` take them). */
export const NUMBER_FORMATS: Record<ValueFormat, string> = {
  date: "dd.mm.yyyy",
  percent: percentFormat(),
  percentPoints: percentFormat({ points: true }),
  integer: "0",
  number: "0.00",
  // Text stays «General», not «@»: Excel shows «####» in «@» cells over 255 characters (long lists of measures).
  // The Office.js renderer quotes text Excel would re-interpret (formulas, numbers); ExcelJS writes typed values.
  text: "General",
  general: "General",
};

export const TITLE_FONT_SIZE = 14;
export const HEADER_FILL = "#D9E1F2";
/**
 * A chart's text (axis labels, legend), in points: above the 11 pt of the cells, since a chart prints at the sheet's
 * fit-to-width scale (80–100 %) and its default 10 pt would fall below SPEC §6's 8 pt on paper.
 */
export const CHART_FONT_SIZE = 14;

/**
 * The page (SPEC §6): A4 landscape, narrow margins (Excel's «Узкие»: 0.25″ left and right, 0.75″ top and bottom,
 * 0.3″ header and footer), fitted to one page wide, «Страница N из M» in the footer.
 */
export const PAGE = {
  paper: "A4",
  orientation: "landscape",
  fitToWidth: 1,
  fitToHeight: 0,
  /** Inches, as both ExcelJS and Office.js (setPrintMargins "Inches") take them. */
  margins: { left: 0.25, right: 0.25, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
  /** The centre footer in Excel's header/footer codes (&P page, &N pages). */
  footer: "Страница &P из &N",
} as const;

const A4_LANDSCAPE_PT = { width: 841.89, height: 595.28 };
/** Printable width and height of a page, points. */
export const PRINTABLE_PT = {
  width: A4_LANDSCAPE_PT.width - 72 * (PAGE.margins.left + PAGE.margins.right),
  height: A4_LANDSCAPE_PT.height - 72 * (PAGE.margins.top + PAGE.margins.bottom),
};
/** Points per column-width unit: Excel draws a unit as 7 px (0.75 pt each); LibreOffice as Carlito 11's «0», 5.58 pt. */
export const POINTS_PER_WIDTH = { excel: 5.25, libreOffice: 5.58 };
/**
 * The narrowest print allowed is 75 % (SPEC §6: no text under 8 pt). Main's columns are narrowed to print at 80 % even
 * where a unit is widest (LibreOffice), so that 75 % holds with room to spare.
 */
export const MIN_PRINT_SCALE = 0.75;
const TARGET_PRINT_SCALE = 0.8;
export const MAX_PRINTED_WIDTH = PRINTABLE_PT.width / TARGET_PRINT_SCALE / POINTS_PER_WIDTH.libreOffice;

/** Excel's largest row height («Excel specifications and limits»: 409 points). */
export const MAX_ROW_HEIGHT_PT = 409;
/** A column narrowed to fit the page keeps at least this many units, and its longest word. */
const MIN_NARROWED_WIDTH = 12;
/** No column is wider than this, whatever its longest word. */
const MAX_COLUMN_WIDTH = 80;
const MIN_COLUMN_WIDTH = 3;
/** A header this short stays on one line; a longer one wraps to its column's data. */
const SHORT_HEADER_WIDTH = 12;

/** A sheet column range one of a block's columns covers. */
export interface Span {
  left: number;
  right: number;
}

/** A block as it sits on the sheet. */
export interface PlacedBlock {
  /** "main", "above" or "below", with the index among its kind. */
  kind: "main" | "above" | "below";
  index: number;
  caption?: { row: number; col: number; text: string };
  /** Sheet row of the header; data rows follow it directly. */
  headerRow: number;
  firstDataRow: number;
  /** Sheet row of the last data row (= headerRow when the block has no rows). */
  lastRow: number;
  left: number;
  /** Sheet column of the block's last column. */
  right: number;
  /** The sheet columns each of the block's columns covers: one each in main; several, merged, elsewhere. */
  spans: Span[];
  columns: ColumnSpec[];
  headers: string[];
  /** Data rows, each exactly columns.length long (short rows padded with null). */
  rows: OutValue[][];
  /** Number format of each column's data cells (NUMBER_FORMATS), in column order. */
  numberFormats: string[];
}

/** A rectangle styled at once: contiguous highlights of equal style are merged into one area. */
export interface StyledArea {
  range: CellRange;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  fontSize?: number;
  /** Wrapped text, aligned to the top of its cell. */
  wrap?: boolean;
  /** Centred across the cell (headers; numbers of the summaries). */
  center?: boolean;
}

/** Merged cells; `across`: each row of the range merged on its own (Office.js range.merge(true)). */
export interface MergedArea {
  range: CellRange;
  across: boolean;
}

export interface PlacedSeries {
  values: CellRange;
  seriesName: { row: number; col: number };
  seriesTitle: string;
}

export interface PlacedChart {
  kind: ChartSpec["kind"];
  title: string;
  /** The categories and the values, one column each, same rows. */
  categories: CellRange;
  values: CellRange;
  /** The values column's header cell: the series name. */
  seriesName: { row: number; col: number };
  /** That header's text. */
  seriesTitle: string;
  percent: boolean;
  /** Further series over the same categories (ChartSpec.moreValueColumns), in order; absent for one series. */
  moreSeries?: PlacedSeries[];
  /** Cells the chart covers: top-left and bottom-right. */
  anchor: CellRange;
}

export interface SheetLayout<Id extends ReportId | FormSheetId = ReportId> {
  reportId: Id;
  /** The wanted name (SPEC §6); the renderer settles the real one with sheetNames.ts. */
  sheetName: string;
  title: { row: 0; col: 0; text: string };
  notes: { row: number; col: 0; text: string }[];
  /** Main block first, then above blocks, then below blocks. */
  blocks: PlacedBlock[];
  /** Width (Excel's units) of each sheet column from A: main's columns. */
  columnWidths: number[];
  /** Height in points of every row from 1 to size.rows, each tall enough for its wrapped lines. */
  rowHeights: number[];
  /** Title, captions, headers, wrapped columns and highlights, in the order to apply (later wins). */
  styles: StyledArea[];
  merges: MergedArea[];
  /** Table cells (each block's header and data) framed with thin borders, inside and around. */
  borders: CellRange[];
  /** Rows frozen at the top: down to and including the main header row, when that is near the top (else 0). */
  freezeRows: number;
  /** The main header row, repeated on every printed page. */
  printTitleRow: number;
  /** Rows that start a new printed page. */
  pageBreaks: number[];
  printArea: CellRange;
  page: typeof PAGE;
  chart?: PlacedChart;
  /** Rows and columns the sheet uses, chart rows included. */
  size: { rows: number; cols: number };
}

/** The chart's rows (15 pt each, its height on screen) and the width it aims for, units. */
const CHART_HEIGHT_ROWS = 18;
const CHART_WIDTH = 110;
/** A frozen part taller than this would not leave room to scroll on a laptop screen: then nothing is frozen. */
const MAX_FROZEN_PT = 200;
const REGULAR_FONT: Font = {};
const HEADER_FONT: Font = { bold: true };
const TITLE_FONT: Font = { bold: true, size: TITLE_FONT_SIZE };

export function layoutSheet<Id extends ReportId | FormSheetId = ReportId>(desc: SheetDescription<Id>): SheetLayout<Id> {
  const measured = new Map([desc.main, ...desc.above, ...desc.below].map((b) => [b, measureBlock(b)]));
  const grid = columnsOfMain(desc.main, measured.get(desc.main)!.needs);
  // A summary with more columns than main (none today) widens the sheet rather than squeeze its columns.
  for (const block of [...desc.above, ...desc.below]) {
    const { needs } = measured.get(block)!;
    for (let i = grid.length; i < block.columns.length; i++) grid.push(needs[i].width);
  }
  const cols = Math.max(1, grid.length);
  const printedRight = cols - 1;

  const rows = new RowHeights();
  rows.text(0, desc.title, sum(grid), TITLE_FONT);
  const notes = desc.notes.map((text, i) => {
    rows.text(1 + i, text, sum(grid));
    return { row: 1 + i, col: 0 as const, text };
  });
  let top = 1 + notes.length + 1;

  const blocks: PlacedBlock[] = [];
  const aboveBlocks = desc.above.map((block, i) => {
    const placed = placeBlock(block, "above", i, top, spansOver(measured.get(block)!.needs, grid));
    blocks.push(placed);
    top = placed.lastRow + 2;
    return placed;
  });

  let chartTop: number | undefined;
  if (desc.chart) {
    chartTop = top;
    top += CHART_HEIGHT_ROWS + 1;
  }
  const main = placeBlock(desc.main, "main", 0, top, grid.map((_, i) => ({ left: i, right: i })).slice(0, Math.max(1, desc.main.columns.length)));
  blocks.unshift(main);
  top = main.lastRow + 2;
  desc.below.forEach((block, i) => {
    const placed = placeBlock(block, "below", i, top, spansOver(measured.get(block)!.needs, grid));
    blocks.push(placed);
    top = placed.lastRow + 2;
  });

  const sources = [desc.main, ...desc.above, ...desc.below];
  for (const b of blocks) {
    if (b.caption) rows.text(b.caption.row, b.caption.text, sum(grid), HEADER_FONT);
    b.headers.forEach((h, i) => rows.text(b.headerRow, h, spanWidth(grid, b.spans[i]), HEADER_FONT));
    const { bold, px } = measured.get(sources[blocks.indexOf(b)])!;
    b.spans.forEach((span, i) => {
      const width = spanWidth(grid, span);
      const room = roomPx(width);
      b.rows.forEach((row, r) => {
        // a cell narrower than its span takes one line: measured once, when the column was sized
        if (px[i][r] > room) rows.value(b.firstDataRow + r, row[i], width, bold.has(r));
      });
    });
  }

  const chart = desc.chart && chartTop !== undefined ? placeChart(desc.chart, aboveBlocks, main, chartTop, grid) : undefined;
  const lastRow = Math.max(notes.length, ...blocks.map((b) => b.lastRow), chart ? chart.anchor.bottom : 0);
  const rowHeights = rows.heights(lastRow + 1);
  const pageBreaks = breaksBeforeMain(rowHeights, main, chart, grid);
  const frozenHeight = sum(rowHeights.slice(0, main.headerRow + 1));

  const fullRow = (row: number): CellRange => cellRange(row, 0, row, printedRight);
  const lineRows = [0, ...notes.map((n) => n.row), ...blocks.flatMap((b) => (b.caption ? [b.caption.row] : []))];
  return {
    reportId: desc.reportId,
    sheetName: desc.sheetName,
    title: { row: 0, col: 0, text: desc.title },
    notes,
    blocks,
    columnWidths: grid,
    rowHeights,
    styles: [
      { range: fullRow(0), bold: true, fontSize: TITLE_FONT_SIZE, wrap: true },
      ...notes.map((n) => ({ range: fullRow(n.row), wrap: true })),
      ...blocks.flatMap((b, i) => blockStyles(b, sources[i].highlights)),
    ],
    merges: [
      ...(printedRight > 0 ? lineRows.sort((a, b) => a - b).map((row) => ({ range: fullRow(row), across: false })) : []),
      ...blocks.flatMap(blockMerges),
    ],
    borders: blocks.filter((b) => b.columns.length > 0).map((b) => cellRange(b.headerRow, b.left, b.lastRow, b.right)),
    freezeRows: frozenHeight <= MAX_FROZEN_PT ? main.headerRow + 1 : 0,
    printTitleRow: main.headerRow,
    pageBreaks,
    printArea: cellRange(0, 0, lastRow, printedRight),
    page: PAGE,
    chart,
    size: { rows: lastRow + 1, cols },
  };
}

/** The width a column's content needs (capped by its builder's width) and the least it may have (its longest word). */
interface Need {
  width: number;
  least: number;
}

/** A block's text measured once: each column's need, each cell's widest line (px), the rows set in bold. */
interface MeasuredBlock {
  needs: Need[];
  px: Float64Array[];
  bold: Set<number>;
}

function measureBlock(block: TableBlock): MeasuredBlock {
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
  const least = Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, word, headerWord));
  let width = Math.max(data, headerWord, headerFull <= SHORT_HEADER_WIDTH ? headerFull : 0);
  width = Math.max(least, Math.min(width, c.width));
  return { width: round2(width), least: round2(least) };
}

/** Main's column widths: each from its content; all text columns narrowed together when the page would print below 80 %. */
function columnsOfMain(main: TableBlock, needs: Need[]): number[] {
  const widths = needs.map((n) => n.width);
  const floor = needs.map((n, i) => (isText(main.columns[i].format) ? Math.max(n.least, Math.min(MIN_NARROWED_WIDTH, n.width)) : n.width));
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
function spansOver(needs: Need[], grid: number[]): Span[] {
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

function placeBlock(block: TableBlock, kind: PlacedBlock["kind"], index: number, top: number, spans: Span[]): PlacedBlock {
  const width = block.columns.length;
  const caption = block.caption === undefined ? undefined : { row: top, col: 0, text: block.caption };
  const headerRow = caption ? top + 1 : top;
  const rows = block.rows.map((row, i) => fitRow(row, width, kind, index, i));
  return {
    kind,
    index,
    caption,
    headerRow,
    firstDataRow: headerRow + 1,
    lastRow: headerRow + rows.length,
    left: 0,
    right: spans.length > 0 ? spans[spans.length - 1].right : 0,
    spans,
    columns: block.columns,
    headers: block.columns.map((c) => c.header),
    rows,
    numberFormats: block.columns.map((c) => NUMBER_FORMATS[c.format]),
  };
}

/** Pads a short row; a row longer than the header is a builder's mistake, not the user's, and must not be cut silently. */
function fitRow(row: OutValue[], width: number, kind: string, index: number, i: number): OutValue[] {
  if (row.length === width) return row;
  if (row.length > width) {
    throw new RangeError(`layout: строка ${i} блока ${kind} ${index} длиннее заголовка (${row.length} > ${width})`);
  }
  return [...row, ...new Array<OutValue>(width - row.length).fill(null)];
}

/** The tallest cell of each row decides its height; rows without text keep one line of Calibri 11. */
class RowHeights {
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

function isText(format: ValueFormat): boolean {
  return format === "text" || format === "general";
}

function blockStyles(b: PlacedBlock, highlights: Highlight[]): StyledArea[] {
  const styles: StyledArea[] = [];
  if (b.caption) styles.push({ range: cellRange(b.caption.row, 0, b.caption.row, b.right), bold: true, wrap: true });
  styles.push({ range: cellRange(b.headerRow, b.left, b.headerRow, b.right), bold: true, fill: HEADER_FILL, wrap: true, center: true });
  if (b.rows.length > 0) {
    b.columns.forEach((c, i) => {
      const span = b.spans[i];
      const range = cellRange(b.firstDataRow, span.left, b.lastRow, span.right);
      // Every column wraps, aligned to the top: a name longer than its column goes on to the next line, never under
      // the next cell, and a number stands level with the first line of its row.
      // A summary's column is as wide as main's below it, not as its own numbers: they stand centred under the header.
      styles.push(isText(c.format) || b.kind === "main" ? { range, wrap: true } : { range, wrap: true, center: true });
    });
  }
  return [...styles, ...highlightAreas(b, highlights)];
}

function blockMerges(b: PlacedBlock): MergedArea[] {
  return b.spans
    .filter((s) => s.right > s.left)
    .map((s) => ({ range: cellRange(b.headerRow, s.left, b.lastRow, s.right), across: true }));
}

/** Highlights turned into sheet rectangles; vertically adjacent ones of equal span and style become one area. */
function highlightAreas(b: PlacedBlock, highlights: Highlight[]): StyledArea[] {
  const sorted = highlights
    .filter((h) => h.row >= 0 && h.row < b.rows.length && (h.col === undefined || (h.col >= 0 && h.col < b.columns.length)))
    .map((h) => {
      const left = h.col === undefined ? b.left : b.spans[h.col].left;
      const right = h.col === undefined ? b.right : b.spans[h.col].right;
      const row = b.firstDataRow + h.row;
      return { range: cellRange(row, left, row, right), fill: h.fill, fontColor: h.fontColor, bold: h.bold };
    })
    .sort((x, y) => x.range.left - y.range.left || x.range.right - y.range.right || x.range.top - y.range.top);
  const merged: StyledArea[] = [];
  for (const area of sorted) {
    const last = merged[merged.length - 1];
    if (
      last &&
      last.range.left === area.range.left &&
      last.range.right === area.range.right &&
      last.range.bottom + 1 === area.range.top &&
      last.fill === area.fill &&
      last.fontColor === area.fontColor &&
      last.bold === area.bold
    ) {
      last.range.bottom = area.range.bottom;
    } else {
      merged.push(withoutUndefined(area));
    }
  }
  return merged;
}

function withoutUndefined(area: StyledArea): StyledArea {
  const out: StyledArea = { range: area.range };
  if (area.fill !== undefined) out.fill = area.fill;
  if (area.fontColor !== undefined) out.fontColor = area.fontColor;
  if (area.bold !== undefined) out.bold = area.bold;
  return out;
}

/** The chart on its own rows from column A, as wide as CHART_WIDTH or the printed width if that is narrower. */
function placeChart(spec: ChartSpec, above: PlacedBlock[], main: PlacedBlock, top: number, grid: number[]): PlacedChart | undefined {
  const block = spec.block === "main" ? main : above[spec.block];
  if (!block || block.rows.length === 0) return undefined;
  const from = Math.max(0, spec.fromRow);
  const to = Math.min(block.rows.length - 1, spec.toRow);
  const more = spec.moreValueColumns ?? [];
  if (from > to || [spec.categoryColumn, spec.valueColumn, ...more].some((c) => c >= block.columns.length)) return undefined;
  const catCol = block.spans[spec.categoryColumn].left;
  const valCol = block.spans[spec.valueColumn].left;
  const series = (col: number): PlacedSeries => ({
    values: cellRange(block.firstDataRow + from, block.spans[col].left, block.firstDataRow + to, block.spans[col].left),
    seriesName: { row: block.headerRow, col: block.spans[col].left },
    seriesTitle: block.headers[col],
  });
  let right = 0;
  while (right < grid.length - 1 && sum(grid.slice(0, right + 1)) < CHART_WIDTH) right++;
  return {
    ...(more.length > 0 ? { moreSeries: more.map(series) } : {}),
    kind: spec.kind,
    title: spec.title,
    categories: cellRange(block.firstDataRow + from, catCol, block.firstDataRow + to, catCol),
    values: cellRange(block.firstDataRow + from, valCol, block.firstDataRow + to, valCol),
    seriesName: { row: block.headerRow, col: valCol },
    seriesTitle: block.headers[spec.valueColumn],
    percent: spec.percent === true,
    anchor: cellRange(top, 0, top + CHART_HEIGHT_ROWS - 1, right),
  };
}

/**
 * Manual page breaks above the main table: before the chart when it would not end on the page it starts on, and
 * before the main table when its header and first rows would not (a header alone at a page's foot reads badly).
 * Pages are counted at the largest scale either application prints at (Excel's narrower units), so that a break
 * placed here is never one row too late elsewhere; below the main header the applications break pages themselves.
 */
function breaksBeforeMain(heights: number[], main: PlacedBlock, chart: PlacedChart | undefined, grid: number[]): number[] {
  const page = PRINTABLE_PT.height / Math.min(1, PRINTABLE_PT.width / (sum(grid) * POINTS_PER_WIDTH.excel));
  const mainTop = main.caption ? main.caption.row : main.headerRow;
  const keep = new Map<number, number>();
  if (chart) keep.set(chart.anchor.top, sum(heights.slice(chart.anchor.top, chart.anchor.bottom + 1)));
  keep.set(mainTop, sum(heights.slice(mainTop, Math.min(main.lastRow, main.firstDataRow + 2) + 1)));
  const breaks: number[] = [];
  let used = 0;
  for (let r = 0; r <= mainTop; r++) {
    const together = keep.get(r);
    if (together !== undefined && used > 0 && used + together > page) {
      breaks.push(r);
      used = 0;
    }
    used = used + heights[r] > page ? heights[r] : used + heights[r];
  }
  return breaks;
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

/** Printed scale of the sheet fitted to one page wide (Excel never enlarges), where a unit is `pointsPerWidth` wide. */
export function printScale(layout: SheetLayout, pointsPerWidth: number = POINTS_PER_WIDTH.libreOffice): number {
  return Math.min(1, PRINTABLE_PT.width / (sum(layout.columnWidths) * pointsPerWidth));
}

function spanWidth(grid: number[], span: Span): number {
  return sum(grid.slice(span.left, span.right + 1));
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function round2(x: number): number {
  return Math.ceil(x * 100) / 100;
}

function cellRange(top: number, left: number, bottom: number, right: number): CellRange {
  return { top, left, bottom, right };
}
