/**
 * Repetition inside the plan period (or inside the window the text states):
 * «ежегодно», «ежеквартально», «ежемесячно», «еженедельно»;
 * «1 раз в квартал», «2 раза в год», «раз в полгода», «не реже 1 раза в месяц», «не реже чем 1 раз в полугодие»;
 * «каждый четверг», «каждую среду», «по понедельникам», «еженедельно по понедельникам»;
 * «до 5 числа месяца, следующего за отчетным кварталом», «до 10 числа месяца, следующего за отчетным месяцем»;
 * «до 20 числа каждого месяца», «ежемесячно, не позднее 25 числа каждого месяца».
 * «ежемесячно до 5 числа» is not read: the 5th of which month is not said.
 */
import { FREQUENCY_ADVERBS, FREQUENCY_UNITS, WEEKDAYS } from "../dictionaries";
import { type Construct, isWord, type Match, numberAt, startsPhrase } from "../pieces";
import type { Token } from "../tokenizer";

function frequencyAdverb(tokens: Token[], i: number): Match | null {
  const f = tokens[i]?.kind === "word" ? FREQUENCY_ADVERBS.get(tokens[i].text) : undefined;
  return f ? { next: i + 1, pieces: [{ t: "every", frequency: f }] } : null;
}

/** «[не реже [чем]] [N] раз(а) в <unit>» */
function timesPer(tokens: Token[], i: number): Match | null {
  let k = i;
  if (startsPhrase(tokens, k, ["не", "реже"])) k += 2;
  if (isWord(tokens, k, ["чем"])) k += 1;
  if (numberAt(tokens, k) !== null) k += 1;
  if (!isWord(tokens, k, ["раз", "раза"]) || !isWord(tokens, k + 1, ["в"])) return null;
  const f = tokens[k + 2]?.kind === "word" ? FREQUENCY_UNITS.get(tokens[k + 2].text) : undefined;
  return f ? { next: k + 3, pieces: [{ t: "every", frequency: f }] } : null;
}

/** «каждый четверг», «по понедельникам» */
function weekday(tokens: Token[], i: number): Match | null {
  if (!isWord(tokens, i, ["каждый", "каждую", "каждое", "по"])) return null;
  const w = tokens[i + 1]?.kind === "word" ? WEEKDAYS.get(tokens[i + 1].text) : undefined;
  return w === undefined ? null : { next: i + 2, pieces: [{ t: "weekday", weekday: w }] };
}

/** «до 5 числа месяца, следующего за отчетным кварталом» */
function dueAfter(tokens: Token[], i: number): Match | null {
  const start = startsPhrase(tokens, i, ["не", "позднее"]) ? i + 2 : isWord(tokens, i, ["до", "к"]) ? i + 1 : null;
  const day = start === null ? null : numberAt(tokens, start);
  if (start === null || day === null || day < 1 || day > 28) return null;
  let k = start + 1;
  if (startsPhrase(tokens, k, ["числа", "каждого", "месяца"])) return { next: k + 3, pieces: [{ t: "dayOfMonth", day }] };
  if (!isWord(tokens, k, ["числа"]) || !isWord(tokens, k + 1, ["месяца"])) return null;
  k += 2;
  if (tokens[k]?.kind === "separator" && tokens[k].text === ",") k += 1;
  if (!startsPhrase(tokens, k, ["следующего", "за"])) return null;
  k += 2;
  if (isWord(tokens, k, ["отчетным"])) k += 1;
  const unit = isWord(tokens, k, ["кварталом"]) ? "quarter" : isWord(tokens, k, ["месяцем"]) ? "month" : null;
  return unit ? { next: k + 1, pieces: [{ t: "dueAfter", day, frequency: unit }] } : null;
}

export const recurrence: Construct = (tokens, i) => frequencyAdverb(tokens, i) ?? timesPer(tokens, i) ?? weekday(tokens, i) ?? dueAfter(tokens, i);
