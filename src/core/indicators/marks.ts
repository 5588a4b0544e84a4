/**
 * Yes/no marks of indicator columns (SPEC §4): да/нет, +/-, 1/0, TRUE/FALSE (ИСТИНА/ЛОЖЬ), case- and
 * space-insensitive. An empty cell is «нет данных», never «нет».
 */
import { type Cell, cellText, isBlank } from "../cell";

export type Mark = "yes" | "no";

const MARKS: ReadonlyMap<string, Mark> = new Map<string, Mark>([
  ...["да", "+", "1", "true", "истина", "yes"].map((w) => [w, "yes"] as const),
  ...["нет", "-", "–", "—", "0", "false", "ложь", "no"].map((w) => [w, "no"] as const),
]);

/** «yes»/«no», «blank» for an empty cell, or null when the cell holds something else. */
export function readMark(value: Cell): Mark | "blank" | null {
  if (isBlank(value)) return "blank";
  if (typeof value === "boolean") return value ? "yes" : "no";
  return MARKS.get(cellText(value).toLowerCase().replace(/\s+/g, "")) ?? null;
}
