/**
 * A year: «2021», «2021 г.», «2021 года», «в 2022 году»; with a dash between two years a range of years:
 * «2021-2022 гг.», «2021 – 2022 годы» (the dash is read by the dash construct).
 */
import { isPlanYear } from "../../periodText";
import { YEAR_WORDS } from "../dictionaries";
import { type Construct, isWord, numberAt, span } from "../pieces";
import type { Token } from "../tokenizer";

/** A year at token i and the token after it (and after «г.», «года» …), or null. */
export function readYear(tokens: Token[], i: number): { year: number; next: number } | null {
  const n = numberAt(tokens, i);
  if (n === null || !isPlanYear(n) || tokens[i].text.length !== 4) return null;
  return { year: n, next: isWord(tokens, i + 1, YEAR_WORDS) ? i + 2 : i + 1 };
}

export const year: Construct = {
  startsWith: { numbers: true },
  point: true,
  read(tokens, i) {
    const y = readYear(tokens, i);
    return (
      y && { next: y.next, pieces: [{ t: "point", unit: { unit: "year", year: y.year }, ...span(tokens, i, y.next) }] }
    );
  },
};
