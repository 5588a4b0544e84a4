/**
 * Risk groups of a school (группы риска, SPEC §2): «группа N» = the schools whose factor N is high.
 * A school with more than 5 high factors gets a monthly monitoring visit (Omsk plan, item 18).
 */
import type { Cell } from "../cell";
import { cellProblem, type Problem } from "../problems";
import type { CellRef, SchoolRecord } from "../tables/records";
import { latinWarning, type Level, type MinLevel, reaches, readLevel } from "./levels";

/** «ежемесячный визит» goes to schools with MORE than this many high factors. */
export const MONTHLY_VISIT_ABOVE = 5;
export const MONTHLY_VISIT = "ежемесячный визит";

/** Factor numbers of the levels that reach `min`, ascending. */
export function groupsOf(levels: ReadonlyMap<number, Level>, min: MinLevel = "high"): number[] {
  return [...levels]
    .filter(([, level]) => reaches(level, min))
    .map(([factor]) => factor)
    .sort((a, b) => a - b);
}

/** «1, 2, 6, 9»; empty text when the school is in no group. */
export function formatGroups(groups: readonly number[]): string {
  return groups.join(", ");
}

/** «Приоритет мониторинга»: «ежемесячный визит» above 5 high factors, else empty. */
export function monitoringPriority(highCount: number): string {
  return highCount > MONTHLY_VISIT_ABOVE ? MONTHLY_VISIT : "";
}

/** Levels of a profile given as a row of cells, factor k = k-th cell; unreadable cells are listed by position. */
export function readProfileRow(cells: readonly Cell[]): {
  levels: Map<number, Level>;
  errors: { factor: number; message: string }[];
} {
  const levels = new Map<number, Level>();
  const errors: { factor: number; message: string }[] = [];
  cells.forEach((cell, i) => {
    const reading = readLevel(cell);
    if ("error" in reading) errors.push({ factor: i + 1, message: reading.error });
    else levels.set(i + 1, reading.level);
  });
  return { levels, errors };
}

export interface SchoolRisk {
  school: SchoolRecord;
  /** Readable factor cells only: an unreadable one is a problem, never a silent «absent». */
  levels: Map<number, Level>;
  groups: number[];
  highCount: number;
  priority: string;
}

/**
 * Reads a school's factor cells; bad cells become errors and Latin lookalikes warnings, both naming the cell.
 * `told`: the cells whose problem the run has told already (riskReader), told no more.
 */
export function schoolRisk(
  school: SchoolRecord,
  min: MinLevel = "high",
  told?: Set<string>,
): { risk: SchoolRisk; problems: Problem[] } {
  const levels = new Map<number, Level>();
  const problems: Problem[] = [];
  for (const [factor, { value, ref }] of [...school.factors].sort(([a], [b]) => a - b)) {
    const reading = readLevel(value);
    const where = `ОО «${school.name}», РФ${factor}`;
    // only cells with something to tell are remembered: a run reads 40 000 schools' cells up to three times
    const tell = ("error" in reading || reading.latin) && firstTelling(told, ref);
    if ("error" in reading) {
      if (tell) problems.push(cellProblem(ref.sheet, ref.row, ref.col, `${where}: ${reading.error}; фактор не учтён`));
      continue;
    }
    if (reading.latin && tell)
      problems.push(cellProblem(ref.sheet, ref.row, ref.col, `${where}: ${latinWarning(value)}`, "warning"));
    levels.set(factor, reading.level);
  }
  const highCount = groupsOf(levels, "high").length;
  return {
    risk: { school, levels, groups: groupsOf(levels, min), highCount, priority: monitoringPriority(highCount) },
    problems,
  };
}

/** Whether this cell's problem is told now: not yet told in the run (`told` remembers it), or no run to remember. */
function firstTelling(told: Set<string> | undefined, ref: CellRef): boolean {
  if (told === undefined) return true;
  const cell = `${ref.sheet}\u0000${ref.row}\u0000${ref.col}`;
  if (told.has(cell)) return false;
  told.add(cell);
  return true;
}

/** schoolRisk for every school, problems gathered. */
export function schoolsRisk(
  schools: readonly SchoolRecord[],
  min: MinLevel = "high",
  told?: Set<string>,
): { risks: SchoolRisk[]; problems: Problem[] } {
  const risks: SchoolRisk[] = [];
  const problems: Problem[] = [];
  for (const school of schools) {
    const result = schoolRisk(school, min, told);
    risks.push(result.risk);
    problems.push(...result.problems);
  }
  return { risks, problems };
}

/** Reads schools' factor levels for a run (RunFacts.risk). */
export type RiskReader = (schools: readonly SchoolRecord[]) => { risks: SchoolRisk[]; problems: Problem[] };

/**
 * schoolsRisk for one run: «Группы риска» and «Сводка рисков» read the same schools, and «Динамика рисков» the latest
 * year's profile tables once more (core/tables/readWorkbook.ts), so each factor cell's problem is told once, to the
 * first report that reads it, in that report's order.
 */
export function riskReader(): RiskReader {
  const told = new Set<string>();
  return (schools) => schoolsRisk(schools, "high", told);
}
