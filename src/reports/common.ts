/** Small pieces every report builder shares. */
import { type Day, formatDay } from "../core/calendar";
import type { ReportContext } from "./context";
import type { SheetDescription } from "./model";
import { type ReportId, reportSheetNameOf } from "./registry";

/** «Группы риска по состоянию на 15.06.2021» — every printed report says what date it describes. */
export function reportTitle(name: string, asOf: Day): string {
  return `${name} по состоянию на ${formatDay(asOf)}`;
}

/**
 * What every report sheet starts with: its id, its SPEC §6 name, the title with «по состоянию на» and the date.
 * `part` > 0 frames a further sheet of the report (its registry line's `moreSheets`).
 */
export function reportFrame(reportId: ReportId, ctx: ReportContext, part = 0): Pick<SheetDescription, "reportId" | "sheetName" | "title" | "asOf"> {
  const name = reportSheetNameOf(reportId, part);
  return { reportId, sheetName: name, title: reportTitle(name, ctx.asOf), asOf: ctx.asOf };
}
