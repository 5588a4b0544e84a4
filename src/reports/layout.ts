/**
 * Where a report sheet's pieces go: absolute cell positions, formats, widths, highlights, freeze, print setup and
 * chart ranges, computed once from a SheetDescription. Both renderers (Office.js in src/excel, ExcelJS in src/cli)
 * write exactly this and place nothing themselves.
 *
 * Placement (0-based rows/columns):
 *   row 0            title (bold, larger)
 *   rows 1…n         notes, one per row
 *   one empty row
 *   main block       [caption row] header row, data rows
 *   side blocks      to the right of main after one empty column, starting on main's first row, one under another
 *                    with one empty row between them
 *   below blocks     under main (and under any side block they would run into) after one empty row, stacked
 *   chart            to the right of everything, from main's first row
 */
import type { CellRange } from "../core/cell";
import type { ChartSpec, ColumnSpec, Highlight, OutValue, ReportId, SheetDescription, TableBlock, ValueFormat } from "./model";

/** Excel number formats (invariant codes, as Office.js `numberFormat` and ExcelJS `numFmt` take them). */
export const NUMBER_FORMATS: Record<ValueFormat, string> = {
  date: "dd.mm.yyyy",
  percent: "0.0%",
  integer: "0",
  number: "0.00",
  // Text stays «General», not «@»: Excel shows «####» in «@» cells over 255 characters (long lists of measures).
  // The Office.js renderer quotes text Excel would re-interpret (formulas, numbers); ExcelJS writes typed values.
  text: "General",
  general: "General",
};

export const TITLE_FONT_SIZE = 14;
export const HEADER_FILL = "#D9E1F2";

/** A block as it sits on the sheet. */
export interface PlacedBlock {
  /** "main", "side" or "below", with the index among its kind. */
  kind: "main" | "side" | "below";
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
  wrap?: boolean;
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

export interface SheetLayout {
  reportId: ReportId;
  /** The wanted name (SPEC §6); the renderer settles the real one with sheetNames.ts. */
  sheetName: string;
  title: { row: 0; col: 0; text: string };
  notes: { row: number; col: 0; text: string }[];
  /** Main block first, then side blocks, then below blocks. */
  blocks: PlacedBlock[];
  /** Width in characters of each sheet column from A, the largest any block asks for there. */
  columnWidths: number[];
  /** Title, captions, headers, wrapped columns and highlights, in the order to apply (later wins). */
  styles: StyledArea[];
  /** Rows frozen at the top: everything down to and including the main header row. */
  freezeRows: number;
  /** The main header row, repeated on every printed page. */
  printTitleRow: number;
  page: { paper: "A4"; orientation: "landscape"; fitToWidth: 1; fitToHeight: 0 };
  chart?: PlacedChart;
  /** Rows and columns the sheet uses (chart excluded). */
  size: { rows: number; cols: number };
}

const CHART_WIDTH_COLS = 8;
const CHART_HEIGHT_ROWS = 18;

export function layoutSheet(desc: SheetDescription): SheetLayout {
  const notes = desc.notes.map((text, i) => ({ row: 1 + i, col: 0 as const, text }));
  const top = 1 + notes.length + 1;

  const main = placeBlock(desc.main, "main", 0, top, 0);
  const blocks: PlacedBlock[] = [main];

  const sideLeft = main.right + 2;
  let sideTop = top;
  desc.side.forEach((block, i) => {
    const placed = placeBlock(block, "side", i, sideTop, sideLeft);
    blocks.push(placed);
    sideTop = placed.lastRow + 2;
  });

  let belowTop = main.lastRow + 2;
  desc.below.forEach((block, i) => {
    const right = block.columns.length - 1;
    const clash = blocks.filter((b) => b.kind === "side" && b.left <= right);
    const start = Math.max(belowTop, ...clash.map((b) => b.lastRow + 2));
    const placed = placeBlock(block, "below", i, start, 0);
    blocks.push(placed);
    belowTop = placed.lastRow + 2;
  });

  const sources = [desc.main, ...desc.side, ...desc.below];
  const cols = Math.max(1, ...blocks.map((b) => b.right + 1));
  const rows = Math.max(1 + notes.length, ...blocks.map((b) => b.lastRow + 1));

  return {
    reportId: desc.reportId,
    sheetName: desc.sheetName,
    title: { row: 0, col: 0, text: desc.title },
    notes,
    blocks,
    columnWidths: columnWidths(blocks, cols),
    styles: [
      { range: cellRange(0, 0, 0, 0), bold: true, fontSize: TITLE_FONT_SIZE },
      ...blocks.flatMap((b, i) => blockStyles(b, sources[i].highlights)),
    ],
    freezeRows: main.headerRow + 1,
    printTitleRow: main.headerRow,
    page: { paper: "A4", orientation: "landscape", fitToWidth: 1, fitToHeight: 0 },
    chart: desc.chart && placeChart(desc.chart, blocks, main, cols),
    size: { rows, cols },
  };
}

function placeBlock(block: TableBlock, kind: PlacedBlock["kind"], index: number, top: number, left: number): PlacedBlock {
  const width = block.columns.length;
  const caption = block.caption === undefined ? undefined : { row: top, col: left, text: block.caption };
  const headerRow = caption ? top + 1 : top;
  const rows = block.rows.map((row, i) => fitRow(row, width, kind, index, i));
  return {
    kind,
    index,
    caption,
    headerRow,
    firstDataRow: headerRow + 1,
    lastRow: headerRow + rows.length,
    left,
    right: left + Math.max(width, 1) - 1,
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

function columnWidths(blocks: PlacedBlock[], cols: number): number[] {
  const widths = new Array<number>(cols).fill(0);
  for (const b of blocks) {
    b.columns.forEach((c, i) => {
      widths[b.left + i] = Math.max(widths[b.left + i], c.width);
    });
  }
  return widths;
}

function blockStyles(b: PlacedBlock, highlights: Highlight[]): StyledArea[] {
  const styles: StyledArea[] = [];
  if (b.caption) styles.push({ range: cellRange(b.caption.row, b.left, b.caption.row, b.left), bold: true });
  styles.push({ range: cellRange(b.headerRow, b.left, b.headerRow, b.right), bold: true, fill: HEADER_FILL, wrap: true });
  if (b.rows.length > 0) {
    b.columns.forEach((c, i) => {
      if (c.wrap) styles.push({ range: cellRange(b.firstDataRow, b.left + i, b.lastRow, b.left + i), wrap: true });
    });
  }
  return [...styles, ...highlightAreas(b, highlights)];
}

/** Highlights turned into sheet rectangles; vertically adjacent ones of equal span and style become one area. */
function highlightAreas(b: PlacedBlock, highlights: Highlight[]): StyledArea[] {
  const sorted = highlights
    .filter((h) => h.row >= 0 && h.row < b.rows.length && (h.col === undefined || (h.col >= 0 && h.col < b.columns.length)))
    .map((h) => {
      const left = h.col === undefined ? b.left : b.left + h.col;
      const right = h.col === undefined ? b.right : left;
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

function placeChart(spec: ChartSpec, blocks: PlacedBlock[], main: PlacedBlock, cols: number): PlacedChart | undefined {
  const block = spec.block === "main" ? main : blocks.find((b) => b.kind === "side" && b.index === spec.block);
  if (!block || block.rows.length === 0) return undefined;
  const from = Math.max(0, spec.fromRow);
  const to = Math.min(block.rows.length - 1, spec.toRow);
  const more = spec.moreValueColumns ?? [];
  if (from > to || [spec.categoryColumn, spec.valueColumn, ...more].some((c) => c >= block.columns.length)) return undefined;
  const catCol = block.left + spec.categoryColumn;
  const valCol = block.left + spec.valueColumn;
  const anchorTop = main.caption ? main.caption.row : main.headerRow;
  const anchorLeft = cols + 1;
  const series = (col: number): PlacedSeries => ({
    values: cellRange(block.firstDataRow + from, block.left + col, block.firstDataRow + to, block.left + col),
    seriesName: { row: block.headerRow, col: block.left + col },
    seriesTitle: block.headers[col],
  });
  return {
    ...(more.length > 0 ? { moreSeries: more.map(series) } : {}),
    kind: spec.kind,
    title: spec.title,
    categories: cellRange(block.firstDataRow + from, catCol, block.firstDataRow + to, catCol),
    values: cellRange(block.firstDataRow + from, valCol, block.firstDataRow + to, valCol),
    seriesName: { row: block.headerRow, col: valCol },
    seriesTitle: block.headers[spec.valueColumn],
    percent: spec.percent === true,
    anchor: cellRange(anchorTop, anchorLeft, anchorTop + CHART_HEIGHT_ROWS - 1, anchorLeft + CHART_WIDTH_COLS - 1),
  };
}

function cellRange(top: number, left: number, bottom: number, right: number): CellRange {
  return { top, left, bottom, right };
}
