/** What a deadline phrase means (SPEC §5): the contract of parseDeadline for plan status, reports and formulas. */
import type { Day, DaySpan } from "../calendar";

export type DeadlineKind = "period" | "deadline" | "recurring" | "continuous" | "none" | "unparsed";

export interface DeadlineResult {
  kind: DeadlineKind;
  /** Windows in the order written (inclusive days). */
  windows: DaySpan[];
  /** The end of each window, or the days the text names («каждый четверг»), ascending. */
  controlPoints: Day[];
  /** The first window's start and the final end; absent for none and unparsed. */
  start?: Day;
  end?: Day;
  /** A remark after the deadline («по отдельному плану», «(по согласованию с МОУО)»). */
  note?: string;
  /** Some year was taken from the plan period («октябрь» in a 2020-2021 school-year plan). */
  implied: boolean;
  /** The parts whose year was implied, as written («октябрь»). */
  impliedParts?: string[];
  /** For unparsed: the part not understood, as written. */
  unparsedPart?: string;
  /** For unparsed: what is wrong, in Russian. */
  message?: string;
  /**
   * Unparsed only because no year is known: the text names no year and no plan period was given.
   * The message is then NO_YEAR_MESSAGE; a caller with a period to offer can ask again.
   */
  needsPeriod?: boolean;
}

export const NO_YEAR_MESSAGE = "в сроке не указан год: задайте период плана";
