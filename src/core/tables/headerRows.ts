/**
 * Reading a table's header: one row, or two when a group header («Рисковые факторы (уровень значимости)»,
 * merged or not) stands over columns headed 1…10 or РФ1…РФ10, or a plan's group header over its sub-columns
 * («Отметка о выполнении» over «отметка | дата», see subColumns.ts); mapping each column to its meaning; telling the
 * table's kind from the meanings found.
 */
import { normalizeText } from "../cell";
import { cellAddress } from "../a1";
import { cellProblem, type Problem } from "../problems";
import {
  catalogueFromHeaders,
  DEFAULT_FACTORS,
  factorNumberInHeader,
  isRiskGroupHeader,
  matchFactorHeader,
} from "../risk/catalogue";
import type { Settings } from "../settings";
import { matchColumnHeader, type NamedMeaning, normalizeHeader } from "./columnSynonyms";
import { isDeadlinePhrase, isGenericDeadlineHeader, isItemNumber, mostly, sampleRows } from "./columnValues";
import { parseMeaning } from "./meaningWords";
import type { FactorInfo } from "./records";
import type { SheetView } from "./sheetView";
import { headerMeaning, subColumnMeaning } from "./subColumns";
import type { ColumnMeaning, MappedColumn, TableKind } from "./types";

/** Headers longer than this are read by their beginning only when looking for header rows. */
const HEADER_PREFIX_CHARS = 100;

export interface Header {
  /** Local rows of the header (one or two). */
  rows: number[];
  /** Local columns spanned by the header. */
  left: number;
  right: number;
  kind: TableKind;
  /** Columns with sheet column numbers. */
  columns: MappedColumn[];
  /** A factor list taken from the header row, when it differs from the default. */
  ownCatalogue?: FactorInfo[];
  problems: Problem[];
}

export interface QuickMatch {
  col: number;
  meaning: NamedMeaning;
}

/** Header matches of the texts met so far: data repeat their texts (levels, municipalities). */
export type HeaderCache = Map<string, NamedMeaning | null>;

/** Cells of a row whose text names a column meaning: a cheap test for header rows. */
export function quickMatches(view: SheetView, r: number, cache: HeaderCache): QuickMatch[] {
  const out: QuickMatch[] = [];
  const row = view.grid.cells[r] ?? [];
  for (let c = 0; c < row.length; c++) {
    const value = row[c];
    if (typeof value !== "string") continue;
    let meaning = cache.get(value);
    if (meaning === undefined) {
      meaning = matchColumnHeader(value.slice(0, HEADER_PREFIX_CHARS));
      cache.set(value, meaning);
    }
    if (meaning !== null) out.push({ col: c, meaning });
  }
  return out;
}

/** Columns of row r covered by a group header: group start column for each covered column. */
function groupSpans(view: SheetView, r: number, hasSubRow: boolean): Map<number, number> {
  const groupOf = new Map<number, number>();
  for (const c of view.filledColumns(r)) {
    const merge = view.mergeAt(r, c);
    if (merge && merge.right > c) {
      for (let k = c; k <= merge.right; k++) groupOf.set(k, c);
    } else if (hasSubRow && view.blank(r, c + 1) && !view.blank(r + 1, c + 1)) {
      // An unmerged group header: its text, then blank cells over the sub-headers.
      let k = c;
      groupOf.set(k, c);
      while (k + 1 < view.width && view.blank(r, k + 1) && !view.blank(r + 1, k + 1)) groupOf.set(++k, c);
    }
  }
  return groupOf;
}

/** Is row r+1 the second row of a two-row header starting at row r? */
function hasSecondHeaderRow(view: SheetView, r: number): boolean {
  if (r + 1 >= view.height) return false;
  const sub = view.filledColumns(r + 1);
  if (sub.length === 0) return false;
  const groups = groupSpans(view, r, true);
  if (groups.size === 0) return false;
  // Every sub-header sits under a group or under a blank top cell; a data row would fill the top's columns.
  const headerLike = sub.every((c) => {
    const v = view.cell(r + 1, c);
    const small = typeof v === "number" ? Number.isInteger(v) && v >= 1 && v <= 99 : typeof v === "string";
    return small && (groups.has(c) || view.blank(r, c));
  });
  const verticalTopCell = view.filledColumns(r).some((c) => !groups.has(c) && view.blank(r + 1, c));
  return headerLike && verticalTopCell;
}

interface RawColumn {
  col: number;
  header: string;
  /** The text that names the column itself (the sub-header under a group). */
  own: string;
  group?: string;
  /** A blank-headed column's meaning, read from its values. */
  byValues?: ColumnMeaning;
}

/** Is the header blank over local column c? */
function blankHeader(view: SheetView, r: number, twoRows: boolean, c: number): boolean {
  return view.blank(r, c) && (!twoRows || view.blank(r + 1, c));
}

/**
 * Blank-headed columns that their values name (SPEC §3): inside the header's span, or beside it (a plan whose first
 * header cell is empty over «1., 2., 3.»): deadline phrases make a deadline column, item numbers the number column.
 */
function blankHeadedColumns(
  view: SheetView,
  r: number,
  twoRows: boolean,
  span: { left: number; right: number },
  named: Set<number>,
): RawColumn[] {
  const rows = sampleRows(view, twoRows ? r + 1 : r);
  const meaningOf = (c: number, numberAllowed: boolean): ColumnMeaning | null => {
    if (!blankHeader(view, r, twoRows, c)) return null;
    if (mostly(view, rows, c, isDeadlinePhrase)) return "deadline";
    return numberAllowed && mostly(view, rows, c, isItemNumber) ? "itemNumber" : null;
  };
  const out: RawColumn[] = [];
  const add = (c: number, meaning: ColumnMeaning): void => {
    out.push({ col: c, header: "", own: "", byValues: meaning });
  };
  for (let c = span.left; c <= span.right; c++) {
    const meaning = named.has(c) ? null : meaningOf(c, c === span.left);
    if (meaning) add(c, meaning);
  }
  for (let c = span.left - 1, numberAllowed = true; c >= 0; c--, numberAllowed = false) {
    const meaning = meaningOf(c, numberAllowed);
    if (!meaning) break;
    add(c, meaning);
    span.left = c;
  }
  for (let c = span.right + 1; c < view.width; c++) {
    if (meaningOf(c, false) !== "deadline") break;
    add(c, "deadline");
    span.right = c;
  }
  return out;
}

function rawColumns(
  view: SheetView,
  r: number,
  twoRows: boolean,
): { columns: RawColumn[]; left: number; right: number } {
  const groups = twoRows ? groupSpans(view, r, true) : new Map<number, number>();
  let left = Infinity;
  let right = -1;
  for (const c of [...view.filledColumns(r), ...(twoRows ? view.filledColumns(r + 1) : [])]) {
    left = Math.min(left, c);
    right = Math.max(right, view.mergeAt(r, c)?.right ?? c);
  }
  const columns: RawColumn[] = [];
  for (let c = left; c <= right; c++) {
    const top = view.text(r, c);
    const sub = twoRows ? view.text(r + 1, c) : "";
    const groupCol = groups.get(c);
    if (groupCol !== undefined) {
      const group = view.text(r, groupCol);
      columns.push({ col: c, header: sub ? `${group} / ${sub}` : group, own: sub || group, group });
    } else if (top || sub) {
      columns.push({ col: c, header: top || sub, own: top || sub });
    }
  }
  return { columns, left, right };
}

/** A column under a group header with a sub-header of its own («Отметка о выполнении / дата»). */
function isSubColumn(column: RawColumn): boolean {
  return column.group !== undefined && column.own !== column.group;
}

function overrideFor(
  settings: Settings,
  sheet: string,
  column: RawColumn,
): { meaning: ColumnMeaning; factor?: number } | null {
  const names = new Set([normalizeHeader(column.header), normalizeHeader(column.own)]);
  const override = settings.columnOverrides.find(
    (o) => normalizeText(o.sheet) === normalizeText(sheet) && names.has(normalizeHeader(o.header)),
  );
  return override ? parseMeaning(override.meaning) : null;
}

const RESULTS_LONG = [/^год$/, /^процедур/, /^(количество )?участник/, /^получили 2/, /^доля 2/];
const RESULTS_WIDE = /^(впр|огэ|егэ)[\s-]*\d{4}/;

function kindOf(columns: MappedColumn[]): TableKind | null {
  const has = (m: ColumnMeaning): boolean => columns.some((c) => c.meaning === m);
  const headers = columns.map((c) => normalizeText(c.header));
  const schoolish = has("school") || has("schoolId");
  const longMarks = RESULTS_LONG.filter((re) => headers.some((h) => re.test(h))).length;
  if (schoolish && (longMarks >= 2 || headers.some((h) => RESULTS_WIDE.test(h)))) return "results";
  if (has("measure") && (has("deadline") || has("deadlineStart") || has("scheduleMark") || has("executor")))
    return "plan";
  if (!has("school")) return null;
  const shares = headers.filter((h) => /^доля\s/.test(h)).length;
  // Shares may be a context table or a monitoring sheet's indicators: the rows decide (settledKind).
  if (!has("factor") && !has("curator") && shares >= 2) return "context";
  return has("municipality") || has("schoolId") || has("factor") || has("curator") ? "schools" : null;
}

const KIND_MEANINGS: Record<TableKind, ColumnMeaning[]> = {
  schools: ["itemNumber", "school", "municipality", "curator", "schoolId", "factor"],
  plan: [
    "itemNumber",
    "measure",
    "deadline",
    "executor",
    "result",
    "indicator",
    "groups",
    "doneMark",
    "doneDate",
    "deadlineStart",
    "deadlineEnd",
    "scheduleMark",
  ],
  results: ["itemNumber", "school", "municipality", "schoolId"],
  context: ["itemNumber", "school", "municipality", "schoolId"],
};

/**
 * The header starting at local row r, or null when the row is not a table header. `catalogue` is a factor
 * list the workbook gave on its own sheet; without it the default applies unless the header names its own.
 */
export function readHeaderAt(view: SheetView, r: number, settings: Settings, catalogue?: FactorInfo[]): Header | null {
  const twoRows = hasSecondHeaderRow(view, r);
  const found = rawColumns(view, r, twoRows);
  const span = { left: found.left, right: found.right };
  // Values are read only under a plan's header (one naming a measure): schools sheets are long and need none of it.
  const planLike = found.columns.some((c) => matchColumnHeader(c.own) === "measure");
  const byValues = planLike ? blankHeadedColumns(view, r, twoRows, span, new Set(found.columns.map((c) => c.col))) : [];
  const raw = [...found.columns, ...byValues].sort((a, b) => a.col - b.col);
  const { left, right } = span;
  const sample = planLike ? sampleRows(view, twoRows ? r + 1 : r) : [];
  const problems: Problem[] = [];
  const inForce = catalogue ?? DEFAULT_FACTORS;
  const at = (c: number): [string, number, number] => [view.name, view.sheetRow(twoRows ? r + 1 : r), view.sheetCol(c)];

  const mapped: MappedColumn[] = raw.map((column) => {
    const base = { col: view.sheetCol(column.col), header: column.header };
    const override = overrideFor(settings, view.name, column);
    if (override) return { ...base, ...override, overridden: true };
    if (column.byValues) return { ...base, meaning: column.byValues, fromValues: true };
    const under = column.group !== undefined && isRiskGroupHeader(column.group);
    const stated = factorNumberInHeader(column.own, under);
    const factor = matchFactorHeader(column.own, inForce, under);
    if (factor !== null) return { ...base, meaning: "factor", factor };
    if (stated !== null) {
      problems.push(
        cellProblem(
          ...at(column.col),
          `колонка «${column.header}»: фактора ${stated} нет в перечне рисковых факторов (${inForce.length}); колонка не учтена как фактор`,
        ),
      );
      return { ...base, meaning: "other" };
    }
    const sub = isSubColumn(column) ? subColumnMeaning(column.group!, column.own) : null;
    if (sub !== null) return { ...base, meaning: sub };
    // A sub-header that names nothing by itself reads with its group: «Сроки исполнения / сроки».
    const named = headerMeaning(column.own) ?? (column.group ? headerMeaning(`${column.group} ${column.own}`) : null);
    // A generic or blank header over deadline phrases is a deadline column (SPEC §3).
    if (
      named === null &&
      !under &&
      isGenericDeadlineHeader(column.own) &&
      mostly(view, sample, column.col, isDeadlinePhrase)
    )
      return { ...base, meaning: "deadline", fromValues: true };
    return { ...base, meaning: named ?? (under ? "factor" : "other") };
  });

  // Columns under a risk-factor group header that name factors the catalogue lacks: the workbook's own list.
  let ownCatalogue: FactorInfo[] | undefined;
  const factorArea = raw.filter((_, i) => mapped[i].meaning === "factor" && !mapped[i].overridden);
  if (!catalogue && factorArea.length > 0)
    ownCatalogue = catalogueFromHeaders(factorArea.map((c) => c.own)) ?? undefined;
  let areaIndex = 0;
  for (const [i, column] of mapped.entries()) {
    if (column.meaning !== "factor" || column.overridden) continue;
    const own = ownCatalogue?.[areaIndex++];
    if (own) column.factor = own.number;
    if (column.factor === undefined) {
      problems.push(
        cellProblem(
          ...at(raw[i].col),
          `колонка «${column.header}» стоит под заголовком рисковых факторов, но не названа фактором перечня; колонка не учтена`,
        ),
      );
      column.meaning = "other";
    }
  }

  const kind = kindOf(mapped);
  if (kind === null) return null;
  const seen = new Set<string>();
  for (const [i, column] of mapped.entries()) {
    if (!KIND_MEANINGS[kind].includes(column.meaning) && column.meaning !== "ignored") column.meaning = "other";
    // Gantt months and quarters are many columns of one meaning, each naming its own month; an item may serve several
    // indicators, one a column (the Omsk plan); several deadline columns (a session or a year each) are one window
    // each (SPEC §3): none of them is a repeat.
    if (["other", "ignored", "scheduleMark", "indicator", "deadline"].includes(column.meaning)) continue;
    const key = column.meaning === "factor" ? `factor ${column.factor}` : column.meaning;
    if (seen.has(key) && isSubColumn(raw[i]) && !column.overridden) {
      // Never dropped as a repeat of its group: the user is told which cell the add-in could not read.
      problems.push({
        ...cellProblem(
          ...at(raw[i].col),
          `подколонка «${raw[i].own}» под заголовком «${raw[i].group}» (${cellAddress(view.sheetRow(r + 1), column.col)}): смысл не определён — задайте его на листе настроек («Колонка: ${view.name} / ${column.header}»); колонка не учтена`,
        ),
        severity: "warning",
      });
      column.meaning = "other";
      continue;
    }
    if (seen.has(key)) {
      problems.push({
        ...cellProblem(
          view.name,
          view.sheetRow(r),
          column.col,
          `колонка «${column.header}» (${cellAddress(view.sheetRow(r), column.col)}) повторяет значение уже найденной колонки; учтена первая`,
        ),
        severity: "warning",
      });
      column.meaning = "other";
      delete column.factor;
    }
    seen.add(key);
  }
  const header: Header = { rows: twoRows ? [r, r + 1] : [r], left, right, kind, columns: mapped, problems };
  if (kind === "schools" && ownCatalogue) header.ownCatalogue = ownCatalogue;
  return header;
}
