/**
 * Words the grammar does not know. After a recognised deadline, words without digits are a remark kept as a
 * note («В течение года по отдельному плану», «март 2021 (по согласованию с МОУО)»); so is text in brackets, and so
 * is a schedule pointer, alone or beside a date («по графику ФЦТ», «согласно графику, март 2021»).
 * Words before any deadline, words with digits («см. приложение 3») and a misspelt month («сентябя 2021») are
 * the part not understood: never dropped as a remark, never guessed.
 */
import { MONTHS } from "./dictionaries";
import type { Piece } from "./pieces";
import type { Token } from "./tokenizer";

/** Pieces that state no deadline of their own: unknown words after them alone are not remarks (any other piece is). */
const JOINING = new Set<Piece["t"]>(["rangeTo", "rangeFrom", "separator", "unknown"]);

const FULL_MONTH_NAMES = [...MONTHS.keys()].filter((w) => w.length >= 4);

/** Levenshtein distance of at most one: one letter missing, extra or changed. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

/** «сентябя», «октяб» — a month name with a typo, which must not pass as a remark. */
export function looksLikeMonth(word: string): boolean {
  return word.length >= 4 && FULL_MONTH_NAMES.some((m) => withinOneEdit(word, m));
}

export function remarksOf(text: string, pieces: Piece[]): { notes: string[]; unread?: string } {
  const notes: string[] = [];
  let seenRecognised = false;
  let run: Token[] = [];
  const flush = (): string | undefined => {
    if (run.length === 0) return undefined;
    const part = text.slice(run[0].from, run[run.length - 1].to).replace(/^[(\s]+|[)\s]+$/g, "");
    const leading = !seenRecognised && !run.every((t) => t.bracketed);
    const dateLike = /\d/.test(part) || run.some((t) => t.kind === "word" && looksLikeMonth(t.text));
    run = [];
    if (leading || dateLike) return part;
    notes.push(part);
    return undefined;
  };
  for (const p of pieces) {
    if (p.t === "unknown") {
      run.push(p.token);
      continue;
    }
    if (p.t === "separator") continue;
    const unread = flush();
    if (unread !== undefined) return { notes, unread };
    if (p.t === "noDate" && seenRecognised) notes.push(text.slice(p.from, p.to));
    // a schedule named instead of a date is the note, alone or beside a date
    if (p.t === "schedule") notes.push(text.slice(p.from, p.to));
    if (!JOINING.has(p.t)) seenRecognised = true;
  }
  const unread = flush();
  return unread !== undefined ? { notes, unread } : { notes };
}
