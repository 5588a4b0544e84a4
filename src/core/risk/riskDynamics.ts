/**
 * Risk dynamics between two years of profiles (динамика рисков, SPEC §9): which high-significance factors of a school
 * went away, stayed or appeared, and whether the school left the risk groups. Schools of the two years are joined as
 * SPEC §3 joins tables (by id, else by normalised name and municipality, never by a guess); factors are compared by
 * number within one catalogue and by normalised name when each year numbers them its own way. Only the factors both
 * years have are compared; every list is in the later year's numbering (the catalogue the other reports use).
 */
import { normalizeText } from "../cell";
import type { CellRef, FactorInfo, SchoolRecord } from "../tables/records";
import { findByName, identityText } from "../tables/schoolRecords";
import { sameFactorName } from "./catalogue";
import { groupsOf } from "./groups";
import type { Level } from "./levels";
import { NO_MUNICIPALITY, TOTAL_LABEL } from "./summary";

/** A factor column of one year's tables: its number in that year's catalogue and its header cell. */
export interface FactorColumn {
  number: number;
  header: string;
  ref: CellRef;
}

export interface YearProfiles {
  label: string;
  schools: SchoolRecord[];
  /** The year's catalogue (numbers and names). */
  factors: FactorInfo[];
  /** The factor columns its tables hold. */
  columns: FactorColumn[];
}

/** One factor both years have: its number in each year's catalogue; `factor` is the later year's. */
export interface FactorPair {
  before: number;
  after: number;
  factor: FactorInfo;
}

export interface FactorMatch {
  pairs: FactorPair[];
  /** Factor columns of one year that have no partner in the other. */
  onlyBefore: FactorColumn[];
  onlyAfter: FactorColumn[];
  /** True when the two catalogues differ and factors were matched by name. */
  byName: boolean;
}

function sameCatalogue(a: readonly FactorInfo[], b: readonly FactorInfo[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((f) => {
    const other = b.find((g) => g.number === f.number);
    return (
      other !== undefined && (normalizeText(other.name) === normalizeText(f.name) || sameFactorName(other.name, f.name))
    );
  });
}

const nameOf = (year: YearProfiles, number: number): string =>
  year.factors.find((f) => f.number === number)?.name ?? "";

/** The factors both years have, in the later year's order. */
export function matchFactors(before: YearProfiles, after: YearProfiles): FactorMatch {
  const byName = !sameCatalogue(before.factors, after.factors);
  const partnerOf = (column: FactorColumn, from: YearProfiles, among: FactorColumn[]): FactorColumn | undefined => {
    if (!byName) return among.find((c) => c.number === column.number);
    const name = nameOf(from, column.number);
    const to = from === after ? before : after;
    if (name === "") return undefined;
    // The same name written alike wins over a clear part of a name («Низкий уровень» fits several).
    const alike = among.filter((c) => normalizeText(nameOf(to, c.number)) === normalizeText(name));
    const fitting = alike.length > 0 ? alike : among.filter((c) => sameFactorName(name, nameOf(to, c.number)));
    return fitting.length === 1 ? fitting[0] : undefined;
  };
  const pairs: FactorPair[] = [];
  const paired = new Set<FactorColumn>();
  for (const column of [...after.columns].sort((a, b) => a.number - b.number)) {
    const partner = partnerOf(column, after, before.columns);
    // A name match counts only both ways: two factors of one year never share a partner.
    if (!partner || paired.has(partner) || partnerOf(partner, before, after.columns) !== column) continue;
    paired.add(partner);
    paired.add(column);
    pairs.push({
      before: partner.number,
      after: column.number,
      factor: { number: column.number, name: nameOf(after, column.number) },
    });
  }
  return {
    pairs,
    onlyBefore: before.columns.filter((c) => !paired.has(c)),
    onlyAfter: after.columns.filter((c) => !paired.has(c)),
    byName,
  };
}

export interface SchoolJoin {
  /** Schools of both years, in the later year's order. */
  pairs: { before: SchoolRecord; after: SchoolRecord }[];
  onlyBefore: SchoolRecord[];
  onlyAfter: SchoolRecord[];
  by: "id" | "name";
}

/** Schools of the two years joined by id when both have ids, else by normalised name and municipality. */
export function joinYears(before: readonly SchoolRecord[], after: readonly SchoolRecord[]): SchoolJoin {
  const byId = before.some((s) => s.id !== undefined) && after.some((s) => s.id !== undefined);
  const ids = new Map(before.filter((s) => s.id !== undefined).map((s) => [s.id!, s]));
  const names = new Map<string, SchoolRecord[]>();
  for (const school of before) {
    const key = identityText(school.name);
    const list = names.get(key);
    if (list) list.push(school);
    else names.set(key, [school]);
  }
  const hasMunicipality = before.some((s) => s.municipality !== "") && after.some((s) => s.municipality !== "");
  // A name written twice in the later year is no one school: neither row is joined.
  const laterNames = new Map<string, number>();
  for (const school of after) {
    const key = `${identityText(school.name)}|${hasMunicipality ? identityText(school.municipality) : ""}`;
    laterNames.set(key, (laterNames.get(key) ?? 0) + 1);
  }
  const pairs: SchoolJoin["pairs"] = [];
  const joined = new Set<SchoolRecord>();
  const onlyAfter: SchoolRecord[] = [];
  for (const school of after) {
    const key = `${identityText(school.name)}|${hasMunicipality ? identityText(school.municipality) : ""}`;
    const partner = byId
      ? school.id === undefined
        ? undefined
        : ids.get(school.id)
      : laterNames.get(key) === 1
        ? findByName(names, school, hasMunicipality)
        : undefined;
    if (partner && !joined.has(partner)) {
      joined.add(partner);
      pairs.push({ before: partner, after: school });
    } else onlyAfter.push(school);
  }
  return { pairs, onlyBefore: before.filter((s) => !joined.has(s)), onlyAfter, by: byId ? "id" : "name" };
}

export interface SchoolDynamics {
  /** The school as the later year writes it. */
  school: SchoolRecord;
  /** High-significance factors of each year, in the later year's numbering (shared factors only). */
  highBefore: number[];
  highAfter: number[];
  eliminated: number[];
  kept: number[];
  added: number[];
  /** No shared factor is high in the later year (Вышла из групп риска). */
  outOfGroups: boolean;
}

/** A school's dynamics from its readable levels of each year (unreadable cells are reported by whoever read them). */
export function schoolDynamics(
  school: SchoolRecord,
  levelsBefore: ReadonlyMap<number, Level>,
  levelsAfter: ReadonlyMap<number, Level>,
  pairs: readonly FactorPair[],
): SchoolDynamics {
  const before = new Set(groupsOf(levelsBefore, "high"));
  const after = new Set(groupsOf(levelsAfter, "high"));
  const highBefore = pairs
    .filter((p) => before.has(p.before))
    .map((p) => p.after)
    .sort((a, b) => a - b);
  const highAfter = pairs
    .filter((p) => after.has(p.after))
    .map((p) => p.after)
    .sort((a, b) => a - b);
  return {
    school,
    highBefore,
    highAfter,
    eliminated: highBefore.filter((n) => !highAfter.includes(n)),
    kept: highBefore.filter((n) => highAfter.includes(n)),
    added: highAfter.filter((n) => !highBefore.includes(n)),
    outOfGroups: highAfter.length === 0,
  };
}

export interface MunicipalityDynamics {
  municipality: string;
  /** Schools compared (found in both years). */
  schools: number;
  /** Factors eliminated, summed over the schools. */
  eliminated: number;
  /** Schools with fewer high factors than the year before. */
  fewer: number;
  /** Schools with no high factor in the later year. */
  outOfGroups: number;
}

function emptyRow(municipality: string): MunicipalityDynamics {
  return { municipality, schools: 0, eliminated: 0, fewer: 0, outOfGroups: 0 };
}

function add(row: MunicipalityDynamics, d: SchoolDynamics): void {
  row.schools++;
  row.eliminated += d.eliminated.length;
  if (d.highAfter.length < d.highBefore.length) row.fewer++;
  if (d.outOfGroups) row.outOfGroups++;
}

/** Per municipality (in order of first appearance, names matched after normalising) and «Итого». */
export function dynamicsByMunicipality(rows: readonly SchoolDynamics[]): {
  rows: MunicipalityDynamics[];
  total: MunicipalityDynamics;
} {
  const byKey = new Map<string, MunicipalityDynamics>();
  const total = emptyRow(TOTAL_LABEL);
  for (const d of rows) {
    const name = d.school.municipality.trim() || NO_MUNICIPALITY;
    const row = byKey.get(normalizeText(name)) ?? emptyRow(name);
    byKey.set(normalizeText(name), row);
    add(row, d);
    add(total, d);
  }
  return { rows: [...byKey.values()], total };
}

/** Per shared factor, the compared schools with it high in each year. */
export function dynamicsByFactor(
  rows: readonly SchoolDynamics[],
  pairs: readonly FactorPair[],
): { pair: FactorPair; before: number; after: number }[] {
  return pairs.map((pair) => ({
    pair,
    before: rows.filter((d) => d.highBefore.includes(pair.after)).length,
    after: rows.filter((d) => d.highAfter.includes(pair.after)).length,
  }));
}
