/**
 * Sub-columns under a plan's group header (SPEC §3): each takes its meaning from both rows.
 *   «Отметка о выполнении» over «отметка | дата»      → done mark | done date
 *   «Сроки исполнения» over «план | факт»              → deadline | done date
 *   «Срок» over «начало | окончание» (also «начала | окончания реализации», «с | по») → one window read from two cells
 *   «Сроки» over «январь … декабрь» or «I … IV квартал» → a Gantt-style plan: one window per marked sub-column
 * A header naming «факт»/«фактический» is a done date, never a second deadline.
 */
import { normalizeText } from "../cell";
import { MONTHS, QUARTER_WORDS, ROMAN } from "../deadlines/dictionaries";
import { matchColumnHeader, type NamedMeaning } from "./columnSynonyms";
import type { ColumnMeaning } from "./types";

/** «факт», «фактический», «фактически», «фактическая дата» — but not «фактор». */
const FACT_WORD = /^факт(?!ор)/;

export function namesFact(header: string): boolean {
  return normalizeText(header)
    .split(" ")
    .some((w) => FACT_WORD.test(w));
}

const PLANNED = new Set([
  "план",
  "плановый",
  "плановые",
  "плановая",
  "планируемый",
  "планируемые",
  "по плану",
  "срок",
  "сроки",
  "плановый срок",
]);
/** «начало», «начала реализации», «дата начала», «с» … and «окончание», «окончания выполнения», «по» … (issue 24). */
const WINDOW_START = /^(?:(?:дата|срок) )?(?:начало|начала|с|от)(?: (?:реализации|выполнения|исполнения|проведения))?$/;
const WINDOW_END =
  /^(?:(?:дата|срок) )?(?:окончание|окончания|конец|завершение|завершения|по|до)(?: (?:реализации|выполнения|исполнения|проведения))?$/;
const MARK_WORDS = new Set([
  "отметка",
  "отметка о выполнении",
  "выполнено",
  "выполнение",
  "исполнено",
  "исполнение",
  "статус",
  "да нет",
  "да/нет",
]);
const DATE_WORDS = new Set(["дата", "дата выполнения", "дата исполнения", "когда"]);

/** A Gantt sub-column: a month (1…12) or a quarter (1…4) of the plan period's years. */
export interface ScheduleUnit {
  unit: "month" | "quarter";
  n: number;
}

/** «январь», «Янв.», «I квартал», «1 кв.», «IV кв», and under a «Сроки» header a bare «I»…«IV». */
export function scheduleUnitOf(subHeader: string): ScheduleUnit | null {
  const words = normalizeText(subHeader)
    .split(" ")
    .filter((w) => w !== "");
  if (words.length === 1 && MONTHS.has(words[0])) return { unit: "month", n: MONTHS.get(words[0])! };
  const number = (w: string | undefined): number | null => {
    if (w === undefined) return null;
    const n = ROMAN.get(w) ?? (/^[1-4]$/.test(w) ? Number(w) : null);
    return n !== null && n >= 1 && n <= 4 ? n : null;
  };
  const n = number(words[0]);
  if (n === null) return null;
  if (words.length === 1 && ROMAN.has(words[0])) return { unit: "quarter", n };
  return words.length === 2 && QUARTER_WORDS.has(words[1]) ? { unit: "quarter", n } : null;
}

/** The sub-header of «Сроки / январь»: the part after the last « / », or the whole header. */
export function ownPart(header: string): string {
  const at = header.lastIndexOf(" / ");
  return at < 0 ? header : header.slice(at + 3);
}

/**
 * The meaning of a sub-column `sub` under the plan group header `group`, or null when the two rows give it none
 * (the caller then reads the sub-header alone, and reports it if that gives none either).
 */
export function subColumnMeaning(group: string, sub: string): ColumnMeaning | null {
  const groupMeaning = matchColumnHeader(group);
  const s = normalizeText(sub);
  if (groupMeaning === "deadline" || groupMeaning === "doneMark" || groupMeaning === "doneDate") {
    if (namesFact(sub)) return "doneDate";
  }
  if (groupMeaning === "deadline") {
    if (PLANNED.has(s)) return "deadline";
    if (WINDOW_START.test(s)) return "deadlineStart";
    if (WINDOW_END.test(s)) return "deadlineEnd";
    if (scheduleUnitOf(sub) !== null) return "scheduleMark";
  }
  if (groupMeaning === "doneMark") {
    if (MARK_WORDS.has(s)) return "doneMark";
    if (DATE_WORDS.has(s)) return "doneDate";
  }
  return null;
}

/** A header's own meaning, with «факт» read as a done date: «Срок исполнения (факт)» is no second deadline. */
export function headerMeaning(header: string): NamedMeaning | null {
  const meaning = matchColumnHeader(header);
  // «Сроки исполнения (план/факт)» in one cell is still the deadline.
  const planned = normalizeText(header)
    .split(" ")
    .some((w) => w.startsWith("план"));
  return meaning === "deadline" && namesFact(header) && !planned ? "doneDate" : meaning;
}
