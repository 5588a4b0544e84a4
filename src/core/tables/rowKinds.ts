/**
 * What a row inside a table is: data, or one of the rows real workbooks put between data rows — blank rows,
 * header rows repeated after a page break, a row of column numbers («1 2 3 4 5»), a section heading
 * («2. Действия, направленные на …»), a closing «Итого»/«Всего» row.
 */
import type { Cell } from "../cell";
import type { SheetView } from "./sheetView";
import type { ColumnMeaning } from "./types";

export type RowKind = "blank" | "repeatedHeader" | "columnNumbers" | "separator" | "total" | "section" | "data";

export interface TableShape {
  left: number;
  right: number;
  /** Trimmed header texts by local column, per header row. */
  headerTexts: Map<number, string>[];
  /** Local column of each meaning found. */
  columnOf: Map<ColumnMeaning, number>;
  /** The column that must be filled in a data row (school name, measure). */
  keyCol: number;
  /** A plan's lone measure text is a continuation of an item cut by a page break; elsewhere a lone text is a heading. */
  loneKeyTextIsData: boolean;
  /** Local rows under the top of a vertical merge (a municipality written once for its schools): never headings. */
  mergedDownRows: Set<number>;
}

/** Share of a header's cells a row must repeat to be a repeated header (OCR'd copies differ a little: «№ шп»). */
const REPEAT_SHARE = 0.6;

function sameText(value: Cell, want: string): boolean {
  if (typeof value === "string") return value === want || value.trim() === want;
  return typeof value === "number" && String(value) === want;
}

function repeatsHeader(view: SheetView, r: number, shape: TableShape): boolean {
  return shape.headerTexts.some((texts) => {
    if (texts.size < 2) return false;
    const needed = Math.max(2, Math.ceil(REPEAT_SHARE * texts.size));
    let misses = texts.size - needed;
    for (const [c, want] of texts) {
      if (!sameText(view.cell(r, c), want) && --misses < 0) return false;
    }
    return true;
  });
}

/** A whole number written in a cell: 3, «3», «3.». */
function wholeNumber(value: Cell): number | null {
  if (typeof value === "number") return Number.isInteger(value) ? value : null;
  const m = typeof value === "string" ? /^\s*(\d{1,3})\.?\s*$/.exec(value) : null;
  return m ? Number(m[1]) : null;
}

/**
 * The row numbering the header's columns («1 | 2 | 3 | 4 | 5»): consecutive integers across at least three columns
 * and most of the header's, starting at any number (a table cut from a wider one starts at «3»).
 */
function isColumnNumbers(view: SheetView, r: number, filled: number[], shape: TableShape): boolean {
  if (filled.length < 3) return false;
  const first = wholeNumber(view.cell(r, filled[0]));
  if (first === null) return false;
  const consecutive = filled.every((c, i) => wholeNumber(view.cell(r, c)) === first + i);
  const headerColumns = Math.max(...shape.headerTexts.map((t) => t.size));
  return consecutive && filled.length >= Math.ceil(REPEAT_SHARE * headerColumns);
}

/** Dashes, underscores or asterisks only («-----», «____»): a line drawn under the table, not an item. */
function isSeparator(view: SheetView, r: number, filled: number[]): boolean {
  return filled.every((c) => /^[\s\-–—_*=]+$/.test(view.text(r, c)));
}

const TOTAL = /^\s*(итого|всего)(?!\p{L})/iu;
/** «2.», «3», «II.»: the number of a section in the item-number column. */
const SECTION_NUMBER = /^(\d{1,2}|[IVX]{1,4})\.?$/i;
/** A heading written as «2. Действия …», «Раздел 2 …», «II. Кадры …». */
const NUMBERED_HEADING = /^(\d{1,2}\.|[IVX]{1,4}\.|раздел\s)\s*\S/i;

function isSection(view: SheetView, r: number, shape: TableShape, filled: number[]): boolean {
  if (shape.mergedDownRows.has(r)) return false;
  const texts = filled.map((c) => view.text(r, c));
  if (filled.length === 1) {
    const [c] = filled;
    if (typeof view.cell(r, c) !== "string" || /^[\d.,\s%-]+$/.test(texts[0])) return false;
    const merged = (view.mergeAt(r, c)?.right ?? c) > c;
    // A plan's headings stand at its left; a lone text right of the measure (an indicator cut by a page break,
    // Omsk's «снижения рисков низкой мотивации …») continues the item above.
    if (shape.loneKeyTextIsData && c > shape.keyCol && !merged) return false;
    return c !== shape.keyCol || !shape.loneKeyTextIsData || merged || NUMBERED_HEADING.test(texts[0]);
  }
  if (filled.length === 2) {
    const numberCol = shape.columnOf.get("itemNumber");
    return (
      filled[0] === numberCol &&
      /\.$|^[IVX]+$/i.test(texts[0]) &&
      SECTION_NUMBER.test(texts[0]) &&
      /\p{L}{3}/u.test(texts[1])
    );
  }
  return false;
}

/** «Итого»/«Всего» in the first cells of a row without an item number («5 | Всего проведено …» is an item). */
function isTotal(view: SheetView, r: number, shape: TableShape, filled: number[]): boolean {
  const numberCol = shape.columnOf.get("itemNumber");
  return filled.slice(0, 2).some((c) => {
    const value = view.cell(r, c);
    return (
      typeof value === "string" &&
      TOTAL.test(value) &&
      (numberCol === undefined || c === numberCol || view.blank(r, numberCol))
    );
  });
}

export function classifyRow(view: SheetView, r: number, shape: TableShape): RowKind {
  const filled = view.filledColumns(r, shape.left, shape.right);
  if (filled.length === 0) return "blank";
  if (repeatsHeader(view, r, shape)) return "repeatedHeader";
  if (isColumnNumbers(view, r, filled, shape)) return "columnNumbers";
  if (isSeparator(view, r, filled)) return "separator";
  if (isTotal(view, r, shape, filled)) return "total";
  if (isSection(view, r, shape, filled)) return "section";
  return "data";
}

/** The heading's text as the user reads it: «3. Действия, направленные на …». */
export function sectionText(view: SheetView, r: number, shape: TableShape): string {
  return view
    .filledColumns(r, shape.left, shape.right)
    .map((c) => view.text(r, c))
    .join(" ");
}
