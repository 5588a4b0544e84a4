/**
 * Repetition inside the plan period (or inside the window the text states):
 * «ежегодно», «ежеквартально», «ежемесячно», «еженедельно», «ежеполугодно», «ежечетвертно»;
 * «1 раз в квартал», «2 раза в год», «раз в полгода», «не реже 1 раза в месяц», «не реже чем 1 раз в полугодие»,
 * with the number in words too: «один раз в квартал», «два раза в год», «не реже одного раза в месяц», «дважды в год»;
 * «1 раз в четверть» (the school quarter); «по итогам четверти», «по итогам каждой четверти», «по итогам квартала»,
 * «в конце каждой четверти», «по итогам года»;
 * «каждый четверг», «каждую среду», «по понедельникам», «еженедельно по понедельникам».
 * The days of a month («ежемесячно до 25 числа») and the report after each unit («до 5 числа месяца, следующего за
 * отчетным кварталом») are their own constructs: dayOfMonth.ts, dueAfter.ts.
 */
import { FREQUENCY_ADVERBS, FREQUENCY_UNITS, type Frequency, NUMBER_WORDS, WEEKDAYS } from "../dictionaries";
import { type Construct, type Grammar, isWord, type Match, numberAt, startsPhrase } from "../pieces";
import type { Token } from "../tokenizer";

const TIMES_STARTS = ["не", "чем", "дважды", "трижды", ...NUMBER_WORDS, "раз", "раза"];
const WEEKDAY_STARTS = ["каждый", "каждую", "каждое", "по"];
const AFTER_EACH_STARTS = ["по", "в"];

function frequencyAdverb(tokens: Token[], i: number): Match | null {
  const f = tokens[i]?.kind === "word" ? FREQUENCY_ADVERBS.get(tokens[i].text) : undefined;
  return f ? { next: i + 1, pieces: [{ t: "every", frequency: f }] } : null;
}

/** «[не реже [чем]] [N | один] раз(а) в <unit>», «дважды в год» */
function timesPer(tokens: Token[], i: number): Match | null {
  let k = i;
  if (startsPhrase(tokens, k, ["не", "реже"])) k += 2;
  if (isWord(tokens, k, ["чем"])) k += 1;
  if (isWord(tokens, k, ["дважды", "трижды"])) k += 1;
  else {
    if (numberAt(tokens, k) !== null || isWord(tokens, k, NUMBER_WORDS)) k += 1;
    if (!isWord(tokens, k, ["раз", "раза"])) return null;
    k += 1;
  }
  if (!isWord(tokens, k, ["в"])) return null;
  const f = tokens[k + 1]?.kind === "word" ? FREQUENCY_UNITS.get(tokens[k + 1].text) : undefined;
  return f ? { next: k + 2, pieces: [{ t: "every", frequency: f }] } : null;
}

/** «каждый четверг», «по понедельникам» */
function weekday(tokens: Token[], i: number): Match | null {
  if (!isWord(tokens, i, WEEKDAY_STARTS)) return null;
  const w = tokens[i + 1]?.kind === "word" ? WEEKDAYS.get(tokens[i + 1].text) : undefined;
  return w === undefined ? null : { next: i + 2, pieces: [{ t: "weekday", weekday: w }] };
}

/**
 * The unit after «по итогам [каждой/каждого]», «в конце [каждой/каждого]»: «четверти», «квартала», «полугодия», «месяца»,
 * «года» (the plan's years: school years in a school-year plan). «по итогам учебного года» is not read: in a calendar
 * plan its end is not said.
 */
const RESULT_UNITS: ReadonlyMap<string, Frequency> = new Map<string, Frequency>([
  ["четверти", "schoolQuarter"],
  ["квартала", "quarter"],
  ["полугодия", "halfYear"],
  ["месяца", "month"],
  ["года", "year"],
]);

/**
 * «по итогам четверти», «в конце каждой четверти», «по итогам года» repeat each unit; «по итогам I четверти», «по
 * итогам 2021 года» only point at it.
 */
function afterEach(tokens: Token[], i: number, grammar: Grammar): Match | null {
  if (!startsPhrase(tokens, i, ["по", "итогам"]) && !startsPhrase(tokens, i, ["в", "конце"])) return null;
  const k = isWord(tokens, i + 2, ["каждой", "каждого"]) ? i + 3 : i + 2;
  const f = tokens[k]?.kind === "word" ? RESULT_UNITS.get(tokens[k].text) : undefined;
  if (f !== undefined) return { next: k + 1, pieces: [{ t: "every", frequency: f }] };
  // «по итогам I четверти» is the quarter; «в конце мая» is not read: how late in May is not said
  return k === i + 2 && tokens[i].text === "по" && grammar.pointAt(tokens, k) !== null ? { next: k, pieces: [] } : null;
}

export const recurrence: Construct = {
  startsWith: {
    numbers: true,
    words: [...FREQUENCY_ADVERBS.keys(), ...TIMES_STARTS, ...WEEKDAY_STARTS, ...AFTER_EACH_STARTS],
  },
  read: (tokens, i, grammar) =>
    frequencyAdverb(tokens, i) ?? timesPer(tokens, i) ?? weekday(tokens, i) ?? afterEach(tokens, i, grammar),
};
