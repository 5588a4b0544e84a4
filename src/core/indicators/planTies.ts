/**
 * Which schools column measures a plan indicator (SPEC §9). The Omsk plan names for each item its «Региональный
 * показатель реализации» («Доля общеобразовательных организаций … разместивших актуальные материалы в ИС МЭДК»);
 * the schools list has a column «Разместили материалы в ИС МЭДК». They are tied when every significant word of the
 * column's header occurs in the indicator's text, compared by stem, or when the settings sheet ties them
 * («Показатель: <начало текста>» → <заголовок столбца>), which wins. A text tied to two columns stays untied.
 */
import { normalizeText } from "../cell";
import type { IndicatorTie } from "../settings";

/** Words that say nothing about what is measured. */
const STOP_WORDS = new Set([
  "для",
  "или",
  "при",
  "без",
  "под",
  "над",
  "через",
  "том",
  "числе",
  "числа",
  "доля",
  "число",
  "количество",
  "всего",
  "есть",
]);

/** Letters of a word that make its ending: Russian endings are at most three letters («-ших» after «разместив-»). */
const ENDING_LETTERS = 3;
const SHORTEST_STEM = 3;

function words(text: string): string[] {
  return normalizeText(text)
    .replace(/ё/g, "е")
    .split(/[^\p{L}]+/u)
    .filter((w) => w !== "");
}

/** «разместили» → «размест»: the word without the letters an ending may take. */
export function stemOf(word: string): string {
  return word.slice(0, Math.max(SHORTEST_STEM, word.length - ENDING_LETTERS));
}

/** The header's words that name what is measured, as stems: «Разместили материалы в ИС МЭДК» → размест, матери, мэд. */
export function significantStems(header: string): string[] {
  return words(header)
    .filter((w) => w.length >= SHORTEST_STEM && !STOP_WORDS.has(w))
    .map(stemOf);
}

/** Every significant word of the header occurs in the text, endings ignored. */
export function headerWordsInText(header: string, text: string): boolean {
  const stems = significantStems(header);
  if (stems.length === 0) return false;
  const textWords = words(text);
  return stems.every((stem) => textWords.some((w) => w.startsWith(stem)));
}

export type IndicatorTieResult =
  | { kind: "tied"; header: string; by: "words" | "settings" }
  | { kind: "none" }
  | { kind: "several"; headers: string[] };

/** The schools column (of `headers`) an indicator text is tied to, or why none. */
export function tieIndicator(
  text: string,
  headers: readonly string[],
  ties: readonly IndicatorTie[],
): IndicatorTieResult {
  const normalized = normalizeText(text);
  const set = ties.find((t) => normalized.startsWith(normalizeText(t.start)));
  if (set !== undefined) {
    const header = headers.find((h) => normalizeText(h) === normalizeText(set.header));
    // A settings row naming a column the schools list has not is reported by the caller as «none».
    return header === undefined ? { kind: "none" } : { kind: "tied", header, by: "settings" };
  }
  const matching = headers.filter((h) => headerWordsInText(h, text));
  if (matching.length === 0) return { kind: "none" };
  if (matching.length === 1) return { kind: "tied", header: matching[0], by: "words" };
  return { kind: "several", headers: matching };
}

/** The settings rows whose column is no indicator column of the schools list: each is reported. */
export function tiesToUnknownColumns(headers: readonly string[], ties: readonly IndicatorTie[]): IndicatorTie[] {
  const known = new Set(headers.map(normalizeText));
  return ties.filter((t) => !known.has(normalizeText(t.header)));
}

/** An item's indicators: each cell's lines («1) …», «– …» marks dropped), the final «.» or «;» dropped. */
export function indicatorTexts(cells: readonly string[]): string[] {
  return cells
    .flatMap((cell) => cell.split(/\r?\n/))
    .map((line) =>
      line
        .replace(/^\s*(?:\d{1,2}[.)]|[-–—•])\s*/, "")
        .replace(/[\s.;]+$/, "")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .filter((line) => line !== "");
}
