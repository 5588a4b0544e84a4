/**
 * Plan-item status at a date T («на дату», SPEC §5): the first matching row of the table wins. Only the final
 * end decides lateness; a done date after T means the item was not yet done at T.
 */
import type { Day } from "../calendar";
import type { DeadlineResult } from "../deadlines/result";
import type { DoneMark } from "./doneMark";

/** Status words of SPEC §5: the product's interface, kept exactly. */
export const PLAN_STATUS = {
  doneLate: "Выполнено с нарушением срока",
  done: "Выполнено",
  noDeadline: "Без срока",
  unparsed: "Срок не распознан",
  notStarted: "Не начато",
  inProgress: "В работе",
  overdue: "Просрочено",
} as const;

export type PlanStatus = (typeof PLAN_STATUS)[keyof typeof PLAN_STATUS];

/** In the order of the SPEC table (also the order of the report's counts). */
export const PLAN_STATUS_ORDER: PlanStatus[] = Object.values(PLAN_STATUS);

export interface PlanItemStatus {
  status: PlanStatus;
  /** «Просрочка, дней»: T − end for an overdue item, else 0. */
  overdueDays: number;
  /** «Ближайший контрольный срок»: the first control point on or after T; absent for a done item or when none is left. */
  nextControlPoint?: Day;
}

/** Was the item done on or before T? */
export function isDoneAt(done: DoneMark, asOf: Day): boolean {
  return done.state === "done" && (done.date === undefined || done.date <= asOf);
}

export function planItemStatus(deadline: DeadlineResult, done: DoneMark, asOf: Day): PlanItemStatus {
  if (isDoneAt(done, asOf)) {
    const late = done.date !== undefined && deadline.end !== undefined && done.date > deadline.end;
    return { status: late ? PLAN_STATUS.doneLate : PLAN_STATUS.done, overdueDays: 0 };
  }
  const nextControlPoint = deadline.controlPoints.find((c) => c >= asOf);
  const withNext = nextControlPoint === undefined ? {} : { nextControlPoint };
  if (deadline.kind === "none") return { status: PLAN_STATUS.noDeadline, overdueDays: 0 };
  if (deadline.kind === "unparsed" || deadline.start === undefined || deadline.end === undefined)
    return { status: PLAN_STATUS.unparsed, overdueDays: 0 };
  if (asOf < deadline.start) return { status: PLAN_STATUS.notStarted, overdueDays: 0, ...withNext };
  if (asOf <= deadline.end) return { status: PLAN_STATUS.inProgress, overdueDays: 0, ...withNext };
  return { status: PLAN_STATUS.overdue, overdueDays: asOf - deadline.end };
}
