/**
 * Risk summary per municipality (сводка рисков): schools per factor at high significance, schools in all,
 * and schools with more than 5 high factors. Shared by the «Сводка рисков» report and RISKSUMMARY.
 */
import { normalizeText } from "../cell";
import { groupsOf, MONTHLY_VISIT_ABOVE } from "./groups";
import type { Level } from "./levels";

export const NO_MUNICIPALITY = "(муниципалитет не указан)";
export const TOTAL_LABEL = "Итого";

export interface RiskSummaryRow {
  municipality: string;
  /** Schools with a high level, one count per factor of `factors`, in that order. */
  perFactor: number[];
  schools: number;
  /** Schools with more than 5 high factors. */
  overFive: number;
}

export interface ProfileEntry {
  municipality: string;
  levels: ReadonlyMap<number, Level>;
}

function emptyRow(municipality: string, factorCount: number): RiskSummaryRow {
  return { municipality, perFactor: new Array<number>(factorCount).fill(0), schools: 0, overFive: 0 };
}

function add(row: RiskSummaryRow, high: readonly number[], factors: readonly number[]): void {
  row.schools++;
  if (high.length > MONTHLY_VISIT_ABOVE) row.overFive++;
  factors.forEach((factor, i) => {
    if (high.includes(factor)) row.perFactor[i]++;
  });
}

/** Rows per municipality in order of first appearance (names matched after normalising), and the total. */
export function summarizeRisk(
  entries: readonly ProfileEntry[],
  factors: readonly number[],
): { rows: RiskSummaryRow[]; total: RiskSummaryRow } {
  const rows = new Map<string, RiskSummaryRow>();
  const total = emptyRow(TOTAL_LABEL, factors.length);
  for (const entry of entries) {
    const name = entry.municipality.trim() || NO_MUNICIPALITY;
    const key = normalizeText(name);
    const row = rows.get(key) ?? emptyRow(name, factors.length);
    rows.set(key, row);
    const high = groupsOf(entry.levels, "high");
    add(row, high, factors);
    add(total, high, factors);
  }
  return { rows: [...rows.values()], total };
}
