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
  // The programme's results (SPEC §9): the quarterly report is due every quarter, the risk dynamics every year — the
  // two the ministry asks for; «Показатели плана» is one click away in «Все отчёты» and in the pane.
  runQuarterReport: ["quarterReport"],
  runRiskDynamics: ["riskDynamics"],
};
