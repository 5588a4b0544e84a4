/**
 * Where a report sheet's pieces go: absolute cell positions, formats, widths, row heights, merges, borders,
 * highlights, freeze, print setup and chart ranges, computed once from a SheetDescription. Both renderers (Office.js
 * in src/excel, ExcelJS in src/files) write exactly this and place nothing themselves.
 *   sheet.ts       layoutSheet: what goes on which row
 *   page.ts        the printed page, number formats, the printed scale
 *   columns.ts     widths from the measured text (textMeasure.ts)
 *   rows.ts        row heights from the wrapped lines
 *   styles.ts      fonts, fills, merges, highlights
 *   charts.ts      the chart's anchor and ranges
 *   pageBreaks.ts  what must print on one page
 */
import { POINTS_PER_WIDTH, scaleFor } from "./page";
import { pageOfRow } from "./pageBreaks";
import type { SheetLayout } from "./types";
import { sum } from "./util";

export { layoutFormSheet, layoutSheet } from "./sheet";
export { MAX_PRINTED_WIDTH, NUMBER_FORMATS, POINTS_PER_WIDTH } from "./page";
export { rowHeightRuns } from "./rows";
export { CHART_FONT_SIZE } from "./charts";
export type {
  FormSheetLayout,
  MergedArea,
  PlacedBlock,
  PlacedChart,
  PlacedSeries,
  SheetLayout,
  Span,
  StyledArea,
} from "./types";

/**
 * Printed scale of the sheet: fitted to one page wide (Excel never enlarges), where a unit is `pointsPerWidth` wide;
 * or the fixed scale of a sheet printed across pages.
 */
export function printScale(layout: SheetLayout, pointsPerWidth: number = POINTS_PER_WIDTH.libreOffice): number {
  if ("scale" in layout.page) return layout.page.scale / 100;
  return scaleFor(sum(layout.columnWidths), pointsPerWidth);
}

/**
 * The page (1 = the sheet's first) where the main table's caption or header prints, by the layout's page estimate:
 * issue 23 wants it on the first or second; a builder whose summaries would push it further moves one to a sheet of
 * its own.
 */
export function mainTablePage(layout: SheetLayout): number {
  const main = layout.blocks[0];
  return pageOfRow(layout.pageBreaks, main.caption?.row ?? main.headerRow);
}
