/**
 * A day of every month: «до 25 числа каждого месяца» (a ГИА road map, КБР 2014), «до 30 числа каждого месяца»,
 * «до 5 числа каждого месяца», «до 20 числа каждого месяца»,
 * «ежемесячно до 25 числа», «ежемесячно до 5 числа», «ежемесячно, не позднее 25 числа каждого месяца»,
 * «ежемесячно, 25 числа». The control point is that day of each month; a day beyond the month's length is its last
 * day. Without «каждого месяца» only a monthly frequency word says which month's day it is: «до 5 числа» alone, or
 * «ежеквартально до 5 числа», is unparsed (parseDeadline names the part).
 */
import { type Construct, isWord, numberAt, span, startsPhrase } from "../pieces";
import { dayAfterUntil, UNTIL_STARTS } from "./dueAfter";

export const dayOfMonth: Construct = {
  startsWith: { numbers: true, words: UNTIL_STARTS },
  read(tokens, i) {
    const at = dayAfterUntil(tokens, i) ?? (numberAt(tokens, i) !== null && tokens[i].text.length <= 2 ? i : null);
    if (at === null || !isWord(tokens, at + 1, ["числа", "число", "числу"])) return null;
    const day = Number(tokens[at].text);
    if (day < 1 || day > 31) return null;
    const everyMonth =
      startsPhrase(tokens, at + 2, ["каждого", "месяца"]) || startsPhrase(tokens, at + 2, ["ежемесячно"]);
    const next = everyMonth ? at + (tokens[at + 2].text === "каждого" ? 4 : 3) : at + 2;
    return { next, pieces: [{ t: "dayOfMonth", day, everyMonth, ...span(tokens, i, next) }] };
  },
};
