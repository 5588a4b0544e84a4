/**
 * A date written with dots: «17.11.2020», «31.12.2022г.», «5.6.2021», «15.06.21». A date that does not exist
 * («31.02.2021», «32.13.2021») is not a date at all: the phrase is unparsed and the part is named.
 */
import { parseDottedDay, ymd } from "../../calendar";
import { YEAR_WORDS } from "../dictionaries";
import { type Construct, isWord } from "../pieces";

export const dottedDate: Construct = (tokens, i) => {
  const t = tokens[i];
  if (t.kind !== "dotted") return null;
  const next = isWord(tokens, i + 1, YEAR_WORDS) ? i + 2 : i + 1;
  const day = parseDottedDay(t.text);
  if (day === null) return { next, pieces: [{ t: "invalid", from: t.from, to: t.to, message: `нет такой даты «${t.text}»` }] };
  const d = ymd(day);
  return { next, pieces: [{ t: "point", unit: { unit: "day", day: d.day, month: d.month, year: d.year }, from: t.from, to: tokens[next - 1].to }] };
};
