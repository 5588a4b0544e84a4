/**
 * The Office.js reader: every sheet's used range as a SheetGrid (values only; Excel hands dates over as serial
 * numbers already), with its merged areas (read in pieces with the rows, see mergePieces). Syncs: one for the sheets and
 * markers, one for the used ranges, then one per chunk of rows, each response kept near 2 MB (Excel on the web refuses responses over 5 MB too): the
 * first chunk is small, the next ones sized by the bytes per cell seen so far. The add-in's own report sheets
 * are not read at all: they are never input.
 */
import { columnIndex } from "../core/a1";
import type { CellRange, SheetGrid } from "../core/cell";
import type { Capabilities } from "./capabilities";
import { fromOfficeValue } from "./cellValues";
import { MB, rowBytes } from "./payload";
import { queueWorkbookState, reportSheetNames, type WorkbookState } from "./workbookState";

/** Cells in the first sync: even cells of 1 KB (a long Cyrillic text) keep it at 2 MB. */
export const FIRST_SYNC_CELLS = 2_000;
/** At most this many cells a sync, however short they are. */
export const MAX_SYNC_CELLS = 100_000;
const MIN_SYNC_CELLS = 200;
export const RESPONSE_TARGET_BYTES = 2 * MB;

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
  maxCellsPerSync = MAX_SYNC_CELLS,
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

  // Chunks of whole rows, packed into syncs (a small sheet shares a sync). The first sync carries few cells; later
  // ones as many as keep the response near RESPONSE_TARGET_BYTES at the bytes per cell seen so far.
  let pending: (() => { cells: number; bytes: number })[] = [];
  let pendingCells = 0;
  let budget = Math.min(FIRST_SYNC_CELLS, maxCellsPerSync);
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    await sync();
    let cells = 0;
    let bytes = 0;
    for (const take of pending) {
      const got = take();
      cells += got.cells;
      bytes += got.bytes;
    }
    if (cells > 0) budget = Math.max(MIN_SYNC_CELLS, Math.min(maxCellsPerSync, Math.floor(RESPONSE_TARGET_BYTES / (bytes / cells))));
    pending = [];
    pendingCells = 0;
  };
  for (const { grid, sheet, rows, cols } of toRead) {
    const seen = new Set<string>();
    for (let top = 0; top < rows; ) {
      if (pendingCells >= budget) await flush();
      const count = Math.min(Math.max(1, Math.floor((budget - pendingCells) / cols)), rows - top);
      if (caps.mergedAreas) {
        for (const piece of mergePieces(grid.origin.row + top, grid.origin.col, count, cols)) {
          const merged = sheet.getRangeByIndexes(piece.row, piece.col, piece.rows, piece.cols).getMergedAreasOrNullObject().load("address");
          pending.push(() => {
            if (!merged.isNullObject) grid.merges.push(...parseAreas(merged.address).filter((m) => firstSeen(seen, m)));
            return { cells: 0, bytes: 0 };
          });
        }
      }
      const range = sheet.getRangeByIndexes(grid.origin.row + top, grid.origin.col, count, cols).load("values");
      pending.push(() => {
        let bytes = 0;
        for (const row of range.values) {
          bytes += rowBytes(row);
          grid.cells.push(row.map(fromOfficeValue));
        }
        return { cells: count * cols, bytes };
      });
      pendingCells += count * cols;
      top += count;
    }
  }
  await flush();
  return { grids, reportSheets, state, syncs };
}

/**
 * getMergedAreasOrNullObject fails when its range holds more than 512 merged areas (its doc comment in
 * @types/office-js). A merged area has at least two cells, so a piece of at most 1 024 cells can never hold more:
 * the merges are read in such pieces, queued with the values of the same rows (no sync of their own).
 */
export const MERGED_AREAS_CAP = 512;
const MERGE_PIECE_CELLS = 2 * MERGED_AREAS_CAP;

interface Piece {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Rows [row, row+rows) × columns [col, col+cols) cut into pieces of at most MERGE_PIECE_CELLS cells. */
export function mergePieces(row: number, col: number, rows: number, cols: number): Piece[] {
  const pieces: Piece[] = [];
  const width = Math.min(cols, MERGE_PIECE_CELLS);
  const height = Math.max(1, Math.floor(MERGE_PIECE_CELLS / width));
  for (let r = 0; r < rows; r += height) {
    for (let c = 0; c < cols; c += width) pieces.push({ row: row + r, col: col + c, rows: Math.min(height, rows - r), cols: Math.min(width, cols - c) });
  }
  return pieces;
}

/**
 * A merged area crossing a piece's edge is in both pieces. The documentation does not say whether it then comes
 * back whole or cut to the piece; it is assumed whole (as Range.mergeArea works in Excel), so it is kept once.
 */
function firstSeen(seen: Set<string>, area: CellRange): boolean {
  const key = `${area.top}:${area.left}:${area.bottom}:${area.right}`;
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
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
