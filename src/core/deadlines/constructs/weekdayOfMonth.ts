/**
 * An ordinal weekday of a month: «в первую среду декабря», «во второй вторник сентября», «в последнюю пятницу мая»,
 * «первая среда февраля (05.02.2025)», «в третье воскресенье ноября 2021 г.», «до последней пятницы мая». One day; a
 * month without a year is its first occurrence in the plan period, as for «10 декабря». «первую рабочую среду мая» is
 * not read: which Wednesday is a working day depends on the year's holidays.
 */
import { MONTHS, WEEKDAY_ORDINALS, WEEKDAYS_OF_MONTH } from "../dictionaries";
import { type Construct, span } from "../pieces";
import { readYear } from "./year";

export const weekdayOfMonth: Construct = {
  startsWith: { words: [...WEEKDAY_ORDINALS.keys()] },
  point: true,
  read(tokens, i) {
    const word = (k: number): string | undefined => (tokens[k]?.kind === "word" ? tokens[k].text : undefined);
    const ordinal = WEEKDAY_ORDINALS.get(word(i) ?? "");
    const weekday = WEEKDAYS_OF_MONTH.get(word(i + 1) ?? "");
    const month = MONTHS.get(word(i + 2) ?? "");
    if (ordinal === undefined || weekday === undefined || month === undefined) return null;
    const y = readYear(tokens, i + 3);
    const next = y ? y.next : i + 3;
    return {
      next,
      pieces: [
        {
          t: "point",
          unit: { unit: "weekdayOfMonth", ordinal, weekday, month, year: y?.year },
          ...span(tokens, i, next),
        },
      ],
    };
  },
};
