/**
 * What the ribbon commands and the pane share in the one runtime: the user's choice for the next run
 * («на дату», municipality, plan period) and the outcome of the last run, which the pane shows.
 * Pure module: the pane subscribes, the commands publish.
 */
import type { ReportChoice } from "../excel/api";
import type { RunSummary } from "../reports/recognition";
import type { ReportSelection } from "./actions";

export type RunChoice = ReportChoice;

export type RunEvent =
  | { state: "running"; reports: ReportSelection }
  | { state: "done"; reports: ReportSelection; summary: RunSummary }
  | { state: "failed"; reports: ReportSelection; message: string };

type Listener = (event: RunEvent) => void;

const listeners = new Set<Listener>();
let lastEvent: RunEvent | undefined;
let pinnedChoice: RunChoice | undefined;

export function publishRun(event: RunEvent): void {
  lastEvent = event;
  listeners.forEach((listener) => listener(event));
}

/** Calls the listener with the last event at once (a run may have ended before the pane opened). */
export function subscribeRuns(listener: Listener): () => void {
  listeners.add(listener);
  if (lastEvent) listener(lastEvent);
  return () => {
    listeners.delete(listener);
  };
}

/** The pane pins the choice its fields show; the ribbon uses it, or today when the pane was never opened. */
export function pinChoice(choice: RunChoice | undefined): void {
  pinnedChoice = choice;
}

export function pinnedRunChoice(): RunChoice | undefined {
  return pinnedChoice;
}
