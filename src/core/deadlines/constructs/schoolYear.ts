/**
 * A school year (учебный год), 1 September – the school-year end of a setting: «2022-2023 учебный год»,
 * «в 2022-2023 учебном году», «2020/2021 уч. г.», «2020–2021 учебные годы».
 */
import { SCHOOL_WORDS, YEAR_WORDS } from "../dictionaries";
import { type Construct, isWord, type Match, span } from "../pieces";
import type { Token } from "../tokenizer";
import { readYear } from "./year";

/** A school year at token i: «2022-2023 учебный год». */
export function readSchoolYear(tokens: Token[], i: number): Match | null {
  const first = readYear(tokens, i);
  if (first === null || first.next !== i + 1) return null;
  const sep = tokens[i + 1];
  if (sep === undefined || (sep.kind !== "dash" && sep.kind !== "slash")) return null;
  const second = readYear(tokens, i + 2);
  if (second === null || second.year !== first.year + 1 || !isWord(tokens, second.next, SCHOOL_WORDS)) return null;
  const next = isWord(tokens, second.next + 1, YEAR_WORDS) ? second.next + 2 : second.next + 1;
  return { next, pieces: [{ t: "point", unit: { unit: "schoolYear", year: first.year }, ...span(tokens, i, next) }] };
}

export const schoolYear: Construct = { startsWith: { numbers: true }, point: true, read: readSchoolYear };
