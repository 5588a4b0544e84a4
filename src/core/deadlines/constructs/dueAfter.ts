/**
 * A report due in the month after each reporting unit: «до 5 числа месяца, следующего за отчетным кварталом»,
 * «до 10 числа месяца, следующего за отчетным месяцем», «ежеквартально до 5 числа месяца, следующего за отчетным»,
 * «Ежемесячно до 15 числа месяца, следующего за отчетным периодом», «ежеквартально не позднее 15 числа месяца,
 * следующего за отчетным кварталом», «ежеквартально, не позднее 3-го числа месяца, следующего за отчетным периодом»,
 * «к 5 числу месяца, следующего за отчетным кварталом».
 * The noun decides the unit («отчетным» alone is the month); for «отчетным периодом» or no noun a frequency word
 * decides («ежеквартально», «ежемесячно»), which parseDeadline settles (a clash, or «периодом» with no frequency
 * word, is unparsed). A day beyond the month's length is its last day («до 30 числа» in February).
 */
import { type Construct, isWord, type Match, numberAt, span, startsPhrase } from "../pieces";
import type { Token } from "../tokenizer";

/** The first words of «в срок до», «не позднее», «не позже», «до», «к». */
export const UNTIL_STARTS: ReadonlySet<string> = new Set(["в", "не", "до", "к"]);

/** «до 5», «не позднее 5», «к 5»: the token of the day, or null. */
export function dayAfterUntil(tokens: Token[], i: number): number | null {
  if (!isWord(tokens, i, UNTIL_STARTS)) return null;
  const start = startsPhrase(tokens, i, ["в", "срок", "до"])
    ? i + 3
    : startsPhrase(tokens, i, ["не", "позднее"]) || startsPhrase(tokens, i, ["не", "позже"])
      ? i + 2
      : isWord(tokens, i, ["до", "к"])
        ? i + 1
        : null;
  const day = start === null ? null : numberAt(tokens, start);
  return day !== null && day >= 1 && day <= 31 && tokens[start!].text.length <= 2 ? start : null;
}

const DAY_WORDS = ["числа", "число", "числу"];
const NOUNS: ReadonlyMap<string, "month" | "quarter" | "period"> = new Map([
  ["кварталом", "quarter"],
  ["месяцем", "month"],
  ["периодом", "period"],
]);

export const dueAfter: Construct = {
  startsWith: { words: UNTIL_STARTS },
  read(tokens, i): Match | null {
    const at = dayAfterUntil(tokens, i);
    if (at === null || !isWord(tokens, at + 1, DAY_WORDS) || !isWord(tokens, at + 2, ["месяца"])) return null;
    let k = at + 3;
    if (tokens[k]?.kind === "separator" && tokens[k].text === ",") k += 1;
    if (!startsPhrase(tokens, k, ["следующего", "за"])) return null;
    k += 2;
    if (!isWord(tokens, k, ["отчетным", "истекшим"])) return null;
    k += 1;
    const noun = (tokens[k]?.kind === "word" ? NOUNS.get(tokens[k].text) : undefined) ?? null;
    if (noun !== null) k += 1;
    return { next: k, pieces: [{ t: "dueAfter", day: Number(tokens[at].text), noun, ...span(tokens, i, k) }] };
  },
};
