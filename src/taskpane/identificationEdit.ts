/**
 * «Выявление ШНОР» in the pane (SPEC §8): the low-results threshold, the partner cap and the ИСБШ components as
 * typed, checked before anything is saved. Pure: the pane stores the result with saveSettings, so the next report
 * and `shnor report` read the same rows of the settings sheet.
 */
import type {
  IdentificationSettings,
  Normalisation,
} from "../core/identification/settings";
import { readNumber } from "../core/indicators/numbers";
import type { RecognizedTable } from "../reports/recognition";

/** One ИСБШ component as the pane's fields hold it (the weight as typed). */
export interface ComponentDraft {
  column: string;
  direction: 1 | -1;
  weight: string;
  normalisation: Normalisation;
}

export interface IdentificationDraft {
  threshold: string;
  partnerCap: string;
  components: ComponentDraft[];
}

/** Russian messages by field; empty when the draft can be saved. */
export interface DraftErrors {
  threshold?: string;
  partnerCap?: string;
  components: { column?: string; weight?: string }[];
}

/** Kind of the context table in the recognition (readWorkbook's word). */
const CONTEXT_KIND = "контекстные данные";
/** Columns of the context table that identify a school rather than describe it. */
const NOT_COMPONENTS = /муниципал|наименование|логин|^код|^№|адрес|район/i;

export function draftOf(s: IdentificationSettings): IdentificationDraft {
  return {
    threshold: String(s.threshold),
    partnerCap: String(s.partnerCap),
    components: s.indexComponents.map((c) => ({
      column: c.column,
      direction: c.direction,
      weight: c.weight === null ? "" : String(c.weight),
      normalisation: c.normalisation,
    })),
  };
}

/** Headers of the context tables' columns that can be ИСБШ components, in the table's order. */
export function contextColumns(tables: readonly RecognizedTable[]): string[] {
  const headers = tables
    .filter((t) => t.kind.includes(CONTEXT_KIND))
    .flatMap((t) => t.columns.map((c) => c.header));
  return [
    ...new Set(
      headers.filter((h) => h.trim() !== "" && !NOT_COMPONENTS.test(h)),
    ),
  ];
}

export function newComponent(
  columns: readonly string[],
  taken: readonly ComponentDraft[],
): ComponentDraft {
  const column = columns.find((c) => !taken.some((t) => t.column === c)) ?? "";
  return { column, direction: 1, weight: "1", normalisation: "minmax" };
}

/** A typed percent: 1…100, as the settings sheet reads it back unchanged (below 1 it would read a fraction). */
function readThreshold(text: string): number | null {
  const n = readNumber(text);
  return typeof n === "number" && n >= 1 && n <= 100 ? n : null;
}

function readCap(text: string): number | null {
  const n = readNumber(text);
  return typeof n === "number" && Number.isInteger(n) && n >= 1 && n <= 1000
    ? n
    : null;
}

function readWeight(text: string): number | null {
  const n = readNumber(text);
  return typeof n === "number" && n >= 0 ? n : null;
}

/** What is wrong with the draft, field by field. */
export function draftErrors(draft: IdentificationDraft): DraftErrors {
  const errors: DraftErrors = { components: [] };
  if (readThreshold(draft.threshold) === null)
    errors.threshold = `«${draft.threshold}»: нужен процент от 1 до 100.`;
  if (readCap(draft.partnerCap) === null)
    errors.partnerCap = `«${draft.partnerCap}»: нужно целое число не меньше 1.`;
  errors.components = draft.components.map((c) => ({
    ...(c.column.trim() === ""
      ? { column: "Укажите колонку контекстных данных." }
      : {}),
    ...(readWeight(c.weight) === null
      ? { weight: `«${c.weight}»: нужно неотрицательное число.` }
      : {}),
  }));
  return errors;
}

export function hasErrors(errors: DraftErrors): boolean {
  return (
    errors.threshold !== undefined ||
    errors.partnerCap !== undefined ||
    errors.components.some(
      (c) => c.column !== undefined || c.weight !== undefined,
    )
  );
}

/** The stored settings with the draft applied; null when a field is wrong (nothing is saved then). */
export function withIdentificationDraft(
  s: IdentificationSettings,
  draft: IdentificationDraft,
): IdentificationSettings | null {
  const threshold = readThreshold(draft.threshold);
  const partnerCap = readCap(draft.partnerCap);
  if (
    threshold === null ||
    partnerCap === null ||
    hasErrors(draftErrors(draft))
  )
    return null;
  return {
    ...s,
    threshold,
    partnerCap,
    indexComponents: draft.components.map((c) => ({
      column: c.column.trim(),
      direction: c.direction,
      weight: readWeight(c.weight),
      normalisation: c.normalisation,
    })),
  };
}
