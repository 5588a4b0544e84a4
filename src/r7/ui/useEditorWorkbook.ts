/**
 * The open workbook as the panel knows it, through the door's commands: surveyed when the panel opens, on «Обновить»,
 * after a save and after a run; a run of some reports or all of them, its progress line while commands go back and
 * forth (CHUNK_ROWS rows each) and its outcome as the Excel pane's RunResult shows it; the settings saved.
 */
import * as React from "react";
import type { RunEvent } from "../../commands/store";
import type { ReportSelection } from "../../commands/actions";
import { today } from "../../core/calendar";
import { errorText } from "../../core/errorText";
import type { Settings } from "../../core/settings";
import type { SaveSettings, SaveState } from "../../taskpane/useWorkbook";
import {
  type CallCommand,
  type RunRequest,
  runInEditor,
  saveSettings,
  surveyWorkbook,
  type WorkbookSurvey,
} from "../door";
import { R7_STRINGS } from "./strings";

export interface EditorWorkbook {
  survey?: WorkbookSurvey;
  reading: boolean;
  readError?: string;
  /** The line the door last reported while commands run («Чтение листа «Школы»: строки 2001–4000 из 40000»). */
  progress?: string;
  lastRun?: RunEvent;
  saveState?: SaveState;
  read: () => Promise<void>;
  run: (reports: ReportSelection, request: RunRequest) => Promise<void>;
  save: SaveSettings;
}

export function useEditorWorkbook(call: CallCommand): EditorWorkbook {
  const [survey, setSurvey] = React.useState<WorkbookSurvey>();
  const [reading, setReading] = React.useState(false);
  const [readError, setReadError] = React.useState<string>();
  const [progress, setProgress] = React.useState<string>();
  const [lastRun, setLastRun] = React.useState<RunEvent>();
  const [saveState, setSaveState] = React.useState<SaveState>();

  const read = React.useCallback(async () => {
    setReading(true);
    setReadError(undefined);
    try {
      setSurvey(await surveyWorkbook(call, today(), setProgress));
    } catch (error) {
      setReadError(errorText(error));
    } finally {
      setProgress(undefined);
      setReading(false);
    }
  }, [call]);

  React.useEffect(() => void read(), [read]);

  const run = React.useCallback(
    async (reports: ReportSelection, request: RunRequest) => {
      setLastRun({ state: "running", reports });
      try {
        const outcome = await runInEditor(
          call,
          { ...request, reports: reports === "all" ? undefined : reports },
          setProgress,
        );
        setLastRun(
          outcome.kind === "refused"
            ? { state: "failed", reports, message: outcome.message }
            : { state: "done", reports, summary: outcome.summary },
        );
      } catch (error) {
        setLastRun({ state: "failed", reports, message: R7_STRINGS.notWritten(errorText(error)) });
      }
      setProgress(undefined);
      await read();
    },
    [call, read],
  );

  // As the Excel pane's: «Сохранено» once the workbook is read again, the fields locked («saving») till then.
  const save = React.useCallback(
    async (settings: Settings) => {
      setSaveState({ state: "saving" });
      try {
        await saveSettings(call, settings);
      } catch (error) {
        setSaveState({ state: "failed", message: errorText(error) });
        void read();
        return false;
      }
      void read().then(() => setSaveState({ state: "saved" }));
      return true;
    },
    [call, read],
  );

  return { survey, reading, readError, progress, lastRun, saveState, read, run, save };
}
