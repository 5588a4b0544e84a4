/**
 * One report sheet laid out (SPEC §6 «Printing»): the title, notes, summaries, chart and main table at their rows,
 * with the widths (columns.ts), heights (rows.ts), styles (styles.ts), chart (charts.ts) and page breaks
 * (pageBreaks.ts) computed once from a SheetDescription.
 *
 * Placement (0-based rows):
 *   row 0            title (bold, larger), merged across the printed width
 *   rows 1…n         notes, one per row, merged likewise
 *   one empty row
 *   above blocks     summaries, each [caption] header, data rows, then one empty row; [its line and one empty row]
 *   chart            its own rows, from column A within the printed width, then one empty row; it starts a page
 *                    when it would not end on the first one, so that it always prints whole
 *   main block       [caption] header row (frozen, repeated on every printed page), data rows to the sheet's end:
 *                    nothing stands under it (one grid per sheet, issue 23)
 * A main table with print-title columns too wide for one page at 75 % prints across pages (page.ts ACROSS_PAGES):
 * its columns keep their widths, and the lines above it are merged over the first page's columns only.
 */
import type { CellRange } from "../../core/cell";
import type { FormSheetDescription, OutValue, SheetDescription, TableBlock } from "../model";
import { placeChart, CHART_HEIGHT_ROWS } from "./charts";
import { columnsOfMain, HEADER_FONT, measureBlock, type Need, spansOver, spanWidth } from "./columns";
import {
  ACROSS_PAGES,
  firstPageRight,
  MIN_PRINT_SCALE,
  NUMBER_FORMATS,
  PAGE,
  pageWidthUnits,
  POINTS_PER_WIDTH,
  scaleFor,
} from "./page";
import { type KeepTogether, pageBreaks, pageHeightPt } from "./pageBreaks";
import { RowHeights } from "./rows";
import { blockMerges, blockStyles, TITLE_FONT_SIZE } from "./styles";
import type { FormSheetLayout, PlacedBlock, SheetLayout, Span } from "./types";
import { cellRange, round2, sum } from "./util";
import { roomPx, type Font } from "../textMeasure";

/** A frozen part taller than this would not leave room to scroll on a laptop screen: then nothing is frozen. */
const MAX_FROZEN_PT = 200;
const TITLE_FONT: Font = { bold: true, size: TITLE_FONT_SIZE };

export function layoutSheet(desc: SheetDescription): SheetLayout {
  return layoutAnySheet(desc) as SheetLayout;
}

/** A municipality's form sheet (SPEC §10), laid out as every report. */
export function layoutFormSheet(desc: FormSheetDescription): FormSheetLayout {
  return layoutAnySheet(desc) as FormSheetLayout;
}

/** The layout carries the description's id as it is. */
function layoutAnySheet(desc: SheetDescription | FormSheetDescription): SheetLayout | FormSheetLayout {
  const measured = new Map([desc.main, ...desc.above].map((b) => [b, measureBlock(b)]));
  const mainNeeds = measured.get(desc.main)!.needs;
  const fitted = columnsOfMain(desc.main, mainNeeds);
  // Too wide for one page at 75 %, with columns to repeat: across pages (page.ts ACROSS_PAGES), each column as wide
  // as its content needs — narrowed, «Мероприятие» would print a few words a line, the rows many pages tall.
  const across = desc.printTitleColumns !== undefined && scaleFor(sum(fitted)) < MIN_PRINT_SCALE;
  const grid = across ? mainNeeds.map((n) => n.width) : fitted;
  // A summary with more columns than main (none today) widens the sheet rather than squeeze its columns.
  for (const block of desc.above) {
    const { needs } = measured.get(block)!;
    for (let i = grid.length; i < block.columns.length; i++) grid.push(needs[i].width);
  }
  const cols = Math.max(1, grid.length);
  // Title, notes and captions are merged over the first page's columns: printed across pages, they wrap within it.
  const lineRight = across ? firstPageRight(grid) : cols - 1;
  const lineWidth = sum(grid.slice(0, lineRight + 1));

  const rows = new RowHeights();
  rows.text(0, desc.title, lineWidth, TITLE_FONT);
  const notes = desc.notes.map((text, i) => {
    rows.text(1 + i, text, lineWidth);
    return { row: 1 + i, col: 0 as const, text };
  });
  let top = 1 + notes.length + 1;

  if (desc.main.line !== undefined) throw new RangeError("layout: под главной таблицей не бывает строк (issue 23)");
  const blocks: PlacedBlock[] = [];
  const lines: PlacedBlock[] = [];
  const aboveBlocks = desc.above.map((block, i) => {
    const placed = placeBlock(block, "above", i, top, spansKeepingWords(measured.get(block)!.needs, grid));
    blocks.push(placed);
    top = placed.lastRow + 2;
    if (block.line !== undefined) {
      // after an empty row: the table's region (Ctrl+A) ends at its last row, the line is no row of it
      lines.push(placeLine(block.line, i, placed.lastRow + 2, lineRight));
      top += 2;
    }
    return placed;
  });

  let chartTop: number | undefined;
  if (desc.chart) {
    chartTop = top;
    top += CHART_HEIGHT_ROWS + 1;
  }
  const main = placeBlock(
    desc.main,
    "main",
    0,
    top,
    grid.map((_, i) => ({ left: i, right: i })).slice(0, Math.max(1, desc.main.columns.length)),
  );
  blocks.unshift(main);

  const sources = [desc.main, ...desc.above];
  for (const b of blocks) {
    if (b.caption) rows.text(b.caption.row, b.caption.text, lineWidth, HEADER_FONT);
    b.headers.forEach((h, i) => rows.text(b.headerRow, h, spanWidth(grid, b.spans[i]), HEADER_FONT));
    const { bold, px } = measured.get(sources[blocks.indexOf(b)])!;
    b.spans.forEach((span, i) => {
      const width = spanWidth(grid, span);
      const room = roomPx(width);
      b.rows.forEach((row, r) => {
        // a cell narrower than its span takes one line: measured once, when the column was sized
        if (px[i][r] > room) rows.value(b.firstDataRow + r, row[i], width, bold.has(r));
      });
    });
  }

  for (const line of lines) rows.text(line.headerRow, line.caption!.text, lineWidth);
  blocks.push(...lines);

  const chart =
    desc.chart && chartTop !== undefined ? placeChart(desc.chart, aboveBlocks, main, chartTop, grid) : undefined;
  const lastRow = Math.max(notes.length, ...blocks.map((b) => b.lastRow), chart ? chart.anchor.bottom : 0);
  const rowHeights = rows.heights(lastRow + 1);
  // Across pages, a page holds the columns that fit it at the fixed scale: pageBreaks.ts counts with Excel's unit.
  const page = pageHeightPt(across ? pageWidthUnits(ACROSS_PAGES.scale / 100, POINTS_PER_WIDTH.excel) : sum(grid));
  const breaks = pageBreaks(rowHeights, keepTogether(aboveBlocks, lines, chart?.anchor, main), page);
  const frozenHeight = sum(rowHeights.slice(0, main.headerRow + 1));

  const fullRow = (row: number) => cellRange(row, 0, row, lineRight);
  const lineRows = [0, ...notes.map((n) => n.row), ...blocks.flatMap((b) => (b.caption ? [b.caption.row] : []))];
  return {
    reportId: desc.reportId,
    sheetName: desc.sheetName,
    title: { row: 0, col: 0, text: desc.title },
    notes,
    blocks,
    columnWidths: grid,
    rowHeights,
    styles: [
      { range: fullRow(0), bold: true, fontSize: TITLE_FONT_SIZE, wrap: true },
      ...notes.map((n) => ({ range: fullRow(n.row), wrap: true })),
      // the lines, after main and the summaries, have no source and no highlights
      ...blocks.flatMap((b, i) => blockStyles(b, sources[i]?.highlights ?? [])),
    ],
    merges: [
      ...(lineRight > 0 ? lineRows.sort((a, b) => a - b).map((row) => ({ range: fullRow(row), across: false })) : []),
      ...blocks.flatMap(blockMerges),
    ],
    borders: blocks.filter((b) => b.columns.length > 0).map((b) => cellRange(b.headerRow, b.left, b.lastRow, b.right)),
    freezeRows: frozenHeight <= MAX_FROZEN_PT ? main.headerRow + 1 : 0,
    printTitleRow: main.headerRow,
    ...(across ? { printTitleColumns: desc.printTitleColumns } : {}),
    pageBreaks: breaks,
    printArea: cellRange(0, 0, lastRow, cols - 1),
    page: across ? ACROSS_PAGES : PAGE,
    chart,
    size: { rows: lastRow + 1, cols },
  };
}

/**
 * Spans of main's columns for a summary's columns, each at least as wide as its column's longest word (issue 23: a
 * word never breaks inside): where main's columns under a span are narrower, the span's last one is widened.
 */
function spansKeepingWords(needs: Need[], grid: number[]): Span[] {
  const spans = spansOver(needs, grid);
  spans.forEach((span, j) => {
    const short = needs[j].least - spanWidth(grid, span);
    if (short > 0) grid[span.right] = round2(grid[span.right] + short);
  });
  return spans;
}

/**
 * What prints together (pageBreaks.ts): each summary whole, the chart with the empty row above it, and main's caption
 * and header with its first rows — main itself may go on over pages, its header repeated, so that it starts on the
 * first or second page (issue 23).
 */
function keepTogether(
  above: PlacedBlock[],
  lines: PlacedBlock[],
  chart: CellRange | undefined,
  main: PlacedBlock,
): KeepTogether[] {
  const topOf = (b: PlacedBlock): number => (b.caption ? b.caption.row : b.headerRow);
  const units: KeepTogether[] = above.map((b) => {
    // a summary's line under it prints with it
    const bottom = lines.find((l) => l.index === b.index)?.lastRow ?? b.lastRow;
    return { top: topOf(b), bottom, keepBottom: bottom };
  });
  if (chart) units.push({ top: chart.top - 1, bottom: chart.bottom, keepBottom: chart.bottom });
  units.push({ top: topOf(main), bottom: main.lastRow, keepBottom: Math.min(main.lastRow, main.firstDataRow + 2) });
  return units;
}

function placeBlock(
  block: TableBlock,
  kind: PlacedBlock["kind"],
  index: number,
  top: number,
  spans: Span[],
): PlacedBlock {
  const width = block.columns.length;
  const caption = block.caption === undefined ? undefined : { row: top, col: 0, text: block.caption };
  const headerRow = caption ? top + 1 : top;
  const rows = block.rows.map((row, i) => fitRow(row, width, kind, index, i));
  return {
    kind,
    index,
    caption,
    headerRow,
    firstDataRow: headerRow + 1,
    lastRow: headerRow + rows.length,
    left: 0,
    right: spans.length > 0 ? spans[spans.length - 1].right : 0,
    spans,
    columns: block.columns,
    headers: block.columns.map((c) => c.header),
    rows,
    numberFormats: block.columns.map((c) => NUMBER_FORMATS[c.format]),
  };
}

/**
 * A summary's line (TableBlock.line) on the row after the empty one under it: a block of no columns, its text in the
 * caption's place, as every renderer writes a caption; merged across the printed width like the notes.
 */
function placeLine(text: string, index: number, row: number, right: number): PlacedBlock {
  return {
    kind: "above",
    index,
    caption: { row, col: 0, text },
    headerRow: row,
    firstDataRow: row + 1,
    lastRow: row,
    left: 0,
    right,
    spans: [],
    columns: [],
    headers: [],
    rows: [],
    numberFormats: [],
  };
}

/** Pads a short row; a row longer than the header is a builder's mistake, not the user's, and must not be cut silently. */
function fitRow(row: OutValue[], width: number, kind: string, index: number, i: number): OutValue[] {
  if (row.length === width) return row;
  if (row.length > width) {
    throw new RangeError(`layout: строка ${i} блока ${kind} ${index} длиннее заголовка (${row.length} > ${width})`);
  }
  return [...row, ...new Array<OutValue>(width - row.length).fill(null)];
}
