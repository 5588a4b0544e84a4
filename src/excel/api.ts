/**
 * What the task pane and the ribbon call: the only entry points into Excel. Each runs inside one Excel.run, reads
 * the workbook through readSheets.ts, runs the same engine as the command line (src/reports/engine.ts), and writes
 * through writeReports.ts. Errors reach the caller as Error with a Russian message.
 */
import { type Day, today } from "../core/calendar";
import type { Settings } from "../core/settings";
import { runEngine } from "../reports/engine";
import { layoutSheet } from "../reports/layout";
import type { ReportId } from "../reports/model";
import type { Recognition, RunSummary } from "../reports/recognition";
import { detectCapabilities, ExcelTooOldError, skippedFeatures, skippedReading } from "./capabilities";
import { readWorkbookSheets } from "./readSheets";
import { readSettingsSheet, writeSettingsSheet } from "./settingsSheet";
import { writeReportSheets } from "./writeReports";

export interface ReportChoice {
  /** «на дату». */
  asOf: Day;
  /** Only this municipality's schools. */
  municipality?: string;
  /** A plan period for this run («2021-2022», «2020-2021 учебный год»). */
  planPeriodText?: string;
}

/** What the add-in finds in the open workbook (tables, columns, problems, reports it can build). */
export async function recognizeWorkbook(): Promise<Recognition> {
  return inExcel("Книга не прочитана", async (context) => {
    const caps = detectCapabilities();
    const { grids, reportSheets } = await readWorkbookSheets(context, caps);
    const { recognition } = runEngine(grids, reportSheets, { asOf: today() }, []);
    return { ...recognition, notes: [...recognition.notes, ...skippedReading(caps)] };
  });
}

/** Builds the chosen reports (or all the data allows) and «Замечания», each replacing its own earlier sheet. */
export async function runReports(ids: ReportId[] | "all", choice: ReportChoice): Promise<RunSummary> {
  return inExcel("Отчёты не записаны", async (context) => {
    const caps = detectCapabilities();
    const { grids, reportSheets } = await readWorkbookSheets(context, caps);
    const result = runEngine(grids, reportSheets, choice, ids === "all" ? undefined : ids);
    const written = await writeReportSheets(context, result.sheets.map(layoutSheet), caps);
    return {
      written: written.written,
      problems: result.problems,
      summary: result.summary,
      skipped: [...skippedFeatures(caps), ...written.skipped],
    };
  });
}

export async function saveSettings(settings: Settings): Promise<void> {
  await inExcel("Настройки не сохранены", (context) => writeSettingsSheet(context, settings));
}

export async function loadSettings(): Promise<Settings> {
  return inExcel("Настройки не прочитаны", (context) => readSettingsSheet(context));
}

/** Excel.run whose failures reach the pane in Russian, with Excel's own words kept for support. */
async function inExcel<T>(what: string, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (error) {
    if (error instanceof ExcelTooOldError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${what}: Excel сообщил «${reason}».`, { cause: error });
  }
}
