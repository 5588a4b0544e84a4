/** Column meanings in the user's words: shown by the recognition report and typed in the settings sheet. */
import { factorNumberInHeader } from "../risk/catalogue";
import { normalizeText } from "../cell";
import type { ColumnMeaning } from "./types";

export const MEANING_WORDS: Record<ColumnMeaning, string> = {
  itemNumber: "номер",
  school: "наименование ОО",
  municipality: "муниципалитет",
  curator: "куратор",
  schoolId: "идентификатор ОО",
  factor: "рисковый фактор",
  measure: "мероприятие",
  deadline: "срок",
  executor: "ответственный",
  result: "ожидаемый результат",
  indicator: "показатель",
  groups: "группы",
  doneMark: "отметка о выполнении",
  doneDate: "дата выполнения",
  deadlineStart: "начало срока",
  deadlineEnd: "окончание срока",
  scheduleMark: "отметка графика (месяц или квартал)",
  other: "прочие данные",
  ignored: "не учитывается",
};

/** «рисковый фактор 3» for a factor column, else the meaning's word. */
export function meaningInWords(meaning: ColumnMeaning, factor?: number): string {
  return meaning === "factor" && factor !== undefined ? `${MEANING_WORDS.factor} ${factor}` : MEANING_WORDS[meaning];
}

export interface ParsedMeaning {
  meaning: ColumnMeaning;
  factor?: number;
}

const BY_WORD = new Map<string, ColumnMeaning>();
for (const [meaning, word] of Object.entries(MEANING_WORDS) as [ColumnMeaning, string][]) {
  BY_WORD.set(normalizeText(word), meaning);
  BY_WORD.set(normalizeText(meaning), meaning);
}
BY_WORD.set("нет", "ignored");

/**
 * A meaning as the settings sheet writes it: the Russian word («срок», «ответственный»), the English id
 * («deadline»), «нет» (ignore the column), or a factor («рисковый фактор 3», «РФ3»). Null when not understood.
 */
export function parseMeaning(text: string): ParsedMeaning | null {
  const normalized = normalizeText(text);
  const word = BY_WORD.get(normalized);
  if (word !== undefined && word !== "factor") return { meaning: word };
  const factorWord = /^(?:рисковый фактор|factor)\s*(\d{1,2})$/.exec(normalized);
  const factor = factorWord ? Number(factorWord[1]) : factorNumberInHeader(text, false);
  return factor !== null && factor >= 1 ? { meaning: "factor", factor } : null;
}
