/**
 * A school year (учебный год), 1 September – the school-year end of a setting: «2022-2023 учебный год»,
 * «в 2022-2023 учебном году», «2020/2021 уч. г.», «2020–2021 учебные годы».
 */
import { SCHOOL_WORDS, YEAR_WORDS } from "../dictionaries";
import { type Construct, isWord, span } from "../pieces";
import { readYear } from "./year";

export const schoolYear: Construct = (tokens, i) => {
  const first = readYear(tokens, i);
  if (first === null || first.next !== i + 1) return null;
  const sep = tokens[i + 1];
  if (sep === undefined || (sep.kind !== "dash" && sep.kind !== "slash")) return null;
  const second = readYear(tokens, i + 2);
  if (second === null || second.year !== first.year + 1 || !isWord(tokens, second.next, SCHOOL_WORDS)) return null;
  const next = isWord(tokens, second.next + 1, YEAR_WORDS) ? second.next + 2 : second.next + 1;
  return { next, pieces: [{ t: "point", unit: { unit: "schoolYear", year: first.year }, ...span(tokens, i, next) }] };
};
