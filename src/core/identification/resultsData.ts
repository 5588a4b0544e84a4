/**
 * Results and context tables (SPEC §8) read into rows per school: the long layout («Год», «Процедура»,
 * «Участников», «Получили «2»» or «Доля «2», %»), the wide layout (a column per procedure and year) and the
 * context columns ИСБШ is built from. A school is its login when there is one (one login under two names is
 * one school), else its normalised name and municipality, as in the schools list.
 */
import { type Cell, cellText, isBlank, normalizeText } from "../cell";
import { readNumber } from "../indicators/numbers";
import { cellAddress } from "../a1";
import { cellProblem, type Problem } from "../problems";
import { identityText } from "../tables/schoolRecords";
import type { CellRef, SchoolRecord, SourcedCell } from "../tables/records";
import type { ColumnMeaning, FoundTable, TableRow } from "../tables/types";
import { parseProcedureHeader, procedureKey, type ResultMeasure, readYear } from "./procedureHeader";

export interface SchoolRef {
  key: string;
  name: string;
  login: string;
  municipality: string;
}

/** One procedure of one year at one school. */
export interface ResultRow {
  school: SchoolRef;
  procedure: string;
  procedureKey: string;
  year: number;
  /** Share of participants who got «2», percent 0…100. */
  share: number;
  participants?: number;
  failed?: number;
  /** The cell the share comes from (or the «Получили «2»» cell). */
  ref: CellRef;
}

/** A school's context cells (for ИСБШ), by normalised header. */
export interface ContextRow {
  school: SchoolRef;
  values: Map<string, SourcedCell & { header: string }>;
}

export interface IdentificationData {
  results: ResultRow[];
  context: ContextRow[];
  problems: Problem[];
  notes: string[];
}

/** Header of a column, normalised for lookup (used by ИСБШ components too). */
export function columnKey(header: string): string {
  return normalizeText(header).replace(/\s/g, "");
}

/** Schools met in the tables, one per identity; the schools list gives the name and municipality when it knows the school. */
class SchoolRegistry {
  private readonly byKey = new Map<string, SchoolRef>();
  private readonly known = new Map<string, SchoolRecord>();
  private readonly otherNames = new Set<string>();

  constructor(
    schools: readonly SchoolRecord[],
    private readonly problems: Problem[],
  ) {
    for (const s of schools) {
      if (s.id) this.known.set(`id:${s.id}`, s);
      this.known.set(`name:${identityText(s.name)}|${identityText(s.municipality)}`, s);
    }
  }

  resolve(name: string, login: string, municipality: string, ref: CellRef): SchoolRef | null {
    if (name === "" && login === "") return null;
    const key = login ? `id:${login}` : `name:${identityText(name)}|${identityText(municipality)}`;
    const seen = this.byKey.get(key);
    if (seen) {
      const other = name && name !== seen.name ? `${key}|${identityText(name)}` : null;
      if (other !== null && identityText(name) !== identityText(seen.name) && !this.otherNames.has(other)) {
        this.otherNames.add(other);
        this.problems.push({
          ...cellProblem(
            ref.sheet,
            ref.row,
            ref.col,
            `ОО с логином «${login}» записана под другим наименованием: «${name}» (${cellAddress(ref.row, ref.col)}) и «${seen.name}»; это одна ОО, в отчётах — «${seen.name}»`,
          ),
          severity: "info",
        });
      }
      if (!seen.municipality && municipality) seen.municipality = municipality;
      return seen;
    }
    const record = this.known.get(key);
    const school: SchoolRef = {
      key: record?.key ?? key,
      name: record?.name || name || login,
      login: login || record?.id || "",
      municipality: record?.municipality || municipality,
    };
    this.byKey.set(key, school);
    return school;
  }
}

class Columns {
  constructor(readonly table: FoundTable) {}
  col(meaning: ColumnMeaning): number | undefined {
    return this.table.columns.find((c) => c.meaning === meaning)?.col;
  }
  value(row: TableRow, col: number | undefined): Cell {
    return col === undefined ? null : (row.cells[col - this.table.range.left] ?? null);
  }
  text(row: TableRow, col: number | undefined): string {
    return cellText(this.value(row, col));
  }
  otherCol(re: RegExp): number | undefined {
    return this.table.columns.find((c) => c.meaning === "other" && re.test(normalizeText(c.header)))?.col;
  }
}

function schoolOf(cols: Columns, row: TableRow, registry: SchoolRegistry): SchoolRef | null {
  const schoolCol = cols.col("school") ?? cols.col("schoolId") ?? cols.table.range.left;
  return registry.resolve(
    cols.text(row, cols.col("school")),
    cols.text(row, cols.col("schoolId")),
    cols.text(row, cols.col("municipality")),
    { sheet: cols.table.sheet, row: row.row, col: schoolCol },
  );
}

interface RawShare {
  school: SchoolRef;
  procedure: string;
  year: number;
  value: number;
  ref: CellRef;
}

/** Shares of a column written as fractions (every value ≤ 1) become percent, as in LOWRESULT. */
function asPercent(raw: RawShare[]): number[] {
  const fractions = raw.length > 0 && raw.every((r) => r.value <= 1);
  return raw.map((r) => (fractions ? r.value * 100 : r.value));
}

/** «—» and «-» in a results table mean «no result», as a blank cell does. */
const NO_RESULT = /^[-–—]$/;

function numberAt(
  cols: Columns,
  row: TableRow,
  col: number,
  what: string,
  problems: Problem[],
): number | "blank" | null {
  const value = cols.value(row, col);
  if (NO_RESULT.test(cellText(value))) return "blank";
  const n = readNumber(value);
  if (n === null || (typeof n === "number" && n < 0)) {
    problems.push(
      cellProblem(
        cols.table.sheet,
        row.row,
        col,
        `«${what}»: «${cellText(value)}» — нужно неотрицательное число; значение не учтено`,
      ),
    );
    return null;
  }
  return n;
}

/** Counts → share; a count that cannot be a share is reported with its cell. */
function shareOfCounts(
  cols: Columns,
  row: TableRow,
  participantsCol: number,
  failedCol: number,
  problems: Problem[],
): { share: number; participants: number; failed: number } | null {
  const participants = numberAt(cols, row, participantsCol, "Участников", problems);
  const failed = numberAt(cols, row, failedCol, "Получили «2»", problems);
  if (typeof participants !== "number" || typeof failed !== "number") return null;
  if (participants === 0 || failed > participants) {
    problems.push(
      cellProblem(
        cols.table.sheet,
        row.row,
        failedCol,
        participants === 0
          ? "участников 0: долю «2» не вычислить; строка не учтена"
          : `получили «2» (${failed}) больше, чем участников (${participants}); строка не учтена`,
      ),
    );
    return null;
  }
  return { share: (failed * 100) / participants, participants, failed };
}

function readLong(cols: Columns, registry: SchoolRegistry, problems: Problem[]): ResultRow[] {
  const yearCol = cols.otherCol(/^год(?:\s|$)/);
  const procCol = cols.otherCol(/^процедур/);
  const participantsCol = cols.otherCol(/^(количество |число )?участник/);
  const failedCol = cols.otherCol(/^(получили|количество|число) 2/);
  const shareCol = cols.otherCol(/^доля 2/);
  const t = cols.table;
  if (
    yearCol === undefined ||
    procCol === undefined ||
    (shareCol === undefined && (participantsCol === undefined || failedCol === undefined))
  ) {
    problems.push({
      sheet: t.sheet,
      row: t.headerRows[0],
      message: `таблица результатов на листе «${t.sheet}» (${cellAddress(t.range.top, t.range.left)}): нужны колонки «Год», «Процедура» и «Доля «2», %» или «Участников» и «Получили «2»»; таблица не учтена`,
      severity: "error",
    });
    return [];
  }
  const out: ResultRow[] = [];
  const shares: RawShare[] = [];
  for (const row of t.rows) {
    const school = schoolOf(cols, row, registry);
    if (!school) continue;
    const yearCell = cols.value(row, yearCol);
    const year = typeof yearCell === "number" || typeof yearCell === "string" ? readYear(yearCell) : null;
    const procedure = cols.text(row, procCol);
    if (year === null || procedure === "") {
      const col = year === null ? yearCol : procCol;
      problems.push(
        cellProblem(
          t.sheet,
          row.row,
          col,
          year === null
            ? `год «${cellText(yearCell)}» не понят — нужен год, например 2021; строка не учтена`
            : "не указана процедура; строка не учтена",
        ),
      );
      continue;
    }
    const base = { school, procedure, procedureKey: procedureKey(procedure), year };
    if (participantsCol !== undefined && failedCol !== undefined && !isBlank(cols.value(row, failedCol))) {
      const counted = shareOfCounts(cols, row, participantsCol, failedCol, problems);
      if (counted) out.push({ ...base, ...counted, ref: { sheet: t.sheet, row: row.row, col: failedCol } });
      continue;
    }
    if (shareCol === undefined) continue;
    const n = numberAt(cols, row, shareCol, "Доля «2»", problems);
    if (typeof n === "number")
      shares.push({ school, procedure, year, value: n, ref: { sheet: t.sheet, row: row.row, col: shareCol } });
  }
  return out.concat(sharesToRows(shares, problems));
}

function sharesToRows(shares: RawShare[], problems: Problem[]): ResultRow[] {
  const percent = asPercent(shares);
  const out: ResultRow[] = [];
  for (const [i, s] of shares.entries()) {
    if (percent[i] > 100) {
      problems.push(
        cellProblem(s.ref.sheet, s.ref.row, s.ref.col, `доля «2» ${s.value} больше 100 %; значение не учтено`),
      );
      continue;
    }
    out.push({
      school: s.school,
      procedure: s.procedure,
      procedureKey: procedureKey(s.procedure),
      year: s.year,
      share: percent[i],
      ref: s.ref,
    });
  }
  return out;
}

function readWide(cols: Columns, registry: SchoolRegistry, problems: Problem[]): ResultRow[] {
  const t = cols.table;
  const parsed = t.columns
    .filter((c) => c.meaning === "other")
    .map((c) => ({ col: c.col, header: c.header, parsed: parseProcedureHeader(c.header) }));
  for (const p of parsed) {
    if (!p.parsed)
      problems.push({
        ...cellProblem(
          t.sheet,
          t.headerRows.at(-1) ?? t.range.top,
          p.col,
          `колонка «${p.header}»: не названы процедура и год (например, «ВПР-2021 рус 5 доля 2»); колонка не учтена`,
        ),
        severity: "warning",
      });
  }
  const columns = parsed.filter((p) => p.parsed).map((p) => ({ col: p.col, header: p.header, ...p.parsed! }));
  const find = (key: string, year: number, measure: ResultMeasure): number | undefined =>
    columns.find((c) => c.procedureKey === key && c.year === year && c.measure === measure)?.col;
  const out: ResultRow[] = [];
  for (const c of columns) {
    if (c.measure === "participants") continue;
    if (c.measure === "failed") {
      const participantsCol = find(c.procedureKey, c.year, "participants");
      if (participantsCol === undefined) {
        problems.push({
          ...cellProblem(
            t.sheet,
            t.headerRows.at(-1) ?? t.range.top,
            c.col,
            `колонка «${c.header}»: нет колонки участников той же процедуры и года; колонка не учтена`,
          ),
          severity: "warning",
        });
        continue;
      }
      if (find(c.procedureKey, c.year, "share") !== undefined) continue; // the share column is read instead
      for (const row of t.rows) {
        if (isBlank(cols.value(row, c.col)) || NO_RESULT.test(cellText(cols.value(row, c.col)))) continue;
        const school = schoolOf(cols, row, registry);
        const counted = school ? shareOfCounts(cols, row, participantsCol, c.col, problems) : null;
        if (school && counted)
          out.push({
            school,
            procedure: c.procedure,
            procedureKey: c.procedureKey,
            year: c.year,
            ...counted,
            ref: { sheet: t.sheet, row: row.row, col: c.col },
          });
      }
      continue;
    }
    const filled = t.rows.filter(
      (row) => !isBlank(cols.value(row, c.col)) && !NO_RESULT.test(cellText(cols.value(row, c.col))),
    );
    if (filled.length > 0 && filled.every((row) => typeof readNumber(cols.value(row, c.col)) !== "number")) {
      // A remark column that happens to name a year: one problem for the column, not one per cell.
      problems.push({
        ...cellProblem(
          t.sheet,
          t.headerRows.at(-1) ?? t.range.top,
          c.col,
          `колонка «${c.header}»: ни одного числа — это не доля «2»; колонка не учтена`,
        ),
        severity: "warning",
      });
      continue;
    }
    const shares: RawShare[] = [];
    for (const row of t.rows) {
      const school = schoolOf(cols, row, registry);
      if (!school) continue;
      const n = numberAt(cols, row, c.col, c.header, problems);
      if (typeof n === "number")
        shares.push({
          school,
          procedure: c.procedure,
          year: c.year,
          value: n,
          ref: { sheet: t.sheet, row: row.row, col: c.col },
        });
    }
    for (const r of sharesToRows(shares, problems)) out.push(r);
  }
  return out;
}

function isLong(table: FoundTable): boolean {
  return table.columns.some((c) => c.meaning === "other" && /^процедур/.test(normalizeText(c.header)));
}

/** Keeps the first row of a school, procedure and year; a repeat is reported. */
function dropRepeats(rows: ResultRow[], problems: Problem[]): ResultRow[] {
  const seen = new Map<string, ResultRow>();
  const out: ResultRow[] = [];
  for (const r of rows) {
    const key = `${r.school.key}|${r.procedureKey}|${r.year}`;
    const first = seen.get(key);
    if (first) {
      problems.push({
        ...cellProblem(
          r.ref.sheet,
          r.ref.row,
          r.ref.col,
          `результат «${r.procedure}» ${r.year} года ОО «${r.school.name}» уже указан (лист «${first.ref.sheet}», ${cellAddress(first.ref.row, first.ref.col)}); учтён первый`,
        ),
        severity: "warning",
      });
      continue;
    }
    seen.set(key, r);
    out.push(r);
  }
  return out;
}

/** Context columns of the context tables, then the schools tables' other columns for what they lack. */
function readContext(tables: FoundTable[], schools: readonly SchoolRecord[], registry: SchoolRegistry): ContextRow[] {
  const byKey = new Map<string, ContextRow>();
  const rowOf = (school: SchoolRef): ContextRow => {
    const found = byKey.get(school.key) ?? { school, values: new Map() };
    byKey.set(school.key, found);
    return found;
  };
  for (const t of tables.filter((x) => x.kind === "context")) {
    const cols = new Columns(t);
    const others = t.columns.filter((x) => x.meaning === "other").map((c) => ({ ...c, key: columnKey(c.header) }));
    for (const row of t.rows) {
      const school = schoolOf(cols, row, registry);
      if (!school) continue;
      const target = rowOf(school);
      for (const c of others) {
        if (!target.values.has(c.key))
          target.values.set(c.key, {
            header: c.header,
            value: cols.value(row, c.col),
            ref: { sheet: t.sheet, row: row.row, col: c.col },
          });
      }
    }
  }
  // Schools share their extra columns' headers: each normalised once.
  const keys = new Map<string, string>();
  const keyOf = (header: string): string => keys.get(header) ?? keys.set(header, columnKey(header)).get(header)!;
  for (const s of schools) {
    const school = registry.resolve(s.name, s.id ?? "", s.municipality, s.ref);
    if (!school) continue;
    const target = rowOf(school);
    for (const [header, cell] of s.extra) {
      const key = keyOf(header);
      if (!target.values.has(key)) target.values.set(key, { header, ...cell });
    }
  }
  return [...byKey.values()];
}

export function readIdentificationData(tables: FoundTable[], schools: readonly SchoolRecord[]): IdentificationData {
  const problems: Problem[] = [];
  const notes: string[] = [];
  const registry = new SchoolRegistry(schools, problems);
  const raw: ResultRow[] = [];
  for (const t of tables.filter((x) => x.kind === "results")) {
    const long = isLong(t);
    const rows = long ? readLong(new Columns(t), registry, problems) : readWide(new Columns(t), registry, problems);
    notes.push(
      `Лист «${t.sheet}»: результаты оценочных процедур (${long ? "по строкам" : "по колонкам"}), ${rows.length} значений доли «2»`,
    );
    // No spread: a region's results run to hundreds of thousands of values.
    for (const r of rows) raw.push(r);
  }
  const context = readContext(tables, schools, registry);
  return { results: dropRepeats(raw, problems), context, problems, notes };
}
