/**
 * A report sheet as a plain description: what the sheet holds, not how it is written.
 * Builders (one per sheet of SPEC §6) return it; the layout turns it into cell positions; the Office.js
 * and the ExcelJS renderers write that layout. Nothing here touches I/O.
 */
import type { Day } from "../core/calendar";
import type { Problem } from "../core/problems";
import type { ReportId } from "./registry";

/** Report ids and sheet names are the registry's (reports/registry.ts); a sheet description carries its report's id. */
export type { ReportId } from "./registry";

export type OutValue = string | number | boolean | null;

/**
 * How a column's values are shown: dates are day serials shown dd.mm.yyyy; shares are 0…1 shown as %;
 * percentPoints are values already in percent («Средняя доля «2», %»: 12.3), rounded as a share's text.
 */
export type ValueFormat = "text" | "integer" | "number" | "date" | "percent" | "percentPoints" | "general";

export interface ColumnSpec {
  header: string;
  format: ValueFormat;
  /** The widest the column may be, in characters: the layout sizes it to its content up to this, text wraps beyond. */
  width: number;
  /** Long text wraps inside the cell (the layout wraps every text column: no name is ever hidden by the next cell). */
  wrap?: boolean;
}

/** Colours are «#RRGGBB». */
export interface Highlight {
  /** 0-based data row of the block. */
  row: number;
  /** 0-based column of the block; omitted = the whole row. */
  col?: number;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
}

export interface TableBlock {
  /** A caption line above the block's header («Количество по статусам»). */
  caption?: string;
  /**
   * One line of text under the block, after an empty row (issue 23): what its percentage counts («Процент исполнения =
   * выполнено из пунктов со сроком окончания до …: 4 из 7 = 57,1 %; …»), or where a capped list goes on («и ещё 3 —
   * см. лист …»). Only a summary above the main table has one: nothing stands under the main table.
   */
  line?: string;
  columns: ColumnSpec[];
  rows: OutValue[][];
  highlights: Highlight[];
}

export interface ChartSpec {
  kind: "column" | "bar";
  title: string;
  /** Which block holds the data: "main" or the index of an above block. */
  block: "main" | number;
  categoryColumn: number;
  valueColumn: number;
  /** Further series, one per column, beside the first (a factor in two years); each is named by its header. */
  moreValueColumns?: number[];
  /** 0-based data rows of the block (inclusive) that the chart plots. */
  fromRow: number;
  toRow: number;
  /** Values are shares (0…1) shown as percentages. */
  percent?: boolean;
}

export interface SheetDescription {
  reportId: ReportId;
  /** Wanted sheet name (SPEC §6); the renderer may write «Имя (2)» beside a user's sheet of that name. */
  sheetName: string;
  /** Title row: the report's name and «по состоянию на дд.мм.гггг». */
  title: string;
  asOf: Day;
  /** Short lines under the title: period used, filter, what was left out. */
  notes: string[];
  /** The main table; its header row is frozen and repeated on printed pages. */
  main: TableBlock;
  /**
   * Short summaries above the main table, within its printed width, one under another (SPEC §6 «Printing»). Nothing
   * stands under the main table: one grid per sheet (issue 23) — a builder with another table returns another sheet.
   */
  above: TableBlock[];
  chart?: ChartSpec;
  /**
   * Main's first columns that say what each row is («№ | Мероприятие»): when the table is too wide for one page at
   * 75 %, the sheet prints across pages with them repeated at the left (SPEC §10, layout/page.ts ACROSS_PAGES).
   */
  printTitleColumns?: number;
  /** Input problems met while building, for «Замечания» and the pane. */
  problems: Problem[];
}

/** A sheet of a municipality's form (SPEC §10): laid out and printed as a report, never marked as one. */
export type FormSheetId = "formItems" | "formSchools";
export type FormSheetDescription = Omit<SheetDescription, "reportId"> & { reportId: FormSheetId };
