/**
 * «Процент исполнения» (SPEC §5): items done at T among the items whose end ≤ T; items without a date (none,
 * unparsed) are left out and counted separately.
 */
import type { Day } from "../calendar";
import type { DeadlineResult } from "../deadlines/result";
import type { DoneMark } from "./doneMark";
import { isDoneAt } from "./status";

export interface PlanItemInput {
  deadline: DeadlineResult;
  done: DoneMark;
}

export interface PlanCompletion {
  /** Items whose end ≤ T. */
  due: number;
  /** Of those, done at T. */
  doneOfDue: number;
  /** doneOfDue / due (0…1), null when nothing is due yet. */
  share: number | null;
  /** Items with no date (kind none or unparsed), left out of the share. */
  withoutDate: number;
  total: number;
}

export function planCompletion(items: PlanItemInput[], asOf: Day): PlanCompletion {
  const dated = items.filter((i) => i.deadline.end !== undefined);
  const due = dated.filter((i) => i.deadline.end! <= asOf);
  const doneOfDue = due.filter((i) => isDoneAt(i.done, asOf)).length;
  return {
    due: due.length,
    doneOfDue,
    share: due.length === 0 ? null : doneOfDue / due.length,
    withoutDate: items.length - dated.length,
    total: items.length,
  };
}
