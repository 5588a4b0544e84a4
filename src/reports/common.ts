/** Small pieces every report builder shares. */
import { type Day, formatDay } from "../core/calendar";
import { asOfTitleNote } from "../core/plan/staleAsOf";
import type { ReportContext } from "./context";
import type { SheetDescription } from "./model";
import { type ReportId, reportSheetNameOf } from "./registry";

/**
 * «Группы риска по состоянию на 15.06.2021» — every printed report says what date it describes; with «на дату» left
 * at today long after the plan: «… по состоянию на 07.12.2026 (на дату 07.12.2026; период плана закончился 31.12.2021)».
 */
export function reportTitle(name: string, asOf: Day, planEnded?: Day): string {
  const stale = planEnded === undefined ? "" : ` (${asOfTitleNote(asOf, planEnded)})`;
  return `${name} по состоянию на ${formatDay(asOf)}${stale}`;
}

/**
 * What every report sheet starts with: its id, its SPEC §6 name, the title with «по состоянию на» and the date.
 * `part` > 0 frames a further sheet of the report (its registry line's `moreSheets`).
 */
export function reportFrame(
  reportId: ReportId,
  ctx: ReportContext,
  part = 0,
): Pick<SheetDescription, "reportId" | "sheetName" | "title" | "asOf"> {
  const name = reportSheetNameOf(reportId, part);
  return { reportId, sheetName: name, title: reportTitle(name, ctx.asOf, ctx.planEnded), asOf: ctx.asOf };
}

/**
 * A further sheet of a report (its registry line's `moreSheets`, `part` ≥ 1): one table with its own title, notes,
 * widths, repeated header and page setup — one grid per sheet (SPEC §6, issue 23): no table stands under another.
 */
export function furtherSheet(
  reportId: ReportId,
  ctx: ReportContext,
  part: number,
  notes: string[],
  main: SheetDescription["main"],
): SheetDescription {
  return { ...reportFrame(reportId, ctx, part), notes, main, above: [], problems: [] };
}

/** «см. лист «Кураторы — списки школ»»: where a clipped cell or a capped summary continues. */
export function seeSheet(reportId: ReportId, part: number): string {
  return `см. лист «${reportSheetNameOf(reportId, part)}»`;
}

/**
 * A label naming the run's scope (issue 23): «Доли по региону» when the run covers the region; for one municipality
 * its name undeclined, as official tables write it — «Доли — Азовский район» (no «по <муниципалитет>» in the dative).
 */
export function scopeLabel(label: string, ctx: Pick<ReportContext, "municipality">, region = "по региону"): string {
  return ctx.municipality === undefined ? `${label} ${region}` : `${label} — ${ctx.municipality}`;
}

/** The total row's label: «Итого по региону», or «Итого: Азовский район» for one municipality. */
export function totalLabel(ctx: Pick<ReportContext, "municipality">): string {
  return ctx.municipality === undefined ? "Итого по региону" : `Итого: ${ctx.municipality}`;
}
