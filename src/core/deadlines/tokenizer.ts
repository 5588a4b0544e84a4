/**
 * Splits a deadline phrase into tokens: dotted dates («17.11.2020», «01.09» without a year), numbers, words (lower case, «ё» → «е», a
 * trailing dot dropped: «янв.» → «янв», «г.» → «г»), dashes (-, –, —), separators («,», «;», «и»), brackets.
 * Every token keeps its place in the original text, so an unread part can be quoted as the user wrote it.
 */
export type TokenKind = "dotted" | "number" | "word" | "dash" | "separator" | "slash" | "other";

export interface Token {
  kind: TokenKind;
  /** Normalised text. */
  text: string;
  /** Offsets in the original phrase. */
  from: number;
  to: number;
  /** Inside round brackets: unknown words there are a remark wherever they stand. */
  bracketed: boolean;
}

const PATTERN = String.raw`(\d{1,2}\.\d{1,2}(?:\.\d{2,4})?(?![\d.]))|(\d+)(?:-(?:е|го|ое|ого|й|ый|ий|м|ом)(?![а-яё]))?|(теч-[а-яё]{1,3}(?![а-яё])|[a-zа-яёіѐ]+)\.?|([-–—‐‑−])|([,;])|([/\\])|(\S)`;
/** Run on the lower-cased phrase: a case-sensitive pattern is the faster one (npm run bench). */
const TOKEN = new RegExp(PATTERN, "g");
/** For the rare phrase whose lower case changes its length (offsets would move): the phrase as written. */
const TOKEN_ANY_CASE = new RegExp(PATTERN, "gi");

/** Spellings, abbreviations and slips seen in real plans that mean the same word: «в течении», «в теч. года», «в теч-е года». */
const SPELLING: ReadonlyMap<string, string> = new Map([
  ["течении", "течение"],
  ["теч", "течение"],
]);

/** Latin letters that look like Cyrillic ones, typed inside a Cyrillic word («15 aпреля» with a Latin «a»). */
const LOOKALIKES: Readonly<Record<string, string>> = {
  a: "а",
  c: "с",
  e: "е",
  k: "к",
  m: "м",
  o: "о",
  p: "р",
  t: "т",
  x: "х",
  y: "у",
};

function spelled(word: string, mixedScripts: boolean): string {
  const cyrillic =
    mixedScripts && /[a-z]/.test(word) && /[а-яё]/.test(word)
      ? word.replace(/[a-z]/g, (ch) => LOOKALIKES[ch] ?? ch)
      : word;
  return cyrillic.startsWith("теч-") ? "течение" : (SPELLING.get(cyrillic) ?? cyrillic);
}

export function tokenize(phrase: string): Token[] {
  const tokens: Token[] = [];
  const lowered = phrase.toLowerCase();
  const sameLength = lowered.length === phrase.length;
  const text = sameLength ? lowered : phrase;
  const re = sameLength ? TOKEN : TOKEN_ANY_CASE;
  const mixedScripts = /[a-z]/i.test(phrase) && /[а-яё]/i.test(phrase);
  let depth = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const from = m.index;
    const to = from + m[0].length;
    if (m[7] === "(") depth++;
    if (m[7] === ")") depth = Math.max(0, depth - 1);
    if (m[7] === "(" || m[7] === ")") continue;
    const bracketed = depth > 0;
    if (m[1]) tokens.push({ kind: "dotted", text: m[1], from, to, bracketed });
    else if (m[2]) tokens.push({ kind: "number", text: m[2], from, to, bracketed });
    else if (m[3]) {
      const lower = sameLength ? m[3] : m[3].toLowerCase();
      const word = spelled(lower.includes("ё") ? lower.replace(/ё/g, "е") : lower, mixedScripts);
      tokens.push({ kind: word === "и" ? "separator" : "word", text: word, from, to, bracketed });
    } else if (m[4]) tokens.push({ kind: "dash", text: "-", from, to, bracketed });
    else if (m[5]) tokens.push({ kind: "separator", text: m[5], from, to, bracketed });
    else if (m[6]) tokens.push({ kind: "slash", text: "/", from, to, bracketed });
    else tokens.push({ kind: "other", text: m[7], from, to, bracketed });
  }
  return tokens;
}
