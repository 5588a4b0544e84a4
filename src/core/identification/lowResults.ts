/**
 * The default low-results rule (SPEC §8, Rosobrnadzor's risk indicator): at least `threshold` % of participants
 * got «2» in `proceduresPerYear` or more procedures of one year, or in the same procedure in `consecutiveYears`
 * consecutive years. A school missing a year is judged on what exists; the missing years are named.
 */
import type { ResultRow, SchoolRef } from "./resultsData";
import type { IdentificationSettings } from "./settings";
import { percentText } from "../numberText";

/** Shares computed from counts may miss the threshold by a rounding error (15/50 → 30.000000000000004). */
const EPSILON = 1e-9;

export interface LowResultJudgement {
  school: SchoolRef;
  flagged: boolean;
  /** What triggered the flag, in words: «2021: ВПР рус 5 (35 %), ВПР мат 5 (40 %)». */
  triggers: string[];
  yearsPresent: number[];
  /** Years judged in the region that this school has no results for. */
  yearsMissing: number[];
}

/** One (procedure, year, share) of a school, the smallest piece the rule looks at. */
export interface ShareCell {
  procedure: string;
  procedureKey: string;
  year: number;
  share: number;
}

export function isLow(share: number, threshold: number): boolean {
  return share >= threshold - EPSILON;
}

/** «2 года», «5 лет» (the rule's runs are 2 or more years). */
export function yearsWord(n: number): string {
  return `${n} ${n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? "года" : "лет"}`;
}

/** Triggers of the rule over one school's shares (empty = not flagged). */
export function lowResultTriggers(
  cells: readonly ShareCell[],
  s: Pick<IdentificationSettings, "threshold" | "proceduresPerYear" | "consecutiveYears">,
): string[] {
  const low = cells.filter((c) => isLow(c.share, s.threshold));
  const triggers: string[] = [];
  const years = [...new Set(low.map((c) => c.year))].sort((a, b) => a - b);
  for (const year of years) {
    const ofYear = low.filter((c) => c.year === year);
    if (ofYear.length >= s.proceduresPerYear) {
      triggers.push(
        `${year}: ${ofYear.map((c) => `${c.procedure} (${percentText(c.share, { points: true })})`).join(", ")}`,
      );
    }
  }
  if (s.consecutiveYears >= 2) {
    const byProcedure = new Map<string, ShareCell[]>();
    for (const c of low) byProcedure.set(c.procedureKey, [...(byProcedure.get(c.procedureKey) ?? []), c]);
    for (const list of byProcedure.values()) {
      const sorted = [...list].sort((a, b) => a.year - b.year);
      let run: ShareCell[] = [];
      const flush = (): void => {
        if (run.length >= s.consecutiveYears)
          triggers.push(
            `${run[0].procedure}: ${run.map((c) => `${c.year} (${percentText(c.share, { points: true })})`).join(", ")} — ${yearsWord(run.length)} подряд`,
          );
      };
      for (const c of sorted) {
        if (run.length > 0 && c.year !== run[run.length - 1].year + 1) {
          flush();
          run = [];
        }
        run.push(c);
      }
      flush();
    }
  }
  return triggers;
}

/** The years judged: those set by the user, else every year of the results. */
export function judgedYears(results: readonly ResultRow[], s: IdentificationSettings): number[] {
  const years = s.years.length > 0 ? s.years : [...new Set(results.map((r) => r.year))];
  return [...years].sort((a, b) => a - b);
}

/** Every school of the results, judged; in the order the schools first appear. */
export function judgeLowResults(results: readonly ResultRow[], s: IdentificationSettings): LowResultJudgement[] {
  const years = judgedYears(results, s);
  const inYears = results.filter((r) => years.includes(r.year));
  const bySchool = new Map<string, { school: SchoolRef; rows: ResultRow[] }>();
  for (const r of results) if (!bySchool.has(r.school.key)) bySchool.set(r.school.key, { school: r.school, rows: [] });
  for (const r of inYears) bySchool.get(r.school.key)!.rows.push(r);
  return [...bySchool.values()].map(({ school, rows }) => {
    const triggers = lowResultTriggers(rows, s);
    const present = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
    return {
      school,
      flagged: triggers.length > 0,
      triggers,
      yearsPresent: present,
      yearsMissing: years.filter((y) => !present.includes(y)),
    };
  });
}
