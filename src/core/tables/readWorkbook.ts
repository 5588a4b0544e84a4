/**
 * Reading a region's own workbook: every sheet but the add-in's reports and its settings sheet goes through the
 * table finder; the found tables become schools (joined across tables), plan items, the factor catalogue in force,
 * problems and notes — everything the report builders consume.
 */
import type { SheetGrid } from "../cell";
import type { Problem } from "../problems";
import { DEFAULT_FACTORS, readFactorListSheet } from "../risk/catalogue";
import type { Settings } from "../settings";
import { settingsOfFile } from "../fileSettings";
import { SETTINGS_SHEET_NAME } from "../settingsSheet";
import { withoutErrorValues } from "./errorValues";
import { findTables } from "./findTables";
import { readPlan } from "./planRecords";
import { splitProfileYears } from "./profileYears";
import type { FactorInfo, ProfileYearData, WorkbookData } from "./records";
import { readSchools } from "./schoolRecords";
import type { FoundTable } from "./types";

const KIND_NOTE: Partial<Record<FoundTable["kind"], string>> = {
  results: "результаты оценочных процедур",
  context: "контекстные данные",
};

/** `byFile`: a later input file's own settings, which its sheets are read with (core/fileSettings.ts). */
export function readWorkbook(
  grids: SheetGrid[],
  settings: Settings,
  reportSheetNames: Set<string>,
  byFile: ReadonlyMap<string, Settings> = new Map(),
): WorkbookData {
  const problems: Problem[] = [];
  const inputs = grids
    .filter((g) => !reportSheetNames.has(g.name) && g.name !== SETTINGS_SHEET_NAME)
    .map((g) => {
      const clean = withoutErrorValues(g);
      problems.push(...clean.problems);
      return clean.grid;
    });
  const notes: string[] = [];

  // A sheet listing the factors (№ and name) gives the catalogue in force for every table.
  let listed: FactorInfo[] | undefined;
  const listSheets = new Set<string>();
  for (const grid of inputs) {
    const list = readFactorListSheet(grid);
    if (!list) continue;
    listSheets.add(grid.name);
    problems.push(...list.problems);
    if (listed) {
      notes.push(
        `Лист «${grid.name}» тоже похож на перечень рисковых факторов; действует перечень с первого такого листа`,
      );
      continue;
    }
    listed = list.factors;
    notes.push(`Перечень рисковых факторов взят с листа «${grid.name}» (${list.factors.length})`);
  }

  const tables: FoundTable[] = [];
  for (const grid of inputs) {
    if (listSheets.has(grid.name)) continue;
    const found = findTables(grid, settingsOfFile(settings, byFile, grid.file), listed);
    tables.push(...(grid.file === undefined ? found.tables : found.tables.map((t) => ({ ...t, file: grid.file }))));
    problems.push(...found.problems);
  }

  // Profiles of earlier years are read apart (SPEC §9): the catalogue in force and the schools are the latest year's.
  const split = splitProfileYears(tables);
  const own = split.current.find((t) => t.kind === "schools" && t.factorCatalogue)?.factorCatalogue;
  const factors = listed ?? own ?? DEFAULT_FACTORS;
  if (!listed && own) {
    const sheet = tables.find((t) => t.factorCatalogue === own)!.sheet;
    notes.push(
      `Перечень рисковых факторов взят из заголовка таблицы на листе «${sheet}»: ${own.map((f) => `${f.number}. ${f.name}`).join("; ")}`,
    );
  }
  for (const t of tables) {
    const what = KIND_NOTE[t.kind];
    if (what) notes.push(`Лист «${t.sheet}»: распознаны ${what}`);
  }

  const schools = readSchools(split.current);
  const plan = readPlan(tables);
  const data: WorkbookData = {
    tables,
    schools: schools.schools,
    factors,
    extraHeaders: schools.extraHeaders,
    plan: plan.plan,
    plans: plan.plans,
    planHasGroups: plan.planHasGroups,
    problems: [...problems, ...split.problems, ...schools.problems, ...plan.problems],
    notes: [...notes, ...split.notes, ...schools.notes, ...plan.notes],
  };
  if (split.yearWords.size > 0) data.tableYears = split.yearWords;
  if (split.years.length >= 2) {
    data.profileYears = split.years.map((y, i): ProfileYearData => {
      const reading = readSchools(y.tables);
      // The latest year's tables are read above with the rest: their problems are already listed.
      if (i < split.years.length - 1) data.problems.push(...reading.problems);
      const catalogue = listed ?? y.tables.find((t) => t.factorCatalogue)?.factorCatalogue ?? DEFAULT_FACTORS;
      return { year: y.year, tables: y.tables, sources: y.sources, schools: reading.schools, factors: catalogue };
    });
  }
  return data;
}
