/**
 * Risk-profile tables of different years (SPEC §3, §9) are never joined as duplicates of one school: each profile
 * table gets its year — from a «Год» column (a long table holding several years, row by row), else its title, else
 * its sheet name — and when two or more years are found, every report but «Динамика рисков» reads the latest year
 * only (with the tables that are no profiles, such as a monitoring sheet). With one year or none nothing changes.
 */
import { normalizeText } from "../cell";
import { cellProblem, type Problem } from "../problems";
import { type ProfileYear, yearInText, yearOfCell } from "../risk/profileYear";
import type { FoundTable } from "./types";

export type YearSource = "column" | "title" | "sheet";

export interface ProfileYearTables {
  year: ProfileYear;
  /** This year's profile tables; a long table appears with its rows of this year only. */
  tables: FoundTable[];
  /** Where the year was read, per table: «из заголовка», «из названия листа», «колонка «Год»». */
  sources: YearSource[];
}

export interface ProfileYearSplit {
  /** What every report but «Динамика рисков» reads: all tables, the profiles of earlier years left out. */
  current: FoundTable[];
  /** Profile years found, ascending. */
  years: ProfileYearTables[];
  /** Each profile table's years in words («2020, 2021 (колонка «Год»)»), for «Что найдено». */
  yearWords: Map<FoundTable, string>;
  problems: Problem[];
  notes: string[];
}

const YEAR_HEADERS = new Set(["год", "учебный год", "год профиля", "год оценки"]);

export const YEAR_SOURCE_WORDS: Record<YearSource, string> = {
  column: "колонка «Год»",
  title: "из заголовка таблицы",
  sheet: "из названия листа",
};

function isProfileTable(table: FoundTable): boolean {
  return table.kind === "schools" && table.columns.some((c) => c.meaning === "factor");
}

function yearColumn(table: FoundTable): number | undefined {
  return table.columns.find((c) => c.meaning === "other" && YEAR_HEADERS.has(normalizeText(c.header)))?.col;
}

interface TableYears {
  table: FoundTable;
  source: YearSource;
  /** Rows per year key (all rows under one year unless a «Год» column splits them). */
  parts: Map<number, { year: ProfileYear; rows: FoundTable["rows"] }>;
  unreadable: Problem[];
}

function yearsOfTable(table: FoundTable): TableYears | null {
  const col = yearColumn(table);
  if (col !== undefined) {
    const parts: TableYears["parts"] = new Map();
    const unreadable: Problem[] = [];
    for (const row of table.rows) {
      const value = row.cells[col - table.range.left] ?? null;
      const year = yearOfCell(value);
      if (!year) {
        unreadable.push(
          cellProblem(
            table.sheet,
            row.row,
            col,
            `колонка «Год»: «${String(value ?? "")}» — не год рискового профиля; строка не отнесена ни к одному году`,
            "warning",
          ),
        );
        continue;
      }
      const part = parts.get(year.key) ?? { year, rows: [] };
      part.rows.push(row);
      parts.set(year.key, part);
    }
    if (parts.size > 0) return { table, source: "column", parts, unreadable };
  }
  const fromTitle = table.title === undefined ? null : yearInText(table.title);
  const year = fromTitle ?? yearInText(table.sheet);
  if (!year) return null;
  return {
    table,
    source: fromTitle ? "title" : "sheet",
    parts: new Map([[year.key, { year, rows: table.rows }]]),
    unreadable: [],
  };
}

function place(table: FoundTable): string {
  return `лист «${table.sheet}»`;
}

export function splitProfileYears(tables: FoundTable[]): ProfileYearSplit {
  const profiles = new Map<FoundTable, TableYears | null>();
  for (const table of tables) if (isProfileTable(table)) profiles.set(table, yearsOfTable(table));
  const yearWords = new Map<FoundTable, string>();
  const byKey = new Map<number, ProfileYearTables & { origins: FoundTable[] }>();
  for (const t of profiles.values()) {
    if (!t) continue;
    yearWords.set(
      t.table,
      `${[...t.parts.values()].map((p) => p.year.label).join(", ")} (${YEAR_SOURCE_WORDS[t.source]})`,
    );
    for (const [key, part] of t.parts) {
      const year = byKey.get(key) ?? { year: part.year, tables: [], sources: [], origins: [] };
      year.tables.push(part.rows === t.table.rows ? t.table : { ...t.table, rows: part.rows });
      year.sources.push(t.source);
      year.origins.push(t.table);
      byKey.set(key, year);
    }
  }
  const sorted = [...byKey.values()].sort((a, b) => a.year.key - b.year.key);
  const years = sorted.map(({ year, tables: own, sources }) => ({ year, tables: own, sources }));
  if (years.length < 2) return { current: tables, years, yearWords, problems: [], notes: [] };

  const latest = sorted[sorted.length - 1];
  const current = tables.flatMap((table) => {
    if (!profiles.has(table) || profiles.get(table) === null) return [table];
    const i = latest.origins.indexOf(table);
    return i < 0 ? [] : [latest.tables[i]];
  });
  const undated = [...profiles].filter(([, t]) => t === null).map(([table]) => table);
  const notes = [
    `Найдены рисковые профили разных лет: ${years.map((y) => `${y.year.label} (${y.tables.map(place).join(", ")})`).join("; ")}. ` +
      `Профили разных лет не объединяются: отчёты, кроме «Динамики рисков», построены по профилям ${latest.year.label} года`,
    ...undated.map(
      (table) =>
        `Год рисковых профилей на листе «${table.sheet}» не определён (его нет ни в заголовке, ни в названии листа, ни в колонке «Год»): таблица читается вместе с профилями ${latest.year.label} года`,
    ),
  ];
  const problems = [...profiles.values()].flatMap((t) => t?.unreadable ?? []);
  return { current, years, yearWords, problems, notes };
}
