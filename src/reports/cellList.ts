/**
 * A list written into one cell. A cell holds at most 32 767 characters (Microsoft, «Excel specifications and limits»:
 * «Total number of characters that a cell can contain: 32,767 characters»), and a printed cell shows about 20 lines
 * (SPEC §6). A longer list is clipped with «… и ещё N», and the builder puts the whole list on rows of its own,
 * naming where in `more`.
 *
 *   listInCell(["СОШ № 1", "СОШ № 2"])                  → { text: "СОШ № 1; СОШ № 2", hidden: 0 }
 *   listInCell(850 names, "; ", "полный список — ниже") → { text: "… 20 names …; … и ещё 830 (полный список — ниже)", hidden: 830 }
 */

/** Excel's limit on the characters of one cell. */
export const CELL_MAX_CHARS = 32_767;
/** Items a clipped list keeps: about 20 printed lines, one item a line at worst. */
export const CELL_LIST_ITEMS = 20;
/** Characters a clipped list keeps: 20 lines of the widest report column (about 100 characters). */
export const CELL_LIST_CHARS = 2_000;

export interface CellList {
  text: string;
  /** Items left out of `text` (0 when the whole list fits). */
  hidden: number;
}

export function listInCell(items: readonly string[], separator = "; ", more?: string): CellList {
  const shown = firstThatFit(items, separator);
  const hidden = items.length - shown.length;
  if (hidden === 0) return { text: shown.join(separator), hidden };
  const tail = `… и ещё ${hidden}${more ? ` (${more})` : ""}`;
  return { text: [...shown, tail].join(separator), hidden };
}

/** The whole list as cells of at most CELL_LIST_ITEMS items and CELL_LIST_CHARS characters each: a row apiece. */
export function listInRows(items: readonly string[], separator = "; "): string[] {
  const rows: string[] = [];
  for (let from = 0; from < items.length;) {
    const shown = firstThatFit(items.slice(from, from + CELL_LIST_ITEMS), separator);
    rows.push(shown.join(separator));
    from += shown.length;
  }
  return rows;
}

/** The first items within CELL_LIST_ITEMS and CELL_LIST_CHARS; at least one, an over-long one cut with «…». */
function firstThatFit(items: readonly string[], separator: string): string[] {
  const shown: string[] = [];
  let chars = 0;
  for (const item of items) {
    if (shown.length === CELL_LIST_ITEMS) break;
    const piece = item.length > CELL_LIST_CHARS ? `${item.slice(0, CELL_LIST_CHARS - 1)}…` : item;
    const next = chars + (shown.length > 0 ? separator.length : 0) + piece.length;
    if (shown.length > 0 && next > CELL_LIST_CHARS) break;
    shown.push(piece);
    chars = next;
  }
  return shown;
}

/**
 * Free text for one cell (a remark quoting a user's cell can be as long as that cell): cut below Excel's limit,
 * saying how much was left out. One character is kept free for the text prefix «'» of the Office.js renderer.
 */
export function textInCell(text: string): string {
  if (text.length < CELL_MAX_CHARS) return text;
  const tail = `… (сокращено: всего ${text.length} символов)`;
  return `${text.slice(0, CELL_MAX_CHARS - 1 - tail.length)}${tail}`;
}
