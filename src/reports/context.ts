/** What every report builder is given besides the workbook's data. */
import type { Day } from "../core/calendar";
import type { PlanPeriod } from "../core/period";
import type { Quarter } from "../core/plan/quarter";
import type { Settings } from "../core/settings";

export interface ReportContext {
  /** «на дату»: today unless the user pinned a date for this run. */
  asOf: Day;
  settings: Settings;
  /** Only this municipality's schools (municipality filter / --municipality). */
  municipality?: string;
  /** A plan period chosen for this run (--period); wins over the settings sheet and the title. */
  planPeriod?: PlanPeriod;
  /** The quarter of «Отчёт за квартал» chosen for this run (--quarter, the pane's list); else each plan's last ended one. */
  quarter?: Quarter;
  /** «на дату» left at today while every plan period ended more than a quarter before it: the last period's end (issue 24). */
  planEnded?: Day;
  /** A later input file's own settings sheet, by file: its plans read with it (core/fileSettings.ts). */
  fileSettings?: ReadonlyMap<string, Settings>;
}

/** The settings a plan is read with: its file's own, else the run's. */
export function settingsOfPlan(ctx: ReportContext, file: string | undefined): Settings {
  return (file === undefined ? undefined : ctx.fileSettings?.get(file)) ?? ctx.settings;
}
