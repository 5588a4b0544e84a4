/**
 * Custom functions (SPEC §7): thin wrappers, one core call each. Ids are the English names; the Russian
 * names and descriptions live in ./ru.json and become functions-ru.json at build time.
 * custom-functions-metadata-plugin reads the JSDoc below and appends the CustomFunctions.associate calls.
 * Excel passes an omitted optional argument as null or undefined, ranges as 2-D arrays. Types are written
 * out in full because the metadata generator reads them literally: it rejects aliases and arrays of unions,
 * hence `any[][]` for ranges (their cells are core Cells).
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { reportDue } from "../core/plan/reportDue";
import { inGroupFormula, mandatoryFormula, riskCountFormula, riskGroupsFormula, riskSummaryFormula } from "../core/risk/formulas";
import { shareFormula, trendFormula } from "../core/indicators/formulas";
import { cell, dateArgument } from "./arguments";
import { excelValue } from "./excelResult";

/**
 * Risk groups of a school: the numbers of its factors at the level or above («1, 2, 6, 9»).
 * @customfunction RISKGROUPS RISKGROUPS
 * @param profile The school's risk profile row: factor 1…k levels, in order.
 * @param [minLevel] Minimum level: high (default), medium or low.
 * @returns Group numbers as text, empty when none.
 */
export function riskGroups(profile: any[][], minLevel?: string | number | boolean | null): string {
  return excelValue(riskGroupsFormula(profile, cell(minLevel)));
}

/**
 * Number of the school's risk factors at the level or above.
 * @customfunction RISKCOUNT RISKCOUNT
 * @param profile The school's risk profile row: factor 1…k levels, in order.
 * @param [minLevel] Minimum level: high (default), medium or low.
 * @returns Number of factors.
 */
export function riskCount(profile: any[][], minLevel?: string | number | boolean | null): number {
  return excelValue(riskCountFormula(profile, cell(minLevel)));
}

/**
 * Whether the school is in risk group N (its factor N is at high significance).
 * @customfunction INGROUP INGROUP
 * @param profile The school's risk profile row: factor 1…k levels, in order.
 * @param group Group (factor) number.
 * @returns TRUE or FALSE.
 */
export function inGroup(profile: any[][], group: string | number | boolean | null): boolean {
  return excelValue(inGroupFormula(profile, cell(group)));
}

/**
 * Schools per risk factor at high significance, per municipality, with a total row.
 * @customfunction RISKSUMMARY RISKSUMMARY
 * @param profiles Risk profiles, a row per school.
 * @param [municipalities] Municipality column, a cell per school.
 * @returns A table: header, a row per municipality, «Итого».
 */
export function riskSummary(profiles: any[][], municipalities?: any[][] | null): any[][] {
  return excelValue(riskSummaryFormula(profiles, municipalities ?? null));
}

/**
 * Plan measures mandatory for a school, written compactly («1–5, 7»).
 * @customfunction MANDATORY MANDATORY
 * @param schoolGroups The school's groups: one cell of text («1, 3») or its row of factor levels.
 * @param measureNumbers Column of measure numbers.
 * @param measureGroups Column of the groups each measure is mandatory for.
 * @returns Measure numbers as text.
 */
export function mandatory(schoolGroups: any[][], measureNumbers: any[][], measureGroups: any[][]): string {
  return excelValue(mandatoryFormula(schoolGroups, measureNumbers, measureGroups));
}

/**
 * Share of rows meeting a criterion, 0…1.
 * @customfunction SHARE SHARE
 * @param values Column of values.
 * @param [criterion] A mark such as «да» or a comparison such as «>0»; default: the yes marks.
 * @param [base] Base column (e.g. school names): rows whose base cell is filled make the denominator.
 * @returns The share.
 */
export function share(values: any[][], criterion?: string | number | boolean | null, base?: any[][] | null): number {
  return excelValue(shareFormula(values, cell(criterion), base ?? null));
}

/**
 * Dynamics between entry and final monitoring.
 * @customfunction TREND TREND
 * @param entry Entry value.
 * @param final Final value.
 * @param [better] Which way is better: «больше» (default) or «меньше».
 * @returns «положительная», «отрицательная» or «без изменений».
 */
export function trend(entry: string | number | boolean | null, final: string | number | boolean | null, better?: string | number | boolean | null): string {
  return excelValue(trendFormula(cell(entry), cell(final), cell(better)));
}

/**
 * Due date of the quarterly report: the 5th day of the month after the quarter that holds the date.
 * @customfunction REPORTDUE REPORTDUE
 * @param date A date inside the reporting quarter (an Excel date or dd.mm.yyyy text).
 * @returns The due date as an Excel date.
 */
export function reportDueDate(date: string | number | boolean | null): number {
  const day = excelValue(dateArgument(cell(date), "дата"));
  return reportDue(day);
}
