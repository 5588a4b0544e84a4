/**
 * The Office.js reader: every sheet's used range as a SheetGrid (values; Excel hands dates over as serial numbers of
 * the workbook's date system, converted here to the engine's 1900 one), with its merged areas (see MergeReader).
 * Syncs: one for the sheets, markers and date system, one for the used ranges, then one per chunk of rows, each
 * response kept near 2 MB (Excel on the web refuses responses over 5 MB too): the first chunk is small, the next ones
 * sized by the bytes per cell seen so far; plus one when a merged area met the edge of the piece it was read in. The
 * add-in's own report sheets are not read at all: they are never input.
 */
import { cellAddress, columnIndex } from "../core/a1";
import type { CellRange, SheetGrid } from "../core/cell";
import { DATE_1904_OFFSET, isDateFormatCode } from "../core/dateSystem";
import type { Capabilities } from "./capabilities";
import { fromOfficeValue } from "./cellValues";
import { areasOf } from "./selection";
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
  /** What was read only in part, in Russian (a merged area too large to ask for whole). */
  notes: string[];
}

interface SheetToRead {
  grid: SheetGrid;
  sheet: Excel.Worksheet;
  rows: number;
  cols: number;
  merges: MergeReader;
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
    const bounds = {
      top: range.rowIndex,
      left: range.columnIndex,
      bottom: range.rowIndex + range.rowCount - 1,
      right: range.columnIndex + range.columnCount - 1,
    };
    toRead.push({ grid, sheet, rows: range.rowCount, cols: range.columnCount, merges: new MergeReader(sheet, bounds) });
  }

  // In a 1904 workbook the number formats come too: a number shown as a date is a 1904 serial (as the file door reads
  // <workbookPr date1904>); other numbers are numbers.
  const properties = state.date1904 ? "values,numberFormat" : "values";
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
    if (cells > 0)
      budget = Math.max(MIN_SYNC_CELLS, Math.min(maxCellsPerSync, Math.floor(RESPONSE_TARGET_BYTES / (bytes / cells))));
    pending = [];
    pendingCells = 0;
  };
  for (const { grid, sheet, rows, cols, merges } of toRead) {
    for (let top = 0; top < rows;) {
      if (pendingCells >= budget) await flush();
      const count = Math.min(Math.max(1, Math.floor((budget - pendingCells) / cols)), rows - top);
      if (caps.mergedAreas) {
        for (const piece of mergePieces(grid.origin.row + top, grid.origin.col, count, cols))
          pending.push(merges.queuePiece(piece));
      }
      const range = sheet.getRangeByIndexes(grid.origin.row + top, grid.origin.col, count, cols).load(properties);
      pending.push(() => {
        let bytes = 0;
        range.values.forEach((row, r) => {
          bytes += rowBytes(row);
          const formats = state.date1904 ? range.numberFormat[r] : undefined;
          if (formats) bytes += rowBytes(formats);
          grid.cells.push(
            row.map((value, c) =>
              fromOfficeValue(
                formats && typeof value === "number" && isDateFormatCode(String(formats[c]))
                  ? value + DATE_1904_OFFSET
                  : value,
              ),
            ),
          );
        });
        return { cells: count * cols, bytes };
      });
      pendingCells += count * cols;
      top += count;
    }
  }
  await flush();

  // The merged areas that met a piece's edge, asked for again whole: one more sync, only when there are any.
  const asked = toRead.map(({ merges }) => merges.queueWhole());
  if (asked.some((taken) => taken !== null)) await sync();
  const notes: string[] = [];
  toRead.forEach(({ grid, merges }, i) => {
    asked[i]?.();
    grid.merges = merges.areas();
    notes.push(...merges.notes(grid.name));
  });
  return { grids, reportSheets, state, syncs, notes };
}

/**
 * getMergedAreasOrNullObject «will fail» when its range holds more than 512 merged areas (its doc comment in
 * @types/office-js; https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)).
 * A piece of at most 512 cells meets at most 512 areas, however Excel counts them: the merges are read in such
 * pieces, queued with the values of the same rows (no sync of their own).
 */
export const MERGED_AREAS_CAP = 512;
const MERGE_PIECE_CELLS = MERGED_AREAS_CAP;

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
    for (let c = 0; c < cols; c += width)
      pieces.push({ row: row + r, col: col + c, rows: Math.min(height, rows - r), cols: Math.min(width, cols - c) });
  }
  return pieces;
}

/**
 * A sheet's merged areas, read whole although Excel returns an area only with the range holding its top-left cell,
 * cut to that range (office-js #3611, https://github.com/OfficeDev/office-js/issues/3611, open; #1590,
 * https://github.com/OfficeDev/office-js/issues/1590). Every area's top-left cell lies in some piece, so the pieces
 * give every area, those ending on a piece's bottom or right edge perhaps cut. Each of those is asked for again with
 * a range from its top-left cell to the used range's end in the direction it was cut — or as far as keeps the areas
 * that can meet that range (all known now) within the 512 cap. An area still cut there is kept as read and named in
 * a note. An area seen in several pieces (an Excel returning it whole from each) is kept once, whole.
 */
class MergeReader {
  /** Areas as the pieces returned them; `cut`: it ends on its piece's bottom or right edge inside the used range. */
  private seen: { area: CellRange; down: boolean; across: boolean }[] = [];
  private partly: CellRange[] = [];

  constructor(
    private sheet: Excel.Worksheet,
    private used: CellRange,
  ) {}

  queuePiece(piece: Piece): () => { cells: number; bytes: number } {
    const merged = this.sheet
      .getRangeByIndexes(piece.row, piece.col, piece.rows, piece.cols)
      .getMergedAreasOrNullObject()
      .load("address");
    const bottom = piece.row + piece.rows - 1;
    const right = piece.col + piece.cols - 1;
    return () => {
      if (merged.isNullObject) return { cells: 0, bytes: 0 };
      for (const area of parseAreas(merged.address)) {
        this.seen.push({
          area,
          down: area.bottom >= bottom && bottom < this.used.bottom,
          across: area.right >= right && right < this.used.right,
        });
      }
      return { cells: 0, bytes: 0 };
    };
  }

  /** Queues the ranges around the areas that may have been cut; null when none was. Call the result after the sync. */
  queueWhole(): (() => void) | null {
    const cut = this.seen.filter((s) => s.down || s.across);
    if (cut.length === 0) return null;
    const asks = cut.map((s) => {
      const range = this.rangeAround(s);
      const merged = this.sheet
        .getRangeByIndexes(range.top, range.left, range.bottom - range.top + 1, range.right - range.left + 1)
        .getMergedAreasOrNullObject()
        .load("address");
      return { s, range, merged };
    });
    return () => {
      for (const { s, range, merged } of asks) {
        const whole = merged.isNullObject
          ? undefined
          : parseAreas(merged.address).find((a) => a.top === s.area.top && a.left === s.area.left);
        if (!whole) continue;
        s.area = whole;
        const stillCut =
          (s.down && whole.bottom >= range.bottom && range.bottom < this.used.bottom) ||
          (s.across && whole.right >= range.right && range.right < this.used.right);
        if (stillCut) this.partly.push(whole);
      }
    };
  }

  /** The areas, each once: one held inside another (a piece of it) is dropped. */
  areas(): CellRange[] {
    const out: CellRange[] = [];
    const all = this.seen.map((s) => s.area).sort((a, b) => area(b) - area(a));
    for (const a of all) if (!out.some((o) => inside(a, o))) out.push(a);
    return out.sort((a, b) => a.top - b.top || a.left - b.left);
  }

  notes(sheetName: string): string[] {
    return this.partly.map(
      (a) =>
        `Лист «${sheetName}»: объединённая область с ячейки ${cellAddress(a.top, a.left)} прочитана до ${cellAddress(a.bottom, a.right)}: ` +
        `дальше Excel не отдаёт её за один запрос (не более ${MERGED_AREAS_CAP} объединённых областей) — если она длиннее, разъедините её или повторите значение в каждой строке.`,
    );
  }

  /**
   * From the area's top-left cell to the used range's end where it was cut, shrunk (halving what it adds) until the
   * areas that can meet it are at most the cap: those seen inside it, and those seen before it that were cut too.
   */
  private rangeAround(s: { area: CellRange; down: boolean; across: boolean }): CellRange {
    const { top, left } = s.area;
    // At least one row (column) past the part seen, so that an area ending there is seen to end.
    const least = {
      bottom: s.down ? s.area.bottom + 1 : s.area.bottom,
      right: s.across ? s.area.right + 1 : s.area.right,
    };
    let bottom = s.down ? this.used.bottom : s.area.bottom;
    let right = s.across ? this.used.right : s.area.right;
    while (
      this.meeting({ top, left, bottom, right }) > MERGED_AREAS_CAP &&
      (bottom > least.bottom || right > least.right)
    ) {
      bottom = least.bottom + Math.floor((bottom - least.bottom) / 2);
      right = least.right + Math.floor((right - least.right) / 2);
    }
    return { top, left, bottom, right };
  }

  /** At most how many areas meet `range`: every area's top-left was seen, so this counts them all. */
  private meeting(range: CellRange): number {
    return this.seen.filter(({ area: a, down, across }) => {
      const reach = { ...a, bottom: down ? this.used.bottom : a.bottom, right: across ? this.used.right : a.right };
      return (
        reach.top <= range.bottom && reach.bottom >= range.top && reach.left <= range.right && reach.right >= range.left
      );
    }).length;
  }
}

function area(r: CellRange): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

function inside(inner: CellRange, outer: CellRange): boolean {
  return (
    inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right
  );
}

/** «'Школы 2021'!A1:C1; 'Школы 2021'!D2:D3» → 0-based ranges (the areas found as selection.ts finds them, whatever separates them). */
export function parseAreas(address: string): CellRange[] {
  return areasOf(address).map((area) => {
    const m = /!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(area)!;
    const top = Number(m[2]) - 1;
    const left = columnIndex(m[1]);
    return { top, left, bottom: m[4] ? Number(m[4]) - 1 : top, right: m[3] ? columnIndex(m[3]) : left };
  });
}
