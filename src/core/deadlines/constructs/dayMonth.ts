/**
 * A day with a month name: «15 марта 2022 г.», «30 января 2021 года», «10 декабря», «1 сент. 2021».
 * A day that the month does not have («31 февраля 2021») makes the phrase unparsed.
 */
import { dayOf } from "../../calendar";
import { MONTHS } from "../dictionaries";
import { type Construct, type Match, numberAt, span } from "../pieces";
import type { Token } from "../tokenizer";
import { readYear } from "./year";

/** A leap year: «29 февраля» without a year is accepted here and checked against its year when it is known. */
export const ANY_LEAP_YEAR = 2000;

function readDayMonth(tokens: Token[], i: number): Match | null {
  const day = numberAt(tokens, i);
  const month = tokens[i + 1]?.kind === "word" ? MONTHS.get(tokens[i + 1].text) : undefined;
  if (day === null || month === undefined || day < 1 || day > 31) return null;
  const y = readYear(tokens, i + 2);
  const next = y ? y.next : i + 2;
  const where = span(tokens, i, next);
  if (dayOf(y?.year ?? ANY_LEAP_YEAR, month, day) === null) {
    return {
      next,
      pieces: [{ t: "invalid", ...where, message: `нет такой даты «${tokens[i].text} ${tokens[i + 1].text}»` }],
    };
  }
  return { next, pieces: [{ t: "point", unit: { unit: "day", day, month, year: y?.year }, ...where }] };
}

export const dayMonth: Construct = { startsWith: { numbers: true }, point: true, read: readDayMonth };

/**
 * A day number that takes its month and year from the end of its range or list: the «16» of «16-17.11.2020»,
 * the «1» of «с 1 по 15 марта 2021 г.» and of «1–15 марта», the «12» of «12,13 января», the «5» and «12» of
 * «5, 12 и 19 марта» (the joining pass gives them the month).
 */
function readRangeStartDay(tokens: Token[], i: number): Match | null {
  const day = numberAt(tokens, i);
  if (day === null || day < 1 || day > 31 || tokens[i].text.length > 2) return null;
  const after = tokens[i + 1];
  const joins = after !== undefined && (after.kind === "dash" || (after.kind === "word" && after.text === "по"));
  const lists = after !== undefined && after.kind === "separator" && (after.text === "," || after.text === "и");
  const endsWithDay = tokens[i + 2]?.kind === "dotted" || readDayMonth(tokens, i + 2) !== null;
  if (
    !(joins && endsWithDay) &&
    !(lists && (readDayMonth(tokens, i + 2) !== null || readRangeStartDay(tokens, i + 2) !== null))
  )
    return null;
  return { next: i + 1, pieces: [{ t: "point", unit: { unit: "day", day }, ...span(tokens, i, i + 1) }] };
}

export const rangeStartDay: Construct = { startsWith: { numbers: true }, point: true, read: readRangeStartDay };
