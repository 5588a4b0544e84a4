/**
 * A table block from its items and the columns that read them. A column is its header, format and width (what the
 * layout needs) plus how it reads an item and, optionally, how it colours the item's cell: builders declare columns,
 * never positions, so a column shown only sometimes («План» when a run reads several plans) moves nothing by hand.
 */
import type { ColumnSpec, Highlight, OutValue, TableBlock } from "./model";

/** A highlight's colours and weight, without its place. */
export type CellStyle = Omit<Highlight, "row" | "col">;

export interface Column<T> extends ColumnSpec {
  value: (item: T) => OutValue;
  /** The item's cell in this column coloured, or undefined for none. */
  highlight?: (item: T) => CellStyle | undefined;
}

export interface TableOptions<T> {
  /** A caption line above the block's header. */
  caption?: string;
  /** A line of text under the block (TableBlock.line). */
  line?: string;
  /** The item's whole row styled (a total row in bold), or undefined for none. */
  rowHighlight?: (item: T) => CellStyle | undefined;
}

/** `false` stands for a column left out of this table (`several && PLAN_COLUMN`). */
export function table<T>(
  items: readonly T[],
  columns: readonly (Column<T> | false)[],
  options: TableOptions<T> = {},
): TableBlock {
  const shown = columns.filter((c): c is Column<T> => c !== false);
  const highlights: Highlight[] = [];
  items.forEach((item, row) => {
    shown.forEach((c, col) => {
      const style = c.highlight?.(item);
      if (style) highlights.push({ row, col, ...style });
    });
    const style = options.rowHighlight?.(item);
    if (style) highlights.push({ row, ...style });
  });
  return {
    ...(options.caption === undefined ? {} : { caption: options.caption }),
    ...(options.line === undefined ? {} : { line: options.line }),
    columns: shown.map(spec),
    rows: items.map((item) => shown.map((c) => c.value(item))),
    highlights,
  };
}

/** The layout's part of a column. */
function spec({ header, format, width, wrap }: ColumnSpec): ColumnSpec {
  return wrap === undefined ? { header, format, width } : { header, format, width, wrap };
}

/** The position of `header` in a block: what a chart names its category and value columns by. */
export function columnIndex(block: Pick<TableBlock, "columns">, header: string): number {
  const col = block.columns.findIndex((c) => c.header === header);
  if (col < 0) throw new Error(`нет столбца «${header}»: есть ${block.columns.map((c) => `«${c.header}»`).join(", ")}`);
  return col;
}
