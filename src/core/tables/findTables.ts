/**
 * The table finder (SPEC §3): finds each table inside a sheet's used range — title rows, one or two header
 * rows, data rows between blank rows, repeated headers, section headings and «Итого» rows — and maps its
 * columns. One pass over the rows; each cell is looked at a constant number of times.
 */
import { normalizeText, type SheetGrid } from "../cell";
import { findPeriodInTitle } from "../periodText";
import { cellAddress } from "../a1";
import { cellProblem, type Problem } from "../problems";
import type { Settings } from "../settings";
import { MEANING_EXAMPLE, type NamedMeaning, normalizeHeader } from "./columnSynonyms";
import { type Header, type HeaderCache, type QuickMatch, quickMatches, readHeaderAt } from "./headerRows";
import type { FactorInfo } from "./records";
import { classifyRow, sectionText, type TableShape } from "./rowKinds";
import { SheetView } from "./sheetView";
import { settledKind } from "./tableKind";
import type { ColumnMeaning, FindResult, FoundTable, TableRow } from "./types";

/** The kind's key columns, as the «таблица не найдена» message names them. */
const EXPECTED =
  "нет строки заголовка с колонками «Наименование ОО» и «Муниципалитет» (школы) или «Мероприятие» и «Сроки» (план)";

function mergedDownRows(view: SheetView, header: Header): Set<number> {
  const rows = new Set<number>();
  const below = header.rows[header.rows.length - 1];
  for (const m of view.grid.merges) {
    const top = m.top - view.grid.origin.row;
    const col = m.left - view.grid.origin.col;
    if (m.bottom === m.top || top <= below || col < header.left || col > header.right) continue;
    for (let r = top + 1; r <= m.bottom - view.grid.origin.row; r++) rows.add(r);
  }
  return rows;
}

function shapeOf(view: SheetView, header: Header): TableShape {
  const columnOf = new Map<ColumnMeaning, number>();
  for (const column of header.columns) {
    const local = column.col - view.grid.origin.col;
    if (!columnOf.has(column.meaning)) columnOf.set(column.meaning, local);
  }
  const key = header.kind === "plan" ? "measure" : columnOf.has("school") ? "school" : "schoolId";
  const headerTexts = header.rows.map((r) => {
    const texts = new Map<number, string>();
    for (const c of view.filledColumns(r, header.left, header.right)) texts.set(c, view.text(r, c));
    return texts;
  });
  return {
    left: header.left,
    right: header.right,
    headerTexts,
    columnOf,
    keyCol: columnOf.get(key) ?? header.left,
    loneKeyTextIsData: header.kind === "plan",
    mergedDownRows: mergedDownRows(view, header),
  };
}

/** At most this many filled rows right above a header make its title (notes further up are not the title). */
const TITLE_ROWS = 4;

/** Text of the title rows between `from` and the header: each row's filled cells, in order. */
function titleAbove(view: SheetView, from: number, headerRow: number): string | undefined {
  const lines: string[] = [];
  for (let r = headerRow - 1; r >= from && lines.length < TITLE_ROWS; r--) {
    const line = view
      .filledColumns(r)
      .map((c) => view.text(r, c))
      .join(" ");
    if (line) lines.unshift(line);
  }
  return lines.length > 0 ? lines.join(" ") : undefined;
}

function notFound(
  view: SheetView,
  best: { r: number; matches: { col: number; meaning: NamedMeaning }[] } | null,
): Problem {
  const place = `на листе «${view.name}» таблица не найдена: ${EXPECTED}`;
  const found = best
    ? `; в строке ${view.sheetRow(best.r) + 1} узнаны только ${best.matches
        .map(
          (m) =>
            `«${view.text(best.r, m.col)}» (${cellAddress(view.sheetRow(best.r), view.sheetCol(m.col))}, ${MEANING_EXAMPLE[m.meaning]})`,
        )
        .join(", ")}`
    : "";
  return {
    sheet: view.name,
    row: view.sheetRow(best?.r ?? 0),
    col: view.sheetCol(0),
    message: `${place}${found}. Если таблица есть, задайте смысл её колонок на листе настроек.`,
    severity: "warning",
  };
}

/**
 * A value merged down over several data rows (a municipality or curator written once for its schools) is the
 * value of each of those rows: the user reads it so, while the grid holds it in the top-left cell only.
 */
function fillMergedDown(view: SheetView, shape: TableShape, rows: TableRow[]): void {
  if (rows.length === 0) return;
  const bySheetRow = new Map(rows.map((r) => [r.row, r]));
  for (const m of view.grid.merges) {
    const col = m.left - view.grid.origin.col;
    if (m.bottom === m.top || col < shape.left || col > shape.right || !bySheetRow.has(m.top)) continue;
    const value = bySheetRow.get(m.top)!.cells[col - shape.left];
    for (let r = m.top + 1; r <= m.bottom; r++) {
      const row = bySheetRow.get(r);
      if (row && row.cells[col - shape.left] === null) row.cells[col - shape.left] = value;
    }
  }
}

/** A plan's row that is not an item (SPEC §3), told in «Замечания» with its row. */
function skippedRow(view: SheetView, r: number, shape: TableShape, kind: "columnNumbers" | "separator"): Problem {
  const filled = view.filledColumns(r, shape.left, shape.right);
  const text = filled.map((c) => view.text(r, c)).join(" | ");
  const what = kind === "columnNumbers" ? "номера колонок" : "строка-разделитель";
  return cellProblem(
    view.name,
    view.sheetRow(r),
    view.sheetCol(filled[0]),
    `строка ${view.sheetRow(r) + 1} плана — ${what} («${text}»), не пункт плана; пропущена`,
    "info",
  );
}

/** Can a row inside a table be the header of the next one? Only when it names a key column and another one. */
function startsNewTable(matches: QuickMatch[]): boolean {
  return (
    matches.length >= 2 &&
    matches.some((m) => m.meaning === "school" || m.meaning === "schoolId" || m.meaning === "measure")
  );
}

export function findTables(grid: SheetGrid, settings: Settings, catalogue?: FactorInfo[]): FindResult {
  const view = new SheetView(grid);
  const cache: HeaderCache = new Map();
  const tables: FoundTable[] = [];
  const problems: Problem[] = [];
  let best: { r: number; matches: { col: number; meaning: NamedMeaning }[] } | null = null;
  let titleFrom = 0;
  let r = 0;

  // A header names at least one column by a synonym (the others may be factors), unless the settings name them.
  const headerAt = (row: number): Header | null => {
    const matches = quickMatches(view, row, cache);
    if (matches.length === 0 && settings.columnOverrides.length === 0) return null;
    if (matches.length > (best?.matches.length ?? 0)) best = { r: row, matches };
    return readHeaderAt(view, row, settings, catalogue);
  };

  while (r < view.height) {
    const header = headerAt(r);
    if (!header) {
      r++;
      continue;
    }
    const shape = shapeOf(view, header);
    const rows: TableRow[] = [];
    let section: string | undefined;
    let next = header.rows[header.rows.length - 1] + 1;
    let last = next - 1;
    let afterGap = false;
    for (; next < view.height; next++) {
      const kind = classifyRow(view, next, shape);
      // A next table starts after a gap (blank, title or heading rows), so data rows right after data rows need no test.
      if (kind === "data" && afterGap && startsNewTable(quickMatches(view, next, cache)) && headerAt(next)) break;
      afterGap = kind !== "data";
      if (header.kind === "plan" && (kind === "columnNumbers" || kind === "separator"))
        problems.push(skippedRow(view, next, shape, kind));
      if (kind === "section") section = sectionText(view, next, shape);
      if (kind !== "data") continue;
      const cells = grid.cells[next].slice(shape.left, shape.right + 1);
      while (cells.length < shape.right - shape.left + 1) cells.push(null);
      rows.push(
        section === undefined ? { row: view.sheetRow(next), cells } : { row: view.sheetRow(next), cells, section },
      );
      last = next;
    }
    fillMergedDown(view, shape, rows);
    const title = titleAbove(view, titleFrom, header.rows[0]);
    const table: FoundTable = {
      sheet: grid.name,
      kind: header.kind,
      range: {
        top: view.sheetRow(header.rows[0]),
        left: view.sheetCol(header.left),
        bottom: view.sheetRow(last),
        right: view.sheetCol(header.right),
      },
      headerRows: header.rows.map((h) => view.sheetRow(h)),
      columns: header.columns,
      rows,
    };
    table.kind = settledKind(table);
    if (title !== undefined) table.title = title;
    if (header.ownCatalogue) table.factorCatalogue = header.ownCatalogue;
    if (header.kind === "plan" && title !== undefined) {
      const period = findPeriodInTitle(title, settings.schoolYearEnd);
      if (period) table.period = period;
    }
    tables.push(table);
    problems.push(...header.problems);
    titleFrom = last + 1;
    r = next;
  }

  if (tables.length === 0 && view.height > 0) problems.push(notFound(view, best));
  problems.push(...unusedOverrides(view, settings, tables));
  return { tables, problems };
}

/** «Рисковые факторы / 3» is the column «3» as well as the whole header. */
function isHeaderOf(columnHeader: string, wanted: string): boolean {
  const column = normalizeHeader(columnHeader);
  const target = normalizeHeader(wanted);
  return column === target || column.endsWith(` ${target}`);
}

/** An override whose column is not there: reported at the first table's header row (or the sheet's first cell). */
function unusedOverrides(view: SheetView, settings: Settings, tables: FoundTable[]): Problem[] {
  const sheet = view.name;
  const row = tables[0]?.headerRows[0] ?? view.sheetRow(0);
  const col = tables[0]?.range.left ?? view.sheetCol(0);
  return settings.columnOverrides
    .filter((o) => normalizeText(o.sheet) === normalizeText(sheet))
    .filter((o) => !tables.some((t) => t.columns.some((c) => c.overridden && isHeaderOf(c.header, o.header))))
    .map((o) => ({
      sheet,
      row,
      col,
      message: `в настройках задана колонка «${o.header}» листа «${sheet}», но в найденных таблицах её нет; настройка не применена`,
      severity: "warning" as const,
    }));
}
