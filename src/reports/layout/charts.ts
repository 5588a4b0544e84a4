/** The sheet's native chart: on its own rows from column A, plotting cells of a placed block. */
import type { ChartSpec } from "../model";
import type { PlacedBlock, PlacedChart, PlacedSeries } from "./types";
import { cellRange, sum } from "./util";

/**
 * A chart's text (axis labels, legend), in points: above the 11 pt of the cells, since a chart prints at the sheet's
 * fit-to-width scale (80–100 %) and its default 10 pt would fall below SPEC §6's 8 pt on paper.
 */
export const CHART_FONT_SIZE = 14;
/** The chart's rows (15 pt each, its height on screen) and the width it aims for, units. */
export const CHART_HEIGHT_ROWS = 18;
const CHART_WIDTH = 110;

/** The chart on its own rows from column A, as wide as CHART_WIDTH or the printed width if that is narrower. */
export function placeChart(
  spec: ChartSpec,
  above: PlacedBlock[],
  main: PlacedBlock,
  top: number,
  grid: number[],
): PlacedChart | undefined {
  const block = spec.block === "main" ? main : above[spec.block];
  if (!block || block.rows.length === 0) return undefined;
  const from = Math.max(0, spec.fromRow);
  const to = Math.min(block.rows.length - 1, spec.toRow);
  const more = spec.moreValueColumns ?? [];
  if (from > to || [spec.categoryColumn, spec.valueColumn, ...more].some((c) => c >= block.columns.length))
    return undefined;
  const catCol = block.spans[spec.categoryColumn].left;
  const valCol = block.spans[spec.valueColumn].left;
  const series = (col: number): PlacedSeries => ({
    values: cellRange(block.firstDataRow + from, block.spans[col].left, block.firstDataRow + to, block.spans[col].left),
    seriesName: { row: block.headerRow, col: block.spans[col].left },
    seriesTitle: block.headers[col],
  });
  let right = 0;
  while (right < grid.length - 1 && sum(grid.slice(0, right + 1)) < CHART_WIDTH) right++;
  return {
    ...(more.length > 0 ? { moreSeries: more.map(series) } : {}),
    kind: spec.kind,
    title: spec.title,
    categories: cellRange(block.firstDataRow + from, catCol, block.firstDataRow + to, catCol),
    values: cellRange(block.firstDataRow + from, valCol, block.firstDataRow + to, valCol),
    seriesName: { row: block.headerRow, col: valCol },
    seriesTitle: block.headers[spec.valueColumn],
    percent: spec.percent === true,
    anchor: cellRange(top, 0, top + CHART_HEIGHT_ROWS - 1, right),
  };
}
