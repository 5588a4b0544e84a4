/**
 * A month, in any case and abbreviated, with or without a year: «январь 2021», «в марте 2021 года»,
 * «октябрь», «сент. 2022 г.», «Ноябрь - декабрь 2022 г.» (each end of a month range is a month).
 */
import { MONTHS } from "../dictionaries";
import { type Construct, span } from "../pieces";
import { readYear } from "./year";

export const month: Construct = {
  startsWith: { words: [...MONTHS.keys()] },
  point: true,
  read(tokens, i) {
    const t = tokens[i];
    const m = t.kind === "word" ? MONTHS.get(t.text) : undefined;
    if (m === undefined) return null;
    const y = readYear(tokens, i + 1);
    const next = y ? y.next : i + 1;
    return {
      next,
      pieces: [{ t: "point", unit: { unit: "month", month: m, year: y?.year }, ...span(tokens, i, next) }],
    };
  },
};
