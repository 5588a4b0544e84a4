/**
 * «Процент исполнения» (SPEC §5): items done at T among the items whose end ≤ T; items without a date (none,
 * unparsed) are left out and counted separately.
 */
import { type Day, formatDay } from "../calendar";
import type { DeadlineResult } from "../deadlines/result";
import { percentText } from "../numberText";
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
  /** Items whose end > T, left out of the share. */
  later: number;
  /** Of those, done at T (ahead of their deadline). */
  doneOfLater: number;
  /** Items with no date (kind none or unparsed), left out of the share. */
  withoutDate: number;
  total: number;
}

export function planCompletion(items: PlanItemInput[], asOf: Day): PlanCompletion {
  const dated = items.filter((i) => i.deadline.end !== undefined);
  const due = dated.filter((i) => i.deadline.end! <= asOf);
  const later = dated.filter((i) => i.deadline.end! > asOf);
  const doneOfDue = due.filter((i) => isDoneAt(i.done, asOf)).length;
  return {
    due: due.length,
    doneOfDue,
    share: due.length === 0 ? null : doneOfDue / due.length,
    later: later.length,
    doneOfLater: later.filter((i) => isDoneAt(i.done, asOf)).length,
    withoutDate: items.length - dated.length,
    total: items.length,
  };
}

/**
 * Whose share a line explains: a plan's (or a municipality's) at «на дату», or a quarter report's at the quarter's
 * last day — a day other than the run's, so it is named, and over the report's items only, which are all dated
 * (core/plan/quarter.ts lists no item without a date), so none is said to be left out for want of one.
 */
export type CompletionScope = "plan" | "quarter";

const LATER = "не входят пункты с более поздним сроком";
const UNDATED = "без срока или с нераспознанным сроком";

function wording(asOf: Day, scope: CompletionScope): { title: string; done: string; due: string } {
  const day = formatDay(asOf);
  return scope === "quarter"
    ? {
        title: "Процент исполнения за квартал",
        done: `выполнено к ${day}`,
        due: `пунктов отчёта со сроком окончания до ${day}`,
      }
    : { title: "Процент исполнения", done: "выполнено", due: `пунктов со сроком окончания до ${day}` };
}

/**
 * What the share counts, in one line with its figures (issue 23 item 5), and how they meet the counts by status: the
 * items due later (those done among them) and those without a date are left out (SPEC §5).
 */
export function completionLine(c: PlanCompletion, asOf: Day, scope: CompletionScope = "plan"): string {
  const w = wording(asOf, scope);
  const counted =
    c.share === null
      ? `${w.title} не определён: ${w.due} нет`
      : `${w.title} = ${w.done} из ${w.due}: ${c.doneOfDue} из ${c.due} = ${percentText(c.share)}`;
  const later = `${LATER} — ${c.later} (из них выполнено ${c.doneOfLater})`;
  return scope === "quarter" ? `${counted}; ${later}` : `${counted}; ${later} и ${UNDATED} — ${c.withoutDate}`;
}

/** The same rule without figures, for one line under the shares of several (the round's municipalities). */
export function completionRuleLine(asOf: Day): string {
  const w = wording(asOf, "plan");
  return `${w.title} = ${w.done} из ${w.due}; ${LATER} (даже выполненные) и ${UNDATED}`;
}
