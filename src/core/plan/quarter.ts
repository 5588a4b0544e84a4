/**
 * The quarter of «Отчёт за квартал» (SPEC §9): chosen per run («2021-3»), by default the last quarter ended on or
 * before «на дату»; which plan items its report lists and what each one's state was on the quarter's last day.
 * The status and the completion share are those of SPEC §5 taken at the quarter's end: no rule written twice.
 */
import { type Day, endOfMonth, firstOfMonth, formatDay, quarterOf, ymd } from "../calendar";
import type { PlanPeriod } from "../period";
import { type PlanCompletion, type PlanItemInput, planCompletion } from "./completion";
import { isDoneAt, PLAN_STATUS, type PlanItemStatus, planItemStatus } from "./status";

export interface Quarter {
  year: number;
  /** 1…4. */
  quarter: number;
}

const ROMAN = ["I", "II", "III", "IV"];

export function quarterStart(q: Quarter): Day {
  return firstOfMonth(q.year, q.quarter * 3 - 2);
}

export function quarterEnd(q: Quarter): Day {
  return endOfMonth(q.year, q.quarter * 3);
}

/** «III квартал 2021 года». */
export function quarterInWords(q: Quarter): string {
  return `${ROMAN[q.quarter - 1]} квартал ${q.year} года`;
}

/** «2021-3» — the command line's and the pane's form. */
export function quarterKey(q: Quarter): string {
  return `${q.year}-${q.quarter}`;
}

/**
 * «2021-3», «2021-III», «3 квартал 2021», «III кв. 2021»; null for anything else (the caller names the argument).
 */
export function parseQuarter(text: string): Quarter | null {
  const t = text.trim().toUpperCase().replace(/\s+/g, " ");
  const quarterNumber = (s: string): number => (/^\d$/.test(s) ? Number(s) : ROMAN.indexOf(s) + 1);
  const keyed = /^(\d{4})\s*[-–—./]\s*(?:Q|КВ\.?\s*)?([1-4]|IV|I{1,3})$/.exec(t);
  const written = /^([1-4]|IV|I{1,3})(?:-?Й)?\s*(?:КВ\.?|КВАРТАЛ)\s*(\d{4})(?:\s*(?:Г\.?|ГОДА?))?$/.exec(t);
  const [year, quarter] = keyed
    ? [Number(keyed[1]), quarterNumber(keyed[2])]
    : written
      ? [Number(written[2]), quarterNumber(written[1])]
      : [0, 0];
  if (quarter < 1 || year < 1990 || year > 2100) return null;
  return { year, quarter };
}

/** Why a quarter the run was given as text cannot be read (the command line names its option instead: cli/args.ts). */
export function unreadQuarterReason(text: string): string {
  return `квартал «${text.trim()}» не распознан: укажите год и номер квартала, например «2021-3»`;
}

/** Why a chosen quarter cannot be reported on: it lies outside the plan's period, or outside each of several plans'. */
export function quarterOutsideReason(q: Quarter, periods: readonly PlanPeriod[]): string {
  const named = periods.map((p) => `${formatDay(p.start)}–${formatDay(p.end)}`).join(", ");
  return `${quarterInWords(q)} вне периода ${periods.length > 1 ? "каждого плана" : "плана"} (${named})`;
}

/** The last quarter whose last day is on or before `asOf`. */
export function lastEndedQuarter(asOf: Day): Quarter {
  const { year } = ymd(asOf);
  const q = quarterOf(asOf);
  const current = { year, quarter: q };
  if (quarterEnd(current) <= asOf) return current;
  return q === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: q - 1 };
}

/** The quarter shares at least one day with the plan period. */
export function quarterInPeriod(q: Quarter, period: PlanPeriod): boolean {
  return quarterStart(q) <= period.end && quarterEnd(q) >= period.start;
}

/** What «Выполнено в квартале» says. */
export type DoneInQuarter =
  { kind: "in"; date: Day } | { kind: "undated" } | { kind: "before"; date: Day } | { kind: "no" };

export interface QuarterItem<T extends PlanItemInput> {
  item: T;
  /** The item's control points inside the quarter. */
  controlPoints: Day[];
  /** Overdue when the quarter began and not done before it: «с прошлых кварталов». */
  carriedOver: boolean;
  /** SPEC §5 status on the quarter's last day. */
  status: PlanItemStatus;
  done: DoneInQuarter;
}

export interface QuarterReport<T extends PlanItemInput> {
  quarter: Quarter;
  start: Day;
  end: Day;
  items: QuarterItem<T>[];
  /** Listed items with a control point inside the quarter. */
  dueInQuarter: number;
  /** Listed items done on the quarter's last day. */
  done: number;
  /** Listed items «Просрочено» on the quarter's last day. */
  overdue: number;
  /** «Процент исполнения» of SPEC §5 over the listed items, at the quarter's last day. */
  completion: PlanCompletion;
}

function doneInQuarter(input: PlanItemInput, start: Day, end: Day): DoneInQuarter {
  if (input.done.state !== "done") return { kind: "no" };
  const date = input.done.date;
  if (date === undefined) return { kind: "undated" };
  if (date < start) return { kind: "before", date };
  return date <= end ? { kind: "in", date } : { kind: "no" };
}

/**
 * The items SPEC §9 lists for the quarter, in plan order: a window overlapping it, a control point inside it, or
 * overdue when it began and not done before it began. Items without a date (none, unparsed) are not listed.
 */
export function quarterReport<T extends PlanItemInput>(items: readonly T[], quarter: Quarter): QuarterReport<T> {
  const start = quarterStart(quarter);
  const end = quarterEnd(quarter);
  const listed: QuarterItem<T>[] = [];
  for (const item of items) {
    const d = item.deadline;
    if (d.end === undefined) continue;
    const controlPoints = d.controlPoints.filter((c) => c >= start && c <= end);
    const overlaps = d.windows.some((w) => w.start <= end && w.end >= start);
    const carriedOver = d.end < start && !isDoneAt(item.done, start - 1);
    if (!overlaps && controlPoints.length === 0 && !carriedOver) continue;
    listed.push({
      item,
      controlPoints,
      carriedOver,
      status: planItemStatus(d, item.done, end),
      done: doneInQuarter(item, start, end),
    });
  }
  const isDone = (i: QuarterItem<T>): boolean => isDoneAt(i.item.done, end);
  return {
    quarter,
    start,
    end,
    items: listed,
    dueInQuarter: listed.filter((i) => i.controlPoints.length > 0).length,
    done: listed.filter(isDone).length,
    overdue: listed.filter((i) => i.status.status === PLAN_STATUS.overdue).length,
    completion: planCompletion(
      listed.map((i) => i.item),
      end,
    ),
  };
}

/** «Выполнено в квартале» in words. */
export function doneInQuarterText(done: DoneInQuarter): string {
  switch (done.kind) {
    case "in":
      return formatDay(done.date);
    case "undated":
      return "дата не указана";
    case "before":
      return `до начала квартала (${formatDay(done.date)})`;
    case "no":
      return "нет";
  }
}

/** Every quarter sharing a day with one of the periods, in order, each once: the pane's list. */
export function quartersOfPeriods(periods: readonly PlanPeriod[]): Quarter[] {
  const keys = new Set<string>();
  const out: Quarter[] = [];
  for (const p of [...periods].sort((a, b) => a.start - b.start)) {
    for (
      let q = quarterContaining(p.start);
      quarterStart(q) <= p.end;
      q = q.quarter === 4 ? { year: q.year + 1, quarter: 1 } : { year: q.year, quarter: q.quarter + 1 }
    ) {
      if (!keys.has(quarterKey(q))) out.push(q);
      keys.add(quarterKey(q));
    }
  }
  return out.sort((a, b) => quarterStart(a) - quarterStart(b));
}

/** The quarter containing a day. */
export function quarterContaining(day: Day): Quarter {
  return { year: ymd(day).year, quarter: quarterOf(day) };
}

export type PlanQuarter = { kind: "quarter"; quarter: Quarter } | { kind: "none"; reason: string };

/**
 * The quarter a plan's report covers: the run's choice when it falls in the plan period; else the last quarter ended
 * on or before «на дату», no later than the plan's last quarter. None, with the reason, when no quarter fits.
 */
export function quarterForPlan(period: PlanPeriod, asOf: Day, chosen?: Quarter): PlanQuarter {
  const span = `${formatDay(period.start)}–${formatDay(period.end)}`;
  if (chosen !== undefined) {
    return quarterInPeriod(chosen, period)
      ? { kind: "quarter", quarter: chosen }
      : { kind: "none", reason: quarterOutsideReason(chosen, [period]) };
  }
  const ended = lastEndedQuarter(asOf);
  const last = quarterContaining(period.end);
  const quarter = quarterEnd(ended) > quarterEnd(last) ? last : ended;
  if (quarterEnd(quarter) < period.start)
    return { kind: "none", reason: `ни один квартал периода плана (${span}) не закончился к ${formatDay(asOf)}` };
  return { kind: "quarter", quarter };
}
