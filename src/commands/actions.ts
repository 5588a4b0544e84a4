/**
 * Ribbon buttons (manifest.xml, ExecuteFunction) and the reports each one builds.
 * The manifest test checks that the manifest names exactly these functions.
 */
import type { ReportId } from "../reports/model";

export type ReportSelection = ReportId[] | "all";

export const RIBBON_ACTIONS: Record<string, ReportSelection> = {
  runRiskGroups: ["riskGroups"],
  runRiskSummary: ["riskSummary"],
  runCurators: ["curators"],
  runIndicators: ["indicators"],
  runPlanStatus: ["planStatus"],
  runAllReports: "all",
};
