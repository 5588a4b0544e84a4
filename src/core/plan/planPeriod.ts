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
  return {
    ...calendarYearsSpan(first, last),
    source: "deadlines",
    text: first === last ? String(first) : `${first}-${last}`,
  };
}

export function yearOfDay(day: Day): PlanPeriod {
  const { year } = ymd(day);
  return { ...calendarYearsSpan(year, year), source: "asOf", text: String(year) };
}

export function choosePlanPeriod(candidates: PeriodCandidates, deadlines: Cell[], asOf: Day): PlanPeriod {
  return candidates.run ?? candidates.settings ?? candidates.title ?? periodFromDeadlines(deadlines) ?? yearOfDay(asOf);
}

/** Where one plan of a run may take its period from. */
export interface PlanPeriodSources {
  /** Chosen for this run (--period, the pane). */
  run?: PlanPeriod;
  /** The settings row of this very plan («Период плана: <лист>»). */
  own?: PlanPeriod;
  /** The workbook's settings row «Период плана». */
  shared?: PlanPeriod;
  /** The plan's own title. */
  title?: PlanPeriod;
}

/**
 * One plan's period (SPEC §5): with one plan, the run's choice > its settings > its title; with several, a plan's
 * own period (its settings row or title) wins, and the run's choice or the workbook-wide row fill in only for a plan
 * without one — a plan never takes another plan's period. Then the years of its own deadlines, then «на дату».
 */
export function choosePeriodOfPlan(
  sources: PlanPeriodSources,
  severalPlans: boolean,
  deadlines: Cell[],
  asOf: Day,
): PlanPeriod {
  if (!severalPlans)
    return choosePlanPeriod(
      { run: sources.run, settings: sources.own ?? sources.shared, title: sources.title },
      deadlines,
      asOf,
    );
  const hasOwn = sources.own !== undefined || sources.title !== undefined;
  return choosePlanPeriod(
    hasOwn ? { settings: sources.own, title: sources.title } : { run: sources.run, settings: sources.shared },
    deadlines,
    asOf,
  );
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
  const quoted =
    period.text !== undefined && (period.source === "run" || period.source === "settings" || period.source === "title");
  const from = quoted ? `${SOURCE_WORDS[period.source]}: «${period.text}»` : SOURCE_WORDS[period.source];
  return `Период плана: ${formatDay(period.start)}–${formatDay(period.end)} (${from})`;
}
