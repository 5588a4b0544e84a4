/** What the table finder (findTables) recognises in a sheet: the contract between reading and reporting. */
import type { Cell, CellRange } from "../cell";
import type { PlanPeriod } from "../period";
import type { Problem } from "../problems";
import type { FactorInfo } from "./records";

export type TableKind = "schools" | "plan" | "results" | "context";

/** Meaning of a column (SPEC §3); «other» columns of a schools table may be indicators (SPEC §4). */
export type ColumnMeaning =
  | "itemNumber"
  | "school"
  | "municipality"
  | "curator"
  | "schoolId"
  | "factor"
  | "measure"
  | "deadline"
  | "executor"
  | "result"
  | "indicator"
  | "groups"
  | "doneMark"
  | "doneDate"
  // A window read from two cells («Срок» over «начало | окончание») and a Gantt-style month or quarter column.
  | "deadlineStart"
  | "deadlineEnd"
  | "scheduleMark"
  | "other"
  | "ignored";

export interface MappedColumn {
  /** 0-based sheet column. */
  col: number;
  /** Header as the user wrote it; a two-row header reads «Рисковые факторы / 3». */
  header: string;
  meaning: ColumnMeaning;
  /** For a factor column: its 1-based number in the catalogue in force. */
  factor?: number;
  /** True when the meaning comes from the settings sheet, not from recognition. */
  overridden?: boolean;
  /** True when the meaning comes from the column's values under a generic or blank header (SPEC §3). */
  fromValues?: boolean;
}

export interface TableRow {
  /** 0-based sheet row. */
  row: number;
  /** Cells of the row from the table's left column to its right column. */
  cells: Cell[];
  /** The section heading above the row («2. Действия, направленные на …»), for plans. */
  section?: string;
}

export interface FoundTable {
  sheet: string;
  /** The file of the sheet, when the run read files (SheetGrid.file). */
  file?: string;
  kind: TableKind;
  range: CellRange;
  /** 0-based sheet rows of the header (one or two). */
  headerRows: number[];
  columns: MappedColumn[];
  rows: TableRow[];
  /** Title text above the table, if any. */
  title?: string;
  /** The plan period found in the title (plans only). */
  period?: PlanPeriod;
  /** A factor list named by this table's header row, when it differs from the default (schools only). */
  factorCatalogue?: FactorInfo[];
}

export interface FindResult {
  tables: FoundTable[];
  problems: Problem[];
}
