/**
 * Levels of significance of a risk factor (значимость рискового фактора, SPEC §2) as real workbooks write
 * them. Case, spaces and a trailing dot are ignored; a presence mark («+», «да», «✓») counts as high, because
 * summary tables that only mark presence list only the high factors.
 */
import { type Cell, cellText, isBlank } from "../cell";

export type Level = "high" | "medium" | "low" | "absent";
/** A level a school's factor can be required to reach: «высокая» (default), «средняя», «низкая». */
export type MinLevel = Exclude<Level, "absent">;

export type LevelReading = { level: Level; latin?: boolean } | { error: string };

const RANK: Record<Level, number> = { absent: 0, low: 1, medium: 2, high: 3 };

/** Words of each level; «present» is a presence mark without a level. */
const LEVEL_WORDS: ReadonlyMap<string, Level | "present"> = new Map<string, Level | "present">([
  ...["высокий", "высокая", "высокое", "высокая значимость", "высокий уровень", "выс", "в", "high"].map(
    (w) => [w, "high"] as const,
  ),
  ...["средний", "средняя", "среднее", "средняя значимость", "средний уровень", "ср", "с", "medium"].map(
    (w) => [w, "medium"] as const,
  ),
  ...["низкий", "низкая", "низкое", "низкая значимость", "низкий уровень", "низ", "н", "low"].map(
    (w) => [w, "low"] as const,
  ),
  ...["нет", "-", "–", "—", "0", "отсутствует"].map((w) => [w, "absent"] as const),
  ...["+", "да", "1", "х", "✓", "✔", "v", "есть"].map((w) => [w, "present"] as const),
]);

/** Latin letters that look like Cyrillic ones (B, C, H, X → В, С, Н, Х). */
const LATIN_LOOKALIKES: Record<string, string> = { b: "в", c: "с", h: "н", x: "х" };

function normalizeLevelText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[\u00a0\s]+/g, " ")
    .trim()
    .replace(/\s*\.$/, "")
    .trim();
}

function lookUp(text: string): { word: Level | "present"; latin: boolean } | null {
  const plain = LEVEL_WORDS.get(text);
  if (plain !== undefined) return { word: plain, latin: false };
  if (!/[bchx]/.test(text)) return null;
  const cyrillic = LEVEL_WORDS.get(text.replace(/[bchx]/g, (ch) => LATIN_LOOKALIKES[ch]));
  return cyrillic === undefined ? null : { word: cyrillic, latin: true };
}

/**
 * Reads a factor cell: «высокий», «ср.», «Н», «+», empty … A Latin B/C/H/X is read as the Cyrillic letter
 * (then `latin` is set, so the report can list the cell). Anything else is an input error, never «absent».
 */
export function readLevel(value: Cell): LevelReading {
  if (isBlank(value)) return { level: "absent" };
  if (typeof value === "boolean") return { level: value ? "high" : "absent" };
  if (typeof value === "number" && value !== 0 && value !== 1) {
    return { error: `«${cellText(value)}» не является уровнем значимости фактора` };
  }
  const text = normalizeLevelText(cellText(value));
  const found = lookUp(text);
  if (!found) {
    return {
      error: `«${cellText(value)}» не является уровнем значимости фактора (ожидается высокий/средний/низкий, отметка «+» или пусто)`,
    };
  }
  const level: Level = found.word === "present" ? "high" : found.word;
  return found.latin ? { level, latin: true } : { level };
}

/** True when `level` is at or above `min` («средняя» counts medium and high). */
export function reaches(level: Level, min: MinLevel): boolean {
  return RANK[level] >= RANK[min];
}

const MIN_LEVEL_HINT = "укажите «высокая», «средняя» или «низкая»";

/**
 * The optional minimum level argument: empty = «высокая». Only level words are accepted here (a presence
 * mark such as «1» says nothing about which level is meant).
 */
export function parseMinLevel(value: Cell): { level: MinLevel } | { error: string } {
  if (isBlank(value)) return { level: "high" };
  const found = typeof value === "string" ? lookUp(normalizeLevelText(value)) : null;
  if (!found || found.word === "present" || found.word === "absent") {
    return { error: `Минимальный уровень «${cellText(value)}» не распознан: ${MIN_LEVEL_HINT}` };
  }
  return { level: found.word };
}

/** Russian warning for a cell whose Latin letter was read as Cyrillic. */
export function latinWarning(value: Cell): string {
  return `латинская буква в значении «${cellText(value)}» прочитана как кириллическая`;
}
