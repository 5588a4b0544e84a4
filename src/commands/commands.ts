/**
 * Ribbon commands (ExecuteFunction buttons of the «500+» tab). Each runs the same reports as the pane and
 * always calls event.completed(), even on error: the error itself goes to the pane through the store.
 */
import { today } from "../core/calendar";
import { RIBBON_ACTIONS, type ReportSelection } from "./actions";
import { runAndPublish } from "./runAndPublish";
import { pinnedRunChoice } from "./store";

function ribbonAction(reports: ReportSelection) {
  return (event: Office.AddinCommands.Event): void => {
    void runAndPublish(reports, pinnedRunChoice() ?? { asOf: today() }).finally(() => event.completed());
  };
}

// Outside Office (a plain browser) there is nothing to register; the pane says so.
if (typeof Office !== "undefined" && Office.actions) {
  for (const [name, reports] of Object.entries(RIBBON_ACTIONS)) {
    Office.actions.associate(name, ribbonAction(reports));
  }
}
