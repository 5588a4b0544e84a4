/**
 * ИСБШ, the social well-being index of a school (SPEC §8): per component a context column, a direction, a weight
 * and a normalisation (min–max within the region, or z-score); index = Σ weight·normalised / Σ weight, higher =
 * better off. No weight is invented: until every component has one, there is no index («веса не заданы»).
 * «Неблагоприятные условия»: the bottom `unfavourableShare` % of schools by index.
 */
import { cellText } from "../cell";
import { readNumber } from "../indicators/numbers";
import { cellProblem, type Problem } from "../problems";
import { lowestShare } from "./bottomShare";
import { columnKey, type ContextRow } from "./resultsData";
import type { IdentificationSettings, IndexComponent } from "./settings";

export const WEIGHTS_NOT_SET = "веса не заданы";

export interface SchoolIndex {
  /** The index, or why there is none for this school («нет данных: Доля ОВЗ»). */
  index: number | string;
  unfavourable: boolean | null;
}

export interface WellBeingIndex {
  /** By school key; empty when the index is not computed. */
  bySchool: Map<string, SchoolIndex>;
  /** Null when computed; otherwise what the ИСБШ column says for every school. */
  missing: string | null;
  problems: Problem[];
  notes: string[];
}

/** The component's scale, turned so that higher is better off: min–max gives 0…1 (1 − x for «−»), z-score gives ±z. */
function normalise(values: number[], c: IndexComponent): (v: number) => number {
  if (c.normalisation === "minmax") {
    const min = values.reduce((a, b) => Math.min(a, b), Infinity);
    const max = values.reduce((a, b) => Math.max(a, b), -Infinity);
    return (v) => {
      const x = max === min ? 0.5 : (v - min) / (max - min);
      return c.direction > 0 ? x : 1 - x;
    };
  }
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
  return (v) => (sd === 0 ? 0 : (c.direction * (v - mean)) / sd);
}

export function wellBeingIndex(
  context: readonly ContextRow[],
  s: Pick<IdentificationSettings, "indexComponents" | "unfavourableShare">,
): WellBeingIndex {
  const result: WellBeingIndex = { bySchool: new Map(), missing: null, problems: [], notes: [] };
  const components = s.indexComponents;
  if (components.length === 0 || components.some((c) => c.weight === null) || components.every((c) => c.weight === 0)) {
    result.missing = WEIGHTS_NOT_SET;
    const why =
      components.length === 0
        ? "компоненты и веса не заданы (настройки «ИСБШ 1: колонка», «ИСБШ 1: вес» …)"
        : components.some((c) => c.weight === null)
          ? "веса заданы не для всех компонентов"
          : "все веса равны 0";
    result.notes.push(`ИСБШ: ${why}`);
    return result;
  }
  const absent = components.filter((c) => !context.some((row) => row.values.has(columnKey(c.column))));
  if (absent.length > 0) {
    result.missing = `нет колонки: ${absent.map((c) => `«${c.column}»`).join(", ")}`;
    result.problems.push({
      message: `ИСБШ: в таблицах нет колонки ${absent.map((c) => `«${c.column}»`).join(", ")}; индекс не рассчитан`,
      severity: "error",
    });
    return result;
  }

  // values[i] = the component's numbers by school key
  const values = components.map((c) => {
    const byKey = new Map<string, number>();
    const key = columnKey(c.column);
    for (const row of context) {
      const cell = row.values.get(key);
      if (!cell) continue;
      const n = readNumber(cell.value);
      if (typeof n === "number") byKey.set(row.school.key, n);
      else if (n === null)
        result.problems.push(
          cellProblem(
            cell.ref.sheet,
            cell.ref.row,
            cell.ref.col,
            `ИСБШ, «${c.column}»: «${cellText(cell.value)}» — не число; у ОО «${row.school.name}» индекс не рассчитан`,
          ),
        );
    }
    return byKey;
  });
  const scales = components.map((c, i) => normalise([...values[i].values()], c));
  const totalWeight = components.reduce((a, c) => a + c.weight!, 0);
  const computed: { key: string; index: number }[] = [];
  for (const row of context) {
    const lacking = components.filter((_, i) => !values[i].has(row.school.key));
    if (lacking.length === components.length) continue;
    if (lacking.length > 0) {
      result.bySchool.set(row.school.key, {
        index: `нет данных: ${lacking.map((c) => c.column).join(", ")}`,
        unfavourable: null,
      });
      continue;
    }
    const index =
      components.reduce((sum, c, i) => sum + c.weight! * scales[i](values[i].get(row.school.key)!), 0) / totalWeight;
    computed.push({ key: row.school.key, index });
  }
  const bottom = lowestShare(computed, (x) => x.index, s.unfavourableShare);
  for (const x of computed) result.bySchool.set(x.key, { index: x.index, unfavourable: bottom.has(x) });
  result.notes.push(
    `ИСБШ: ${components.map((c) => `«${c.column}» (${c.direction > 0 ? "+" : "−"}, вес ${c.weight}, ${c.normalisation === "minmax" ? "мин-макс" : "z-оценка"})`).join("; ")}; неблагоприятные условия — нижние ${s.unfavourableShare} % ОО по индексу`,
  );
  return result;
}
