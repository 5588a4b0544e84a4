/**
 * The file door, reading side (the command line and the report page): every sheet of an .xlsx, given as bytes,
 * as the SheetGrid the add-in's Office.js reader gives for the same workbook (used range, values, merged areas),
 * plus which sheets are the add-in's own reports (marked by a workbook defined name, see src/reports/sheetNames.ts).
 */
import JSZip from "jszip";
import type { Cell, CellRange, SheetGrid } from "../core/cell";
import { reportIdOfMarkerName, sheetOfMarkerReference } from "../reports/sheetNames";
import { InputFileError } from "./inputFileError";
import { partText, readWorkbookParts, scanWorksheet, type SheetCells, type WorkbookParts } from "./xlsxReader";

export interface XlsxContent {
  grids: SheetGrid[];
  /** Names of the sheets that are the add-in's own reports: not in `grids`, never read as input. */
  reportSheets: Set<string>;
  /** When the file was last saved, as the file says (docProps/core.xml dcterms:modified, ISO 8601); absent when it does not. */
  modified?: string;
}

/** `fileName` names the file in messages. */
export async function readXlsx(bytes: Uint8Array, fileName: string): Promise<XlsxContent> {
  // The zip reader's own words are English («Corrupted zip: can't find end of central directory»), and a damaged
  // part inside a sound zip is the same trouble to the user: either way they get what to do.
  const damaged = (): InputFileError =>
    new InputFileError(
      `файл «${fileName}» повреждён или записан не полностью: это не целая книга Excel (.xlsx). Откройте его в Excel — если Excel предложит восстановить книгу, сохраните восстановленную копию и укажите её; иначе возьмите файл заново у отправителя.`,
    );
  let zip: JSZip;
  let parts: WorkbookParts | null;
  try {
    zip = await JSZip.loadAsync(bytes);
    parts = await readWorkbookParts(zip);
  } catch {
    throw damaged();
  }
  if (parts === null) throw damaged();
  // As the Office.js reader does: the add-in's own report sheets are not read at all, they are never input.
  const reportSheets = markedReportSheets(parts);
  const grids: SheetGrid[] = [];
  for (const sheet of parts.sheets) {
    if (reportSheets.has(sheet.name)) continue;
    let cells: SheetCells;
    try {
      const xml = await partText(zip, sheet.part);
      if (xml === null) throw new Error(`no part ${sheet.part}`);
      cells = scanWorksheet(xml, parts);
    } catch {
      throw damaged();
    }
    grids.push(toGrid(sheet.name, cells));
  }
  const modified = await modifiedOf(zip);
  return modified === undefined ? { grids, reportSheets } : { grids, reportSheets, modified };
}

/**
 * The file's own «last saved» date: of two forms returned by one municipality the later saved counts (SPEC §10).
 * ECMA-376 Part 2 (Open Packaging Conventions) §11: dcterms:modified in the core properties part; Excel, LibreOffice
 * and ExcelJS write it as W3CDTF («2021-10-04T09:15:00Z»).
 */
async function modifiedOf(zip: JSZip): Promise<string | undefined> {
  const xml = await zip.file("docProps/core.xml")?.async("string");
  return xml === undefined ? undefined : /<dcterms:modified[^>]*>\s*([^<\s]+)\s*</.exec(xml)?.[1];
}

/** The sheet's used range: the smallest rectangle holding every filled cell and every merged area. */
function toGrid(name: string, { rows, merges }: SheetCells): SheetGrid {
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
  for (const [r, values] of rows) {
    const first = values.findIndex((v) => v !== null);
    if (first < 0) continue;
    let last = values.length - 1;
    while (values[last] === null) last--;
    extend(r, first, r, last);
  }
  for (const m of merges) extend(m.top, m.left, m.bottom, m.right);
  if (bottom < 0) return { name, cells: [], origin: { row: 0, col: 0 }, merges: [] };
  const width = right - left + 1;
  const cells: Cell[][] = [];
  for (let r = top; r <= bottom; r++) {
    const values = rows.get(r) ?? [];
    const line = new Array<Cell>(width).fill(null);
    for (let c = Math.max(left, 0); c < Math.min(values.length, right + 1); c++)
      if (values[c] !== undefined) line[c - left] = values[c];
    cells.push(line);
  }
  return { name, cells, origin: { row: top, col: left }, merges: sortedMerges(merges) };
}

/** Merged areas top to bottom, left to right: the order the sheet's cells are met in. */
function sortedMerges(merges: CellRange[]): CellRange[] {
  return [...merges].sort((a, b) => a.top - b.top || a.left - b.left);
}

function markedReportSheets(parts: WorkbookParts): Set<string> {
  const sheets = new Set<string>();
  for (const { name, text } of parts.definedNames) {
    if (reportIdOfMarkerName(name) === null) continue;
    for (const range of referencesOf(text)) {
      const sheet = sheetOfMarkerReference(range);
      if (sheet !== null) sheets.add(sheet);
    }
  }
  return sheets;
}

/** A defined name's text split at its commas, those inside a quoted sheet name kept: «'А, Б'!$A$1,Лист2!$A$1». */
function referencesOf(text: string): string[] {
  const found: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "'") quoted = !quoted;
    else if (text[i] === "," && !quoted) {
      found.push(text.slice(start, i));
      start = i + 1;
    }
  }
  found.push(text.slice(start));
  return found.filter((r) => r !== "");
}
