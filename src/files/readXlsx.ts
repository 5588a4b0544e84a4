/**
 * The file door, reading side (the command line and the report page): every sheet of an .xlsx, given as bytes,
 * as the SheetGrid the add-in's Office.js reader gives for the same workbook (used range, values, merged areas),
 * plus which sheets are the add-in's own reports (marked by a workbook defined name, see src/reports/sheetNames.ts).
 */
import ExcelJS from "exceljs";
import type { Cell, CellRange, SheetGrid } from "../core/cell";
import { reportIdOfMarkerName, sheetOfMarkerReference } from "../reports/sheetNames";
import { cellFromExcelJs } from "./cellValue";
import { InputFileError } from "./inputFileError";

export interface XlsxContent {
  grids: SheetGrid[];
  /** Names of the sheets that are the add-in's own reports: not in `grids`, never read as input. */
  reportSheets: Set<string>;
}

/** `fileName` names the file in messages. */
export async function readXlsx(bytes: Uint8Array, fileName: string): Promise<XlsxContent> {
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's typing asks for a Node Buffer; JSZip, which reads it, takes any Uint8Array.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    // The reader's own words are English («Corrupted zip: can't find end of central directory»): the user gets what to do.
    throw new InputFileError(
      `файл «${fileName}» повреждён или записан не полностью: это не целая книга Excel (.xlsx). Откройте его в Excel — если Excel предложит восстановить книгу, сохраните восстановленную копию и укажите её; иначе возьмите файл заново у отправителя.`,
    );
  }
  // As the Office.js reader does: the add-in's own report sheets are not read at all, they are never input.
  const reportSheets = markedReportSheets(workbook);
  const grids = workbook.worksheets.filter((s) => !reportSheets.has(s.name)).map(gridOfWorksheet);
  return { grids, reportSheets };
}

/** The sheet's used range: the smallest rectangle holding every filled cell and every merged area. */
export function gridOfWorksheet(sheet: ExcelJS.Worksheet): SheetGrid {
  const filled: { row: number; col: number; value: Cell }[] = [];
  const mergeByMaster = new Map<string, CellRange>();
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const r = rowNumber - 1;
      const c = colNumber - 1;
      if (cell.isMerged) {
        const master = cell.master;
        const range = mergeByMaster.get(master.address) ?? {
          top: Number(master.row) - 1,
          left: Number(master.col) - 1,
          bottom: Number(master.row) - 1,
          right: Number(master.col) - 1,
        };
        range.bottom = Math.max(range.bottom, r);
        range.right = Math.max(range.right, c);
        mergeByMaster.set(master.address, range);
        // ExcelJS repeats the merged value into every cell of the area: it belongs to the top-left one only.
        if (master.address !== cell.address) return;
      }
      const value = cellFromExcelJs(cell.value);
      if (value !== null && value !== "") filled.push({ row: r, col: c, value });
    });
  });
  const merges = [...mergeByMaster.values()].filter((m) => m.bottom > m.top || m.right > m.left);
  return toGrid(sheet.name, filled, merges);
}

function toGrid(name: string, filled: { row: number; col: number; value: Cell }[], merges: CellRange[]): SheetGrid {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const extend = (t: number, l: number, b: number, r: number): void => {
    top = Math.min(top, t);
    left = Math.min(left, l);
    bottom = Math.max(bottom, b);
    right = Math.max(right, r);
  };
  for (const f of filled) extend(f.row, f.col, f.row, f.col);
  for (const m of merges) extend(m.top, m.left, m.bottom, m.right);
  if (bottom < 0) return { name, cells: [], origin: { row: 0, col: 0 }, merges: [] };
  const width = right - left + 1;
  const cells: Cell[][] = Array.from({ length: bottom - top + 1 }, () => new Array<Cell>(width).fill(null));
  for (const f of filled) cells[f.row - top][f.col - left] = f.value;
  return { name, cells, origin: { row: top, col: left }, merges };
}

function markedReportSheets(workbook: ExcelJS.Workbook): Set<string> {
  const sheets = new Set<string>();
  for (const { name, ranges } of workbook.definedNames.model) {
    if (reportIdOfMarkerName(name) === null) continue;
    for (const range of ranges) {
      const sheet = sheetOfMarkerReference(range);
      if (sheet !== null) sheets.add(sheet);
    }
  }
  return sheets;
}
