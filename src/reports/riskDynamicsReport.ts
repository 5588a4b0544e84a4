/**
 * «Динамика рисков» (SPEC §9): per school its high-significance factors in the two latest profile years, those
 * eliminated, kept and new, and whether it left the risk groups; summaries per municipality and per factor for the
 * region with a column chart of both years; the schools found in one year only, listed, never guessed.
 */
import { cellAddress, cellProblem, type Problem } from "../core/problems";
import { schoolsRisk } from "../core/risk/groups";
import type { Level } from "../core/risk/levels";
import { compactNumberList } from "../core/risk/mandatory";
import {
  dynamicsByFactor,
  dynamicsByMunicipality,
  type FactorColumn,
  type FactorMatch,
  joinYears,
  matchFactors,
  type MunicipalityDynamics,
  schoolDynamics,
  type SchoolDynamics,
  type YearProfiles,
} from "../core/risk/riskDynamics";
import { municipalityNote, schoolsOfMunicipality } from "../core/risk/scope";
import { YEAR_SOURCE_WORDS } from "../core/tables/profileYears";
import type { ProfileYearData, SchoolRecord, WorkbookData } from "../core/tables/records";
import { reportFrame } from "./common";
import type { ReportContext } from "./context";
import type { Highlight, OutValue, SheetDescription, TableBlock } from "./model";
import { REPORT_SHEET_NAMES } from "./registry";

const OUT_FILL = "#E2EFDA";
export const BY_MUNICIPALITY_CAPTION = "По муниципалитетам";
export const BY_FACTOR_CAPTION = "Школы по факторам высокой значимости (регион)";
export const ONE_YEAR_CAPTION = "ОО, найденные в профилях только одного года (не сопоставлены)";

function yearProfiles(year: ProfileYearData, municipality: string | undefined): YearProfiles {
  const columns: FactorColumn[] = [];
  for (const table of year.tables) {
    const headerRow = table.headerRows[table.headerRows.length - 1];
    for (const c of table.columns) {
      if (c.meaning !== "factor" || c.factor === undefined || columns.some((k) => k.number === c.factor)) continue;
      columns.push({ number: c.factor, header: c.header, ref: { sheet: table.sheet, row: headerRow, col: c.col } });
    }
  }
  return { label: year.year.label, schools: schoolsOfMunicipality(year.schools, municipality), factors: year.factors, columns };
}

/** Factor columns without a partner in the other year, with their cells; and the counts when they differ. */
function mismatchProblems(before: YearProfiles, after: YearProfiles, match: FactorMatch): Problem[] {
  const unmatched = (column: FactorColumn, own: YearProfiles, other: YearProfiles): Problem =>
    cellProblem(
      column.ref.sheet,
      column.ref.row,
      column.ref.col,
      `рисковые профили ${own.label}: колонке «${column.header}» (${cellAddress(column.ref.row, column.ref.col)}) нет соответствующего фактора в профилях ${other.label}${match.byName ? " (сравнение по наименованию фактора)" : ""}; в «${REPORT_SHEET_NAMES.riskDynamics}» фактор не включён`,
      "warning",
    );
  const problems = [...match.onlyBefore.map((c) => unmatched(c, before, after)), ...match.onlyAfter.map((c) => unmatched(c, after, before))];
  if (before.columns.length !== after.columns.length && after.columns.length > 0) {
    const first = after.columns[0].ref;
    problems.unshift(
      cellProblem(
        first.sheet,
        first.row,
        first.col,
        `в профилях ${after.label} колонок факторов ${after.columns.length}, в профилях ${before.label} — ${before.columns.length}: динамика рисков построена только по общим факторам (${match.pairs.length})`,
        "warning",
      ),
    );
  }
  return problems;
}

function levelsOf(schools: readonly SchoolRecord[]): { levels: Map<SchoolRecord, Map<number, Level>>; problems: Problem[] } {
  const { risks, problems } = schoolsRisk(schools);
  return { levels: new Map(risks.map((r) => [r.school, r.levels])), problems };
}

function where(school: SchoolRecord): string {
  return `лист «${school.ref.sheet}», строка ${school.ref.row + 1}`;
}

export function buildRiskDynamicsReport(data: WorkbookData, ctx: ReportContext): SheetDescription {
  const years = data.profileYears ?? [];
  if (years.length < 2) throw new Error("«Динамика рисков» строится по рисковым профилям двух лет");
  const [earlier, later] = years.slice(-2);
  const before = yearProfiles(earlier, ctx.municipality);
  const after = yearProfiles(later, ctx.municipality);
  const match = matchFactors(before, after);
  const join = joinYears(before.schools, after.schools);
  const readBefore = levelsOf(join.pairs.map((p) => p.before));
  const readAfter = levelsOf(join.pairs.map((p) => p.after));
  const rows = join.pairs.map((p) => schoolDynamics(p.after, readBefore.levels.get(p.before)!, readAfter.levels.get(p.after)!, match.pairs));

  const y1 = before.label;
  const y2 = after.label;
  return {
    ...reportFrame("riskDynamics", ctx),
    notes: [
      ...municipalityNote(ctx.municipality, after.schools.length),
      ...yearNotes(years, earlier, later),
      ...factorNotes(match, y1, y2),
      `ОО сопоставлены ${join.by === "id" ? "по идентификатору ОО" : "по наименованию ОО и муниципалитету"}: в обоих годах — ${join.pairs.length}, только в ${y1} — ${join.onlyBefore.length}, только в ${y2} — ${join.onlyAfter.length} (они перечислены ниже и не сравниваются)`,
    ],
    main: mainTable(rows, y1, y2),
    above: [municipalityBlock(dynamicsByMunicipality(rows)), factorBlock(rows, match, y1, y2)],
    below: join.onlyBefore.length + join.onlyAfter.length === 0 ? [] : [oneYearBlock(join.onlyBefore, join.onlyAfter, y1, y2)],
    chart:
      match.pairs.length === 0
        ? undefined
        : {
            kind: "column",
            title: `Школы по рисковым факторам высокой значимости: ${y1} и ${y2}`,
            block: 1,
            categoryColumn: 0,
            valueColumn: 2,
            moreValueColumns: [3],
            fromRow: 0,
            toRow: match.pairs.length - 1,
          },
    problems: [...mismatchProblems(before, after, match), ...readBefore.problems, ...readAfter.problems],
  };
}

function yearNotes(years: ProfileYearData[], earlier: ProfileYearData, later: ProfileYearData): string[] {
  // «лист «Профили 2020», из названия листа»: where each year's tables are and how their year was read.
  const sheets = (y: ProfileYearData): string =>
    [...new Set(y.tables.map((t, i) => `лист «${t.sheet}», ${YEAR_SOURCE_WORDS[y.sources[i]]}`))].join("; ");
  const notes = [`Сравниваются рисковые профили ${earlier.year.label} (${sheets(earlier)}) и ${later.year.label} (${sheets(later)})`];
  if (years.length > 2) notes.push(`Профили ${years.slice(0, -2).map((y) => y.year.label).join(", ")} не сравниваются: динамика — за два последних года`);
  return notes;
}

function factorNotes(match: FactorMatch, y1: string, y2: string): string[] {
  const notes = [`Номера факторов — по перечню ${y2}; в клетках — факторы высокой значимости`];
  const renumbered = match.pairs.filter((p) => p.before !== p.after);
  if (match.byName) {
    notes.push(
      `Перечни факторов ${y1} и ${y2} различаются: факторы сопоставлены по наименованию` +
        (renumbered.length > 0 ? ` (${renumbered.map((p) => `РФ${p.before} ${y1} = РФ${p.after} ${y2}`).join(", ")})` : ""),
    );
  }
  const left = [...match.onlyBefore.map((c) => `«${c.header}» (${y1})`), ...match.onlyAfter.map((c) => `«${c.header}» (${y2})`)];
  if (left.length > 0) notes.push(`Не сравниваются факторы, которых нет в профилях другого года: ${left.join(", ")}`);
  return notes;
}

function mainTable(rows: SchoolDynamics[], y1: string, y2: string): TableBlock {
  const highlights: Highlight[] = [];
  const values = rows.map((d, i): OutValue[] => {
    if (d.outOfGroups) highlights.push({ row: i, col: 7, fill: OUT_FILL, bold: true });
    return [
      d.school.municipality,
      d.school.name,
      compactNumberList(d.highBefore),
      compactNumberList(d.highAfter),
      compactNumberList(d.eliminated),
      compactNumberList(d.kept),
      compactNumberList(d.added),
      d.outOfGroups ? "да" : "нет",
    ];
  });
  const list = (header: string) => ({ header, format: "text" as const, width: 14, wrap: true });
  return {
    columns: [
      { header: "Муниципалитет", format: "text", width: 22 },
      { header: "Наименование ОО", format: "text", width: 40, wrap: true },
      list(`Высокой значимости, ${y1}`),
      list(`Высокой значимости, ${y2}`),
      list("Устранены"),
      list("Сохраняются"),
      list("Новые"),
      { header: "Вышла из групп риска", format: "text", width: 12, wrap: true },
    ],
    rows: values,
    highlights,
  };
}

function municipalityBlock({ rows, total }: { rows: MunicipalityDynamics[]; total: MunicipalityDynamics }): TableBlock {
  const line = (r: MunicipalityDynamics): OutValue[] => [r.municipality, r.schools, r.eliminated, r.fewer, r.outOfGroups];
  return {
    caption: BY_MUNICIPALITY_CAPTION,
    columns: [
      { header: "Муниципалитет", format: "text", width: 22 },
      { header: "ОО", format: "integer", width: 8 },
      { header: "Факторов устранено", format: "integer", width: 12, wrap: true },
      { header: "ОО с уменьшением", format: "integer", width: 12, wrap: true },
      { header: "ОО вне групп риска", format: "integer", width: 12, wrap: true },
    ],
    rows: [...rows.map(line), line(total)],
    highlights: [{ row: rows.length, bold: true }],
  };
}

function factorBlock(rows: SchoolDynamics[], match: FactorMatch, y1: string, y2: string): TableBlock {
  return {
    caption: BY_FACTOR_CAPTION,
    // The chart's categories are the short «РФk»: long names would leave it no room.
    columns: [
      { header: "РФ", format: "text", width: 6 },
      { header: "Фактор", format: "text", width: 40, wrap: true },
      { header: `ОО в ${y1}`, format: "integer", width: 10 },
      { header: `ОО в ${y2}`, format: "integer", width: 10 },
      { header: "Изменение", format: "integer", width: 11 },
    ],
    rows: dynamicsByFactor(rows, match.pairs).map(({ pair, before, after }) => [
      `РФ${pair.factor.number}`,
      pair.factor.name.trim() + (pair.before !== pair.after ? ` (${y1}: РФ${pair.before})` : ""),
      before,
      after,
      after - before,
    ]),
    highlights: [],
  };
}

function oneYearBlock(onlyBefore: SchoolRecord[], onlyAfter: SchoolRecord[], y1: string, y2: string): TableBlock {
  const line = (s: SchoolRecord, found: string, missing: string): OutValue[] => [s.municipality, s.name, found, missing, where(s)];
  return {
    caption: ONE_YEAR_CAPTION,
    columns: [
      { header: "Муниципалитет", format: "text", width: 22 },
      { header: "Наименование ОО", format: "text", width: 40, wrap: true },
      { header: "Есть в профилях", format: "text", width: 12 },
      { header: "Нет в профилях", format: "text", width: 12 },
      { header: "Где", format: "text", width: 30, wrap: true },
    ],
    rows: [...onlyAfter.map((s) => line(s, y2, y1)), ...onlyBefore.map((s) => line(s, y1, y2))],
    highlights: [],
  };
}
