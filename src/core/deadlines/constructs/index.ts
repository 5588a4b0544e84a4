/**
 * The constructs of deadline phrases, in the order they are tried at a token: the first that reads wins (as chrono's
 * locales/ru/index.ts). Each file opens with the real phrases it reads and exports a Construct that says what it
 * starts with (`startsWith`: numbers, dotted dates, words), whether it names a calendar unit (`point`) and how it
 * reads (`read`); the grammar tries a construct only at a token it can start with.
 *
 * A new construct: one file here, one line in this list (before the constructs whose readings it must win over),
 * one phrase row in test/fixtures/deadlines.tsv. A construct that brings a new kind of piece also adds the piece to
 * pieces.ts and its meaning to parseDeadline's `interpret`.
 */
import { grammarOf } from "../grammar";
import type { Construct, Grammar } from "../pieces";
import { dayMonth, rangeStartDay } from "./dayMonth";
import { dayOfMonth } from "./dayOfMonth";
import { dottedDate } from "./dottedDate";
import { dueAfter } from "./dueAfter";
import { month } from "./month";
import { noDate } from "./noDate";
import { halfYear, quarter } from "./partOfYear";
import { rangeWords } from "./rangeWords";
import { recurrence } from "./recurrence";
import { schedulePointer } from "./schedulePointer";
import { schoolQuarter } from "./schoolQuarter";
import { schoolYear } from "./schoolYear";
import { until } from "./until";
import { weekdayOfMonth } from "./weekdayOfMonth";
import { wholePeriod } from "./wholePeriod";
import { year } from "./year";

export const CONSTRUCTS: readonly Construct[] = [
  noDate,
  schedulePointer,
  wholePeriod,
  dueAfter,
  dayOfMonth,
  recurrence,
  until,
  rangeWords,
  // calendar units (`point`), longest readings first
  schoolYear,
  quarter,
  schoolQuarter,
  halfYear,
  dottedDate,
  dayMonth,
  rangeStartDay,
  weekdayOfMonth,
  month,
  year,
];

export const GRAMMAR: Grammar = grammarOf(CONSTRUCTS);
