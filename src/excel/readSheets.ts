/**
 * The Office.js reader: every sheet's used range as a SheetGrid (values only; Excel hands dates over as serial
 * numbers already), with its merged areas. Syncs: one for the sheets and markers, one for the used ranges, then
 * one per chunk of at most CELLS_PER_SYNC cells, so no single response is huge (Excel on the web caps responses
 * too). The add-in's own report sheets are not read at all: they are never input.
 */
import type { CellRange, SheetGrid } from "../core/cell";
import type { Capabilities } from "./capabilities";
import { fromOfficeValue } from "./cellValues";
import { queueWorkbookState, reportSheetNames, type WorkbookState } from "./workbookState";

/** About 2–3 MB of response for ordinary cells. */
export const CELLS_PER_SYNC = 50_000;

export interface ReadOutcome {
  grids: SheetGrid[];
  reportSheets: Set<string>;
  state: WorkbookState;
  syncs: number;
}

interface SheetToRead {
  grid: SheetGrid;
  sheet: Excel.Worksheet;
  rows: number;
  cols: number;
}

export async function readWorkbookSheets(
  context: Excel.RequestContext,
  caps: Capabilities,
  cellsPerSync = CELLS_PER_SYNC,
): Promise<ReadOutcome> {
  let syncs = 0;
  const sync = async (): Promise<void> => {
    syncs++;
    await context.sync();
  };
  const loadState = queueWorkbookState(context);
  await sync();
  const state = loadState();
  const reportSheets = reportSheetNames(state);

  const used = state.sheets
    .filter((s) => !reportSheets.has(s.name))
    .map((s) => {
      const sheet = context.workbook.worksheets.getItem(s.name);
      const range = sheet.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount");
      return { name: s.name, sheet, range };
    });
  await sync();

  const grids: SheetGrid[] = [];
  const toRead: SheetToRead[] = [];
  for (const { name, sheet, range } of used) {
    if (range.isNullObject) {
      grids.push({ name, cells: [], origin: { row: 0, col: 0 }, merges: [] });
      continue;
    }
    const grid: SheetGrid = { name, cells: [], origin: { row: range.rowIndex, col: range.columnIndex }, merges: [] };
    grids.push(grid);
    toRead.push({ grid, sheet, rows: range.rowCount, cols: range.columnCount });
  }

  // Chunks of whole rows, packed into syncs of at most cellsPerSync cells (a small sheet shares a sync).
  let pending: (() => void)[] = [];
  let pendingCells = 0;
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    await sync();
    for (const take of pending) take();
    pending = [];
    pendingCells = 0;
  };
  for (const item of toRead) {
    const { grid, sheet, rows, cols } = item;
    const chunkRows = Math.max(1, Math.floor(cellsPerSync / cols));
    if (caps.mergedAreas) {
      const merged = sheet
        .getRangeByIndexes(grid.origin.row, grid.origin.col, rows, cols)
        .getMergedAreasOrNullObject()
        .load("address");
      pending.push(() => {
        if (!merged.isNullObject) grid.merges = parseAreas(merged.address);
      });
    }
    for (let top = 0; top < rows; top += chunkRows) {
      const count = Math.min(chunkRows, rows - top);
      if (pendingCells > 0 && pendingCells + count * cols > cellsPerSync) await flush();
      const range = sheet.getRangeByIndexes(grid.origin.row + top, grid.origin.col, count, cols).load("values");
      pending.push(() => {
        for (const row of range.values) grid.cells.push(row.map(fromOfficeValue));
      });
      pendingCells += count * cols;
    }
  }
  await flush();
  return { grids, reportSheets, state, syncs };
}

const AREA = /(?:'(?:[^']|'')*'|[^',!]+)!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?/g;

/** «'Школы 2021'!A1:C1,'Школы 2021'!D2:D3» → 0-based ranges. */
export function parseAreas(address: string): CellRange[] {
  const out: CellRange[] = [];
  for (const m of address.matchAll(AREA)) {
    const top = Number(m[2]) - 1;
    const left = columnIndex(m[1]);
    out.push({ top, left, bottom: m[4] ? Number(m[4]) - 1 : top, right: m[3] ? columnIndex(m[3]) : left });
  }
  return out;
}

/** «A» → 0, «AB» → 27 (the inverse of columnLetters). */
function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
