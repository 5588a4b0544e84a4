/**
 * The year of a risk profile (SPEC §9), as a table's title, its sheet name or a «Год» cell writes it: «2021 год»,
 * «Профили 2022», «2020-2021 учебный год», «2020/21», 2021. A school year counts as the year it ends in: FIOKO
 * assesses a school year's profile at its end, so «2020-2021» is the profile of 2021, and consecutive school years
 * stay consecutive years (2020-2021 before 2021-2022) whichever way the next table writes its year.
 */
import { type Cell, cellText } from "../cell";
import { isPlanYear } from "../periodText";

export interface ProfileYear {
  /** The calendar year that orders profiles (a school year's second year). */
  key: number;
  /** As the sheet shows it: «2021», or «2020-2021» for a school year. */
  label: string;
}

/** Dates («22.03.2021», «2021-03-22») are the date of an order, not the profile's year. */
const DATES = /\b\d{1,2}\.\d{1,2}\.\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b/g;
/** «2020-2021», «2020–21», «2020/2021»: a range of years. */
const RANGE = /(?<!\d)(\d{4})\s*[-–—‐−/]\s*(\d{4}|\d{2})(?!\d)/g;
const YEAR = /(?<!\d)(\d{4})(?!\d)/g;

/**
 * The one profile year a text names, or null when it names none or several different ones («2021 год (по данным
 * 2020 года)» is not decided here). A span of more than one year («на 2021-2023 годы») names no profile year.
 */
export function yearInText(text: string): ProfileYear | null {
  const found: ProfileYear[] = [];
  const rest = text.replace(DATES, " ").replace(RANGE, (_, a: string, b: string) => {
    const first = Number(a);
    const second = b.length === 2 ? Math.floor(first / 100) * 100 + Number(b) : Number(b);
    if (isPlanYear(first) && second === first + 1) found.push({ key: second, label: `${first}-${second}` });
    return " ";
  });
  for (const m of rest.matchAll(YEAR)) if (isPlanYear(Number(m[1]))) found.push({ key: Number(m[1]), label: m[1] });
  const keys = new Set(found.map((y) => y.key));
  if (keys.size !== 1) return null;
  // «2021 год (2020-2021 учебный год)»: the school year's label says more.
  return found.find((y) => y.label.includes("-")) ?? found[0];
}

/** A «Год» cell: 2021, «2021», «2020-2021», «2021 г.». */
export function yearOfCell(value: Cell): ProfileYear | null {
  if (typeof value === "number") return isPlanYear(value) ? { key: value, label: String(value) } : null;
  return typeof value === "string" ? yearInText(cellText(value)) : null;
}
