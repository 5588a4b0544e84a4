/**
 * Recurring deadlines (SPEC §5): each repetition's window is its week, month, quarter, half-year or year inside
 * the scope (the plan period, or the window the text states); its control point is the window's end, or the day
 * the text names: each Thursday of «каждый четверг», the 5th of the month after each quarter of «до 5 числа
 * месяца, следующего за отчетным кварталом».
 */
import { type Day, type DaySpan, endOfMonth, plusDays, plusMonths, weekdayOf, ymd } from "../calendar";
import type { Frequency } from "./dictionaries";
import { schoolQuarterSpan } from "./schoolQuarters";
import { monthsSpan, type SchoolCalendar, spanInYear } from "./units";

export interface Repetition {
  window: DaySpan;
  control: Day;
}

/** The calendar unit of `frequency` that holds `day`. */
function unitAround(day: Day, frequency: Exclude<Frequency, "schoolQuarter" | "schoolHalf">, scopeStart: Day): DaySpan {
  const { year, month } = ymd(day);
  switch (frequency) {
    case "week": {
      const sunday = plusDays(day, (7 - weekdayOf(day)) % 7);
      return { start: plusDays(sunday, -6), end: sunday };
    }
    case "month":
      return monthsSpan(year, month, month);
    case "quarter": {
      const first = Math.floor((month - 1) / 3) * 3 + 1;
      return monthsSpan(year, first, first + 2);
    }
    case "halfYear": {
      const first = month <= 6 ? 1 : 7;
      return monthsSpan(year, first, first + 5);
    }
    case "year": {
      // twelve-month blocks from the scope's start: calendar years for a calendar plan, school years for a school-year plan
      let start = scopeStart;
      while (plusMonths(start, 12) <= day) start = plusMonths(start, 12);
      return { start, end: plusDays(plusMonths(start, 12), -1) };
    }
  }
}

/**
 * The units of `frequency` inside the scope, unclipped. Days are consecutive serial numbers, so the day after a
 * unit is its end + 1 and the next week is seven on: stepping by plain addition keeps long scopes fast.
 */
function unitsIn(scope: DaySpan, frequency: Frequency, calendar: SchoolCalendar): DaySpan[] {
  if (frequency === "schoolQuarter" || frequency === "schoolHalf") return schoolUnitsIn(scope, frequency, calendar);
  const out: DaySpan[] = [];
  for (let day = scope.start; day <= scope.end;) {
    const u =
      frequency === "week" && out.length > 0 ? { start: day, end: day + 6 } : unitAround(day, frequency, scope.start);
    out.push(u);
    day = u.end + 1;
  }
  return out;
}

/** School quarters and halves do not tile the year (the summer is in none): those of each school year that overlap the scope. */
function schoolUnitsIn(scope: DaySpan, frequency: "schoolQuarter" | "schoolHalf", calendar: SchoolCalendar): DaySpan[] {
  const out: DaySpan[] = [];
  for (let year = ymd(scope.start).year - 1; year <= ymd(scope.end).year; year++) {
    const units =
      frequency === "schoolQuarter"
        ? [1, 2, 3, 4].map((q) => schoolQuarterSpan(year, q, calendar.schoolQuarters))
        : [1, 2].map((half) => spanInYear({ unit: "schoolHalf", half }, year, calendar)!);
    out.push(...units.filter((s) => s.end >= scope.start && s.start <= scope.end));
  }
  return out;
}

/** Day `n` of the month that starts on `first`; a day beyond the month's length is its last day («30 числа» in February). */
function dayOfMonthFrom(first: Day, n: number): Day {
  const { year, month } = ymd(first);
  return Math.min(first + n - 1, endOfMonth(year, month));
}

/** How a unit's control point is set when the text names one. */
export type ControlRule =
  /** «до 5 числа месяца, следующего за отчетным кварталом»: that day of the month after the unit. */
  | { after: number }
  /** «до 20 числа каждого месяца»: that day of the unit's own month. */
  | { dayOfMonth: number };

/**
 * Each unit of a frequency inside the scope, its window clipped to the scope; the control point is the window's
 * end, or the day a rule names (then the window runs to it). A unit whose named day falls before the scope
 * starts is left out.
 */
export function everyUnit(
  scope: DaySpan,
  frequency: Frequency,
  calendar: SchoolCalendar,
  rule?: ControlRule,
): Repetition[] {
  const out: Repetition[] = [];
  for (const u of unitsIn(scope, frequency, calendar)) {
    const start = Math.max(u.start, scope.start);
    const end = Math.min(u.end, scope.end);
    if (rule === undefined) out.push({ window: { start, end }, control: end });
    else {
      const control =
        "after" in rule
          ? dayOfMonthFrom(u.end + 1, rule.after)
          : dayOfMonthFrom(u.start - ymd(u.start).day + 1, rule.dayOfMonth);
      if (control >= start) out.push({ window: { start, end: control }, control });
    }
  }
  return out;
}

/** «каждый четверг»: each such weekday in the scope; a window runs from the day after the previous one. */
export function everyWeekday(scope: DaySpan, weekday: number): Repetition[] {
  const out: Repetition[] = [];
  let from = scope.start;
  for (let d = plusDays(scope.start, (weekday - weekdayOf(scope.start) + 7) % 7); d <= scope.end; d += 7) {
    out.push({ window: { start: from, end: d }, control: d });
    from = d + 1;
  }
  return out;
}
