/**
 * «Динамика рисков» (SPEC §9): per school its high-significance factors in the two latest profile years, those
 * eliminated, kept and new, and whether it left the risk groups — the schools found in one year only are rows of the
 * same table, «нет в профилях <год>» in the other year's cell, never guessed; above it the summaries per municipality
 * (on a sheet of its own when longer, none in a one-municipality file) and per factor, with a column chart of both years.
 */
import { cellAddress } from "../core/a1";
import { cellProblem, type Problem } from "../core/problems";
import type { RiskReader } from "../core/risk/groups";
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
import { furtherSheet, reportFrame, scopeLabel, seeSheet } from "./common";
import { type ReportContext, type RunFacts, runFacts } from "./context";
import type { SheetDescription, TableBlock } from "./model";
import { layoutSheet, mainTablePage } from "./layout";
import { type Column, columnIndex, table } from "./table";
import { REPORT_SHEET_NAMES } from "./registry";

const OUT_FILL = "#E2EFDA";
export const BY_MUNICIPALITY_CAPTION = "По муниципалитетам";
/**
 * A per-municipality summary longer than this goes to a sheet of its own (issue 23); so does a shorter one that,
 * above the factor summary and the chart, would push the main table past the sheet's second page (the rule that it
 * starts on page 1 or 2, by the layout's page estimate; checked on paper by test/print).
 */
const MUNICIPALITY_ROWS_ABOVE = 15;

function yearProfiles(year: ProfileYearData, municipality: string | undefined): YearProfiles {
  const columns: FactorColumn[] = [];
  for (const table of year.tables) {
    const headerRow = table.headerRows[table.headerRows.length - 1];
    for (const c of table.columns) {
      if (c.meaning !== "factor" || c.factor === undefined || columns.some((k) => k.number === c.factor)) continue;
      columns.push({ number: c.factor, header: c.header, ref: { sheet: table.sheet, row: headerRow, col: c.col } });
    }
  }
  return {
    label: year.year.label,
    schools: schoolsOfMunicipality(year.schools, municipality),
    factors: year.factors,
    columns,
  };
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
  const problems = [
    ...match.onlyBefore.map((c) => unmatched(c, before, after)),
    ...match.onlyAfter.map((c) => unmatched(c, after, before)),
  ];
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

function levelsOf(
  read: RiskReader,
  schools: readonly SchoolRecord[],
): {
  levels: Map<SchoolRecord, Map<number, Level>>;
  problems: Problem[];
} {
  const { risks, problems } = read(schools);
  return { levels: new Map(risks.map((r) => [r.school, r.levels])), problems };
}

export function buildRiskDynamicsReport(
  data: WorkbookData,
  ctx: ReportContext,
  run: RunFacts = runFacts(data, ctx),
): SheetDescription[] {
  const years = data.profileYears ?? [];
  if (years.length < 2) throw new Error("«Динамика рисков» строится по рисковым профилям двух лет");
  const [earlier, later] = years.slice(-2);
  const before = yearProfiles(earlier, ctx.municipality);
  const after = yearProfiles(later, ctx.municipality);
  const match = matchFactors(before, after);
  const join = joinYears(before.schools, after.schools);
  const readBefore = levelsOf(
    run.risk,
    join.pairs.map((p) => p.before),
  );
  const readAfter = levelsOf(
    run.risk,
    join.pairs.map((p) => p.after),
  );
  const rows = join.pairs.map((p) =>
    schoolDynamics(p.after, readBefore.levels.get(p.before)!, readAfter.levels.get(p.after)!, match.pairs),
  );

  const y1 = before.label;
  const y2 = after.label;
  const byFactor = factorBlock(rows, match, y1, y2, ctx);
  const onlyBefore = levelsOf(run.risk, join.onlyBefore);
  const onlyAfter = levelsOf(run.risk, join.onlyAfter);
  const none = new Map<number, Level>();
  const lines: Line[] = [
    ...rows.map((d) => ({ d })),
    ...join.onlyAfter.map((s) => ({
      d: schoolDynamics(s, none, onlyAfter.levels.get(s)!, match.pairs),
      missing: "before" as const,
    })),
    ...join.onlyBefore.map((s) => ({
      d: schoolDynamics(s, onlyBefore.levels.get(s)!, none, match.pairs),
      missing: "after" as const,
    })),
  ];
  const byMunicipality = municipalityBlock(dynamicsByMunicipality(rows));
  const dynamicsSheet = (withMunicipalities: boolean, ownSheet: boolean): SheetDescription => {
    const above = [...(withMunicipalities ? [byMunicipality] : []), byFactor];
    return {
      ...reportFrame("riskDynamics", ctx),
      notes: [
        ...municipalityNote(ctx.municipality, after.schools.length),
        ...yearNotes(years, earlier, later),
        ...factorNotes(match, y1, y2),
        `ОО сопоставлены ${join.by === "id" ? "по идентификатору ОО" : "по наименованию ОО и муниципалитету"}: в обоих годах — ${join.pairs.length}, только в ${y1} — ${join.onlyBefore.length}, только в ${y2} — ${join.onlyAfter.length} (они — строки таблицы с «нет в профилях …» и не сравниваются)`,
        ...(ownSheet ? [`${BY_MUNICIPALITY_CAPTION} — ${seeSheet("riskDynamics", 1)}`] : []),
      ],
      main: mainTable(lines, y1, y2),
      above,
      chart:
        match.pairs.length === 0
          ? undefined
          : {
              kind: "column",
              title: `Школы по рисковым факторам высокой значимости: ${y1} и ${y2}`,
              block: above.indexOf(byFactor),
              categoryColumn: columnIndex(byFactor, "РФ"),
              valueColumn: columnIndex(byFactor, `ОО в ${y1}`),
              moreValueColumns: [columnIndex(byFactor, `ОО в ${y2}`)],
              fromRow: 0,
              toRow: match.pairs.length - 1,
            },
      problems: [
        ...mismatchProblems(before, after, match),
        ...readBefore.problems,
        ...readAfter.problems,
        ...onlyBefore.problems,
        ...onlyAfter.problems,
      ],
    };
  };
  // a one-municipality file has no per-municipality summary: its one row is the whole file
  if (ctx.municipality !== undefined) return [dynamicsSheet(false, false)];
  const above = byMunicipality.rows.length <= MUNICIPALITY_ROWS_ABOVE && dynamicsSheet(true, false);
  if (above && mainTablePage(layoutSheet(above)) <= 2) return [above];
  const sheet = dynamicsSheet(false, true);
  const { caption, ...summary } = byMunicipality;
  return [sheet, furtherSheet("riskDynamics", ctx, 1, [`${caption}: ${y1} и ${y2}`], summary)];
}

/** A school of the main table; one found in one year's profiles only says which year it is missing from. */
interface Line {
  d: SchoolDynamics;
  missing?: "before" | "after";
}

function yearNotes(years: ProfileYearData[], earlier: ProfileYearData, later: ProfileYearData): string[] {
  // «лист «Профили 2020», из названия листа»: where each year's tables are and how their year was read.
  const sheets = (y: ProfileYearData): string =>
    [...new Set(y.tables.map((t, i) => `лист «${t.sheet}», ${YEAR_SOURCE_WORDS[y.sources[i]]}`))].join("; ");
  const notes = [
    `Сравниваются рисковые профили ${earlier.year.label} (${sheets(earlier)}) и ${later.year.label} (${sheets(later)})`,
  ];
  if (years.length > 2)
    notes.push(
      `Профили ${years
        .slice(0, -2)
        .map((y) => y.year.label)
        .join(", ")} не сравниваются: динамика — за два последних года`,
    );
  return notes;
}

function factorNotes(match: FactorMatch, y1: string, y2: string): string[] {
  const notes = [`Номера факторов — по перечню ${y2}; в клетках — факторы высокой значимости`];
  const renumbered = match.pairs.filter((p) => p.before !== p.after);
  if (match.byName) {
    notes.push(
      `Перечни факторов ${y1} и ${y2} различаются: факторы сопоставлены по наименованию` +
        (renumbered.length > 0
          ? ` (${renumbered.map((p) => `РФ${p.before} ${y1} = РФ${p.after} ${y2}`).join(", ")})`
          : ""),
    );
  }
  const left = [
    ...match.onlyBefore.map((c) => `«${c.header}» (${y1})`),
    ...match.onlyAfter.map((c) => `«${c.header}» (${y2})`),
  ];
  if (left.length > 0) notes.push(`Не сравниваются факторы, которых нет в профилях другого года: ${left.join(", ")}`);
  return notes;
}

function mainTable(lines: Line[], y1: string, y2: string): TableBlock {
  // a school of one year: its year's factors, «нет в профилях <год>» for the other, nothing compared
  const list = (header: string, of: (d: SchoolDynamics) => number[], year?: "before" | "after"): Column<Line> => ({
    header,
    format: "text",
    width: 14,
    wrap: true,
    value: (l) =>
      l.missing === undefined || (year !== undefined && l.missing !== year)
        ? compactNumberList(of(l.d))
        : year
          ? `нет в профилях ${year === "before" ? y1 : y2}`
          : null,
  });
  return table(lines, [
    { header: "Муниципалитет", format: "text", width: 22, value: (l) => l.d.school.municipality },
    { header: "Наименование ОО", format: "text", width: 40, wrap: true, value: (l) => l.d.school.name },
    list(`Высокой значимости, ${y1}`, (d) => d.highBefore, "before"),
    list(`Высокой значимости, ${y2}`, (d) => d.highAfter, "after"),
    list("Устранены", (d) => d.eliminated),
    list("Сохраняются", (d) => d.kept),
    list("Новые", (d) => d.added),
    {
      header: "Вышла из групп риска",
      format: "text",
      width: 12,
      wrap: true,
      value: (l) => (l.missing !== undefined ? null : l.d.outOfGroups ? "да" : "нет"),
      highlight: (l) => (l.missing === undefined && l.d.outOfGroups ? { fill: OUT_FILL, bold: true } : undefined),
    },
  ]);
}

function municipalityBlock({ rows, total }: { rows: MunicipalityDynamics[]; total: MunicipalityDynamics }): TableBlock {
  return table(
    [...rows, total],
    [
      { header: "Муниципалитет", format: "text", width: 22, value: (r) => r.municipality },
      { header: "ОО", format: "integer", width: 8, value: (r) => r.schools },
      { header: "Факторов устранено", format: "integer", width: 12, wrap: true, value: (r) => r.eliminated },
      { header: "ОО с уменьшением", format: "integer", width: 12, wrap: true, value: (r) => r.fewer },
      { header: "ОО вне групп риска", format: "integer", width: 12, wrap: true, value: (r) => r.outOfGroups },
    ],
    { caption: BY_MUNICIPALITY_CAPTION, rowHighlight: (r) => (r === total ? { bold: true } : undefined) },
  );
}

function factorBlock(
  rows: SchoolDynamics[],
  match: FactorMatch,
  y1: string,
  y2: string,
  ctx: ReportContext,
): TableBlock {
  // The chart's categories are the short «РФk»: long names would leave it no room.
  return table(
    dynamicsByFactor(rows, match.pairs),
    [
      { header: "РФ", format: "text", width: 6, value: ({ pair }) => `РФ${pair.factor.number}` },
      {
        header: "Фактор",
        format: "text",
        width: 40,
        wrap: true,
        value: ({ pair }) => pair.factor.name.trim() + (pair.before !== pair.after ? ` (${y1}: РФ${pair.before})` : ""),
      },
      { header: `ОО в ${y1}`, format: "integer", width: 10, value: (f) => f.before },
      { header: `ОО в ${y2}`, format: "integer", width: 10, value: (f) => f.after },
      { header: "Изменение", format: "integer", width: 11, value: (f) => f.after - f.before },
    ],
    { caption: scopeLabel("Школы по факторам высокой значимости", ctx, "(регион)") },
  );
}
