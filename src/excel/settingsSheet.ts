/**
 * The hidden settings sheet «Настройки ШНОР» (SPEC §8) through Office.js. Its rows are made and read by
 * src/core/settingsSheet.ts, the same code the command line uses, so both doors read the same settings.
 */
import type { SheetGrid } from "../core/cell";
import { DEFAULT_SETTINGS, type Settings } from "../core/settings";
import { readSettingsRows, SETTINGS_SHEET_NAME, settingsToRows } from "../core/settingsSheet";
import { fromOfficeValue, toOfficeValue } from "./cellValues";

/** Two syncs: find the sheet, then write (creating and hiding it when absent). */
export async function writeSettingsSheet(context: Excel.RequestContext, settings: Settings): Promise<void> {
  const existing = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET_NAME);
  await context.sync();
  const rows = settingsToRows(settings);
  const width = Math.max(1, ...rows.map((r) => r.length));
  let sheet: Excel.Worksheet;
  if (existing.isNullObject) {
    sheet = context.workbook.worksheets.add(SETTINGS_SHEET_NAME);
  } else {
    sheet = existing;
    sheet.getRange().clear("Contents");
  }
  sheet.visibility = "Hidden";
  if (rows.length > 0) {
    const values = rows.map((row) => Array.from({ length: width }, (_, i) => toOfficeValue(row[i] ?? null)));
    sheet.getRangeByIndexes(0, 0, rows.length, width).values = values;
  }
  sheet.getRangeByIndexes(0, 0, 1, 2).format.font.bold = true;
  await context.sync();
}

/** Settings stored in the workbook, or the defaults when it has no settings sheet. Two syncs. */
export async function readSettingsSheet(context: Excel.RequestContext): Promise<Settings> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET_NAME);
  await context.sync();
  if (sheet.isNullObject) return DEFAULT_SETTINGS;
  const used = sheet.getUsedRangeOrNullObject(true).load("values,rowIndex,columnIndex");
  await context.sync();
  if (used.isNullObject) return DEFAULT_SETTINGS;
  const grid: SheetGrid = {
    name: SETTINGS_SHEET_NAME,
    cells: used.values.map((row) => row.map(fromOfficeValue)),
    origin: { row: used.rowIndex, col: used.columnIndex },
    merges: [],
  };
  return readSettingsRows(grid).settings;
}
