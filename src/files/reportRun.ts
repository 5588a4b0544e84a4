/**
 * One run of `shnor report` over read workbooks, without files: the engine's result, or why nothing is to be
 * written — what the command line writes to a file and the report page hands to the browser's download.
 */
import type { Day } from "../core/calendar";
import type { Cell, SheetGrid } from "../core/cell";
import { municipalitiesOf } from "../core/risk/scope";
import type { Settings } from "../core/settings";
import { readRunSettings } from "../core/fileSettings";
import { settingsToRows } from "../core/settingsSheet";
import { readWorkbook } from "../core/tables/readWorkbook";
import type { WorkbookData } from "../core/tables/records";
import { reportTitle } from "../reports/common";
import { type EngineResult, type EngineStep, remarksCountLine, runEngine } from "../reports/engine";
import { layoutSheet, type SheetLayout } from "../reports/layout";
import type { ReportId, SheetDescription } from "../reports/model";
import { quarterChoices } from "../reports/quarterReport";

export interface RunOptions {
  asOf: Day;
  municipality?: string;
  /** The plan period as typed (SPEC §9), parsed by the engine. */
  period?: string;
  /** The quarter of «Отчёт за квартал» as typed («2021-3»). */
  quarter?: string;
  /** Adds the hidden settings sheet with the settings in force. */
  withSettings?: boolean;
  /** Only these reports (and «Замечания»); absent: every report the data allows. */
  reports?: readonly ReportId[];
}

export type ReportRun =
  /**
   * A municipality no school has (empty sheets would look like «no risks») or a quarter outside every plan period:
   * nothing is written. `option` names the choice refused, as the command line calls it.
   */
  | { kind: "refused"; option: "municipality" | "quarter"; message: string; result: EngineResult }
  /** No report could be built: `result.summary` says what is missing. */
  | { kind: "nothing"; result: EngineResult }
  | { kind: "built"; result: EngineResult; layouts: SheetLayout[]; title: string; settingsRows?: Cell[][] };

export type BuiltRun = Extract<ReportRun, { kind: "built" }>;

export function runReports(
  grids: SheetGrid[],
  reportSheets: Set<string>,
  options: RunOptions,
  onStep?: (step: EngineStep) => void,
): ReportRun {
  const choice = {
    asOf: options.asOf,
    municipality: options.municipality,
    planPeriodText: options.period,
    quarterText: options.quarter,
  };
  const result = runEngine(grids, reportSheets, choice, options.reports, onStep);
  if (result.choiceRefused !== undefined) return { kind: "refused", ...result.choiceRefused, result };
  if (result.municipalityRefused !== undefined)
    return { kind: "refused", option: "municipality", message: result.municipalityRefused, result };
  const built = result.sheets.filter((s) => s.reportId !== "remarks");
  if (built.length === 0) return { kind: "nothing", result };
  return {
    kind: "built",
    result,
    layouts: result.sheets.map(layoutSheet),
    // The page's empty field is no municipality, as an absent --municipality.
    title: fileTitle(built, options.asOf, options.municipality?.trim() || undefined),
    // A file for sending carries nothing hidden; withSettings adds the settings in force, so a run on it reads them.
    settingsRows: options.withSettings ? settingsToRows(result.settings) : undefined,
  };
}

/**
 * What a run that made no file says: its summary, the remarks counted without sending the reader to a «Замечания»
 * sheet that was not written (the doors list the remarks themselves).
 */
export function unwrittenSummary(result: EngineResult): string[] {
  const onSheet = remarksCountLine(result.problems, true);
  return result.summary.map((line) => (line === onSheet ? remarksCountLine(result.problems, false) : line));
}

/** `--split`: the municipalities of the schools list, each to get a file of its own. */
export function splitMunicipalities(grids: SheetGrid[], reportSheets: Set<string>): string[] {
  return municipalitiesOf(readWithSettings(grids, reportSheets).data);
}

/** What a run over these workbooks can be asked for, as the pane offers it: the schools' municipalities, the plans' quarters. */
export function runChoices(
  grids: SheetGrid[],
  reportSheets: Set<string>,
  asOf: Day,
): { municipalities: string[]; quarters: { key: string; label: string }[] } {
  const { data, settings } = readWithSettings(grids, reportSheets);
  return { municipalities: municipalitiesOf(data), quarters: quarterChoices(data, { asOf, settings }) };
}

/** The workbooks read with the settings of their settings sheet (none of the reports built). */
function readWithSettings(grids: SheetGrid[], reportSheets: Set<string>): { data: WorkbookData; settings: Settings } {
  const { settings, byFile } = readRunSettings(grids);
  return { data: readWorkbook(grids, settings, reportSheets, byFile), settings };
}

/**
 * The file's title: the report's own title when the file holds one report (besides «Замечания»), «Отчёты ШНОР по
 * состоянию на …» when several — what a mail client or Excel's «Сведения» shows the recipient; with the
 * municipality, since --split sends each МОУО a file of its own.
 */
export function fileTitle(built: SheetDescription[], asOf: Day, municipality: string | undefined): string {
  const title = built.length === 1 ? built[0].title : reportTitle("Отчёты ШНОР", asOf);
  return municipality === undefined ? title : `${title} — ${municipality}`;
}
