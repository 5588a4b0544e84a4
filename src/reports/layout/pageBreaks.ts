/** Manual page breaks above the main table, so that what belongs together prints on one page. */
import { POINTS_PER_WIDTH, PRINTABLE_PT } from "./page";
import type { PlacedBlock, PlacedChart } from "./types";
import { sum } from "./util";

/**
 * Manual page breaks above the main table: before the chart when it would not end on the page it starts on, and
 * before the main table when its header and first rows would not (a header alone at a page's foot reads badly).
 * Pages are counted at the largest scale either application prints at (Excel's narrower units), so that a break
 * placed here is never one row too late elsewhere; below the main header the applications break pages themselves.
 */
export function breaksBeforeMain(heights: number[], main: PlacedBlock, chart: PlacedChart | undefined, grid: number[]): number[] {
  const page = PRINTABLE_PT.height / Math.min(1, PRINTABLE_PT.width / (sum(grid) * POINTS_PER_WIDTH.excel));
  const mainTop = main.caption ? main.caption.row : main.headerRow;
  const keep = new Map<number, number>();
  if (chart) keep.set(chart.anchor.top, sum(heights.slice(chart.anchor.top, chart.anchor.bottom + 1)));
  keep.set(mainTop, sum(heights.slice(mainTop, Math.min(main.lastRow, main.firstDataRow + 2) + 1)));
  const breaks: number[] = [];
  let used = 0;
  for (let r = 0; r <= mainTop; r++) {
    const together = keep.get(r);
    if (together !== undefined && used > 0 && used + together > page) {
      breaks.push(r);
      used = 0;
    }
    used = used + heights[r] > page ? heights[r] : used + heights[r];
  }
  return breaks;
}
