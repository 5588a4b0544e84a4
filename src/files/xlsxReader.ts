/**
 * The parts of an .xlsx the engine needs, read straight from the zip (ECMA-376 Part 1, §18): the workbook's sheets
 * in order with their defined names, shared strings, which cell styles are dates, and each worksheet's values and
 * merged areas. It reads only that — no styles, drawings or formulas kept — so a 40 000-school workbook costs the
 * grids' memory, not a whole document model's. Values are what ExcelJS's full reader gave the command line before
 * (test/files/xlsxReader.test.ts holds it to that, file by file and cell by cell).
 */
import JSZip from "jszip";
import { columnIndex, parseRange } from "../core/a1";
import { dayFromFileDate } from "../core/calendar";
import type { Cell, CellRange } from "../core/cell";
import { DATE_1904_OFFSET, isDateFormatCode } from "../core/dateSystem";
import { XmlScanner } from "./xmlScanner";

export interface WorkbookSheet {
  name: string;
  /** Zip path of its worksheet part. */
  part: string;
}

export interface WorkbookParts {
  sheets: WorkbookSheet[];
  definedNames: { name: string; text: string }[];
  date1904: boolean;
  sharedStrings: string[];
  /** By cell style index (`<c s>`): the style's number format is a date. */
  dateStyles: boolean[];
}

export interface SheetCells {
  /** By 0-based row: that row's values by 0-based column, empty cells null or missing. */
  rows: Map<number, Cell[]>;
  merges: CellRange[];
}

const RELATIONSHIP_TYPE = /\/(officeDocument|worksheet|sharedStrings|styles)$/;

/** null: the workbook part is missing (not an .xlsx of a spreadsheet). Throws on a part that is not XML. */
export async function readWorkbookParts(zip: JSZip): Promise<WorkbookParts | null> {
  const workbookPart =
    (await relationships(zip, "_rels/.rels", "")).find((r) => r.type === "officeDocument")?.target ?? "xl/workbook.xml";
  const workbookXml = await partText(zip, workbookPart);
  if (workbookXml === null) return null;
  const folder = workbookPart.slice(0, workbookPart.lastIndexOf("/") + 1);
  const rels = await relationships(zip, `${folder}_rels/${workbookPart.slice(folder.length)}.rels`, folder);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const { sheetRefs, definedNames, date1904 } = scanWorkbook(workbookXml);
  // Chartsheets and dialog sheets have no cells: only worksheet parts are sheets here, as in ExcelJS.
  const sheets = sheetRefs.flatMap(({ name, rId }) => {
    const rel = byId.get(rId);
    return rel?.type === "worksheet" ? [{ name, part: rel.target }] : [];
  });
  const partOf = (type: string, usual: string): string =>
    rels.find((r) => r.type === type)?.target ?? `${folder}${usual}`;
  const stringsXml = await partText(zip, partOf("sharedStrings", "sharedStrings.xml"));
  const stylesXml = await partText(zip, partOf("styles", "styles.xml"));
  return {
    sheets,
    definedNames,
    date1904,
    sharedStrings: stringsXml === null ? [] : scanSharedStrings(stringsXml),
    dateStyles: stylesXml === null ? [] : scanDateStyles(stylesXml),
  };
}

/** A part's text; decoded with TextDecoder (in Node and in a browser worker alike), not JSZip's own slower decoder. */
export async function partText(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(path);
  return file === null ? null : UTF8.decode(await file.async("uint8array"));
}

const UTF8 = new TextDecoder("utf-8");

interface Relationship {
  id: string;
  type: string;
  target: string;
}

/** A part's relationships with their targets as zip paths (relative to `folder`, or from the root when «/…»). */
async function relationships(zip: JSZip, relsPath: string, folder: string): Promise<Relationship[]> {
  const xml = await partText(zip, relsPath);
  if (xml === null) return [];
  const found: Relationship[] = [];
  const scan = new XmlScanner(xml);
  while (scan.next()) {
    if (scan.closing || scan.name !== "Relationship" || scan.attribute("TargetMode") === "External") continue;
    const type = RELATIONSHIP_TYPE.exec(scan.attribute("Type") ?? "")?.[1] ?? "";
    const target = scan.attribute("Target") ?? "";
    found.push({ id: scan.attribute("Id") ?? "", type, target: resolvePath(folder, target) });
  }
  return found;
}

function resolvePath(folder: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : folder + target).split("/");
  const out: string[] = [];
  for (const part of parts) {
    if (part === "..") out.pop();
    else if (part !== "." && part !== "") out.push(part);
  }
  return out.join("/");
}

function scanWorkbook(xml: string): {
  sheetRefs: { name: string; rId: string }[];
  definedNames: WorkbookParts["definedNames"];
  date1904: boolean;
} {
  const sheetRefs: { name: string; rId: string }[] = [];
  const definedNames: WorkbookParts["definedNames"] = [];
  let date1904 = false;
  const scan = new XmlScanner(xml);
  while (scan.next()) {
    if (scan.closing) continue;
    if (scan.name === "sheet") sheetRefs.push({ name: scan.attribute("name") ?? "", rId: scan.attribute("id") ?? "" });
    else if (scan.name === "definedName") definedNames.push({ name: scan.attribute("name") ?? "", text: scan.text() });
    else if (scan.name === "workbookPr") date1904 = isTrue(scan.attribute("date1904"));
  }
  return { sheetRefs, definedNames, date1904 };
}

function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

/**
 * Each shared string's text (§18.4.8): its runs' texts joined, phonetic guides (<rPh>) left out. ExcelJS unescapes
 * `_xHHHH_` here (upper-case hex only), so the same is done to keep every cell as the command line read it.
 */
function scanSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  const scan = new XmlScanner(xml);
  let current = "";
  while (scan.next()) {
    if (scan.name === "si") {
      if (scan.closing || scan.selfClosing) strings.push(current);
      current = "";
    } else if (!scan.closing && scan.name === "rPh") {
      scan.skipElement();
    } else if (!scan.closing && scan.name === "t") {
      current += unescapeXString(scan.text());
    }
  }
  return strings;
}

const X_ESCAPE = /_x([0-9A-F]{4})_/g;

function unescapeXString(text: string): string {
  return text.indexOf("_x") < 0
    ? text
    : text.replace(X_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Built-in number formats that are dates, as ExcelJS knows them (§18.8.30 lists 14–22 and 45–47 among the
 * language-neutral ones; 27–36 and 50–58 are East Asian only and ExcelJS reads them as numbers, so do we).
 */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** By cell style index: whether its number format shows a date or time. */
function scanDateStyles(xml: string): boolean[] {
  const customDate = new Map<number, boolean>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  const scan = new XmlScanner(xml);
  while (scan.next()) {
    if (scan.name === "cellXfs") inCellXfs = !scan.closing && !scan.selfClosing;
    else if (scan.closing) continue;
    else if (scan.name === "numFmt")
      customDate.set(
        parseInt(scan.attribute("numFmtId") ?? "", 10),
        isDateFormatCode(scan.attribute("formatCode") ?? ""),
      );
    else if (scan.name === "xf" && inCellXfs) {
      const id = parseInt(scan.attribute("numFmtId") ?? "", 10);
      styles.push(customDate.get(id) ?? BUILT_IN_DATE_FORMATS.has(id));
    }
  }
  return styles;
}

const MS_PER_DAY = 24 * 3600 * 1000;
/** The 1900 system's serial of 1 Jan 1970. */
const UNIX_EPOCH_SERIAL = 25569;

/** A date cell's serial → its day as the engine counts days, the time of day dropped (as ExcelJS's Date, floored). */
function dayOfSerial(serial: number, date1904: boolean): Cell {
  const date = new Date(Math.round((serial - UNIX_EPOCH_SERIAL + (date1904 ? DATE_1904_OFFSET : 0)) * MS_PER_DAY));
  return Number.isNaN(date.getTime()) ? null : dayFromFileDate(date);
}

/**
 * A worksheet part's cell values and merged areas (§18.3.1). A formula gives its cached value (none: empty); a
 * number in a date style becomes its day; a cell or row without `r` follows the one before it, as Excel reads it.
 * Values under a merged area other than its top-left are dropped: Excel shows only that one.
 */
export function scanWorksheet(xml: string, parts: WorkbookParts): SheetCells {
  const rows = new Map<number, Cell[]>();
  const merges: CellRange[] = [];
  const scan = new XmlScanner(xml);
  let row = -1;
  let rowCells: Cell[] = [];
  let col = -1;
  while (scan.next()) {
    if (scan.closing) continue;
    const name = scan.name;
    if (name === "c") {
      // a cell without its reference (allowed by the schema) is the one after the previous
      const at = columnIndex(scan.attribute("r") ?? "");
      col = at < 0 ? col + 1 : at;
      const value = cellValue(scan, parts);
      if (value === null || value === "") continue;
      while (rowCells.length < col) rowCells.push(null);
      rowCells[col] = value;
    } else if (name === "row") {
      const r = scan.attribute("r");
      row = r === undefined ? row + 1 : parseInt(r, 10) - 1;
      // A row written twice: the later one stands, as in ExcelJS.
      rowCells = [];
      rows.set(row, rowCells);
      col = -1;
    } else if (name === "mergeCell") {
      const range = parseRange(scan.attribute("ref") ?? "");
      if (range !== null && (range.bottom > range.top || range.right > range.left)) merges.push(range);
    }
  }
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      const cells = rows.get(r);
      if (cells === undefined) continue;
      for (let c = m.left; c <= Math.min(m.right, cells.length - 1); c++) if (r > m.top || c > m.left) cells[c] = null;
    }
  }
  return { rows, merges };
}

/** The current <c>'s value; leaves the scanner at its end. */
function cellValue(scan: XmlScanner, parts: WorkbookParts): Cell {
  const type = scan.attribute("t");
  const style = parseInt(scan.attribute("s") ?? "", 10);
  if (scan.selfClosing) return null;
  let formula = false;
  let raw: string | null = null;
  let inline: string | null = null;
  let inRun = false;
  while (scan.next()) {
    const name = scan.name;
    if (scan.closing) {
      if (name === "c") break;
      if (name === "r") inRun = false;
      continue;
    }
    if (name === "f") {
      // A shared formula's later cells have an empty <f t="shared" si="…"/>: still a formula.
      formula = scan.attribute("t") !== undefined || scan.text() !== "" || formula;
    } else if (name === "v") {
      raw = (raw ?? "") + scan.text();
    } else if (name === "r") {
      inRun = true;
    } else if (name === "rPh") {
      scan.skipElement();
    } else if (name === "t") {
      // ExcelJS unescapes `_xHHHH_` in rich-text runs of an inline string but not in its plain text.
      const text = scan.text();
      inline = (inline ?? "") + (inRun ? unescapeXString(text) : text);
    }
  }
  // Style 0 is never taken for a date (ExcelJS does not look it up).
  const isDate = style > 0 && parts.dateStyles[style] === true;
  if (formula) return raw === null || raw === "" ? null : typedValue(type, raw, isDate, parts);
  if (type === "inlineStr") return inline ?? raw;
  if (raw === null) return null;
  if (type === "s") return parts.sharedStrings[parseInt(raw, 10)] ?? null;
  return typedValue(type, raw, isDate, parts);
}

function typedValue(type: string | undefined, raw: string, isDate: boolean, parts: WorkbookParts): Cell {
  if (type === "str") return raw;
  if (type === "b") return parseInt(raw, 10) !== 0;
  if (type === "e") return raw;
  const value = parseFloat(raw);
  if (!Number.isFinite(value)) return null;
  return isDate ? dayOfSerial(value, parts.date1904) : value;
}
