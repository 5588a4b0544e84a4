/**
 * Schools as entities (SPEC §3): rows with the same id (логин, код, ИНН) are one school, the first row wins and a
 * conflicting duplicate is reported with both cells; without ids each row is a school and rows whose normalised
 * name and municipality coincide are reported as possible duplicates, never merged. Several schools tables are
 * joined into one list — by id, or without ids by normalised name and municipality.
 */
import { type Cell, cellText, isBlank, normalizeText } from "../cell";
import { cellAddress } from "../a1";
import { cellProblem, type Problem } from "../problems";
import type { CellRef, SchoolRecord, SourcedCell } from "./records";
import type { ColumnMeaning, FoundTable, TableRow } from "./types";

export interface SchoolsReading {
  schools: SchoolRecord[];
  extraHeaders: string[];
  problems: Problem[];
  notes: string[];
}

/** «СОШ №14» and «СОШ № 14», «Школа "Радуга"» and «школа «Радуга»» are the same text. */
export function identityText(text: string): string {
  return normalizeText(text).replace(/\s+/g, "");
}

function nameKey(name: string, municipality: string): string {
  return `name:${identityText(name)}|${identityText(municipality)}`;
}

function tablePlace(table: FoundTable): string {
  return `«${table.sheet}» (${cellAddress(table.range.top, table.range.left)}:${cellAddress(table.range.bottom, table.range.right)})`;
}

/**
 * A reader of one schools table's rows as schools (null when a row names no school): the columns are looked up once
 * per table, not once per row (40 000 rows a table).
 */
function recordReader(table: FoundTable): (row: TableRow, problems: Problem[]) => SchoolRecord | null {
  const indexOf = (meaning: ColumnMeaning): number | undefined => {
    const column = table.columns.find((c) => c.meaning === meaning);
    return column === undefined ? undefined : column.col - table.range.left;
  };
  const at = {
    school: indexOf("school"),
    schoolId: indexOf("schoolId"),
    municipality: indexOf("municipality"),
    curator: indexOf("curator"),
  };
  const schoolCol = table.range.left + at.school!;
  const factorColumns = table.columns.filter((c) => c.meaning === "factor" && c.factor !== undefined);
  const otherColumns = table.columns.filter((c) => c.meaning === "other");
  const sourced = (row: TableRow, col: number): SourcedCell => ({
    value: row.cells[col - table.range.left] ?? null,
    ref: { sheet: table.sheet, row: row.row, col },
  });
  return (row, problems) => {
    const text = (i: number | undefined): string => (i === undefined ? "" : cellText(row.cells[i]));
    const name = text(at.school);
    if (name === "") {
      problems.push({
        ...cellProblem(
          table.sheet,
          row.row,
          schoolCol,
          `в строке ${row.row + 1} не указано наименование ОО; строка не учтена`,
        ),
        severity: "warning",
      });
      return null;
    }
    const id = text(at.schoolId);
    // Lists grouped under municipality headings («Калачинский муниципальный район») have no municipality column.
    const municipality = at.municipality !== undefined ? text(at.municipality) : (row.section ?? "");
    const ref: CellRef = { sheet: table.sheet, row: row.row, col: schoolCol };
    const factors = new Map<number, SourcedCell>();
    const extra = new Map<string, SourcedCell>();
    for (const column of factorColumns) factors.set(column.factor!, sourced(row, column.col));
    for (const column of otherColumns) extra.set(column.header, sourced(row, column.col));
    const record: SchoolRecord = {
      key: id ? `id:${id}` : nameKey(name, municipality),
      name,
      municipality,
      curator: text(at.curator),
      ref,
      factors,
      extra,
    };
    if (id) record.id = id;
    return record;
  };
}

/** Every row of one table as a school, without joining or duplicate checks (for deciding what the table is). */
export function rowRecords(table: FoundTable): SchoolRecord[] {
  const ignored: Problem[] = [];
  const recordOf = recordReader(table);
  return table.rows.map((row) => recordOf(row, ignored)).filter((r): r is SchoolRecord => r !== null);
}

/** Columns two rows of one school disagree on (blank cells of the later row disagree with nothing), each with the later row's cell when known. */
function conflicts(first: SchoolRecord, later: SchoolRecord): { what: string; at: CellRef | null }[] {
  const out: { what: string; at: CellRef | null }[] = [];
  const same = (x: Cell, y: Cell): boolean => isBlank(y) || identityText(cellText(x)) === identityText(cellText(y));
  if (!same(first.name, later.name)) out.push({ what: "наименование ОО", at: later.ref });
  if (!same(first.municipality, later.municipality)) out.push({ what: "муниципалитет", at: null });
  if (!same(first.curator, later.curator)) out.push({ what: "куратор", at: null });
  for (const [n, cell] of later.factors) {
    const mine = first.factors.get(n);
    if (mine && !same(mine.value, cell.value)) out.push({ what: `РФ${n}`, at: cell.ref });
  }
  for (const [header, cell] of later.extra) {
    const mine = first.extra.get(header);
    if (mine && !same(mine.value, cell.value)) out.push({ what: `«${header}»`, at: cell.ref });
  }
  return out;
}

/** At most this many differing columns are named; the rest are counted (a region's profile has 10–20 factors). */
const NAMED_CONFLICTS = 10;

/**
 * A school id written twice in one table with differing cells: the two rows and the names of the differing columns,
 * short enough to read in «Замечания»; the problem's place is the later row's first differing cell (or its name cell).
 */
function duplicateIdProblem(first: SchoolRecord, later: SchoolRecord): Problem | null {
  const found = conflicts(first, later);
  if (found.length === 0) return null;
  const names = found
    .slice(0, NAMED_CONFLICTS)
    .map((c) => c.what)
    .join(", ");
  const rest = found.length > NAMED_CONFLICTS ? ` и ещё ${found.length - NAMED_CONFLICTS}` : "";
  const at = found.find((c) => c.at !== null)?.at ?? later.ref;
  return cellProblem(
    at.sheet,
    at.row,
    at.col,
    `ОО с идентификатором «${first.id}» записана дважды — строки ${first.ref.row + 1} и ${later.ref.row + 1} — и они расходятся: ${names}${rest}; учтена первая строка`,
  );
}

/** Adds the later row's cells the school lacks (a joined table's columns, factors it did not have). */
function absorb(school: SchoolRecord, other: SchoolRecord): void {
  for (const [n, cell] of other.factors) if (!school.factors.has(n)) school.factors.set(n, cell);
  for (const [header, cell] of other.extra) if (!school.extra.has(header)) school.extra.set(header, cell);
  if (!school.curator) school.curator = other.curator;
  if (!school.municipality) school.municipality = other.municipality;
  if (!school.id && other.id) school.id = other.id;
}

export function readSchools(tables: FoundTable[]): SchoolsReading {
  const schools: SchoolRecord[] = [];
  const problems: Problem[] = [];
  const notes: string[] = [];
  const extraHeaders: string[] = [];
  const byKey = new Map<string, SchoolRecord>();
  const byName = new Map<string, SchoolRecord[]>();
  const schoolTables = tables.filter((t) => t.kind === "schools");

  for (const [t, table] of schoolTables.entries()) {
    for (const column of table.columns)
      if (column.meaning === "other" && !extraHeaders.includes(column.header)) extraHeaders.push(column.header);
    const hasIds = table.columns.some((c) => c.meaning === "schoolId");
    const hasMunicipality = table.columns.some((c) => c.meaning === "municipality");
    const joinById = t > 0 && hasIds && schools.some((s) => s.id !== undefined);
    const seenHere = new Map<string, SchoolRecord>();
    const unmatched: string[] = [];
    const partners = new Set<SchoolRecord>();
    const before = schools.slice();

    const recordOf = recordReader(table);
    for (const row of table.rows) {
      const record = recordOf(row, problems);
      if (!record) continue;
      const ownKey = record.key;
      const earlierHere = seenHere.get(ownKey);
      if (earlierHere) {
        if (record.id) {
          const problem = duplicateIdProblem(earlierHere, record);
          if (problem) problems.push(problem);
          else
            problems.push({
              ...cellProblem(
                record.ref.sheet,
                record.ref.row,
                record.ref.col,
                `строка ${record.ref.row + 1} повторяет строку ${earlierHere.ref.row + 1} (ОО «${record.name}», идентификатор «${record.id}»); учтена один раз`,
              ),
              severity: "info",
            });
          continue;
        }
        problems.push({
          ...cellProblem(
            record.ref.sheet,
            record.ref.row,
            record.ref.col,
            `возможно, одна и та же ОО записана дважды: «${earlierHere.name}» (${cellAddress(earlierHere.ref.row, earlierHere.ref.col)}) и «${record.name}» (${cellAddress(record.ref.row, record.ref.col)}), ${record.municipality || "муниципалитет не указан"}; строки учтены как разные ОО — проверьте`,
          ),
          severity: "warning",
        });
        record.key = `${record.key}#${record.ref.sheet}!${record.ref.row + 1}`;
        seenHere.set(record.key, record);
      } else {
        seenHere.set(ownKey, record);
      }

      if (t > 0) {
        const partner = joinById ? byKey.get(record.key) : findByName(byName, record, hasMunicipality);
        if (partner) {
          absorb(partner, record);
          partners.add(partner);
          continue;
        }
        unmatched.push(`строка ${record.ref.row + 1} («${record.name}»)`);
      }
      schools.push(record);
      byKey.set(record.key, record);
      const name = identityText(record.name);
      // Pushed, not copied: a region repeats names («МБОУ «СОШ № 1»») hundreds of times.
      const sameName = byName.get(name);
      if (sameName) sameName.push(record);
      else byName.set(name, [record]);
    }

    if (!hasMunicipality && table.rows.some((r) => r.section !== undefined)) {
      notes.push(
        `В таблице ${tablePlace(table)} нет колонки муниципалитета: муниципалитетом ОО считается заголовок раздела над ней`,
      );
    }
    if (t > 0)
      notes.push(
        joinNote(
          table,
          schoolTables[0],
          joinById ? "id" : hasMunicipality ? "nameAndMunicipality" : "name",
          partners.size,
          unmatched,
          before.filter((s) => !partners.has(s)),
        ),
      );
  }
  return { schools, extraHeaders, problems, notes };
}

/** At most this many rows are named in a join note; the rest are counted. */
const NAMED_IN_NOTE = 10;

function listed(items: string[]): string {
  const more = items.length - NAMED_IN_NOTE;
  return items.slice(0, NAMED_IN_NOTE).join(", ") + (more > 0 ? ` и ещё ${more}` : "");
}

/** «Таблица «Мониторинг» (A1:D4) объединена с «Профили» (A1:F3) по идентификатору ОО: пару нашли 2 строки; …» */
function joinNote(
  table: FoundTable,
  base: FoundTable,
  by: "id" | "nameAndMunicipality" | "name",
  matched: number,
  unmatched: string[],
  missing: SchoolRecord[],
): string {
  const how = {
    id: "по идентификатору ОО",
    nameAndMunicipality: "по наименованию ОО и муниципалитету",
    name: "по наименованию ОО",
  }[by];
  const parts = [`Таблица ${tablePlace(table)} объединена с ${tablePlace(base)} ${how}: пару нашли строк — ${matched}`];
  if (unmatched.length > 0) parts.push(`без пары (добавлены как отдельные ОО): ${listed(unmatched)}`);
  if (missing.length > 0) {
    parts.push(
      `нет строк для ОО: ${listed(missing.map((s) => `«${s.name}» (лист «${s.ref.sheet}», строка ${s.ref.row + 1})`))}`,
    );
  }
  return parts.join("; ");
}

export function findByName(
  byName: Map<string, SchoolRecord[]>,
  record: SchoolRecord,
  hasMunicipality: boolean,
): SchoolRecord | undefined {
  const candidates = byName.get(identityText(record.name)) ?? [];
  const fitting = hasMunicipality
    ? candidates.filter((s) => identityText(s.municipality) === identityText(record.municipality))
    : candidates;
  return fitting.length === 1 ? fitting[0] : undefined;
}
