/**
 * The executors one cell names (SPEC §3, issue 24): bodies separated by line breaks, «;» or commas — except that a
 * part beginning with a participle («…, осуществляющие государственное управление …»), «в том числе», «в части» or
 * «включая», or standing inside brackets or quotes, stays with the body before it.
 */

/** Participles and verbal adjectives in the plural or singular: осуществляющие, реализующие, подведомственные, прошедшие. */
const PARTICIPLE =
  /^\p{L}+(?:ющ|ящ|ащ|вш)(?:ие|ий|ая|ее|их|им|ими|его|ей|ую)$|^\p{L}+(?:нн|ем|им)(?:ые|ый|ая|ое|ых|ым|ыми|ого|ой|ую)$/u;
const CLAUSE = /^(?:в том числе|в части|включая)(?=$|[\s,:])/u;

function keepsWithBefore(part: string): boolean {
  const text = part.trim().toLowerCase();
  const first = /^\p{L}+/u.exec(text)?.[0] ?? "";
  return CLAUSE.test(text) || PARTICIPLE.test(first);
}

/** Pieces of the cell at separators that stand outside brackets and quotes, with the separator that ended each. */
function pieces(cell: string): { text: string; comma: boolean }[] {
  const out: { text: string; comma: boolean }[] = [];
  let depth = 0;
  let quoted = false;
  let from = 0;
  for (let i = 0; i < cell.length; i++) {
    const ch = cell[i];
    if (ch === "(" || ch === "«" || ch === "[") depth++;
    else if ((ch === ")" || ch === "»" || ch === "]") && depth > 0) depth--;
    else if (ch === '"') quoted = !quoted;
    else if (ch === "\n" || ch === ";" || (ch === "," && depth === 0 && !quoted)) {
      if (ch !== "," && (depth > 0 || quoted) && ch !== "\n") continue;
      out.push({ text: cell.slice(from, i), comma: ch === "," });
      from = i + 1;
      if (ch === "\n") depth = 0;
    }
  }
  out.push({ text: cell.slice(from), comma: false });
  return out;
}

/** «МОЦ, СОИРО» is two executors; «ОИВ, осуществляющие управление в сфере образования (ОИВ)» is one. */
export function executorsOf(cell: string): string[] {
  const names: string[] = [];
  let joinNext = false;
  for (const [i, piece] of pieces(cell).entries()) {
    const text = piece.text.trim();
    const previousComma = i > 0 && joinNext;
    if (previousComma && names.length > 0 && keepsWithBefore(text))
      names[names.length - 1] = `${names[names.length - 1]}, ${text}`;
    else if (text !== "") names.push(text);
    joinNext = piece.comma;
  }
  return names.filter((n) => n !== "");
}
