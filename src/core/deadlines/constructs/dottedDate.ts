/**
 * A date written with dots: «17.11.2020», «31.12.2022г.», «5.6.2021», «15.06.21»; «до 01.09» without a year
 * (its year comes from the range's end or the plan period). A date that does not exist («31.02.2021»,
 * «32.13.2021», «31.04») is not a date at all: the phrase is unparsed and the part is named.
 */
import { dayOf, parseDottedDay, ymd } from "../../calendar";
import { YEAR_WORDS } from "../dictionaries";
import { type CalendarUnit, type Construct, isWord } from "../pieces";
import { ANY_LEAP_YEAR } from "./dayMonth";

function unitOf(text: string): CalendarUnit | null {
  const short = /^(\d{1,2})\.(\d{1,2})$/.exec(text);
  if (short) {
    const day = Number(short[1]);
    const month = Number(short[2]);
    return dayOf(ANY_LEAP_YEAR, month, day) === null ? null : { unit: "day", day, month };
  }
  const d = parseDottedDay(text);
  if (d === null) return null;
  const { year, month, day } = ymd(d);
  return { unit: "day", day, month, year };
}

export const dottedDate: Construct = {
  startsWith: { dotted: true },
  point: true,
  read(tokens, i) {
    const t = tokens[i];
    if (t.kind !== "dotted") return null;
    const next = isWord(tokens, i + 1, YEAR_WORDS) ? i + 2 : i + 1;
    const unit = unitOf(t.text);
    if (unit === null)
      return { next, pieces: [{ t: "invalid", from: t.from, to: t.to, message: `нет такой даты «${t.text}»` }] };
    return { next, pieces: [{ t: "point", unit, from: t.from, to: tokens[next - 1].to }] };
  },
};
