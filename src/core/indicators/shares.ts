/**
 * Indicator shares (доли, SPEC §4): per municipality and «Итого по региону», the numerator, the denominator,
 * the share and «нет данных», with the schools behind «нет» and «нет данных» («кто именно?»).
 */
import { normalizeText } from "../cell";
import type { SchoolRecord } from "../tables/records";
import type { Better } from "./dynamics";
import { NO_MUNICIPALITY } from "../risk/summary";

export const REGION_TOTAL = "Итого по региону";
export const NO_DATA = "нет данных";

export interface SchoolAnswer {
  school: SchoolRecord;
  counted: "yes" | "no" | "noData";
  /** What the report shows: «нет», «нет данных», «отрицательная», … */
  label: string;
}

export interface Indicator {
  /** «Разместили материалы в ИС МЭДК», «Положительная динамика: Неуспевающих, %». */
  name: string;
  answers: SchoolAnswer[];
  /**
   * A yes/no column keeps blank schools in the denominator (every school is in the base); a dynamics
   * indicator counts only the schools with both values.
   */
  noDataInDenominator: boolean;
  /** A dynamics indicator's direction when the user set it in the settings (for the report's notes). */
  betterFromSettings?: Better;
}

export interface ShareRow {
  municipality: string;
  numerator: number;
  denominator: number;
  /** 0…1, null when the denominator is 0. */
  share: number | null;
  noData: number;
  /** Schools answering «нет» (or a negative trend) and schools without data, in table order. */
  misses: SchoolAnswer[];
}

function emptyRow(municipality: string): ShareRow {
  return { municipality, numerator: 0, denominator: 0, share: null, noData: 0, misses: [] };
}

function add(row: ShareRow, answer: SchoolAnswer, noDataInDenominator: boolean): void {
  if (answer.counted === "yes") row.numerator++;
  else row.misses.push(answer);
  if (answer.counted === "noData") row.noData++;
  if (answer.counted !== "noData" || noDataInDenominator) row.denominator++;
  row.share = row.denominator === 0 ? null : row.numerator / row.denominator;
}

/** Rows per municipality in order of first appearance, and the region's total. */
export function indicatorShares(indicator: Indicator): { rows: ShareRow[]; total: ShareRow } {
  const rows = new Map<string, ShareRow>();
  const total = emptyRow(REGION_TOTAL);
  for (const answer of indicator.answers) {
    const name = answer.school.municipality.trim() || NO_MUNICIPALITY;
    const key = normalizeText(name);
    const row = rows.get(key) ?? emptyRow(name);
    rows.set(key, row);
    add(row, answer, indicator.noDataInDenominator);
    add(total, answer, indicator.noDataInDenominator);
  }
  return { rows: [...rows.values()], total };
}
