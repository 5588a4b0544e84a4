/**
 * Quarterly report due date of regional orders: «к пятому числу месяца, следующего за отчетным
 * кварталом» — 5 April, 5 July, 5 October, 5 January.
 */
import { type Day, mustDayOf, quarterOf, ymd } from "../calendar";

export const REPORT_DAY_OF_MONTH = 5;

/** Due date of the report for the quarter that holds `day`. */
export function reportDue(day: Day): Day {
  const { year } = ymd(day);
  const quarter = quarterOf(day);
  return quarter === 4 ? mustDayOf(year + 1, 1, REPORT_DAY_OF_MONTH) : mustDayOf(year, quarter * 3 + 1, REPORT_DAY_OF_MONTH);
}
