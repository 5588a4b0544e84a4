/**
 * Quarters and half-years, numbered in Roman or Arabic figures or in words, alone or as a range:
 * «I квартал 2022 года», «2 квартал 2022», «1 кв. 2021», «III-IV кварталы 2022 г.», «в IV квартале»,
 * «первое полугодие 2022 года», «II полугодие 2022 г.», «2-е полугодие», «1 – 2 полугодия 2021 г.».
 * A half-year of a school year is the school's: «I полугодие 2021-2022 учебного года» (01.09.2021–31.12.2021);
 * so is a half-year without a year in a school-year plan («I полугодие», «II полугодие»: the joining pass decides).
 * School quarters are in schoolQuarter.ts.
 */
import { HALF_YEAR_WORDS, ORDINALS, QUARTER_WORDS, ROMAN } from "../dictionaries";
import { type CalendarUnit, type Construct, isWord, type Piece, span } from "../pieces";
import type { Token } from "../tokenizer";
import { readSchoolYear } from "./schoolYear";
import { readYear } from "./year";

/** A figure or a Roman or word ordinal: «I», «2», «первое». */
const ORDINAL_STARTS = { numbers: true, words: [...ROMAN.keys(), ...ORDINALS.keys()] };

function ordinalAt(tokens: Token[], i: number, max: number): number | null {
  const t = tokens[i];
  if (t === undefined) return null;
  const n =
    t.kind === "number" ? Number(t.text) : t.kind === "word" ? (ROMAN.get(t.text) ?? ORDINALS.get(t.text)) : undefined;
  return n !== undefined && n >= 1 && n <= max ? n : null;
}

/** Which year a part of a year names: a calendar year («2022 года») or a school year («2021-2022 учебного года»). */
export type WrittenYear = { calendar: number } | { school: number };

/** A year, or a school year, at token i, and the token after it. */
function readAnyYear(tokens: Token[], i: number): { year: WrittenYear; next: number } | null {
  const school = readSchoolYear(tokens, i);
  const p = school?.pieces[0];
  if (school && p?.t === "point" && p.unit.unit === "schoolYear")
    return { year: { school: p.unit.year }, next: school.next };
  const y = readYear(tokens, i);
  return y ? { year: { calendar: y.year }, next: y.next } : null;
}

function readYearOnly(tokens: Token[], i: number): { year: WrittenYear; next: number } | null {
  const y = readYear(tokens, i);
  return y ? { year: { calendar: y.year }, next: y.next } : null;
}

export function partOfYear(
  words: ReadonlySet<string>,
  max: number,
  unitOf: (n: number, year?: WrittenYear) => CalendarUnit,
  takesSchoolYear = true,
): Construct {
  const read: Construct["read"] = (tokens, i) => {
    const first = ordinalAt(tokens, i, max);
    if (first === null) return null;
    let k = i + 1;
    let last: number | null = null;
    if (tokens[k]?.kind === "dash") {
      last = ordinalAt(tokens, k + 1, max);
      if (last === null) return null;
      k += 2;
    }
    if (!isWord(tokens, k, words)) return null;
    const y = takesSchoolYear ? readAnyYear(tokens, k + 1) : readYearOnly(tokens, k + 1);
    const next = y ? y.next : k + 1;
    const where = span(tokens, i, next);
    const pieces: Piece[] = [{ t: "point", unit: unitOf(first, last === null ? y?.year : undefined), ...where }];
    if (last !== null) pieces.push({ t: "rangeTo" }, { t: "point", unit: unitOf(last, y?.year), ...where });
    return { next, pieces };
  };
  return { startsWith: ORDINAL_STARTS, point: true, read };
}

export const quarter = partOfYear(
  QUARTER_WORDS,
  4,
  (quarter, year) => ({ unit: "quarter", quarter, year: year && "calendar" in year ? year.calendar : undefined }),
  false,
);
export const halfYear = partOfYear(HALF_YEAR_WORDS, 2, (half, year) =>
  year && "school" in year
    ? { unit: "schoolHalf", half, year: year.school }
    : { unit: "halfYear", half, year: year?.calendar },
);
