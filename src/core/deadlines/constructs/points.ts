/** The constructs that name a calendar unit, in the order they are tried (longest readings first). */
import type { Construct, Match } from "../pieces";
import type { Token } from "../tokenizer";
import { dayMonth, rangeStartDay } from "./dayMonth";
import { dottedDate } from "./dottedDate";
import { month } from "./month";
import { halfYear, quarter } from "./partOfYear";
import { schoolQuarter } from "./schoolQuarter";
import { schoolYear } from "./schoolYear";
import { weekdayOfMonth } from "./weekdayOfMonth";
import { year } from "./year";

export const POINT_CONSTRUCTS: Construct[] = [schoolYear, quarter, schoolQuarter, halfYear, dottedDate, dayMonth, rangeStartDay, weekdayOfMonth, month, year];

export function matchPoint(tokens: Token[], i: number): Match | null {
  if (i >= tokens.length) return null;
  for (const construct of POINT_CONSTRUCTS) {
    const m = construct(tokens, i);
    if (m) return m;
  }
  return null;
}

/** Does a date, month, quarter, year … start at token i? */
export function startsPoint(tokens: Token[], i: number): boolean {
  return matchPoint(tokens, i) !== null;
}
