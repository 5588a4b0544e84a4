/**
 * The printed page (SPEC §6 «Printing»): A4 landscape, narrow margins, fitted to one page wide at no less than 75 %
 * (or, for a table with columns to repeat, across pages at a fixed scale), and the units in which Excel and
 * LibreOffice draw a column.
 */
import { percentFormat } from "../../core/numberText";
import type { ValueFormat } from "../model";

/** Excel number formats (invariant codes, as Office.js `numberFormat` and ExcelJS `numFmt` take them). */
export const NUMBER_FORMATS: Record<ValueFormat, string> = {
  date: "dd.mm.yyyy",
  percent: percentFormat(),
  percentPoints: percentFormat({ points: true }),
  integer: "0",
  number: "0.00",
  // Text stays «General», not «@»: Excel shows «####» in «@» cells over 255 characters (long lists of measures).
  // The Office.js renderer quotes text Excel would re-interpret (formulas, numbers); ExcelJS writes typed values.
  text: "General",
  general: "General",
};

/**
 * The page (SPEC §6): A4 landscape, narrow margins (Excel's «Узкие»: 0.25″ left and right, 0.75″ top and bottom,
 * 0.3″ header and footer), fitted to one page wide, «Страница N из M» in the footer.
 */
export const PAGE = {
  paper: "A4",
  orientation: "landscape",
  fitToWidth: 1,
  fitToHeight: 0,
  /** Inches, as both ExcelJS and Office.js (setPrintMargins "Inches") take them. */
  margins: { left: 0.25, right: 0.25, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
  /** The centre footer in Excel's header/footer codes (&P page, &N pages). */
  footer: "Страница &P из &N",
} as const;

const A4_LANDSCAPE_PT = { width: 841.89, height: 595.28 };
/** Printable width and height of a page, points. */
export const PRINTABLE_PT = {
  width: A4_LANDSCAPE_PT.width - 72 * (PAGE.margins.left + PAGE.margins.right),
  height: A4_LANDSCAPE_PT.height - 72 * (PAGE.margins.top + PAGE.margins.bottom),
};
/** Points per column-width unit: Excel draws a unit as 7 px (0.75 pt each); LibreOffice as Carlito 11's «0», 5.58 pt. */
export const POINTS_PER_WIDTH = { excel: 5.25, libreOffice: 5.58 };
/**
 * The narrowest print allowed is 75 % (SPEC §6: no text under 8 pt). Main's columns are narrowed to print at 80 % even
 * where a unit is widest (LibreOffice), so that 75 % holds with room to spare.
 */
export const MIN_PRINT_SCALE = 0.75;
const TARGET_PRINT_SCALE = 0.8;
export const MAX_PRINTED_WIDTH = pageWidthUnits(TARGET_PRINT_SCALE);

/** Printed scale of columns this wide (units) fitted to one page wide (Excel never enlarges). */
export function scaleFor(totalWidth: number, pointsPerWidth: number = POINTS_PER_WIDTH.libreOffice): number {
  return Math.min(1, PRINTABLE_PT.width / (totalWidth * pointsPerWidth));
}

/** Columns (units) one page holds at this scale, where a unit is `pointsPerWidth` wide. */
export function pageWidthUnits(scale: number, pointsPerWidth: number = POINTS_PER_WIDTH.libreOffice): number {
  return PRINTABLE_PT.width / scale / pointsPerWidth;
}

/**
 * A table too wide for one page at 75 % whose first columns say what each row is (SPEC §10: «Свод по
 * муниципалитетам» of dozens of municipalities, «№ | Мероприятие» at the left) prints across as many pages wide as
 * it needs, those columns repeated at the left of every page (print titles). Then the fit-to-width rule gives way
 * and the 8 pt floor does not: the page prints at this fixed scale (11 pt at 80 % is 8.8 pt), in percent as both
 * ExcelJS (`scale`) and Office.js (`PageLayoutZoomOptions.scale`) take it.
 */
export const ACROSS_PAGES = {
  paper: PAGE.paper,
  orientation: PAGE.orientation,
  scale: Math.round(TARGET_PRINT_SCALE * 100),
  margins: PAGE.margins,
  footer: PAGE.footer,
} as const;

/** The page a sheet prints on: fitted to one page wide, or across pages at a fixed scale. */
export type PageSetup = typeof PAGE | typeof ACROSS_PAGES;

/**
 * The share of a page's width the layout fills where it decides what prints on one page wide: a twentieth is left
 * for what it cannot know (pixel-rounded column widths, a printer's own margins), as pageBreaks.ts does for heights.
 */
const PAGE_WIDTH_SHARE = 0.95;

/**
 * The last column that prints on the first page of a sheet printed across pages (ACROSS_PAGES): the columns from A
 * that fit a page at its scale, counted with LibreOffice's wider unit, so that in either application the title and
 * notes merged over them print on that page, wrapped within it, and are not cut at its right edge.
 */
export function firstPageRight(widths: number[]): number {
  const room = PAGE_WIDTH_SHARE * pageWidthUnits(ACROSS_PAGES.scale / 100);
  let used = 0;
  for (let i = 0; i < widths.length; i++) {
    used += widths[i];
    if (used > room) return Math.max(0, i - 1);
  }
  return widths.length - 1;
}
