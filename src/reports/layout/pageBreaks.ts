/**
 * Manual page breaks above the main table, so that what belongs together prints on one page (issue 23, SPEC §6):
 *   - a summary (its caption, header and rows) shorter than a page prints whole on one page, and does not start in
 *     the last quarter of a page;
 *   - the chart prints whole on the first page where it fits, with the empty row above it: the frame's top edge lies
 *     on that row's lower border, and a break right at the frame would print the edge at the previous page's foot;
 *   - the main table's caption and header stay with its first rows, and a main table shorter than a page does not
 *     start in a page's last quarter.
 * Below the main header the applications break pages themselves, repeating the header.
 *
 * What is assumed, since the layout cannot know the application's page exactly: A4 landscape, 595.28 pt high, less
 * the top and bottom margins of PAGE (0.75″ each; header and footer print inside them) = 487.3 pt at 100 %; the sheet
 * printed at its fit-to-width scale counted with Excel's units (5.25 pt, narrower than LibreOffice's 5.58, so the
 * scale is the larger and a page holds the fewer rows); the row heights exactly as written (explicit, so both
 * applications keep them); and a twentieth of the page left free for what neither of those knows (pixel-rounded column
 * widths, a printer's own margins).
 */
import { POINTS_PER_WIDTH, PRINTABLE_PT, scaleFor } from "./page";
import { sum } from "./util";

/** Rows to keep on one page where they fit: `top`…`bottom` is the whole unit, `top`…`keepBottom` what must not part. */
export interface KeepTogether {
  top: number;
  bottom: number;
  keepBottom: number;
}

/** The share of the printable height the layout counts on. */
const PAGE_SHARE = 0.95;
/** A table shorter than a page does not start in the last quarter of one. */
const LATEST_START = 0.75;

/** Height of one printed page in the sheet's own points (row heights), for columns this wide (units). */
export function pageHeightPt(totalWidth: number): number {
  return (PAGE_SHARE * PRINTABLE_PT.height) / scaleFor(totalWidth, POINTS_PER_WIDTH.excel);
}

/**
 * Rows that start a new page: before each unit that would not fit where it starts, or would start too low. Only a
 * unit longer than a page is broken by the application (where its rows no longer fit); a row between units (the empty
 * one after a summary) is never counted as a page's start: the application, whose page may be the longer, would
 * print it and the next unit's caption at the foot of the page.
 */
export function pageBreaks(heights: number[], units: KeepTogether[], page: number): number[] {
  const starts = new Map(units.map((u) => [u.top, u]));
  const last = Math.max(-1, ...units.map((u) => u.top));
  const breaks: number[] = [];
  let used = 0;
  let inside: KeepTogether | undefined;
  for (let r = 0; r <= last; r++) {
    const unit = starts.get(r);
    if (unit) {
      inside = unit;
      const whole = sum(heights.slice(unit.top, unit.bottom + 1));
      const keep = sum(heights.slice(unit.top, unit.keepBottom + 1));
      if (used > 0 && (used + keep > page || (whole <= page && used > LATEST_START * page))) {
        breaks.push(r);
        used = 0;
      }
    } else if (inside && r > inside.bottom) inside = undefined;
    used = inside && used > 0 && used + heights[r] > page ? heights[r] : used + heights[r];
  }
  return breaks;
}

/** The printed page of the sheet (1 = its first) that `row` starts on, by the layout's own breaks. */
export function pageOfRow(breaks: readonly number[], row: number): number {
  return 1 + breaks.filter((b) => b <= row).length;
}
