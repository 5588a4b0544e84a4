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

/**
 * The tokens a construct can start at: numbers, dotted dates, these words. A promise the grammar relies on (it tries
 * a construct only at such a token); test/core/deadlines/grammar.test.ts holds every construct to it.
 */
export interface Starts {
  numbers?: boolean;
  dotted?: boolean;
  words?: ReadonlySet<string> | readonly string[];
}

/** The other constructs a construct may look ahead with: «с» and «по» count only before a date, month, year …. */
export interface Grammar {
  /** The constructs tried at a token, in the order of the list in constructs/index.ts. */
  constructsAt(t: Token): readonly Construct[];
  /** The first reading of a calendar unit (a construct with `point`) at token `i`, or null. */
  pointAt(tokens: Token[], i: number): Match | null;
}

/** One construct of the grammar: what it starts with and how it reads at token `i` (null: not here). */
export interface Construct {
  startsWith: Starts;
  /** It names a calendar unit (a date, a month, a quarter, a year …): a point of a range or a deadline. */
  point?: true;
  read(tokens: Token[], i: number, grammar: Grammar): Match | null;
}

/** The first words of word sequences: what a construct reading those sequences starts with. */
export function firstWords(phrases: readonly (readonly string[])[]): string[] {
  return phrases.map((p) => p[0]);
}

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
export function phraseMatcher(
  phrases: readonly (readonly string[])[],
): (tokens: Token[], i: number) => readonly string[] | undefined {
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
