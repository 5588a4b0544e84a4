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
}

export interface Recognition {
  tables: RecognizedTable[];
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
