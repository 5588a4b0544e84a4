/**
 * The Office.js renderer: writes SheetLayouts (src/reports/layout/) into the open workbook and places nothing
 * itself. Sync budget: one sync to load the workbook's sheets and markers, one to write everything, one for the
 * charts and activation — plus one more whenever the queued payload would pass 4 MB (Excel on the web refuses
 * requests over 5 MB). Values and number formats go in row chunks of at most 1 MB (formats per column of a block),
 * styles once per rectangle of one look (styleGroups.ts), each its own range object: never a list of addresses
 * (worksheet.getRanges), whose separator depends on the user's regional settings (office-js #1167, #1985).
 *
 * A report replaces only its own earlier sheet (found by its marker name, see sheetNames.ts). Every report is written
 * into a temporary sheet «~shnorN»; only the last write batch deletes the old sheets and renames the temporary ones
 * into their places. A failure on the way (a flush may already have reached Excel) deletes this run's temporary
 * sheets in one more batch, so the workbook keeps its old reports and nothing half-written.
 */
import { columnLetters, rangeAddress } from "../core/a1";
import type { CellRange } from "../core/cell";
import { errorText } from "../core/errorText";
import {
  CHART_FONT_SIZE,
  type PlacedBlock,
  POINTS_PER_WIDTH,
  rowHeightRuns,
  type SheetLayout,
} from "../reports/layout";
import type { OutValue, ReportId } from "../reports/model";
import { DATE_1904_OFFSET, isDateFormatCode } from "../core/dateSystem";
import { reportMarkerNames, reportSheetName } from "../reports/sheetNames";
import { type OfficeValue, toOfficeRow, toOfficeValue } from "./cellValues";
import { CHUNK_BYTES, OP_BYTES, PayloadBudget, rowBytes, utf8Bytes } from "./payload";
import { groupStyles } from "./styleGroups";
import { queueWorkbookState, type WorkbookState } from "./workbookState";

const TEMP_PREFIX = "~shnor";

/** A failed write, already told in Russian (what happened and what was left in the workbook). */
export class ReportsNotWrittenError extends Error {
  constructor(message: string, cause: unknown) {
    super(message, { cause });
  }
}

export interface WriteOutcome {
  written: { reportId: ReportId; sheetName: string }[];
  skipped: string[];
  /** context.sync() calls made here, and the payload they carried (bytes, estimated). */
  syncs: number;
  payloadBytes: number;
}

export async function writeReportSheets(context: Excel.RequestContext, layouts: SheetLayout[]): Promise<WriteOutcome> {
  let syncs = 0;
  const sync = async (): Promise<void> => {
    syncs++;
    await context.sync();
  };
  const state = queueWorkbookState(context);
  await sync();
  const workbook = state();

  const budget = new PayloadBudget();
  const suspend = (): void => {
    // Both only last until the next sync, so they are queued again after every flush.
    context.workbook.application.suspendApiCalculationUntilNextSync();
    context.workbook.application.suspendScreenUpdatingUntilNextSync();
  };
  const queue = async (bytes: number, write: () => void): Promise<void> => {
    if (budget.needsFlush(bytes)) {
      await sync();
      budget.flushed();
      suspend();
    }
    budget.add(bytes);
    write();
  };
  suspend();

  const plan = planNames(workbook, layouts);
  const temporary = temporaryNames(workbook, layouts.length);
  const sheets: Excel.Worksheet[] = [];
  let swapping = false;
  try {
    // Content goes into temporary sheets only; a flush in between leaves the user's workbook as it was but for them.
    for (const [i, layout] of layouts.entries()) {
      const sheet = context.workbook.worksheets.add(temporary[i]);
      await writeLayout(sheet, layout, queue, workbook.date1904);
      sheets.push(sheet);
    }
    // The swap is queued last, so that it travels in the last write batch, after every byte of content.
    await queue(layouts.length * 12 * OP_BYTES, () => {
      sheets.forEach((sheet, i) => swapIn(context, sheet, plan[i]));
    });
    swapping = true;
    await sync();
    budget.flushed();
  } catch (error) {
    throw await removeTemporarySheets(context, temporary, error, swapping, () => syncs++);
  }

  // Print setup and charts last, in their own sync: if this Excel refuses one of them, the reports stay written
  // and the pane says what is missing.
  const skipped: string[] = [];
  if (sheets.length > 0) {
    // Office.js keeps what a batch did before a refused operation: charts go before the print setup, whose
    // «as many pages tall as needed» (0) is the one value an Excel might refuse.
    sheets[0].activate();
    layouts.forEach((layout, i) => addChart(sheets[i], layout));
    layouts.forEach((layout, i) => setUpPrinting(sheets[i], layout));
    // Read back in the same batch (its operations run in order): Excel may keep its own zoom without an error.
    const readBack = sheets.map((sheet) => sheet.pageLayout.load("zoom"));
    try {
      await sync();
      readBack.forEach((pageLayout, i) => {
        if (!zoomTaken(layouts[i], pageLayout.zoom))
          skipped.push(zoomNotTaken(plan[i].finalName, layouts[i], pageLayout.zoom));
      });
    } catch (error) {
      const reason = errorText(error);
      skipped.push(`Параметры печати и диаграммы заданы не для всех отчётов: Excel ответил «${reason}».`);
    }
  }
  return {
    written: layouts.map((l, i) => ({ reportId: l.reportId, sheetName: plan[i].finalName })),
    skipped,
    syncs,
    payloadBytes: budget.total,
  };
}

/** office-js #1860: Excel may ignore a fit-to-pages zoom silently (it kept it only with the Page Layout tab open). */
function zoomTaken({ page }: SheetLayout, zoom: Excel.PageLayoutZoomOptions | undefined): boolean {
  return "scale" in page ? zoom?.scale === page.scale : zoom?.horizontalFitToPages === page.fitToWidth;
}

function zoomNotTaken(sheet: string, { page }: SheetLayout, zoom: Excel.PageLayoutZoomOptions | undefined): string {
  const kept = zoom?.scale !== undefined ? `оставил масштаб ${zoom.scale} %` : "не принял размещение по ширине";
  const advice =
    "scale" in page
      ? `при печати шрифт может оказаться мельче 8 пт — перед печатью задайте масштаб ${page.scale} %`
      : "при печати таблица может не уместиться по ширине — перед печатью выберите «Вписать все столбцы на одну страницу»";
  return `Лист «${sheet}»: Excel ${kept}, и ${advice}.`;
}

/**
 * Puts a finished temporary sheet in its report's place. The old sheet goes before its marker, and the new sheet
 * is marked before it loses its temporary name: cut anywhere, the batch leaves no report sheet unmarked (it would be
 * read as input), only a temporary sheet for the cleanup or a marker pointing nowhere (#REF!, replaced next run).
 */
function swapIn(context: Excel.RequestContext, sheet: Excel.Worksheet, plan: NamePlan): void {
  if (plan.replaces !== undefined) context.workbook.worksheets.getItem(plan.replaces.name).delete();
  if (plan.oldMarker !== undefined) context.workbook.names.getItem(plan.oldMarker).delete();
  context.workbook.names.add(plan.markerName, sheet.getRange("A1"));
  if (plan.replaces !== undefined) sheet.position = plan.replaces.position;
  sheet.name = plan.finalName;
}

/**
 * After a failed write: deletes the sheets of this run that still carry a temporary name (and nothing else) in
 * one more batch, and returns the error to throw, in Russian. A sheet already renamed in the last batch is a
 * finished report in its place and stays.
 */
async function removeTemporarySheets(
  context: Excel.RequestContext,
  temporary: string[],
  error: unknown,
  swapping: boolean,
  counted: () => void,
): Promise<Error> {
  const reason = errorText(error);
  const kept = swapping
    ? "часть прежних листов отчётов могла быть уже заменена или удалена: постройте отчёты ещё раз"
    : "прежние листы отчётов и листы книги не изменены";
  try {
    const all = context.workbook.worksheets.load("items/name");
    counted();
    await context.sync();
    const ours = new Set(temporary.map((name) => name.toLowerCase()));
    const left = all.items.filter((sheet) => ours.has(sheet.name.toLowerCase()));
    left.forEach((sheet) => sheet.delete());
    if (left.length > 0) {
      counted();
      await context.sync();
    }
    return new ReportsNotWrittenError(
      `Отчёты не записаны: Excel сообщил «${reason}». Начатые листы удалены, ${kept}.`,
      error,
    );
  } catch (cleanup) {
    const why = errorText(cleanup);
    const names = temporary.map((name) => `«${name}»`).join(", ");
    return new ReportsNotWrittenError(
      `Отчёты не записаны: Excel сообщил «${reason}». Начатые листы ${names} удалить не удалось («${why}»): удалите их вручную.`,
      error,
    );
  }
}

interface NamePlan {
  finalName: string;
  /** The report's marker for this sheet (reportMarkerNames). */
  markerName: string;
  replaces?: { name: string; position: number };
  oldMarker?: string;
}

/** Which sheet each report replaces and the name it gets, given the sheets that stay. */
function planNames(workbook: WorkbookState, layouts: SheetLayout[]): NamePlan[] {
  const replaced = new Set<string>();
  const markerNames = reportMarkerNames(layouts.map((l) => l.reportId));
  const plans: NamePlan[] = markerNames.map((markerName) => {
    const marker = workbook.markers.get(markerName.toUpperCase());
    const sheet = workbook.sheets.find((s) => marker !== undefined && s.name === marker.sheet);
    if (sheet) replaced.add(sheet.name);
    return {
      finalName: "",
      markerName,
      replaces: sheet && { name: sheet.name, position: sheet.position },
      oldMarker: marker?.name,
    };
  });
  const taken = workbook.sheets.map((s) => s.name).filter((name) => !replaced.has(name));
  layouts.forEach((layout, i) => {
    plans[i].finalName = reportSheetName(layout.sheetName, taken);
    taken.push(plans[i].finalName);
  });
  return plans;
}

/** «~shnor1», «~shnor2», … skipping any name the workbook already has. */
function temporaryNames(workbook: WorkbookState, count: number): string[] {
  const taken = new Set(workbook.sheets.map((s) => s.name.toLowerCase()));
  const out: string[] = [];
  for (let n = 1; out.length < count; n++) if (!taken.has(`${TEMP_PREFIX}${n}`)) out.push(`${TEMP_PREFIX}${n}`);
  return out;
}

type Queue = (bytes: number, write: () => void) => Promise<void>;

async function writeLayout(
  sheet: Excel.Worksheet,
  layout: SheetLayout,
  queue: Queue,
  date1904: boolean,
): Promise<void> {
  const textCell = (row: number, col: number, text: string): Promise<void> =>
    queue(utf8Bytes(text) + 2 * OP_BYTES, () => {
      sheet.getRangeByIndexes(row, col, 1, 1).values = [[toOfficeValue(text)]];
    });
  const area = (r: CellRange): Excel.Range =>
    sheet.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);

  await textCell(layout.title.row, layout.title.col, layout.title.text);
  for (const note of layout.notes) await textCell(note.row, note.col, note.text);
  for (const block of layout.blocks) await writeBlock(sheet, block, queue, textCell, date1904);

  await queue(layout.columnWidths.length * 3 * OP_BYTES, () => {
    layout.columnWidths.forEach((width, col) => {
      // the layout's unit is the file's column width: 7 px, 5.25 pt, as Excel draws it
      if (width > 0) sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = width * POINTS_PER_WIDTH.excel;
    });
  });
  // Explicit heights, as the file door writes them, not autofitRows: Excel does not autofit rows of merged cells
  // (titles, summaries), and the same heights give the same pages in both doors. One call per run of equal rows.
  for (const { top, bottom, height } of rowHeightRuns(layout.rowHeights)) {
    await queue(3 * OP_BYTES, () => {
      area({ top, left: 0, bottom, right: 0 }).format.rowHeight = height;
    });
  }
  for (const { range, across } of layout.merges) await queue(2 * OP_BYTES, () => area(range).merge(across));

  for (const { look, ranges } of groupStyles(layout.styles)) {
    // The range and its format are object paths; each property set is an object path (fill, font) and an action.
    const properties = [look.fill, look.fontColor, look.bold, look.fontSize, look.wrap, look.wrap, look.center].filter(
      (v) => v !== undefined,
    ).length;
    for (const range of ranges) {
      await queue((2 + 2 * properties) * OP_BYTES, () => {
        const format = area(range).format;
        if (look.fill !== undefined) format.fill.color = look.fill;
        if (look.fontColor !== undefined) format.font.color = look.fontColor;
        if (look.bold !== undefined) format.font.bold = look.bold;
        if (look.fontSize !== undefined) format.font.size = look.fontSize;
        if (look.wrap !== undefined) {
          format.wrapText = look.wrap;
          format.verticalAlignment = "Top";
        }
        if (look.center) format.horizontalAlignment = "Center";
      });
    }
  }
  // Thin borders inside and around every table, one range each.
  for (const range of layout.borders) {
    await queue((2 + 4 * BORDER_EDGES.length) * OP_BYTES, () => {
      const borders = area(range).format.borders;
      for (const edge of BORDER_EDGES) {
        const border = borders.getItem(edge);
        border.style = "Continuous";
        border.weight = "Thin";
      }
    });
  }
  if (layout.freezeRows > 0) await queue(3 * OP_BYTES, () => sheet.freezePanes.freezeRows(layout.freezeRows));
}

const BORDER_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const;

/**
 * The page of SPEC §6: A4 landscape, one page wide and as many tall as needed (0) — or, printed across pages, a
 * fixed scale with main's first columns repeated at the left —, narrow margins, the print area, the main header
 * repeated on every page, «Страница N из M» in the footer, the layout's page breaks. All in the one print batch.
 */
function setUpPrinting(sheet: Excel.Worksheet, layout: SheetLayout): void {
  const { page, printArea } = layout;
  const pageLayout = sheet.pageLayout;
  pageLayout.orientation = "Landscape";
  pageLayout.paperSize = "A4";
  pageLayout.zoom =
    "scale" in page
      ? { scale: page.scale }
      : { horizontalFitToPages: page.fitToWidth, verticalFitToPages: page.fitToHeight };
  pageLayout.setPrintMargins("Inches", { ...page.margins });
  pageLayout.setPrintArea(rangeAddress(printArea));
  const row = layout.printTitleRow + 1;
  pageLayout.setPrintTitleRows(`$${row}:$${row}`);
  if (layout.printTitleColumns) pageLayout.setPrintTitleColumns(`$A:$${columnLetters(layout.printTitleColumns - 1)}`);
  pageLayout.headersFooters.defaultForAllPages.centerFooter = page.footer;
  for (const row of layout.pageBreaks) sheet.horizontalPageBreaks.add(`A${row + 1}`);
}

async function writeBlock(
  sheet: Excel.Worksheet,
  block: PlacedBlock,
  queue: Queue,
  textCell: (row: number, col: number, text: string) => Promise<void>,
  date1904: boolean,
): Promise<void> {
  if (block.caption) await textCell(block.caption.row, block.caption.col, block.caption.text);
  if (block.columns.length === 0) return;
  // A column spanning several of main's (merged) holds its value in its first cell; the others are written empty, then merged.
  const width = block.right - block.left + 1;
  const spread = (values: OfficeValue[]): OfficeValue[] => {
    if (width === values.length) return values;
    const row = new Array<OfficeValue>(width).fill("");
    values.forEach((v, i) => (row[block.spans[i].left - block.left] = v));
    return row;
  };
  const header = spread(toOfficeRow(block.headers));
  await queue(rowBytes(header) + 2 * OP_BYTES, () => {
    sheet.getRangeByIndexes(block.headerRow, block.left, 1, width).values = [header];
  });

  let chunk: OfficeValue[][] = [];
  let chunkBytes = 0;
  let chunkTop = block.firstDataRow;
  const flushChunk = async (): Promise<void> => {
    if (chunk.length === 0) return;
    const rows = chunk;
    const top = chunkTop;
    await queue(chunkBytes + 2 * OP_BYTES, () => {
      sheet.getRangeByIndexes(top, block.left, rows.length, width).values = rows;
    });
    chunkTop += rows.length;
    chunk = [];
    chunkBytes = 0;
  };
  // The engine's days are 1900 serials; a 1904 workbook shows the same day DATE_1904_OFFSET lower.
  const dateColumns = block.numberFormats.map((format) => date1904 && isDateFormatCode(format));
  const inWorkbookDates = (row: readonly OutValue[]): readonly OutValue[] =>
    dateColumns.includes(true)
      ? row.map((v, i) => (dateColumns[i] && typeof v === "number" ? v - DATE_1904_OFFSET : v))
      : row;
  for (const row of block.rows) {
    const values = spread(toOfficeRow(inWorkbookDates(row)));
    const bytes = rowBytes(values);
    if (chunkBytes + bytes > CHUNK_BYTES) await flushChunk();
    chunk.push(values);
    chunkBytes += bytes;
  }
  await flushChunk();

  if (block.rows.length === 0) return;
  for (const [i, format] of block.numberFormats.entries()) {
    if (format === "General") continue;
    // A full rows×1 matrix per chunk of rows: the shape every Excel accepts; one format string shared by all rows.
    const rowsPerChunk = Math.max(1, Math.floor(CHUNK_BYTES / (utf8Bytes(format) + 5)));
    for (let top = 0; top < block.rows.length; top += rowsPerChunk) {
      const count = Math.min(rowsPerChunk, block.rows.length - top);
      const formats = new Array<string[]>(count).fill([format]);
      await queue(count * (utf8Bytes(format) + 5) + 2 * OP_BYTES, () => {
        sheet.getRangeByIndexes(block.firstDataRow + top, block.spans[i].left, count, 1).numberFormat = formats;
      });
    }
  }
}

function addChart(sheet: Excel.Worksheet, layout: SheetLayout): void {
  const chart = layout.chart;
  if (!chart) return;
  const range = (r: { top: number; left: number; bottom: number; right: number }): Excel.Range =>
    sheet.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);
  const added = sheet.charts.add(
    chart.kind === "bar" ? "BarClustered" : "ColumnClustered",
    range(chart.values),
    "Columns",
  );
  added.title.text = chart.title;
  // ChartAreaFormat.font (ExcelApi 1.1): the axis labels' and legend's size, as the file door writes it.
  added.format.font.size = CHART_FONT_SIZE;
  // One series needs no legend; two years side by side do.
  added.legend.visible = (chart.moreSeries ?? []).length > 0;
  const series = added.series.getItemAt(0);
  series.setXAxisValues(range(chart.categories));
  series.name = chart.seriesTitle;
  for (const more of chart.moreSeries ?? []) {
    // ChartSeriesCollection.add, ChartSeries.setValues / setXAxisValues: ExcelApi 1.7, as setXAxisValues above.
    const next = added.series.add(more.seriesTitle);
    next.setValues(range(more.values));
    next.setXAxisValues(range(chart.categories));
  }
  if (chart.percent) {
    // Shares from 0 to 100 %: an axis starting at 48 % would make 53 % look like half of 55 %.
    added.axes.valueAxis.numberFormat = "0%";
    added.axes.valueAxis.minimum = 0;
    added.axes.valueAxis.maximum = 1;
  }
  const { top, left, bottom, right } = chart.anchor;
  added.setPosition(`${columnLetters(left)}${top + 1}`, `${columnLetters(right)}${bottom + 1}`);
}
