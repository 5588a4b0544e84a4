/** Reading a report's table by its headers, as a user reads it, not by column positions. */
import type { OutValue, TableBlock } from "../../src/reports/model";
import { columnIndex } from "../../src/reports/table";

/** The value in `header`'s column of data row `row` (a missing header fails, naming the headers there are). */
export function cellOf(block: TableBlock, row: number, header: string): OutValue {
  return block.rows[row][columnIndex(block, header)];
}

/** Every row's values in `header`'s column. */
export function columnValues(block: TableBlock, header: string): OutValue[] {
  const col = columnIndex(block, header);
  return block.rows.map((r) => r[col]);
}

/** Each row as { header: value } for the headers asked (all the block's when none). */
export function rowsByHeader(
  block: TableBlock,
  headers: readonly string[] = block.columns.map((c) => c.header),
): Record<string, OutValue>[] {
  const cols = headers.map((h) => [h, columnIndex(block, h)] as const);
  return block.rows.map((r) => Object.fromEntries(cols.map(([h, col]) => [h, r[col]])));
}
