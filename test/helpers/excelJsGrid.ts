/**
 * ExcelJS's own reading of a sheet, as the grid the engine takes (used range, values, merged areas): the oracle the
 * command line's lean reader (src/files/xlsxReader.ts) is held to, and how tests read back the workbooks the doors
 * write. Each ExcelJS value becomes what Excel's `Range.values` shows: a date its day, rich text its runs joined,
 * an error its text, a formula its cached result (none: empty), a hyperlink its text.
 */
import ExcelJS from "exceljs";
import { dayFromFileDate } from "../../src/core/calendar";
import type { Cell, CellRange, SheetGrid } from "../../src/core/cell";

export function cellFromExcelJs(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : dayFromFileDate(value);
  if ("richText" in value) return value.richText.map((run) => run.text ?? "").join("");
  if ("error" in value) return String(value.error);
  if ("formula" in value || "sharedFormula" in value) return cellFromExcelJs(value.result ?? null);
  if ("hyperlink" in value) return cellFromExcelJs((value as { text?: ExcelJS.CellValue }).text ?? null);
  return null;
}

/** The sheet's used range: the smallest rectangle holding every filled cell and every merged area. */
export function gridOfWorksheet(sheet: ExcelJS.Worksheet): SheetGrid {
  const filled: { row: number; col: number; value: Cell }[] = [];
  const merges: CellRange[] = [];
  // ExcelJS keeps merges by their top-left address; a one-cell «merge» is no merged area.
  for (const range of Object.values((sheet as unknown as { _merges: Record<string, { model: CellRange }> })._merges)) {
    const { top, left, bottom, right } = range.model;
    if (bottom > top || right > left)
      merges.push({ top: top - 1, left: left - 1, bottom: bottom - 1, right: right - 1 });
  }
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // ExcelJS repeats a merged value into every cell of the area: it belongs to the top-left one only.
      if (cell.isMerged && cell.master !== cell) return;
      const value = cellFromExcelJs(cell.value);
      if (value !== null && value !== "") filled.push({ row: rowNumber - 1, col: colNumber - 1, value });
    });
  });
  let [top, left, bottom, right] = [Infinity, Infinity, -1, -1];
  for (const { row, col } of filled)
    [top, left, bottom, right] = [Math.min(top, row), Math.min(left, col), Math.max(bottom, row), Math.max(right, col)];
  for (const m of merges)
    [top, left, bottom, right] = [
      Math.min(top, m.top),
      Math.min(left, m.left),
      Math.max(bottom, m.bottom),
      Math.max(right, m.right),
    ];
  if (bottom < 0) return { name: sheet.name, cells: [], origin: { row: 0, col: 0 }, merges: [] };
  const cells: Cell[][] = Array.from({ length: bottom - top + 1 }, () => new Array<Cell>(right - left + 1).fill(null));
  for (const f of filled) cells[f.row - top][f.col - left] = f.value;
  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  return { name: sheet.name, cells, origin: { row: top, col: left }, merges };
}

/** ExcelJS's reading of a workbook's bytes: its worksheets in order, the ones named in `leaveOut` left out. */
export async function excelJsGrids(bytes: Uint8Array, leaveOut: Set<string>): Promise<SheetGrid[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook.worksheets.filter((s) => !leaveOut.has(s.name)).map(gridOfWorksheet);
}

/** The first difference between two readings of one workbook (sheet, origin, size, cell, merges), or null. */
export function firstDifference(got: SheetGrid[], expected: SheetGrid[]): string | null {
  const names = (grids: SheetGrid[]): string => grids.map((g) => g.name).join(" | ");
  if (names(got) !== names(expected)) return `sheets ${names(got)} ≠ ${names(expected)}`;
  for (let i = 0; i < got.length; i++) {
    const [g, e] = [got[i], expected[i]];
    const shape = (x: SheetGrid): string =>
      `${x.origin.row}:${x.origin.col} ${x.cells.length}×${x.cells[0]?.length ?? 0}`;
    if (shape(g) !== shape(e)) return `«${g.name}»: used range ${shape(g)} ≠ ${shape(e)}`;
    for (let r = 0; r < e.cells.length; r++)
      for (let c = 0; c < e.cells[r].length; c++)
        if (!Object.is(g.cells[r][c], e.cells[r][c]))
          return `«${g.name}» row ${r} col ${c}: ${JSON.stringify(g.cells[r][c])} ≠ ${JSON.stringify(e.cells[r][c])}`;
    if (JSON.stringify(g.merges) !== JSON.stringify(e.merges))
      return `«${g.name}»: merges ${JSON.stringify(g.merges)} ≠ ${JSON.stringify(e.merges)}`;
  }
  return null;
}
