/**
 * «на дату» left at today long after the plan (issue 24): the Omsk plan of 2021 read in 2026 shows 26 items
 * «Просрочено» up to 1 802 days and the quarter report picks IV кв. 2021 silently. When every plan period ended more
 * than a quarter before today, the run says so: a warning beside the date field and in the sheets' title lines.
 */
import { type Day, formatDay, plusMonths } from "../calendar";

/** Start of every warning line: the pane and the report page find it among the run's summary lines. */
export const AS_OF_WARNING_START = "Внимание: «на дату» —";

/** The last plan period's end when every period ended more than a quarter before `asOf`; else null. */
export function planEndedLongBefore(periodEnds: Day[], asOf: Day): Day | null {
  if (periodEnds.length === 0) return null;
  const last = Math.max(...periodEnds);
  return plusMonths(last, 3) < asOf ? last : null;
}

/** The run's warning, one line. */
export function asOfWarning(asOf: Day, ended: Day): string {
  return `${AS_OF_WARNING_START} сегодня, ${formatDay(asOf)}, а период плана закончился ${formatDay(ended)}: статусы и просрочки посчитаны на сегодня. Чтобы увидеть исполнение на конец плана, задайте «на дату», например ${formatDay(ended)}.`;
}

/** The title lines' addition: «на дату 07.12.2026; период плана закончился 31.12.2021». */
export function asOfTitleNote(asOf: Day, ended: Day): string {
  return `на дату ${formatDay(asOf)}; период плана закончился ${formatDay(ended)}`;
}

/** The warning among a run's summary lines, for the doors to show beside their date field. */
export function asOfWarningIn(lines: readonly string[]): string | undefined {
  return lines.find((line) => line.startsWith(AS_OF_WARNING_START));
}
