/**
 * Cores of the plan custom functions (SPEC §7): DEADLINESTART, DEADLINEEND, NEXTCONTROL, PLANSTATUS, OVERDUE,
 * REPORTDUE. Dates come back as serial numbers, «no date» as empty text, a bad argument as #VALUE! with a
 * Russian message; an empty deadline (which Excel may pass as 0) has no date. Without a period argument the
 * years written in the deadline are the period, else (for the functions that have «на дату») the calendar year
 * of «на дату»; DEADLINESTART/END then refuse rather than guess.
 */
import { type Cell, cellText } from "../cell";
import type { Day } from "../calendar";
import { parseDeadline } from "../deadlines/parseDeadline";
import type { DeadlineResult } from "../deadlines/result";
import { isBlankOrZero } from "../formulaBlanks";
import { formulaError, type FormulaResult, formulaValue } from "../formulaResult";
import type { PlanPeriod } from "../period";
import { DEFAULT_SETTINGS } from "../settings";
import { readDoneMark } from "./doneMark";
import { readDateArg, readPeriodArg } from "./formulaArgs";
import { periodFromDeadlines, yearOfDay } from "./planPeriod";
import { reportDue } from "./reportDue";
import { PLAN_STATUS, type PlanStatus, planItemStatus } from "./status";

type Failure = { ok: false; error: "value" | "na"; message: string };

const AS_OF = "Дата «на дату»";
const DONE_DATE = "Дата выполнения";

/** The deadline read against the period argument, the years it names, or (when given) the year of «на дату». */
function deadlineOf(text: Cell, periodArg: Cell, asOf?: Day): { deadline: DeadlineResult } | Failure {
  const given = readPeriodArg(periodArg, DEFAULT_SETTINGS.schoolYearEnd);
  if (!given.ok) return given;
  const period: PlanPeriod | null =
    given.value ?? periodFromDeadlines([text]) ?? (asOf === undefined ? null : yearOfDay(asOf));
  return { deadline: parseDeadline(isBlankOrZero(text) ? null : text, period) };
}

/** An unparsed deadline as #VALUE!: «Срок «…» не распознан: …». */
function unparsedError(text: Cell, d: DeadlineResult): Failure {
  return d.needsPeriod ? formulaError(d.message!) : formulaError(`Срок «${cellText(text)}» не распознан: ${d.message}`);
}

function dated(
  text: Cell,
  periodArg: Cell,
  pick: (d: DeadlineResult) => Day | undefined,
): FormulaResult<number | string> {
  const r = deadlineOf(text, periodArg);
  if (!("deadline" in r)) return r;
  if (r.deadline.kind === "unparsed") return unparsedError(text, r.deadline);
  return formulaValue(pick(r.deadline) ?? "");
}

/** СРОК_НАЧАЛО */
export function deadlineStartFormula(text: Cell, period: Cell): FormulaResult<number | string> {
  return dated(text, period, (d) => d.start);
}

/** СРОК_ОКОНЧАНИЕ */
export function deadlineEndFormula(text: Cell, period: Cell): FormulaResult<number | string> {
  return dated(text, period, (d) => d.end);
}

/** КОНТРОЛЬНЫЙ_СРОК: the first control point on or after «на дату», or empty text. */
export function nextControlFormula(text: Cell, asOf: Cell, period: Cell, today: Day): FormulaResult<number | string> {
  const on = readDateArg(asOf, AS_OF, today);
  if (!on.ok) return on;
  const r = deadlineOf(text, period, on.value);
  if (!("deadline" in r)) return r;
  if (r.deadline.kind === "unparsed") return unparsedError(text, r.deadline);
  return formulaValue(r.deadline.controlPoints.find((c) => c >= on.value!) ?? "");
}

function itemStatus(text: Cell, doneMark: Cell, doneDate: Cell, asOf: Cell, period: Cell, today: Day) {
  const on = readDateArg(asOf, AS_OF, today);
  if (!on.ok) return on;
  const doneOn = readDateArg(doneDate, DONE_DATE);
  if (!doneOn.ok) return doneOn;
  const done = readDoneMark(doneMark, doneOn.value ?? null);
  if (done.state === "invalid") return formulaError(done.message!);
  const r = deadlineOf(text, period, on.value);
  if (!("deadline" in r)) return r;
  return formulaValue(planItemStatus(r.deadline, done, on.value!));
}

/** СТАТУС_ПЛАНА: a status of SPEC §5; an unparsed deadline gives «Срок не распознан», as in the report. */
export function planStatusFormula(
  text: Cell,
  doneMark: Cell,
  doneDate: Cell,
  asOf: Cell,
  period: Cell,
  today: Day,
): FormulaResult<PlanStatus> {
  const s = itemStatus(text, doneMark, doneDate, asOf, period, today);
  return s.ok ? formulaValue(s.value.status) : s;
}

/** ПРОСРОЧКА: days overdue, 0 when not overdue. */
export function overdueFormula(
  text: Cell,
  doneMark: Cell,
  asOf: Cell,
  period: Cell,
  today: Day,
): FormulaResult<number> {
  const s = itemStatus(text, doneMark, null, asOf, period, today);
  if (!s.ok) return s;
  return formulaValue(s.value.status === PLAN_STATUS.overdue ? s.value.overdueDays : 0);
}

/** СРОК_ОТЧЕТА: the 5th day of the month after the quarter that holds the date. */
export function reportDueFormula(date: Cell): FormulaResult<number> {
  const d = readDateArg(date, "Дата");
  if (!d.ok) return d;
  if (d.value === undefined) return formulaError("Дата не указана: нужна дата внутри отчетного квартала");
  return formulaValue(reportDue(d.value));
}
