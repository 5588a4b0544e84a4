/**
 * The command line's file door, writing side: report layouts (src/reports/layout.ts) into a NEW .xlsx —
 * values, number formats, widths, fills, fonts, frozen header, print setup, the report marker names and,
 * when given, the hidden settings sheet. It places nothing itself. ExcelJS cannot write charts: the
 * engine's notes say so in «Замечания». The file appears at once, complete: written beside the target
 * under a temporary name, then renamed over it.
 */
import { promises as fs } from "fs";
import { basename, dirname, join } from "path";
import ExcelJS from "exceljs";
import { fileDateOfDay } from "../core/calendar";
import type { Cell } from "../core/cell";
import { SETTINGS_SHEET_NAME } from "../core/settingsSheet";
import { NUMBER_FORMATS, type SheetLayout, type StyledArea } from "../reports/layout";
import type { OutValue } from "../reports/model";
import { markerReference, reportMarkerName, reportSheetName } from "../reports/sheetNames";

/** The sheets actually written, with the names used. */
export async function writeXlsx(layouts: SheetLayout[], path: string, settingsRows?: Cell[][]): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  const names: string[] = [];
  for (const layout of layouts) {
    const name = reportSheetName(layout.sheetName, names);
    names.push(name);
    writeSheet(workbook, name, layout);
  }
  if (settingsRows) {
    const sheet = workbook.addWorksheet(SETTINGS_SHEET_NAME, { state: "hidden" });
    settingsRows.forEach((row) => sheet.addRow(row));
  }
  await writeAtomically(workbook, path);
  return names;
}

function writeSheet(workbook: ExcelJS.Workbook, name: string, layout: SheetLayout): void {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: "frozen", ySplit: layout.freezeRows, xSplit: 0 }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: layout.page.orientation,
      fitToPage: true,
      fitToWidth: layout.page.fitToWidth,
      fitToHeight: layout.page.fitToHeight,
      printTitlesRow: `${layout.printTitleRow + 1}:${layout.printTitleRow + 1}`,
    },
  });
  layout.columnWidths.forEach((width, i) => {
    if (width > 0) sheet.getColumn(i + 1).width = width;
  });
  put(sheet, layout.title.row, layout.title.col, layout.title.text);
  for (const note of layout.notes) put(sheet, note.row, note.col, note.text);
  for (const block of layout.blocks) {
    if (block.caption) put(sheet, block.caption.row, block.caption.col, block.caption.text);
    block.headers.forEach((header, i) => put(sheet, block.headerRow, block.left + i, header));
    block.rows.forEach((row, r) => {
      const excelRow = sheet.getRow(block.firstDataRow + r + 1);
      row.forEach((value, i) => {
        if (value === null) return;
        const cell = excelRow.getCell(block.left + i + 1);
        const format = block.numberFormats[i];
        const isDate = format === NUMBER_FORMATS.date && typeof value === "number";
        cell.value = isDate ? fileDateOfDay(value) : value;
        if (format !== NUMBER_FORMATS.general) cell.numFmt = format;
      });
    });
  }
  for (const area of layout.styles) applyStyle(sheet, area);
  workbook.definedNames.add(markerReference(name), reportMarkerName(layout.reportId));
}

function put(sheet: ExcelJS.Worksheet, row: number, col: number, value: OutValue): void {
  if (value !== null) sheet.getCell(row + 1, col + 1).value = value;
}

function applyStyle(sheet: ExcelJS.Worksheet, area: StyledArea): void {
  const { top, left, bottom, right } = area.range;
  for (let r = top; r <= bottom; r++) {
    const row = sheet.getRow(r + 1);
    for (let c = left; c <= right; c++) {
      const cell = row.getCell(c + 1);
      if (area.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(area.fill) } };
      if (area.bold !== undefined || area.fontColor || area.fontSize) {
        cell.font = {
          ...cell.font,
          ...(area.bold !== undefined ? { bold: area.bold } : {}),
          ...(area.fontColor ? { color: { argb: argb(area.fontColor) } } : {}),
          ...(area.fontSize ? { size: area.fontSize } : {}),
        };
      }
      if (area.wrap) cell.alignment = { ...cell.alignment, wrapText: true, vertical: "top" };
    }
  }
}

/** «#F4CCCC» → «FFF4CCCC». */
function argb(color: string): string {
  return `FF${color.replace(/^#/, "").toUpperCase()}`;
}

async function writeAtomically(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await workbook.xlsx.writeFile(temporary);
    await fs.rename(temporary, path);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}
