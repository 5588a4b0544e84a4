/**
 * A worksheet cell as both doors (Office.js and ExcelJS) hand it to the engine.
 * Dates are Excel serial day numbers (1900 date system): the readers convert, so a date
 * never depends on the machine's time zone. An empty cell is null.
 */
export type Cell = string | number | boolean | null;

/** A sheet's used range, row-major, starting at `origin` (0-based row/col of its top-left cell). */
export interface SheetGrid {
  name: string;
  /** The file the sheet was read from, when a run reads files (the command line); absent inside Excel. */
  file?: string;
  /** The file's own modified date (docProps/core.xml dcterms:modified, ISO), when the run read files and the file says it. */
  fileModified?: string;
  /** The sheet's name in its file, when the run renamed it («Лист [файл.xlsx]»: another file has a sheet of that name). */
  ownName?: string;
  cells: Cell[][];
  /** 0-based position of cells[0][0] on the sheet (the used range may not start at A1). */
  origin: { row: number; col: number };
  /** Merged areas in sheet coordinates (0-based, inclusive); their value sits in the top-left cell only. */
  merges: CellRange[];
}

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function isBlank(value: Cell | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** Text of a cell as a user would read it (numbers in plain form, booleans as ИСТИНА/ЛОЖЬ). */
export function cellText(value: Cell | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "ИСТИНА" : "ЛОЖЬ";
  return String(value).trim();
}

/**
 * Normalises text for matching: lower case, «ё»→«е», Latin lookalikes left as they are,
 * quotes and punctuation to spaces, runs of spaces collapsed. «Сроки  исполнения (план)» → «сроки исполнения план».
 */
export function normalizeText(text: string): string {
  // One pass for spaces and punctuation together (\s covers the no-break and thin spaces): matching runs over
  // tens of thousands of names per report run.
  return text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[\s«»"'„“”‘’`.,;:!?()[\]{}/\\|_*#]+/g, " ")
    .trim();
}
