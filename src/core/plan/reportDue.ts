/**
 * Quarterly report due date of regional orders: «к пятому числу месяца, следующего за отчетным
 * кварталом» — 5 April, 5 July, 5 October, 5 January; the settings sheet may name another day (SPEC §9).
 */
import { type Day, endOfMonth, mustDayOf, quarterOf, ymd } from "../calendar";

export const REPORT_DAY_OF_MONTH = 5;

/** Due date of the report for the quarter that holds `day`; a day beyond the month's length is its last day. */
export function reportDue(day: Day, dayOfMonth: number = REPORT_DAY_OF_MONTH): Day {
  const { year } = ymd(day);
  const quarter = quarterOf(day);
  const [y, m] = quarter === 4 ? [year + 1, 1] : [year, quarter * 3 + 1];
  return mustDayOf(y, m, Math.min(dayOfMonth, ymd(endOfMonth(y, m)).day));
}
