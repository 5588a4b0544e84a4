/** One run of reports, from the pane or the ribbon: the same door, the outcome published to the store. */
import { runReports } from "../excel/api";
import type { ReportSelection } from "./actions";
import { errorText } from "../core/errorText";
import { publishRun, type RunChoice } from "./store";

/** Never rejects: a failure is published for the pane to show. */
export async function runAndPublish(reports: ReportSelection, choice: RunChoice): Promise<void> {
  publishRun({ state: "running", reports });
  try {
    const summary = await runReports(reports, choice);
    publishRun({ state: "done", reports, summary });
  } catch (error) {
    publishRun({ state: "failed", reports, message: errorText(error) });
  }
}
