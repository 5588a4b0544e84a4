/**
 * The printed page (SPEC §6 «Printing»): A4 landscape, narrow margins, fitted to one page wide at no less than 75 %,
 * and the units in which Excel and LibreOffice draw a column.
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
export const MAX_PRINTED_WIDTH = PRINTABLE_PT.width / TARGET_PRINT_SCALE / POINTS_PER_WIDTH.libreOffice;

/** Printed scale of columns this wide (units) fitted to one page wide (Excel never enlarges). */
export function scaleFor(totalWidth: number, pointsPerWidth: number = POINTS_PER_WIDTH.libreOffice): number {
  return Math.min(1, PRINTABLE_PT.width / (totalWidth * pointsPerWidth));
}
