/**
 * The workbook as the pane last read it (recognizeWorkbook), and saving settings to it: read when the pane opens, on
 * «Обновить», after a save and after a finished run.
 */
import * as React from "react";
import type { Settings } from "../core/settings";
import { errorText } from "../core/errorText";
import { recognizeWorkbook, saveSettings, type WorkbookView } from "../excel/api";

/**
 * Saves settings to the workbook: true once they are written, false when the door could not write them (it says why
 * under the fields). The door reads the workbook again after a save and keeps `saving` until then.
 */
export type SaveSettings = (settings: Settings) => Promise<boolean>;

export type SaveState = { state: "saving" } | { state: "saved" } | { state: "failed"; message: string };

interface WorkbookState {
  /** The last successful read; a failed read keeps it. */
  view?: WorkbookView;
  readError?: string;
  reading: boolean;
  saveState?: SaveState;
}

type Action =
  | { type: "reading" }
  | { type: "read"; view: WorkbookView }
  | { type: "readFailed"; message: string }
  | { type: "save"; saveState: SaveState };

function reduce(state: WorkbookState, action: Action): WorkbookState {
  switch (action.type) {
    case "reading":
      return { ...state, reading: true, readError: undefined };
    case "read":
      return { ...state, reading: false, view: action.view };
    case "readFailed":
      return { ...state, reading: false, readError: action.message };
    case "save":
      return { ...state, saveState: action.saveState };
  }
}

export interface Workbook extends WorkbookState {
  read: () => Promise<void>;
  save: SaveSettings;
}

/** For a pane inside Excel only: it starts reading at once. */
export function useWorkbook(): Workbook {
  const [state, dispatch] = React.useReducer(reduce, { reading: true });
  const load = React.useCallback(async () => {
    try {
      dispatch({ type: "read", view: await recognizeWorkbook() });
    } catch (error) {
      dispatch({ type: "readFailed", message: errorText(error) });
    }
  }, []);
  const read = React.useCallback(() => {
    dispatch({ type: "reading" });
    return load();
  }, [load]);
  React.useEffect(() => {
    void load(); // the state starts as «reading»
  }, [load]);
  const save = React.useCallback(
    async (settings: Settings) => {
      dispatch({ type: "save", saveState: { state: "saving" } });
      try {
        await saveSettings(settings);
      } catch (error) {
        dispatch({ type: "save", saveState: { state: "failed", message: errorText(error) } });
        return false;
      }
      // «Сохранено» once the workbook is read again: the fields stay locked («saving») till then.
      void read().then(() => dispatch({ type: "save", saveState: { state: "saved" } }));
      return true;
    },
    [read],
  );
  return { ...state, read, save };
}
