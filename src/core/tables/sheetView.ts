/** Read access to a SheetGrid in its own 0-based indices, with sheet coordinates and merges at hand. */
import { type Cell, type CellRange, cellText, isBlank, type SheetGrid } from "../cell";

export class SheetView {
  readonly name: string;
  readonly height: number;
  readonly width: number;
  private readonly mergeAtTopLeft = new Map<number, CellRange>();

  constructor(readonly grid: SheetGrid) {
    this.name = grid.name;
    this.height = grid.cells.length;
    this.width = grid.cells.reduce((w, row) => Math.max(w, row.length), 0);
    for (const m of grid.merges)
      this.mergeAtTopLeft.set(this.key(m.top - grid.origin.row, m.left - grid.origin.col), m);
  }

  private key(r: number, c: number): number {
    return r * (this.width + 1) + c;
  }

  cell(r: number, c: number): Cell {
    return this.grid.cells[r]?.[c] ?? null;
  }

  text(r: number, c: number): string {
    return cellText(this.cell(r, c));
  }

  blank(r: number, c: number): boolean {
    return isBlank(this.cell(r, c));
  }

  /** The merged area whose top-left cell this is, in local indices. */
  mergeAt(r: number, c: number): CellRange | undefined {
    const m = this.mergeAtTopLeft.get(this.key(r, c));
    if (!m) return undefined;
    const { row, col } = this.grid.origin;
    return { top: m.top - row, left: m.left - col, bottom: m.bottom - row, right: m.right - col };
  }

  sheetRow(r: number): number {
    return this.grid.origin.row + r;
  }

  sheetCol(c: number): number {
    return this.grid.origin.col + c;
  }

  /** Local columns of the filled cells of a row between two columns (inclusive). */
  filledColumns(r: number, left = 0, right = this.width - 1): number[] {
    const row = this.grid.cells[r] ?? [];
    const out: number[] = [];
    for (let c = left; c <= Math.min(right, row.length - 1); c++) if (!isBlank(row[c])) out.push(c);
    return out;
  }
}
