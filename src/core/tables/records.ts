/**
 * Domain records read out of found tables (readWorkbook): schools and plan items with the cells they
 * came from, so every number in a report can name its cells. Interpretation of the cells (levels,
 * deadlines, marks) belongs to the modules of each rule, not to the reader.
 */
import type { Cell, CellRange } from "../cell";
import type { PlanPeriod } from "../period";
import type { Problem } from "../problems";
import type { ProfileYear } from "../risk/profileYear";
import type { YearSource } from "./profileYears";
import type { FormReading } from "../forms/formReturn";
import type { FoundTable } from "./types";

export interface CellRef {
  sheet: string;
  /** 0-based sheet row and column. */
  row: number;
  col: number;
}

export interface SourcedCell {
  value: Cell;
  ref: CellRef;
}

export interface FactorInfo {
  /** 1-based number in the catalogue in force (the workbook's own list, or FIOKO 2020–2021). */
  number: number;
  name: string;
}

export interface SchoolRecord {
  /** Identity: the id when there is one, else the normalised name and municipality. */
  key: string;
  id?: string;
  name: string;
  municipality: string;
  curator: string;
  /** Row of the school in its first table. */
  ref: CellRef;
  /** Factor number → the level cell. */
  factors: Map<number, SourcedCell>;
  /** Every other column of the joined rows (indicator and monitoring candidates), by header. */
  extra: Map<string, SourcedCell>;
}

/** A Gantt-style plan's cell of one month or quarter (SPEC §3): marked (х, +, ✓, v) or not. */
export interface ScheduleCell extends SourcedCell {
  unit: "month" | "quarter";
  /** 1…12 or 1…4. */
  n: number;
}

/** A cell of one of an item's several deadline columns (SPEC §3): a window of its own, labelled by its column's header. */
export interface LabelledCell extends SourcedCell {
  /** The column's header as written («Дата», «Срок 2022 год», «II полугодие»); empty for a blank header. */
  label: string;
}

export interface PlanRecord {
  /** The item's own number as written («1», «1.», «1.1»); empty when the plan has none. */
  number: string;
  measure: string;
  deadline: SourcedCell;
  /** Several deadline columns (a session or a year each): one window per filled cell; `deadline` is the first. */
  deadlineColumns?: LabelledCell[];
  /** A window written in two cells («Срок» over «начало | окончание»). */
  window?: { start: SourcedCell; end: SourcedCell };
  /** A Gantt-style plan's month or quarter cells, in column order. */
  schedule?: ScheduleCell[];
  executor: string;
  groups?: SourcedCell;
  doneMark?: SourcedCell;
  doneDate?: SourcedCell;
  /** The item's indicator cells (SPEC §9), one per indicator column, blank ones left out. */
  indicators?: SourcedCell[];
  section?: string;
  ref: CellRef;
}

/** One year of risk profiles when the workbook holds several (SPEC §9), read apart from the other years. */
export interface ProfileYearData {
  year: ProfileYear;
  /** This year's profile tables (a long table's rows of this year only) and where each one's year was read. */
  tables: FoundTable[];
  sources: YearSource[];
  /** This year's schools, joined across its tables only. */
  schools: SchoolRecord[];
  /** This year's factor catalogue: the workbook's list sheet, its header row's own list, or the default. */
  factors: FactorInfo[];
}

/**
 * One plan: one plan table with its own title, period and numbering (SPEC §5). Several plans in one run (several
 * files or several plan tables) stay several: a plan never takes another plan's period.
 */
export interface PlanInfo {
  /** How the settings sheet and the pane name the plan: its sheet, or «<лист>, строка N» beside another plan of that sheet. */
  key: string;
  sheet: string;
  /** The plan table's range on its sheet. */
  range: CellRange;
  /** The file the plan came from, when the run read files (the command line). */
  file?: string;
  title?: string;
  /** The period found in the plan's own title. */
  period?: PlanPeriod;
  /** The plan's items, in table order (the same records as in WorkbookData.plan). */
  items: PlanRecord[];
}

export interface WorkbookData {
  tables: FoundTable[];
  schools: SchoolRecord[];
  /** The factor catalogue in force. */
  factors: FactorInfo[];
  /** Headers of the schools' extra columns, in table order. */
  extraHeaders: string[];
  /** Every plan item of every plan, in reading order. */
  plan: PlanRecord[];
  /** The plans those items belong to, each with its own title and period. */
  plans: PlanInfo[];
  /** True when the plan has a «Группы» column (mandatory measures can be computed). */
  planHasGroups: boolean;
  problems: Problem[];
  /** Human-readable facts about joins and choices («Объединены таблицы …»). */
  notes: string[];
  /** Risk profiles per year, ascending, when two or more years are found; the other reports read the latest. */
  profileYears?: ProfileYearData[];
  /** Each profile table's years in words («2020, 2021 (колонка «Год»)»). */
  tableYears?: Map<FoundTable, string>;
  /** Returned municipal forms given with the workbook (SPEC §10): read as forms, never as its tables. */
  forms?: FormReading[];
}
