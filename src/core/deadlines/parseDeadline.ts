/**
 * Reads a plan deadline (срок) against the plan period (SPEC §5): tokenizer → constructs (one per file, tried in
 * the order of constructs/index.ts) → the joining pass → windows, ends and control points. Never guesses: a part it cannot read
 * makes the phrase unparsed and is named.
 *
 * Without a plan period, the years written in the phrase itself are the period («до 15 марта 2021 года» → 2021);
 * a phrase that needs a year and has none is unparsed with `needsPeriod` and NO_YEAR_MESSAGE.
 * Inside, a part that cannot be read is thrown (join.ts: Unreadable, NeedsPeriod) and caught once, in parseText.
 */
import { type Cell, cellText, isBlank } from "../cell";
import { type Day, type DaySpan, isPlausibleDateSerial, mustDayOf, parseDottedDay, ymd } from "../calendar";
import type { PlanPeriod } from "../period";
import { calendarYearsSpan, isPlanYear, type MonthDay, schoolYearSpan } from "../periodText";
import { DEFAULT_SETTINGS } from "../settings";
import { GRAMMAR } from "./constructs";
import { FILLER_WORDS, type Frequency } from "./dictionaries";
import {
  type Expression,
  expressionsOf,
  isSchoolYearPlan,
  type JoinContext,
  NeedsPeriod,
  Unreadable,
  windowsOf,
} from "./join";
import type { Match, Piece } from "./pieces";
import { type ControlRule, everyUnit, everyWeekday, type Repetition } from "./repeat";
import { remarksOf } from "./remarks";
import type { DeadlineResult } from "./result";
import type { SchoolQuarters } from "./schoolQuarters";
import { type Token, tokenize } from "./tokenizer";
import { type SchoolCalendar, spanInYear } from "./units";

export interface DeadlineOptions {
  schoolYearEnd?: MonthDay;
  /** The region's school quarters per school year (settings «Учебные четверти 2021-2022»); default bounds otherwise. */
  schoolQuarters?: SchoolQuarters;
}

export function parseDeadline(input: Cell, period: PlanPeriod | null, opts: DeadlineOptions = {}): DeadlineResult {
  const calendar: SchoolCalendar = {
    schoolYearEnd: opts.schoolYearEnd ?? DEFAULT_SETTINGS.schoolYearEnd,
    schoolQuarters: opts.schoolQuarters,
  };
  if (input === null || isBlank(input)) return { kind: "none", windows: [], controlPoints: [], implied: false };
  if (typeof input === "boolean")
    return unparsed(cellText(input), `логическое значение «${cellText(input)}» не является сроком`);
  if (typeof input === "number") return parseNumber(input, calendar);
  return parseText(input, period, calendar);
}

/** A whole number 1990–2100 is a year; another number is a date Excel has already converted (a one-day period). */
function parseNumber(n: number, calendar: SchoolCalendar): DeadlineResult {
  if (isPlanYear(n)) return parseText(String(n), null, calendar);
  if (!isPlausibleDateSerial(n)) return unparsed(String(n), `число ${n} не является ни датой, ни годом`);
  const day = Math.floor(n);
  return {
    kind: "period",
    windows: [{ start: day, end: day }],
    controlPoints: [day],
    start: day,
    end: day,
    implied: false,
  };
}

/** Years written in a deadline (in dates too): the span of a plan that names no period (SPEC §5). */
export function yearsWrittenIn(input: Cell): number[] {
  if (typeof input === "number") {
    if (isPlanYear(input)) return [input];
    return isPlausibleDateSerial(input) ? [ymd(Math.floor(input)).year] : [];
  }
  if (typeof input !== "string") return [];
  const years: number[] = [];
  for (const t of tokenize(input)) {
    if (t.kind === "number" && t.text.length === 4 && isPlanYear(Number(t.text))) years.push(Number(t.text));
    if (t.kind === "dotted") {
      const d = parseDottedDay(t.text);
      if (d !== null) years.push(ymd(d).year);
    }
  }
  return years;
}

function periodFromWrittenYears(text: string): PlanPeriod | null {
  const years = yearsWrittenIn(text);
  if (years.length === 0) return null;
  return { ...calendarYearsSpan(Math.min(...years), Math.max(...years)), source: "deadlines", text };
}

function readPieces(tokens: Token[]): Piece[] {
  const pieces: Piece[] = [];
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i];
    if (t.kind === "separator") {
      pieces.push({ t: "separator" });
      i++;
      continue;
    }
    if (t.kind === "dash") {
      pieces.push({ t: "rangeTo" });
      i++;
      continue;
    }
    let m: Match | null = null;
    const constructs = GRAMMAR.constructsAt(t);
    for (let k = 0; k < constructs.length && m === null; k++) m = constructs[k].read(tokens, i, GRAMMAR);
    if (m) {
      pieces.push(...m.pieces);
      i = m.next;
    } else {
      if (!(t.kind === "word" && FILLER_WORDS.has(t.text)) && t.kind !== "other")
        pieces.push({ t: "unknown", token: t });
      i++;
    }
  }
  return pieces;
}

function parseText(text: string, given: PlanPeriod | null, calendar: SchoolCalendar): DeadlineResult {
  const phrase = text.trim();
  if (phrase === "") return { kind: "none", windows: [], controlPoints: [], implied: false };
  const pieces = readPieces(tokenize(phrase));
  const invalid = pieces.find((p): p is Extract<Piece, { t: "invalid" }> => p.t === "invalid");
  if (invalid) return unparsed(phrase.slice(invalid.from, invalid.to), invalid.message);
  const { notes, unread } = remarksOf(phrase, pieces);
  if (unread !== undefined) return unparsed(unread, `не понятно «${unread}»`);
  const note = notes.length > 0 ? notes.join("; ") : undefined;

  const ctx: JoinContext = { period: given ?? periodFromWrittenYears(phrase), calendar, implied: [] };
  try {
    const result: DeadlineResult | null = interpret(pieces, ctx);
    if (result === null) return unparsed(phrase, `не понятно «${phrase}»`);
    if (note !== undefined) result.note = note;
    if (ctx.implied.length > 0) {
      result.implied = true;
      result.impliedParts = ctx.implied.map((p) => phrase.slice(p.from, p.to));
    }
    return result;
  } catch (e) {
    if (e instanceof NeedsPeriod) return { ...unparsed(phrase, e.message), needsPeriod: true };
    if (e instanceof Unreadable) {
      const part = phrase.slice(e.from, e.to);
      return unparsed(part, `${e.message}: «${part}»`);
    }
    throw e;
  }
}

/** The pieces the joining pass reads. */
const RANGE_PIECES = new Set<Piece["t"]>(["point", "until", "rangeTo", "rangeFrom", "separator"]);

type PieceOf<T extends Piece["t"]> = Extract<Piece, { t: T }>;

function find<T extends Piece["t"]>(pieces: Piece[], t: T): PieceOf<T> | undefined {
  return pieces.find((p): p is PieceOf<T> => p.t === t);
}

/** How often and on which day a recurring phrase repeats, or null when it does not repeat. */
interface Repeat {
  frequency: Frequency;
  rule?: ControlRule;
  weekday?: number;
}

/**
 * The frequency word and the day rules of a phrase, settled together (SPEC §5): the noun after «отчетным» decides,
 * a frequency word decides for «отчетным периодом» and where no noun follows; a clash, «отчетным периодом» with no
 * frequency word, and «до 5 числа» of no stated month are unreadable, naming the part.
 */
function repeatOf(pieces: Piece[]): Repeat | null {
  const every = find(pieces, "every")?.frequency;
  const weekday = find(pieces, "weekday");
  const due = find(pieces, "dueAfter");
  const monthly = find(pieces, "dayOfMonth");
  if (due) {
    const noun = due.noun === "period" ? null : due.noun;
    if (noun !== null && every !== undefined && every !== noun)
      throw new Unreadable("частота не совпадает с отчётным периодом", due.from, due.to);
    const frequency = noun ?? every ?? (due.noun === "period" ? undefined : "month");
    if (frequency !== "month" && frequency !== "quarter") {
      throw new Unreadable(
        every === undefined
          ? "не сказано, какой период отчётный (ежемесячно? ежеквартально?)"
          : "частота не совпадает с отчётным периодом",
        due.from,
        due.to,
      );
    }
    return { frequency, rule: { after: due.day } };
  }
  if (monthly) {
    if (!monthly.everyMonth && every !== "month")
      throw new Unreadable("не сказано, какого месяца это число", monthly.from, monthly.to);
    return { frequency: "month", rule: { dayOfMonth: monthly.day } };
  }
  if (weekday) return { frequency: every ?? "week", weekday: weekday.weekday };
  return every ? { frequency: every } : null;
}

/** What the pieces mean; notes and implied parts are added by the caller. Throws Unreadable and NeedsPeriod. */
function interpret(pieces: Piece[], ctx: JoinContext): DeadlineResult | null {
  const expressions = expressionsOf(pieces.filter((p) => RANGE_PIECES.has(p.t)));
  const repeat = repeatOf(pieces);
  const whole = find(pieces, "wholePeriod");

  if (repeat) {
    const { rule, weekday } = repeat;
    // «1 раз в полугодие» in a school-year plan: the school's half-years, as «I полугодие» there
    const frequency = repeat.frequency === "halfYear" && isSchoolYearPlan(ctx) ? "schoolHalf" : repeat.frequency;
    const template =
      frequency === "year" &&
      expressions.length > 0 &&
      expressions.every((e) => e.left.unit.year === undefined && e.right?.unit.year === undefined);
    const reps: Repetition[] = [];
    if (template) for (const w of yearlyWindows(expressions, ctx)) reps.push({ window: w, control: w.end });
    else {
      // a plain loop: flatMap is the slowest step of a recurring phrase (npm run bench)
      for (const s of expressions.length > 0 ? windowsOf(expressions, ctx) : [periodWindow(ctx)]) {
        reps.push(
          ...(weekday !== undefined && !rule ? everyWeekday(s, weekday) : everyUnit(s, frequency, ctx.calendar, rule)),
        );
      }
    }
    if (reps.length === 0) return null;
    const controls = sortedUnique(reps.map((r) => r.control));
    return {
      kind: "recurring",
      windows: reps.map((r) => r.window),
      controlPoints: controls,
      start: Math.min(...reps.map((r) => r.window.start)),
      end: controls[controls.length - 1],
      implied: false,
    };
  }
  if (expressions.length > 0) {
    const windows = windowsOf(expressions, ctx);
    // «сентябрь, в течение года»: from the window to the end of its year (a «до» date still ends the item)
    if (whole && !expressions.some((e) => e.until)) {
      const start = Math.min(...windows.map((w) => w.start));
      const end = Math.max(
        whole.scope === "period" ? periodWindow(ctx).end : endOfYearOf(start, ctx, whole.scope === "schoolYear"),
        ...windows.map((w) => w.end),
      );
      return { kind: "period", windows: [{ start, end }], controlPoints: [end], start, end, implied: false };
    }
    return {
      kind: expressions[0].until ? "deadline" : "period",
      windows,
      controlPoints: sortedUnique(windows.map((w) => w.end)),
      start: Math.min(...windows.map((w) => w.start)),
      end: Math.max(...windows.map((w) => w.end)),
      implied: false,
    };
  }
  if (whole) {
    const w = periodWindow(ctx);
    return { kind: "continuous", windows: [w], controlPoints: [w.end], start: w.start, end: w.end, implied: false };
  }
  if (pieces.some((p) => p.t === "noDate" || p.t === "schedule"))
    return { kind: "none", windows: [], controlPoints: [], implied: false };
  return null;
}

/** The end of the year a day falls in: the calendar year, or the school year (said, or in a school-year plan). */
function endOfYearOf(day: Day, ctx: JoinContext, schoolYear: boolean): Day {
  const { year, month } = ymd(day);
  if (!schoolYear && !isSchoolYearPlan(ctx)) return mustDayOf(year, 12, 31);
  return schoolYearSpan(month >= 9 ? year : year - 1, ctx.calendar.schoolYearEnd).end;
}

function periodWindow(ctx: JoinContext): DaySpan {
  if (ctx.period === null) throw new NeedsPeriod();
  return { start: ctx.period.start, end: ctx.period.end };
}

/**
 * «Сентябрь – октябрь ежегодно», «ежегодно до 1 сентября»: the stated window in every year of the plan period,
 * kept when it starts inside the period; a «до» date's window starts with its year (or the plan's start).
 */
function yearlyWindows(expressions: Expression[], ctx: JoinContext): DaySpan[] {
  const period = periodWindow(ctx);
  const out: DaySpan[] = [];
  for (let year = ymd(period.start).year; year <= ymd(period.end).year; year++) {
    const inYear = expressions.map((e) => ({ ...e, left: { ...e.left, unit: { ...e.left.unit, year } } }));
    const yearStart = Math.max(period.start, spanInYear({ unit: "year", year }, year, ctx.calendar)!.start);
    const windows = windowsOf(inYear, { ...ctx, period: { start: yearStart, end: period.end, source: "run" } });
    out.push(...windows.filter((w) => w.start >= period.start && w.start <= period.end));
  }
  ctx.implied.push(...expressions.flatMap((e) => [e.left, ...(e.right ? [e.right] : [])]));
  return out;
}

function sortedUnique(days: Day[]): Day[] {
  const sorted = days.slice().sort((a, b) => a - b);
  return sorted.filter((d, i) => i === 0 || d !== sorted[i - 1]);
}

function unparsed(part: string, message: string): DeadlineResult {
  return { kind: "unparsed", windows: [], controlPoints: [], implied: false, unparsedPart: part, message };
}
