/**
 * Stable high results (SPEC §8): a school whose share of «2» is within the lowest `stableHighShare` % of the
 * region in every year it has results for. A school's share in a year is the mean over its procedures of that
 * year (each procedure counts once, whatever its size). Flagged schools never enter the register.
 */
import { lowestShare } from "./bottomShare";
import { judgedYears } from "./lowResults";
import type { ResultRow, SchoolRef } from "./resultsData";
import type { IdentificationSettings } from "./settings";

export interface StableHighSchool {
  school: SchoolRef;
  years: number[];
  /** Mean of the yearly shares, percent. */
  meanShare: number;
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** School key → year → the school's share of «2» that year. */
export function yearlyShares(
  results: readonly ResultRow[],
): Map<string, { school: SchoolRef; byYear: Map<number, number> }> {
  const lists = new Map<string, { school: SchoolRef; byYear: Map<number, number[]> }>();
  for (const r of results) {
    const entry = lists.get(r.school.key) ?? { school: r.school, byYear: new Map<number, number[]>() };
    lists.set(r.school.key, entry);
    entry.byYear.set(r.year, [...(entry.byYear.get(r.year) ?? []), r.share]);
  }
  return new Map(
    [...lists].map(([key, e]) => [
      key,
      { school: e.school, byYear: new Map([...e.byYear].map(([y, v]) => [y, mean(v)])) },
    ]),
  );
}

export function stableHighSchools(
  results: readonly ResultRow[],
  s: IdentificationSettings,
  flaggedKeys: ReadonlySet<string>,
): StableHighSchool[] {
  const years = judgedYears(results, s);
  const shares = yearlyShares(results.filter((r) => years.includes(r.year)));
  const lowestByYear = new Map<number, Set<string>>();
  for (const year of years) {
    const ofYear = [...shares.values()].filter((e) => e.byYear.has(year));
    lowestByYear.set(
      year,
      new Set([...lowestShare(ofYear, (e) => e.byYear.get(year)!, s.stableHighShare)].map((e) => e.school.key)),
    );
  }
  const out: StableHighSchool[] = [];
  for (const [key, e] of shares) {
    if (flaggedKeys.has(key)) continue;
    const own = [...e.byYear.keys()].sort((a, b) => a - b);
    if (own.length > 0 && own.every((y) => lowestByYear.get(y)!.has(key)))
      out.push({ school: e.school, years: own, meanShare: mean([...e.byYear.values()]) });
  }
  return out.sort(
    (a, b) =>
      a.school.municipality.localeCompare(b.school.municipality, "ru") ||
      a.meanShare - b.meanShare ||
      a.school.name.localeCompare(b.school.name, "ru"),
  );
}
