/** Numbers as monitoring tables write them: 22, «22,5», «22.5», «22 %». */
import { type Cell, isBlank } from "../cell";

/** The number in a cell, «blank» for an empty one, or null when it holds no number. */
export function readNumber(value: Cell): number | "blank" | null {
  if (isBlank(value)) return "blank";
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string") return null;
  const m = /^([-+]?\d+(?:[.,]\d+)?)\s*%?$/.exec(value.trim().replace(/[\u00a0 ]/g, ""));
  return m ? Number(m[1].replace(",", ".")) : null;
}
