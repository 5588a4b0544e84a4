/**
 * What the task pane and the ribbon call: the only entry points into Excel. Each runs inside one Excel.run, reads
 * the workbook through readSheets.ts, runs the same engine as the command line (src/reports/engine.ts), and writes
 * through writeReports.ts. Errors reach the caller as Error with a Russian message.
 */
import { type Day, today } from "../core/calendar";
import { errorText } from "../core/errorText";
import type { Settings } from "../core/settings";
import { type DynamicsChoice, parameterChoices } from "../core/indicators/indicatorColumns";
import { municipalitiesOf } from "../core/risk/scope";
import { readWorkbook } from "../core/tables/readWorkbook";
import { runEngine } from "../reports/engine";
import { quarterChoices } from "../reports/quarterReport";
import { layoutSheet, NUMBER_FORMATS } from "../reports/layout";
import type { ReportId } from "../reports/model";
import type { Recognition, RunSummary } from "../reports/recognition";
import { detectCapabilities, ExcelTooOldError, requireExcelApi, skippedReading } from "./capabilities";
import { readWorkbookSheets } from "./readSheets";
import { formulaArgumentArea } from "./selection";
import { readSettingsSheet, writeSettingsSheet } from "./settingsSheet";
import { queueDateSystem } from "./workbookState";
import { DATE_1904_NOTE } from "../core/dateSystem";
import { ReportsNotWrittenError, writeReportSheets } from "./writeReports";

export interface ReportChoice {
  /** «на дату». */
  asOf: Day;
  /** Only this municipality's schools. */
  municipality?: string;
  /** A plan period for this run («2021-2022», «2020-2021 учебный год»). */
  planPeriodText?: string;
  /** The quarter of «Отчёт за квартал» («2021-3»); absent: each plan's last quarter ended by «на дату». */
  quarterText?: string;
}

/** What the pane shows of the open workbook: the recognition, the settings in force and the schools' municipalities. */
export interface WorkbookView extends Recognition {
  /** Settings sheet over defaults: what the pane's dropdowns start from and save back. */
  settings: Settings;
  /** For the municipality filter, each once, in Russian order. */
  municipalities: string[];
  /** Every indicator of the schools' columns, those switched off in the settings too (the pane's switches). */
  indicators: string[];
  /** The quarters of the plans' periods, for the quarter list: key «2021-3» and «III квартал 2021 года». */
  quarters: { key: string; label: string }[];
  /** Each dynamics measure (an entry/final pair) with the direction its name gives, for the direction lists. */
  dynamics: DynamicsChoice[];
}

/** What the add-in finds in the open workbook (tables, columns, problems, reports it can build). */
export async function recognizeWorkbook(): Promise<WorkbookView> {
  return inExcel("Книга не прочитана", async (context) => {
    const caps = detectCapabilities();
    const { grids, reportSheets, notes, state } = await readWorkbookSheets(context, caps);
    // Every builder runs (nothing is written) so that the pane lists the problems a run would meet, with their cells.
    const { recognition, settings, problems } = runEngine(grids, reportSheets, { asOf: today() });
    const data = readWorkbook(grids, settings, reportSheets);
    const municipalities = municipalitiesOf(data);
    const { indicators, dynamics } = parameterChoices(data.schools, data.extraHeaders, settings);
    const quarters = quarterChoices(data, { asOf: today(), settings });
    const readNotes = [...skippedReading(caps), ...notes, ...(state.date1904 ? [DATE_1904_NOTE] : [])];
    return {
      ...recognition,
      problems,
      notes: [...recognition.notes, ...readNotes],
      settings,
      municipalities,
      indicators,
      quarters,
      dynamics,
    };
  });
}

/** Shows the user a cell a problem names: activates its sheet and selects the cell («A1» or «B3:D3»). One sync. */
export async function selectCell(sheet: string, address: string): Promise<void> {
  await inExcel(`Ячейка ${address} листа «${sheet}» не выделена`, async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(address).select();
    await context.sync();
  });
}

/** Brings a report sheet forward (the link after a run). One sync. */
export async function activateSheet(sheet: string): Promise<void> {
  await inExcel(`Лист «${sheet}» не открыт`, async (context) => {
    context.workbook.worksheets.getItem(sheet).activate();
    await context.sync();
  });
}

export type FormulaInsertion =
  /** `formula` as the cell shows it now (formulasLocal: Russian names and «;» in a Russian Excel). */
  | { inserted: true; cell: string; formula: string }
  /** Nothing was changed: the active cell holds something, or it lies inside the data it would refer to. */
  | { inserted: false; cell: string; reason: "notEmpty" | "insideData" }
  /** Excel showed #NAME? (#ИМЯ?) for every form of the formula: the cell was cleared again. */
  | { inserted: false; cell: string; reason: "unknownFunction" }
  /** A function returning a date, in a 1904 workbook: its date would be 1 462 days off (DATE_1904_NOTE), so nothing was changed. */
  | { inserted: false; cell: string; reason: "date1904" };

/** Excel's error for a function it does not know, in English and in a Russian Excel. */
const NAME_ERRORS = new Set(["#NAME?", "#ИМЯ?"]);

/** Excel's UI language («ru-RU»): it decides which function names Excel shows. */
export function excelDisplayLanguage(): string {
  return typeof Office === "undefined" ? "" : (Office.context?.displayLanguage ?? "");
}

/**
 * Puts a formula for the selected data into the active cell, only when that cell is empty and is not part of the data
 * (see formulaArgumentArea). `formulasFor(address)` gives the forms to try (src/taskpane/formulas.ts): each is written
 * through `range.formulas` and read back in the same sync; a form the cell shows as #NAME? is replaced by the next one,
 * and when none is known to Excel the cell is cleared again, so the user's sheet is left as it was. A function that
 * returns a date (`returnsDate`) gets the cell's date format with its formula (a serial number shows as 44256
 * otherwise); cleared again, the cell gets its own format back. Syncs: two, plus one for a second form, plus one to
 * clear.
 */
export async function insertFormulaIfEmpty(
  formulasFor: (selectionAddress: string) => string[],
  returnsDate = false,
): Promise<FormulaInsertion> {
  return inExcel("Формула не вставлена", async (context) => {
    const selection = context.workbook.getSelectedRanges().load("address");
    const active = context.workbook
      .getActiveCell()
      .load(returnsDate ? "address,formulas,numberFormat" : "address,formulas");
    const date1904 = returnsDate ? queueDateSystem(context) : () => false;
    await context.sync();
    const cell = active.address;
    const content = active.formulas[0]?.[0];
    if (content !== "" && content !== null && content !== undefined)
      return { inserted: false, cell, reason: "notEmpty" };
    const data = formulaArgumentArea(selection.address, cell);
    if (data === null) return { inserted: false, cell, reason: "insideData" };
    if (date1904()) return { inserted: false, cell, reason: "date1904" };
    const ownFormat = returnsDate ? active.numberFormat : undefined;
    const [first, second] = formulasFor(data);
    const known = async (formula: string | undefined): Promise<boolean> => {
      if (formula === undefined) return false;
      active.formulas = [[formula]];
      if (returnsDate) active.numberFormat = [[NUMBER_FORMATS.date]];
      active.load("values,formulasLocal");
      await context.sync();
      return !NAME_ERRORS.has(String(active.values[0]?.[0]));
    };
    if ((await known(first)) || (await known(second)))
      return { inserted: true, cell, formula: String(active.formulasLocal[0][0]) };
    active.clear("Contents");
    if (ownFormat) active.numberFormat = ownFormat;
    await context.sync();
    return { inserted: false, cell, reason: "unknownFunction" };
  });
}

/** Builds the chosen reports (or all the data allows) and «Замечания», each replacing its own earlier sheet. */
export async function runReports(ids: ReportId[] | "all", choice: ReportChoice): Promise<RunSummary> {
  return inExcel("Отчёты не записаны", async (context) => {
    const caps = detectCapabilities();
    const { grids, reportSheets, notes } = await readWorkbookSheets(context, caps);
    const result = runEngine(grids, reportSheets, choice, ids === "all" ? undefined : ids);
    const written = await writeReportSheets(context, result.sheets.map(layoutSheet));
    return {
      written: written.written,
      problems: result.problems,
      summary: result.summary,
      skipped: [...skippedReading(caps), ...notes, ...written.skipped],
    };
  });
}

export async function saveSettings(settings: Settings): Promise<void> {
  await inExcel("Настройки не сохранены", (context) => writeSettingsSheet(context, settings));
}

export async function loadSettings(): Promise<Settings> {
  return inExcel("Настройки не прочитаны", (context) => readSettingsSheet(context));
}

/**
 * Excel.run below the floor check (capabilities.ts), so that every door says in Russian what this Excel lacks before
 * touching the workbook; Excel's own failures reach the pane in Russian, with Excel's words kept for support.
 */
async function inExcel<T>(what: string, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    requireExcelApi();
    return await Excel.run(batch);
  } catch (error) {
    if (error instanceof ExcelTooOldError || error instanceof ReportsNotWrittenError) throw error;
    const reason = errorText(error);
    throw new Error(`${what}: Excel сообщил «${reason}».`, { cause: error });
  }
}
