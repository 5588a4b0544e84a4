/** The layout's output: a report sheet with every piece at its cell, as both renderers write it. */
import type { CellRange } from "../../core/cell";
import type { ChartSpec, ColumnSpec, FormSheetId, OutValue, ReportId } from "../model";
import type { PageSetup } from "./page";

/** A sheet column range one of a block's columns covers. */
export interface Span {
  left: number;
  right: number;
}

/** A block as it sits on the sheet. */
export interface PlacedBlock {
  /** "main" or "above", with the index among its kind. */
  kind: "main" | "above";
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

export interface SheetLayout {
  reportId: ReportId;
  /** The wanted name (SPEC §6); the renderer settles the real one with sheetNames.ts. */
  sheetName: string;
  title: { row: 0; col: 0; text: string };
  notes: { row: number; col: 0; text: string }[];
  /** Main block first, then the above blocks, then the summaries' lines (blocks of no columns, text as caption). */
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
  /**
   * How many of main's first columns repeat at the left of every printed page, when the sheet prints across pages
   * wide (page: ACROSS_PAGES); absent when it prints one page wide.
   */
  printTitleColumns?: number;
  /** Rows that start a new printed page. */
  pageBreaks: number[];
  printArea: CellRange;
  page: PageSetup;
  chart?: PlacedChart;
  /** Rows and columns the sheet uses, chart rows included. */
  size: { rows: number; cols: number };
}

/** A form's sheet laid out (SPEC §10): as a report's, with the form's own id. */
export type FormSheetLayout = Omit<SheetLayout, "reportId"> & { reportId: FormSheetId };
