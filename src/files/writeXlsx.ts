/**
 * The file door, writing side (the command line and the report page alike): report layouts
 * (src/reports/layout/) into a NEW .xlsx — values, number formats, widths, row heights, merges, borders, fills,
 * fonts, frozen header, print setup (page, margins, print area, repeated header, footer, page breaks), the report
 * marker names and, when given, the hidden settings sheet. It places nothing itself. ExcelJS writes no charts: once
 * it has committed, xlsxPackage.ts adds them (and the application's name) to the package.
 * Both doors write the same way: ExcelJS's streaming writer, each row committed (serialised, then dropped) as soon
 * as it is filled, so 40 000 schools never sit in memory as ExcelJS cells; only the compressed package is kept.
 */
import ExcelJS from "exceljs";
import { type Day, fileDateOfDay } from "../core/calendar";
import type { Cell, CellRange } from "../core/cell";
import { cellAddress, columnLetters } from "../core/a1";
import { SETTINGS_SHEET_NAME } from "../core/settingsSheet";
import { CELL_MAX_CHARS } from "../reports/cellList";
import { type FormSheetLayout, NUMBER_FORMATS, type SheetLayout, type StyledArea } from "../reports/layout";
import type { OutValue } from "../reports/model";
import { DEFAULT_FONT_SIZE } from "../reports/textMeasure";
import { markerReference, reportMarkerNames, reportSheetName } from "../reports/sheetNames";
import type { ChartedSheet } from "./xlsxCharts";
import { APPLICATION_NAME, finishPackage } from "./xlsxPackage";

/** ExcelJS's streaming writer: rows are serialised and dropped as they are committed, in both doors. */
type WorkbookWriter = InstanceType<typeof ExcelJS.stream.xlsx.WorkbookWriter>;
export interface WriteOptions {
  /** The hidden settings sheet's rows; without them the file has no settings sheet. */
  settingsRows?: Cell[][];
  /** The file's title (docProps/core.xml dc:title). */
  title?: string;
}

/** Adds the report sheets (and the settings sheet, when given) and returns the sheet names actually used. */
function fillWorkbook(
  workbook: WorkbookWriter,
  layouts: SheetLayout[],
  { settingsRows, title }: WriteOptions,
): string[] {
  workbook.creator = APPLICATION_NAME;
  workbook.lastModifiedBy = APPLICATION_NAME;
  if (title !== undefined) workbook.title = title;
  const names: string[] = [];
  const markers = reportMarkerNames(layouts.map((l) => l.reportId));
  layouts.forEach((layout, i) => {
    const name = reportSheetName(layout.sheetName, names);
    names.push(name);
    writeSheet(workbook, name, layout);
    workbook.definedNames.add(markerReference(name), markers[i]);
  });
  if (settingsRows) {
    const sheet = workbook.addWorksheet(SETTINGS_SHEET_NAME, { state: "hidden" });
    settingsRows.forEach((row) => sheet.addRow(row).commit());
    sheet.commit();
  }
  return names;
}

/**
 * The report workbook as bytes, with its charts: the command line writes them to its file, the page hands them to
 * the download. The writer zips into memory (a StreamBuf of its own; in the page through archiverOnJszip.js).
 */
export async function reportWorkbookBytes(
  layouts: SheetLayout[],
  options: WriteOptions = {},
): Promise<{ bytes: Uint8Array; names: string[] }> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ useStyles: true, useSharedStrings: true });
  const names = fillWorkbook(workbook, layouts, options);
  await workbook.commit();
  const written = (workbook as unknown as { stream: { read(): Uint8Array } }).stream.read();
  return { bytes: await finishPackage(written, chartedSheets(layouts, names)), names };
}

/**
 * What a form's user may fill in (SPEC §10): these ranges are unlocked on a sheet protected without a password,
 * each with its validation. Only what ECMA-376 gives and LibreOffice keeps on saving (test/files/formsLibreOffice):
 * an inline list, a date between two days, a decimal number.
 */
export interface SheetEntry {
  unlocked: CellRange[];
  validations: { range: CellRange; rule: EntryRule; message: string }[];
}

export type EntryRule =
  { kind: "list"; values: readonly string[] } | { kind: "date"; from: Day; to: Day } | { kind: "number" };

export interface FormWorkbook {
  sheets: { layout: FormSheetLayout; entry: SheetEntry }[];
  /** The form's identity: a hidden, protected sheet of text (core/forms/identity.ts). */
  identity: { name: string; rows: Cell[][] };
  title: string;
}

/** A municipality's form as bytes: its sheets protected, without report markers (a form is not a report). */
export async function formWorkbookBytes(form: FormWorkbook): Promise<Uint8Array> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ useStyles: true, useSharedStrings: true });
  workbook.creator = APPLICATION_NAME;
  workbook.lastModifiedBy = APPLICATION_NAME;
  workbook.title = form.title;
  for (const { layout, entry } of form.sheets) writeSheet(workbook, layout.sheetName, layout, entry);
  const identity = workbook.addWorksheet(form.identity.name, { state: "hidden" });
  form.identity.rows.forEach((row) => identity.addRow(row).commit());
  protect(identity);
  identity.commit();
  await workbook.commit();
  const written = (workbook as unknown as { stream: { read(): Uint8Array } }).stream.read();
  return finishPackage(written, []);
}

/**
 * Sheet protection without a password: the locked cells cannot be changed by mistake, the user may still widen rows
 * and columns. ExcelJS's protect() sets the protection synchronously (its promise only wraps the hashing of a
 * password, and there is none).
 */
function protect(sheet: ExcelJS.Worksheet): void {
  void sheet.protect("", { formatColumns: true, formatRows: true, selectLockedCells: true, selectUnlockedCells: true });
}

const ENTRY_ERROR_TITLE = "Недопустимое значение";

function validationOf({ rule, message }: SheetEntry["validations"][number]): ExcelJS.DataValidation {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "stop" as const,
    errorTitle: ENTRY_ERROR_TITLE,
    error: message,
    showInputMessage: true,
    prompt: message,
  };
  switch (rule.kind) {
    case "list":
      return { ...common, type: "list", formulae: [`"${rule.values.join(",")}"`] };
    case "date":
      return {
        ...common,
        type: "date",
        operator: "between",
        formulae: [fileDateOfDay(rule.from), fileDateOfDay(rule.to)],
      };
    case "number":
      return { ...common, type: "decimal", operator: "between", formulae: [-1e9, 1e9] };
  }
}

function chartedSheets(layouts: SheetLayout[], names: string[]): ChartedSheet[] {
  return layouts.flatMap((layout, i) =>
    layout.chart ? [{ sheetName: names[i], layout: { ...layout, chart: layout.chart } }] : [],
  );
}

interface PlacedValue {
  col: number;
  /** Dates go to the file as the Date of their day. */
  value: OutValue | Date;
  numFmt?: string;
}

/** A report's or a form's sheet: written alike. */
type AnyLayout = SheetLayout | FormSheetLayout;

function writeSheet(workbook: WorkbookWriter, name: string, layout: AnyLayout, entry?: SheetEntry): void {
  const { page, printArea } = layout;
  const sheet = workbook.addWorksheet(name, {
    views: layout.freezeRows > 0 ? [{ state: "frozen", ySplit: layout.freezeRows, xSplit: 0 }] : [],
    pageSetup: {
      paperSize: 9, // A4
      orientation: page.orientation,
      // one page wide (sheetPr fitToPage), or across pages at a fixed scale (fitToPage off: the scale holds)
      ...("scale" in page
        ? { fitToPage: false, scale: page.scale }
        : { fitToPage: true, fitToWidth: page.fitToWidth, fitToHeight: page.fitToHeight }),
      margins: { ...page.margins },
      printArea: `${cellAddress(printArea.top, printArea.left)}:${cellAddress(printArea.bottom, printArea.right)}`,
      // ExcelJS writes both into the sheet's one _xlnm.Print_Titles name, columns first («'Лист'!$A:$B,'Лист'!$5:$5»,
      // as Excel writes it); LibreOffice repeats both (test/print/roundAcrossPages.test.ts)
      printTitlesRow: `${layout.printTitleRow + 1}:${layout.printTitleRow + 1}`,
      ...(layout.printTitleColumns ? { printTitlesColumn: `A:${columnLetters(layout.printTitleColumns - 1)}` } : {}),
    },
    headerFooter: { oddFooter: `&C${page.footer}` },
  });
  layout.columnWidths.forEach((width, i) => {
    if (width > 0) sheet.getColumn(i + 1).width = width;
  });
  const styles = new StyleSweep(layout.styles);
  const framed = new StyleSweep(layout.borders.map((range) => ({ range })));
  const cellStyles = new CellStyles(layout.styles);
  const breaks = new Set(layout.pageBreaks);
  const merges = mergesByRow(layout);
  for (let r = 0; r < layout.size.rows; r++) {
    const values = valuesOfRow(layout, r);
    const areas = styles.at(r);
    const frames = framed.at(r);
    const row = sheet.getRow(r + 1);
    // Every row gets its height: LibreOffice, Р7-Офис and МойОфис do not grow a row for its wrapped text.
    row.height = layout.rowHeights[r];
    const numFmts = new Map<number, string | undefined>();
    for (const { col, value, numFmt } of values) {
      row.getCell(col + 1).value = value;
      numFmts.set(col, numFmt);
    }
    const styled = new Set(numFmts.keys());
    for (const area of [...areas, ...frames]) for (let c = area.range.left; c <= area.range.right; c++) styled.add(c);
    // every written cell, plain ones too: ExcelJS would otherwise serialise each cell's own empty style
    for (const c of styled) {
      const covering = areas.filter((a) => a.range.left <= c && c <= a.range.right);
      const inFrame = frames.some((a) => a.range.left <= c && c <= a.range.right);
      const unlocked = entry?.unlocked.some((u) => within(u, r, c)) ?? false;
      // a date to be typed into an empty cell shows as a date in every suite, not as its serial number
      const toType = entry?.validations.some((v) => v.rule.kind === "date" && within(v.range, r, c))
        ? NUMBER_FORMATS.date
        : undefined;
      row.getCell(c + 1).style = cellStyles.of(numFmts.get(c) ?? toType, covering, inFrame, unlocked);
    }
    for (const { left, right } of merges.get(r) ?? []) mergeInRow(sheet, row, left, right);
    // ExcelJS's break goes after the row it is added to.
    if (breaks.has(r + 1)) row.addPageBreak();
    row.commit();
  }
  if (entry) {
    // the streaming writer has them (WorksheetWriter.dataValidations), its typings do not
    const { dataValidations } = sheet as unknown as {
      dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
    };
    for (const v of entry.validations) dataValidations.add(rangeAddress(v.range), validationOf(v));
    protect(sheet);
  }
  sheet.commit();
}

function within(range: CellRange, row: number, col: number): boolean {
  return range.top <= row && row <= range.bottom && range.left <= col && col <= range.right;
}

function rangeAddress(range: CellRange): string {
  return `${cellAddress(range.top, range.left)}:${cellAddress(range.bottom, range.right)}`;
}

/** The layout's merged areas as one-row pieces (all of them are one row high or merged across), by row. */
function mergesByRow(layout: AnyLayout): Map<number, { left: number; right: number }[]> {
  const byRow = new Map<number, { left: number; right: number }[]>();
  for (const { range, across } of layout.merges) {
    if (!across && range.bottom > range.top)
      throw new RangeError("writeXlsx: объединение нескольких строк не поддерживается");
    const piece = { left: range.left, right: range.right };
    for (let r = range.top; r <= range.bottom; r++) {
      const pieces = byRow.get(r);
      if (pieces) pieces.push(piece);
      else byRow.set(r, [piece]);
    }
  }
  return byRow;
}

/**
 * Merges cells of one row before it is committed. The streaming WorksheetWriter keeps its merges as a list of ranges:
 * the cells are merged and the range listed as its mergeCells does, without its check of each new merge against
 * every earlier one (quadratic: hours for the lists below a table of 40 000 schools, each row merged across; the
 * layout's merges never overlap).
 */
function mergeInRow(sheet: ExcelJS.Worksheet, row: ExcelJS.Row, left: number, right: number): void {
  const master = row.getCell(left + 1);
  for (let c = left + 1; c <= right; c++) row.getCell(c + 1).merge(master);
  (sheet as unknown as { _merges: string[] })._merges.push(
    `${cellAddress(row.number - 1, left)}:${cellAddress(row.number - 1, right)}`,
  );
}

/**
 * One style object per distinct look (number format + the styled areas over the cell, in order), shared by all
 * its cells: ExcelJS files a style object it has seen by identity, instead of serialising every cell's style to
 * find its index (most of the writing time at 40 000 rows). Shared objects are never changed after creation.
 */
class CellStyles {
  private readonly orderOf: Map<StyledArea, number>;
  private readonly looks = new Map<string, Partial<ExcelJS.Style>>();

  constructor(areas: StyledArea[]) {
    this.orderOf = new Map(areas.map((area, i) => [area, i]));
  }

  /** `areas` in layout order: a later area wins; `framed`: a table cell, with thin borders all round; `unlocked`: a form's cell to fill in. */
  of(numFmt: string | undefined, areas: StyledArea[], framed: boolean, unlocked = false): Partial<ExcelJS.Style> {
    const key = `${numFmt ?? ""}|${areas.map((a) => this.orderOf.get(a)).join(",")}|${framed ? "b" : ""}|${unlocked ? "u" : ""}`;
    let style = this.looks.get(key);
    if (!style) {
      style = numFmt ? { numFmt } : {};
      for (const area of areas) applyStyle(style, area);
      if (framed) style.border = THIN_BORDER;
      if (unlocked) style.protection = { locked: false };
      this.looks.set(key, style);
    }
    return style;
  }
}

/**
 * Excel holds at most 32 767 characters in a cell («Excel specifications and limits») and repairs a file with more:
 * a longer text is a builder's mistake (lists are clipped in src/reports/cellList.ts), refused rather than written.
 */
function refuseOverlong(layout: AnyLayout, r: number, { col, value }: PlacedValue): void {
  if (typeof value === "string" && value.length > CELL_MAX_CHARS) {
    throw new Error(
      `Лист «${layout.sheetName}», ячейка ${cellAddress(r, col)}: ${value.length} символов, больше предела Excel (${CELL_MAX_CHARS}).`,
    );
  }
}

/** What row r holds: title, a note, a caption, a header or a data row of each block crossing it. */
function valuesOfRow(layout: AnyLayout, r: number): PlacedValue[] {
  const out: PlacedValue[] = [];
  if (r === layout.title.row) out.push({ col: layout.title.col, value: layout.title.text });
  const note = layout.notes[r - 1];
  if (note && note.row === r) out.push({ col: note.col, value: note.text });
  for (const block of layout.blocks) {
    if (block.caption?.row === r) out.push({ col: block.caption.col, value: block.caption.text });
    if (block.headerRow === r)
      block.headers.forEach((header, i) => out.push({ col: block.spans[i].left, value: header }));
    if (r < block.firstDataRow || r > block.lastRow) continue;
    block.rows[r - block.firstDataRow].forEach((value, i) => {
      if (value === null) return;
      const format = block.numberFormats[i];
      const isDate = format === NUMBER_FORMATS.date && typeof value === "number";
      out.push({
        col: block.spans[i].left,
        value: isDate ? fileDateOfDay(value) : value,
        numFmt: format === NUMBER_FORMATS.general ? undefined : format,
      });
    });
  }
  for (const placed of out) refuseOverlong(layout, r, placed);
  return out;
}

/** The styled areas crossing each row, in layout order (later wins), found in one pass down the sheet. */
class StyleSweep<Area extends { range: CellRange }> {
  private readonly byTop: { area: Area; order: number }[];
  private next = 0;
  private active: { area: Area; order: number }[] = [];

  constructor(areas: Area[]) {
    this.byTop = areas
      .map((area, order) => ({ area, order }))
      .sort((a, b) => a.area.range.top - b.area.range.top || a.order - b.order);
  }

  /** Rows must be asked for in increasing order. */
  at(row: number): Area[] {
    while (this.next < this.byTop.length && this.byTop[this.next].area.range.top <= row)
      this.active.push(this.byTop[this.next++]);
    this.active = this.active.filter((a) => a.area.range.bottom >= row);
    return [...this.active].sort((a, b) => a.order - b.order).map((a) => a.area);
  }
}

function applyStyle(style: Partial<ExcelJS.Style>, area: StyledArea): void {
  if (area.fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(area.fill) } };
  if (area.bold !== undefined || area.fontColor || area.fontSize) {
    // A font in the file names its face and size: without them LibreOffice falls back to its own default face.
    style.font = {
      name: DEFAULT_FONT.name,
      size: DEFAULT_FONT.size,
      ...style.font,
      ...(area.bold !== undefined ? { bold: area.bold } : {}),
      ...(area.fontColor ? { color: { argb: argb(area.fontColor) } } : {}),
      ...(area.fontSize ? { size: area.fontSize } : {}),
    };
  }
  if (area.wrap) style.alignment = { ...style.alignment, wrapText: true, vertical: "top" };
  if (area.center) style.alignment = { ...style.alignment, horizontal: "center" };
}

const DEFAULT_FONT = { name: "Calibri", size: DEFAULT_FONT_SIZE };
const THIN: Partial<ExcelJS.Border> = { style: "thin" };
const THIN_BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** «#F4CCCC» → «FFF4CCCC». */
function argb(color: string): string {
  return `FF${color.replace(/^#/, "").toUpperCase()}`;
}
