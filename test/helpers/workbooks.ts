/**
 * Builds real .xlsx files for tests (ExcelJS, as a user's Excel would save them): sheets of raw ExcelJS
 * values (Date, rich text, hyperlinks, formulas with cached results, errors), merged areas, hidden sheets
 * and report markers. Files go to a fresh temporary folder per test file.
 */
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { fileDateOfDay, mustDayOf } from "../../src/core/calendar";
import type { ReportId } from "../../src/reports/model";
import { markerReference, reportMarkerName } from "../../src/reports/sheetNames";
import { readXlsx, type XlsxContent } from "../../src/files/readXlsx";
import { excelJsGrids, firstDifference } from "./excelJsGrid";

export interface SheetSpec {
  name: string;
  /** Rows from `at` (default A1); undefined and null leave a cell empty. */
  rows: ExcelJS.CellValue[][];
  /** 1-based sheet row and column of rows[0][0]. */
  at?: { row: number; col: number };
  /** «A1:F1» */
  merges?: string[];
  hidden?: boolean;
  /** Marks the sheet as the add-in's own report. */
  reportId?: ReportId;
}

export function buildWorkbook(sheets: SheetSpec[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name, spec.hidden ? { state: "hidden" } : {});
    const top = spec.at?.row ?? 1;
    const left = spec.at?.col ?? 1;
    spec.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== undefined && value !== null) sheet.getCell(top + r, left + c).value = value;
      }),
    );
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
    if (spec.reportId) workbook.definedNames.add(markerReference(spec.name), reportMarkerName(spec.reportId));
  }
  return workbook;
}

/**
 * Every workbook a test writes is also a case for the command line's reader: it must read the file exactly as
 * ExcelJS's own full reader does (test/files/xlsxReader.test.ts has the rest of that proof).
 */
export async function writeWorkbook(path: string, sheets: SheetSpec[]): Promise<string> {
  await buildWorkbook(sheets).xlsx.writeFile(path);
  const bytes = readFileSync(path);
  const content = await readXlsx(bytes, path);
  const difference = firstDifference(content.grids, await excelJsGrids(bytes, content.reportSheets));
  if (difference !== null) throw new Error(`${path}: the reader and ExcelJS differ: ${difference}`);
  return path;
}

export function tempFolder(prefix = "shnor-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** The Date ExcelJS gives for a date cell (UTC midnight of the calendar day). */
export function fileDate(year: number, month: number, day: number): Date {
  return fileDateOfDay(mustDayOf(year, month, day));
}

/** Reads back a written workbook for assertions. */
export async function openWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** A workbook file read as the command line reads it (src/files/readXlsx.ts takes bytes). */
export function readXlsxFile(path: string): Promise<XlsxContent> {
  return readXlsx(readFileSync(path), path);
}
