/**
 * The joining pass (like chrono's refiners): neighbouring points become ranges («сентябрь – ноябрь 2021 года»,
 * «с 01.02.2022 по 15.04.2022», «16-17.11.2020»), a year or month written once at the end applies to both
 * ends, a list of years repeats the window before it («апрель-май 2021, 2022»), points after «до» become
 * deadlines, and each expression becomes a window of days.
 */
import { type DaySpan, plusDays, ymd } from "../calendar";
import type { PlanPeriod } from "../period";
import type { CalendarUnit, Piece } from "./pieces";
import { NO_YEAR_MESSAGE } from "./result";
import { firstOccurrence, type SchoolCalendar, spanInYear } from "./units";

type PointPiece = Extract<Piece, { t: "point" }>;

/** One dated expression: a point or a range, plain or after «до». */
export interface Expression {
  until: boolean;
  left: PointPiece;
  right?: PointPiece;
  /** «с 01.03.2021» with no «по»: runs to the end of the plan period. */
  openEnded: boolean;
}

/**
 * The parser's one error style: a part that cannot be read is thrown as Unreadable (the reason, and the part's
 * offsets in the phrase, which parseDeadline quotes), and caught once, in parseDeadline, as an «unparsed» result.
 */
export class Unreadable extends Error {
  constructor(
    reason: string,
    readonly from: number,
    readonly to: number,
  ) {
    super(reason);
    this.name = "Unreadable";
  }
}

/** No year is written and no plan period is known: the whole phrase is unparsed with NO_YEAR_MESSAGE. */
export class NeedsPeriod extends Error {
  constructor() {
    super(NO_YEAR_MESSAGE);
    this.name = "NeedsPeriod";
  }
}

export interface JoinContext {
  period: PlanPeriod | null;
  calendar: SchoolCalendar;
  /** Receives the points whose year was taken from the plan period. */
  implied: PointPiece[];
}

/** A plan of one or more school years (1 September to the school-year end): its yearless half-years are the school's. */
export function isSchoolYearPlan(ctx: JoinContext): boolean {
  if (ctx.period === null) return false;
  const start = ymd(ctx.period.start);
  const end = ymd(ctx.period.end);
  const { month, day } = ctx.calendar.schoolYearEnd;
  return start.month === 9 && start.day === 1 && end.month === month && end.day === day && end.year > start.year;
}

/** Groups points, dashes, «с/по», «до» and separators into expressions. */
export function expressionsOf(pieces: Piece[]): Expression[] {
  const out: Expression[] = [];
  let untilMode = false;
  let fromWord = false;
  let awaitingRight = false;
  let lastWasPoint = false;
  for (const p of pieces) {
    if (p.t === "until") {
      // «с 1 апреля до 30 июня»: «до» after an open «с» ends its range
      const last = out[out.length - 1];
      if (lastWasPoint && last?.openEnded && last.right === undefined) awaitingRight = true;
      else untilMode = true;
    } else if (p.t === "rangeFrom") {
      untilMode = false;
      fromWord = true;
    } else if (p.t === "rangeTo") {
      if (lastWasPoint && out[out.length - 1].right === undefined) awaitingRight = true;
      else untilMode = true; // «по 15 марта» alone is a deadline
    } else if (p.t === "point") {
      if (awaitingRight) {
        const last = out[out.length - 1];
        last.right = p;
        last.openEnded = false;
      } else out.push({ until: untilMode, left: p, openEnded: fromWord });
      awaitingRight = false;
      fromWord = false;
    } else if (p.t === "separator" && awaitingRight) {
      const last = out[out.length - 1].left;
      throw new Unreadable("диапазон без окончания", last.from, last.to);
    }
    lastWasPoint = p.t === "point";
  }
  if (awaitingRight) {
    const last = out[out.length - 1].left;
    throw new Unreadable("диапазон без окончания", last.from, last.to);
  }
  return spreadYearLists(borrowMonths(out));
}

/** «12, 13 января», «5, 12 и 19 марта»: a day number in a list takes the month (and year) of the day after it. */
function borrowMonths(expressions: Expression[]): Expression[] {
  const out = expressions.slice();
  for (let k = out.length - 2; k >= 0; k--) {
    const e = out[k];
    const next = out[k + 1].left.unit;
    if (
      e.right !== undefined ||
      e.left.unit.unit !== "day" ||
      e.left.unit.month !== undefined ||
      next.unit !== "day" ||
      next.month === undefined
    )
      continue;
    out[k] = { ...e, left: { ...e.left, unit: { ...e.left.unit, month: next.month, year: next.year } } };
  }
  return out;
}

/** A bare year written after a window: «апрель-май 2021, 2022», «декабрь 2021 и 2022 гг.», «до 1 июня 2021, 2022». */
function isBareYear(e: Expression): boolean {
  return e.right === undefined && !e.openEnded && e.left.unit.unit === "year";
}

/** The point in another year, quoted at `at` (a yearless start of a range keeps taking its year from the end). */
function withYear(p: PointPiece, year: number | undefined, at: PointPiece): PointPiece {
  return { ...p, unit: year === undefined ? p.unit : ({ ...p.unit, year } as CalendarUnit), from: at.from, to: at.to };
}

/**
 * «апрель-май 2021, 2022» is April–May of each year, not April 2021 – December 2022: a bare year after a window with
 * a written year repeats that window in the year (both ends move by the same number of years).
 */
function spreadYearLists(expressions: Expression[]): Expression[] {
  const out: Expression[] = [];
  for (const e of expressions) {
    const template = out[out.length - 1];
    const last = template?.right ?? template?.left;
    const year = e.left.unit.unit === "year" ? e.left.unit.year : undefined;
    if (
      template === undefined ||
      year === undefined ||
      !isBareYear(e) ||
      isBareYear(template) ||
      last!.unit.year === undefined ||
      last!.unit.unit === "schoolYear"
    ) {
      out.push(e);
      continue;
    }
    const shift = year - last!.unit.year;
    const leftYear = template.left.unit.year;
    const left = withYear(template.left, leftYear === undefined ? undefined : leftYear + shift, e.left);
    out.push({ ...template, left, right: template.right && withYear(template.right, year, e.left) });
  }
  return out;
}

function hasYear(unit: CalendarUnit): boolean {
  return unit.year !== undefined;
}

/** A year (and, for a bare day, a month) written only at the end of a range applies to its start. */
function inheritFromEnd(left: CalendarUnit, right: CalendarUnit): { unit: CalendarUnit; inheritedYear: boolean } {
  let unit = left;
  if (unit.unit === "day" && unit.month === undefined && right.unit === "day") unit = { ...unit, month: right.month };
  if (hasYear(unit) || !hasYear(right)) return { unit, inheritedYear: false };
  return { unit: { ...unit, year: right.year } as CalendarUnit, inheritedYear: true };
}

function requirePeriod(ctx: JoinContext): PlanPeriod {
  if (ctx.period === null) throw new NeedsPeriod();
  return ctx.period;
}

/** The span of one point, its year taken from the plan period when not written. */
function pointSpan(p: PointPiece, written: CalendarUnit, ctx: JoinContext, notBefore?: number): DaySpan {
  // «I полугодие» without a year in a school-year plan is the school's half-year (SPEC §5)
  const unit: CalendarUnit =
    written.unit === "halfYear" && written.year === undefined && isSchoolYearPlan(ctx)
      ? { unit: "schoolHalf", half: written.half }
      : written;
  const y = unit.year;
  if (y !== undefined) {
    const s = spanInYear(unit, y, ctx.calendar);
    if (s === null) throw new Unreadable("нет такой даты", p.from, p.to);
    return s;
  }
  const implied = notBefore === undefined;
  const floor = notBefore ?? requirePeriod(ctx).start;
  const s = firstOccurrence(unit, floor, ctx.calendar);
  if (s === null || (implied && s.start > requirePeriod(ctx).end))
    throw new Unreadable("не попадает в период плана", p.from, p.to);
  if (implied) ctx.implied.push(p);
  return s;
}

/** The window of an expression (a «до» expression still ends on its date; its start is set by the caller). */
export function windowOf(e: Expression, ctx: JoinContext): DaySpan {
  if (e.right === undefined) {
    const s = pointSpan(e.left, e.left.unit, ctx);
    return e.openEnded ? { start: s.start, end: Math.max(s.end, requirePeriod(ctx).end) } : s;
  }
  const { unit, inheritedYear } = inheritFromEnd(e.left.unit, e.right.unit);
  const impliedBefore = ctx.implied.length;
  let left = pointSpan(e.left, unit, ctx);
  const right = hasYear(e.right.unit)
    ? pointSpan(e.right, e.right.unit, ctx)
    : pointSpan(e.right, e.right.unit, ctx, left.start);
  // «ноябрь-декабрь»: the end's year follows the start's, so it is implied when the start's is
  if (ctx.implied.length > impliedBefore && !hasYear(e.right.unit)) ctx.implied.push(e.right);
  if (inheritedYear && left.start > right.end) {
    // «декабрь – январь 2023»: the start is in the year before
    const y = unit.year! - 1;
    left = pointSpan(e.left, { ...unit, year: y } as CalendarUnit, ctx);
  }
  if (left.start > right.end) throw new Unreadable("начало позже окончания", e.left.from, e.right.to);
  return { start: left.start, end: right.end };
}

/**
 * Windows of dated expressions. A «до» date ends its window; the first starts at the plan start (or on the date
 * itself when the plan starts later), a following one the day after the previous deadline.
 */
export function windowsOf(expressions: Expression[], ctx: JoinContext): DaySpan[] {
  const out: DaySpan[] = [];
  for (const e of expressions) {
    const w = windowOf(e, ctx);
    if (!e.until) {
      out.push(w);
      continue;
    }
    const prev = out.length > 0 ? plusDays(out[out.length - 1].end, 1) : requirePeriod(ctx).start;
    out.push({ start: Math.min(prev, w.end), end: w.end });
  }
  return out;
}
