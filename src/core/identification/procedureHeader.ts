/**
 * A wide results column names a procedure, a year and what the column holds: «ВПР-2021 рус 5 доля 2»,
 * «ОГЭ 2022 математика участников», «ВПР 2021 рус 5 получили 2». The same procedure in another year must read
 * to the same key, so the year and the measure words are cut out and the rest is the procedure.
 */
import { normalizeText } from "../cell";

/** share = «доля «2»», percent or fraction; failed = count of «2»; participants = count of participants. */
export type ResultMeasure = "share" | "failed" | "participants";

export interface ProcedureColumn {
  /** The procedure as the user wrote it, year and measure words removed: «ВПР рус 5». */
  procedure: string;
  /** Identity of the procedure across years. */
  procedureKey: string;
  year: number;
  measure: ResultMeasure;
}

const YEAR = /(?<![\d])((?:19|20)\d{2})(?![\d])/g;
const MEASURES: [ResultMeasure, RegExp][] = [
  ["share", /(?:^|[\s,;(-])доля\s*[«"“„']?\s*2\s*[»"”']?\s*(?:,?\s*%)?/i],
  ["failed", /(?:^|[\s,;(-])(?:получили|кол-?во|количество|число)\s*[«"“„']?\s*2\s*[»"”']?/i],
  ["participants", /(?:^|[\s,;(-])(?:количество\s+|число\s+)?участник\S*/i],
];

/** The procedure key of a procedure's text («ВПР 5 класс, русский язык» → «впр 5 класс русский язык»). */
export function procedureKey(text: string): string {
  return normalizeText(text).replace(/[-–—]/g, " ").replace(/\s+/g, " ").trim();
}

/** The procedure, year and measure a header names, or null when it names no single year or no procedure. */
export function parseProcedureHeader(header: string): ProcedureColumn | null {
  const text = header.replace(/\s+/g, " ").trim();
  const years = [...text.matchAll(YEAR)];
  if (years.length !== 1) return null;
  const year = Number(years[0][1]);
  let rest = text.replace(YEAR, " ");
  let measure: ResultMeasure = "share";
  for (const [kind, re] of MEASURES) {
    if (re.test(rest)) {
      measure = kind;
      rest = rest.replace(re, " ");
      break;
    }
  }
  const procedure = rest
    .replace(/\(\s*\)/g, " ")
    .replace(/\s*[-–—]\s*(?=\s|$)/g, " ")
    .replace(/^[\s,;:-]+|[\s,;:%-]+$/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (!/[\p{L}]/u.test(procedure)) return null;
  return { procedure, procedureKey: procedureKey(procedure), year, measure };
}

/** A year cell of the long layout: 2021, «2021», «2021 год», «2021 г.». */
export function readYear(text: string | number): number | null {
  if (typeof text === "number") return Number.isInteger(text) && text >= 1990 && text <= 2100 ? text : null;
  const m = /^((?:19|20)\d{2})\s*(?:г\.?|год|года)?$/i.exec(text.trim());
  return m ? Number(m[1]) : null;
}
