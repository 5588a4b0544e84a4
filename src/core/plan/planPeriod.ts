/**
 * Which plan period the deadlines are read against (SPEC §5, §8): the run's choice > the settings sheet > the
 * plan's title > the span of the years written in the deadlines > the calendar year of «на дату».
 */
import type { Cell } from "../cell";
import { type Day, formatDay, ymd } from "../calendar";
import { yearsWrittenIn } from "../deadlines/parseDeadline";
import type { PlanPeriod } from "../period";
import { calendarYearsSpan } from "../periodText";

export interface PeriodCandidates {
  run?: PlanPeriod;
  settings?: PlanPeriod;
  title?: PlanPeriod;
}

/** The span of the years written in the deadlines, or null when none names a year. */
export function periodFromDeadlines(deadlines: Cell[]): PlanPeriod | null {
  const years = deadlines.flatMap((d) => yearsWrittenIn(d));
  if (years.length === 0) return null;
  const first = Math.min(...years);
  const last = Math.max(...years);
  return { ...calendarYearsSpan(first, last), source: "deadlines", text: first === last ? String(first) : `${first}-${last}` };
}

export function yearOfDay(day: Day): PlanPeriod {
  const { year } = ymd(day);
  return { ...calendarYearsSpan(year, year), source: "asOf", text: String(year) };
}

export function choosePlanPeriod(candidates: PeriodCandidates, deadlines: Cell[], asOf: Day): PlanPeriod {
  return candidates.run ?? candidates.settings ?? candidates.title ?? periodFromDeadlines(deadlines) ?? yearOfDay(asOf);
}

const SOURCE_WORDS: Record<PlanPeriod["source"], string> = {
  run: "задан для этого запуска",
  settings: "из листа настроек",
  title: "из заголовка плана",
  deadlines: "по годам, указанным в сроках плана",
  asOf: "год даты «на дату»: в плане период не указан",
};

/** «Период плана: 01.01.2021–31.12.2021 (из заголовка плана: «на 2021 год»)». */
export function describePlanPeriod(period: PlanPeriod): string {
  const quoted = period.text !== undefined && (period.source === "run" || period.source === "settings" || period.source === "title");
  const from = quoted ? `${SOURCE_WORDS[period.source]}: «${period.text}»` : SOURCE_WORDS[period.source];
  return `Период плана: ${formatDay(period.start)}–${formatDay(period.end)} (${from})`;
}
