/**
 * The command line's file door, writing side: report layouts (src/reports/layout.ts) into a NEW .xlsx —
 * values, number formats, widths, fills, fonts, frozen header, print setup, the report marker names and,
 * when given, the hidden settings sheet. It places nothing itself. ExcelJS writes no charts: once it has
 * committed, xlsxPackage.ts adds them (and the application's name) to the package it wrote.
 * Rows are streamed to the file one by one (ExcelJS's streaming writer), so 40 000 schools do not sit in
 * memory twice; the file appears at once, complete: written beside the target under a temporary name, then
 * renamed over it. Before the rename the written package is read back once, finished in memory (charts, application
 * name: only the sheets with a chart are rewritten, the other parts keep their compressed bytes) and written again
 * under the same temporary name. Interrupted by Ctrl+C (or SIGTERM) the temporary file is removed before the process
 * ends; only a hard kill can leave it, under its hidden .tmp name, never under the target's.
 */
import { createWriteStream, openSync, promises as fs, rmSync } from "fs";
import { basename, dirname, join } from "path";
import ExcelJS from "exceljs";
import { fileDateOfDay } from "../core/calendar";
import type { Cell } from "../core/cell";
import { cellAddress } from "../core/problems";
import { SETTINGS_SHEET_NAME } from "../core/settingsSheet";
import { CELL_MAX_CHARS } from "../reports/cellList";
import { NUMBER_FORMATS, type SheetLayout, type StyledArea } from "../reports/layout";
import type { OutValue } from "../reports/model";
import { markerReference, reportMarkerNames, reportSheetName } from "../reports/sheetNames";
import type { ChartedSheet } from "./xlsxCharts";
import { APPLICATION_NAME, finishPackage } from "./xlsxPackage";

type WorkbookWriter = ExcelJS.stream.xlsx.WorkbookWriter;

export interface WriteOptions {
  /** The hidden settings sheet's rows; without them the file has no settings sheet. */
  settingsRows?: Cell[][];
  /** The file's title (docProps/core.xml dc:title). */
  title?: string;
}

/** Writes the sheets and returns the names actually used. */
export async function writeXlsx(layouts: SheetLayout[], path: string, { settingsRows, title }: WriteOptions = {}): Promise<string[]> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  // Opened here so that a missing folder fails at once, not as a late stream error.
  const stream = createWriteStream(temporary, { fd: openSync(temporary, "w") });
  const removeOnSignal = (signal: NodeJS.Signals): void => {
    stream.destroy();
    rmSync(temporary, { force: true });
    process.kill(process.pid, signal); // our listeners are gone: the signal now ends the process as it would have
  };
  const signals: NodeJS.Signals[] = ["SIGINT", "SIGTERM"];
  signals.forEach((signal) => process.once(signal, removeOnSignal));
  try {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
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
    await workbook.commit();
    await finishFile(temporary, chartedSheets(layouts, names));
    await fs.rename(temporary, path);
    return names;
  } catch (error) {
    stream.destroy();
    await fs.rm(temporary, { force: true });
    throw error;
  } finally {
    signals.forEach((signal) => process.off(signal, removeOnSignal));
  }
}

/** The written package, read back and finished in memory, replaces itself under the temporary name. */
async function finishFile(temporary: string, charted: ChartedSheet[]): Promise<void> {
  await fs.writeFile(temporary, await finishPackage(await fs.readFile(temporary), charted));
}

function chartedSheets(layouts: SheetLayout[], names: string[]): ChartedSheet[] {
  return layouts.flatMap((layout, i) => (layout.chart ? [{ sheetName: names[i], layout: { ...layout, chart: layout.chart } }] : []));
}

interface PlacedValue {
  col: number;
  /** Dates go to the file as the Date of their day. */
  value: OutValue | Date;
  numFmt?: string;
}

function writeSheet(workbook: WorkbookWriter, name: string, layout: SheetLayout): void {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: "frozen", ySplit: layout.freezeRows, xSplit: 0 }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: layout.page.orientation,
      fitToPage: true,
      fitToWidth: layout.page.fitToWidth,
      fitToHeight: layout.page.fitToHeight,
      printTitlesRow: `${layout.printTitleRow + 1}:${layout.printTitleRow + 1}`,
    },
  });
  layout.columnWidths.forEach((width, i) => {
    if (width > 0) sheet.getColumn(i + 1).width = width;
  });
  const styles = new StyleSweep(layout.styles);
  const cellStyles = new CellStyles(layout.styles);
  for (let r = 0; r < layout.size.rows; r++) {
    const values = valuesOfRow(layout, r);
    const areas = styles.at(r);
    if (values.length === 0 && areas.length === 0) continue;
    const row = sheet.getRow(r + 1);
    const numFmts = new Map<number, string | undefined>();
    for (const { col, value, numFmt } of values) {
      row.getCell(col + 1).value = value;
      numFmts.set(col, numFmt);
    }
    const styled = new Set(numFmts.keys());
    for (const area of areas) for (let c = area.range.left; c <= area.range.right; c++) styled.add(c);
    // every written cell, plain ones too: ExcelJS would otherwise serialise each cell's own empty style
    for (const c of styled) {
      const covering = areas.filter((a) => a.range.left <= c && c <= a.range.right);
      row.getCell(c + 1).style = cellStyles.of(numFmts.get(c), covering);
    }
    row.commit();
  }
  sheet.commit();
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

  /** `areas` in layout order: a later area wins. */
  of(numFmt: string | undefined, areas: StyledArea[]): Partial<ExcelJS.Style> {
    const key = `${numFmt ?? ""}|${areas.map((a) => this.orderOf.get(a)).join(",")}`;
    let style = this.looks.get(key);
    if (!style) {
      style = numFmt ? { numFmt } : {};
      for (const area of areas) applyStyle(style, area);
      this.looks.set(key, style);
    }
    return style;
  }
}

/**
 * Excel holds at most 32 767 characters in a cell («Excel specifications and limits») and repairs a file with more:
 * a longer text is a builder's mistake (lists are clipped in src/reports/cellList.ts), refused rather than written.
 */
function refuseOverlong(layout: SheetLayout, r: number, { col, value }: PlacedValue): void {
  if (typeof value === "string" && value.length > CELL_MAX_CHARS) {
    throw new Error(`Лист «${layout.sheetName}», ячейка ${cellAddress(r, col)}: ${value.length} символов, больше предела Excel (${CELL_MAX_CHARS}).`);
  }
}

/** What row r holds: title, a note, a caption, a header or a data row of each block crossing it. */
function valuesOfRow(layout: SheetLayout, r: number): PlacedValue[] {
  const out: PlacedValue[] = [];
  if (r === layout.title.row) out.push({ col: layout.title.col, value: layout.title.text });
  const note = layout.notes[r - 1];
  if (note && note.row === r) out.push({ col: note.col, value: note.text });
  for (const block of layout.blocks) {
    if (block.caption?.row === r) out.push({ col: block.caption.col, value: block.caption.text });
    if (block.headerRow === r) block.headers.forEach((header, i) => out.push({ col: block.left + i, value: header }));
    if (r < block.firstDataRow || r > block.lastRow) continue;
    block.rows[r - block.firstDataRow].forEach((value, i) => {
      if (value === null) return;
      const format = block.numberFormats[i];
      const isDate = format === NUMBER_FORMATS.date && typeof value === "number";
      out.push({
        col: block.left + i,
        value: isDate ? fileDateOfDay(value) : value,
        numFmt: format === NUMBER_FORMATS.general ? undefined : format,
      });
    });
  }
  for (const placed of out) refuseOverlong(layout, r, placed);
  return out;
}

/** The styled areas crossing each row, in layout order (later wins), found in one pass down the sheet. */
class StyleSweep {
  private readonly byTop: { area: StyledArea; order: number }[];
  private next = 0;
  private active: { area: StyledArea; order: number }[] = [];

  constructor(areas: StyledArea[]) {
    this.byTop = areas.map((area, order) => ({ area, order })).sort((a, b) => a.area.range.top - b.area.range.top || a.order - b.order);
  }

  /** Rows must be asked for in increasing order. */
  at(row: number): StyledArea[] {
    while (this.next < this.byTop.length && this.byTop[this.next].area.range.top <= row) this.active.push(this.byTop[this.next++]);
    this.active = this.active.filter((a) => a.area.range.bottom >= row);
    return [...this.active].sort((a, b) => a.order - b.order).map((a) => a.area);
  }
}

function applyStyle(style: Partial<ExcelJS.Style>, area: StyledArea): void {
  if (area.fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(area.fill) } };
  if (area.bold !== undefined || area.fontColor || area.fontSize) {
    style.font = {
      ...style.font,
      ...(area.bold !== undefined ? { bold: area.bold } : {}),
      ...(area.fontColor ? { color: { argb: argb(area.fontColor) } } : {}),
      ...(area.fontSize ? { size: area.fontSize } : {}),
    };
  }
  if (area.wrap) style.alignment = { ...style.alignment, wrapText: true, vertical: "top" };
}

/** «#F4CCCC» → «FFF4CCCC». */
function argb(color: string): string {
  return `FF${color.replace(/^#/, "").toUpperCase()}`;
}
