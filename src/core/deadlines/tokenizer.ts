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

const TOKEN = /(\d{1,2}\.\d{1,2}(?:\.\d{2,4})?(?![\d.]))|(\d+)(?:-(?:е|го|ое|ого|й|ый|ий|м|ом)(?![а-яё]))?|(теч-[а-яё]{1,3}(?![а-яё])|[a-zа-яёіѐ]+)\.?|([-–—‐‑−])|([,;])|([/\\])|(\S)/gi;

/** Spellings, abbreviations and slips seen in real plans that mean the same word: «в течении», «в теч. года», «в теч-е года». */
const SPELLING: ReadonlyMap<string, string> = new Map([
  ["течении", "течение"],
  ["теч", "течение"],
]);

/** Latin letters that look like Cyrillic ones, typed inside a Cyrillic word («15 aпреля» with a Latin «a»). */
const LOOKALIKES: Readonly<Record<string, string>> = { a: "а", c: "с", e: "е", k: "к", m: "м", o: "о", p: "р", t: "т", x: "х", y: "у" };

function spelled(word: string): string {
  const cyrillic = /[a-z]/.test(word) && /[а-яё]/.test(word) ? word.replace(/[a-z]/g, (ch) => LOOKALIKES[ch] ?? ch) : word;
  return cyrillic.startsWith("теч-") ? "течение" : (SPELLING.get(cyrillic) ?? cyrillic);
}

export function tokenize(phrase: string): Token[] {
  const tokens: Token[] = [];
  let depth = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(phrase); m !== null; m = TOKEN.exec(phrase)) {
    const from = m.index;
    const to = from + m[0].length;
    if (m[7] === "(") depth++;
    if (m[7] === ")") depth = Math.max(0, depth - 1);
    if (m[7] === "(" || m[7] === ")") continue;
    const bracketed = depth > 0;
    if (m[1]) tokens.push({ kind: "dotted", text: m[1], from, to, bracketed });
    else if (m[2]) tokens.push({ kind: "number", text: m[2], from, to, bracketed });
    else if (m[3]) {
      const lower = m[3].toLowerCase();
      const word = lower.includes("ё") ? lower.replace(/ё/g, "е") : lower;
      const text = spelled(word);
      tokens.push({ kind: text === "и" ? "separator" : "word", text, from, to, bracketed });
    } else if (m[4]) tokens.push({ kind: "dash", text: "-", from, to, bracketed });
    else if (m[5]) tokens.push({ kind: "separator", text: m[5], from, to, bracketed });
    else if (m[6]) tokens.push({ kind: "slash", text: "/", from, to, bracketed });
    else tokens.push({ kind: "other", text: m[7], from, to, bracketed });
  }
  return tokens;
}
