/**
 * Ribbon buttons (manifest.xml, ExecuteFunction) and the reports each one builds: `run<Id>` for every report the
 * registry puts on the ribbon, and «Все отчёты». The manifest test checks each button against this list.
 */
import type { ReportId } from "../reports/model";
import { REPORTS } from "../reports/registry";

export type ReportSelection = ReportId[] | "all";

/** The ExecuteFunction name of a report's button: «riskGroups» → «runRiskGroups». */
export function ribbonFunctionName(id: ReportId): string {
  return `run${id.charAt(0).toUpperCase()}${id.slice(1)}`;
}

export const RIBBON_ACTIONS: Readonly<Record<string, ReportSelection>> = {
  ...Object.fromEntries(REPORTS.filter((r) => "ribbon" in r).map((r) => [ribbonFunctionName(r.id), [r.id]])),
  runAllReports: "all",
};
