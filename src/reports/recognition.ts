/** What the add-in understood of a workbook, in words: shown by the task pane and in «Замечания». */
import type { Problem } from "../core/problems";
import type { ReportId } from "./model";

export interface RecognizedColumn {
  header: string;
  /** «Сроки реализации → срок»: the meaning in Russian. */
  meaning: string;
  col: number;
}

export interface RecognizedTable {
  sheet: string;
  /** «A2:R27» */
  range: string;
  /** «список школ», «план мероприятий», … */
  kind: string;
  columns: RecognizedColumn[];
  /** The plan period found in the title, in words («2021 год (из заголовка)»). */
  period?: string;
  /** A risk-profile table's years and where they were read («2021 (из заголовка таблицы)»). */
  profileYears?: string;
}

/** One plan of the workbook (SPEC §5: each plan its own period), as the pane lists it with its period dropdown. */
export interface RecognizedPlan {
  /** The plan's key in the settings sheet («Период плана: <key>»): its sheet, or «<лист>, строка N». */
  key: string;
  /** How the reports name it: the title shortened, or the sheet. */
  label: string;
  sheet: string;
  /** «A3:H40» */
  range: string;
  /** The period of its own title, in words. */
  period?: string;
}

export interface Recognition {
  tables: RecognizedTable[];
  /** The plans found, each with its own period. */
  plans: RecognizedPlan[];
  problems: Problem[];
  notes: string[];
  /** Reports the workbook's data allows. */
  available: ReportId[];
}

export interface RunSummary {
  /** Sheets written, in order, with the name actually used («Сводка рисков (2)»). */
  written: { reportId: ReportId; sheetName: string }[];
  problems: Problem[];
  /** Short lines for the pane: «Просрочено: 4 из 22, процент исполнения 68,0 %». */
  summary: string[];
  /** What could not be done (e.g. a chart skipped on an older Excel). */
  skipped: string[];
}
