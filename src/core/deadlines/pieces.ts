/**
 * What the constructs read out of the tokens, before the joining pass turns them into windows.
 * A calendar unit may lack its year (or, for a day in «16-17.11.2020», its month): the joining pass fills it
 * from the other end of a range or from the plan period.
 */
import type { Day as Weekday } from "date-fns";
import type { Frequency } from "./dictionaries";
import type { Token } from "./tokenizer";

export type CalendarUnit =
  | { unit: "day"; day: number; month?: number; year?: number }
  | { unit: "month"; month: number; year?: number }
  | { unit: "quarter"; quarter: number; year?: number }
  | { unit: "halfYear"; half: number; year?: number }
  | { unit: "year"; year: number }
  /** The school year that starts in `year` (учебный год). */
  | { unit: "schoolYear"; year: number }
  /** A school quarter (четверть) of the school year that starts in `year`; bounds from the settings or the default. */
  | { unit: "schoolQuarter"; quarter: number; year?: number }
  /** A school half-year of the school year that starts in `year`: I 01.09–31.12, II 01.01–the school-year end. */
  | { unit: "schoolHalf"; half: number; year?: number }
  /** The `ordinal`-th (1…4, −1 = last) weekday of a month: «в первую среду декабря»; 0 = Sunday, as date-fns. */
  | { unit: "weekdayOfMonth"; ordinal: number; weekday: Weekday; month: number; year?: number };

export type Piece =
  /** A date, month, quarter, half-year, year or school year; `from`/`to` are offsets in the phrase. */
  | { t: "point"; unit: CalendarUnit; from: number; to: number }
  /** A dash or «по» between two points: a range. */
  | { t: "rangeTo" }
  /** «с» before the first point of a range. */
  | { t: "rangeFrom" }
  /** «до», «не позднее», «в срок до», «к», «до конца». */
  | { t: "until" }
  | { t: "every"; frequency: Frequency }
  | { t: "weekday"; weekday: number }
  /**
   * «до 5 числа месяца, следующего за отчетным кварталом»: the noun after «отчетным» (null when none is written,
   * «period» for «периодом»); which unit it is, is settled with the frequency word of the phrase.
   */
  | { t: "dueAfter"; day: number; noun: "month" | "quarter" | "period" | null; from: number; to: number }
  /** «до 20 числа [каждого месяца]»; without «каждого месяца» only a monthly frequency word says which month. */
  | { t: "dayOfMonth"; day: number; everyMonth: boolean; from: number; to: number }
  /** «в течение года» (scope year), «в течение учебного года» (school year), «в течение всего периода», «постоянно» (period). */
  | { t: "wholePeriod"; scope: "schoolYear" | "year" | "period" }
  /** «по графику ФЦТ», «согласно графику», «по отдельному плану»: a schedule named instead of a date. */
  | { t: "schedule"; from: number; to: number }
  | { t: "noDate"; from: number; to: number }
  /** A date-like part that names no real day («31.02.2021»). */
  | { t: "invalid"; from: number; to: number; message: string }
  | { t: "separator" }
  | { t: "unknown"; token: Token };

export interface Match {
  /** Index of the first token after the construct. */
  next: number;
  pieces: Piece[];
}

/** One construct of the grammar: reads at token `i`, or returns null. */
export type Construct = (tokens: Token[], i: number) => Match | null;

export function isWord(tokens: Token[], i: number, words: ReadonlySet<string> | readonly string[]): boolean {
  const t = tokens[i];
  if (t === undefined || t.kind !== "word") return false;
  return Array.isArray(words) ? words.includes(t.text) : (words as ReadonlySet<string>).has(t.text);
}

/** Does the word sequence `phrase` start at token `i`? */
export function startsPhrase(tokens: Token[], i: number, phrase: readonly string[]): boolean {
  return phrase.every((w, k) => tokens[i + k]?.kind === "word" && tokens[i + k].text === w);
}

export function numberAt(tokens: Token[], i: number): number | null {
  const t = tokens[i];
  return t !== undefined && t.kind === "number" ? Number(t.text) : null;
}

/**
 * A matcher of fixed word sequences, indexed by their first word so that each token is checked against only the
 * phrases that can start with it; the first listed phrase that matches wins (list the longest first).
 */
export function phraseMatcher(phrases: readonly (readonly string[])[]): (tokens: Token[], i: number) => readonly string[] | undefined {
  const byFirst = new Map<string, (readonly string[])[]>();
  for (const p of phrases) byFirst.set(p[0], [...(byFirst.get(p[0]) ?? []), p]);
  return (tokens, i) => {
    const t = tokens[i];
    if (t === undefined || t.kind !== "word") return undefined;
    return byFirst.get(t.text)?.find((p) => startsPhrase(tokens, i, p));
  };
}

/** Offsets spanning tokens i…j-1. */
export function span(tokens: Token[], i: number, next: number): { from: number; to: number } {
  return { from: tokens[i].from, to: tokens[next - 1].to };
}
