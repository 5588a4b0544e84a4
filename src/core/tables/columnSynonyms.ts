/**
 * Column headers of real regional workbooks (SPEC §3) and the rule that matches them: after normalising,
 * a header matches a synonym when it equals it or begins with it followed by a space or punctuation; the
 * longest synonym wins; a synonym never matches inside a word («Ответственный исполнитель» is an executor,
 * not «Исполнение»).
 */
import { normalizeText } from "../cell";
import type { ColumnMeaning } from "./types";

/** Meanings a header can name by itself (a factor column is matched by the factor catalogue instead). */
export type NamedMeaning = Exclude<
  ColumnMeaning,
  "factor" | "other" | "ignored" | "deadlineStart" | "deadlineEnd" | "scheduleMark"
>;

const SYNONYMS: Record<NamedMeaning, string[]> = {
  itemNumber: ["№", "№ п/п", "N п/п", "N", "Номер", "№ мероприятия", "Номер мероприятия", "п/п"],
  school: [
    "Наименование ОО",
    "Наименование общеобразовательной организации",
    "Наименование образовательной организации",
    "Образовательная организация",
    "Общеобразовательная организация",
    "ОО",
    "ООНОР",
    "Школа",
    "Название школы",
    // Seen beside the SPEC's list in regional lists:
    "Название ОО",
    "Наименование школы",
    "Полное наименование ОО",
    "Краткое наименование ОО",
  ],
  municipality: [
    "Муниципальный район",
    "Муниципалитет",
    "Муниципальное образование",
    "МО",
    "МОУО",
    "ОМСУ",
    "Район",
    "Территория",
    "Муниципальный округ",
    "Городской округ",
  ],
  curator: ["Куратор", "ФИО куратора"],
  schoolId: ["Логин", "Логин ОО", "Код ОО", "ИНН", "ИНН ОО"],
  measure: [
    "Наименование мероприятия",
    "Мероприятие",
    "Мероприятия",
    "Описание действий",
    "Содержание мероприятия",
    "Основное мероприятие",
    "Наименование основного мероприятия",
    // «Номер и наименование (основного) мероприятия …»: the measure with its number inside, never the number column.
    "Номер и наименование",
    "Содержание работы",
    "Направление деятельности",
  ],
  deadline: [
    "Сроки",
    "Срок",
    "Сроки исполнения",
    "Сроки реализации",
    "Срок исполнения",
    "Срок реализации",
    "Даты",
    "Сроки проведения",
    "Срок проведения",
    "Срок выполнения",
    "Сроки выполнения",
  ],
  executor: [
    "Ответственный исполнитель",
    "Ответственные исполнители",
    "Ответственные",
    "Ответственный",
    "Исполнитель",
    "Исполнители",
  ],
  result: ["Ожидаемый результат", "Результат"],
  // SPEC §9: headers naming «показатель» are the plan's indicators, which «Показатели плана» groups items by.
  indicator: [
    "Региональный показатель реализации",
    "Региональный показатель",
    "Региональные показатели",
    "Показатель реализации",
    "Показатель",
    "Показатели",
    "Целевой показатель",
    "Целевые показатели",
  ],
  groups: ["Группы", "Группы ОО", "Для групп", "Обязательно для групп"],
  doneMark: ["Отметка о выполнении", "Выполнение", "Исполнение", "Выполнено", "Статус выполнения"],
  doneDate: [
    "Дата выполнения",
    "Дата исполнения",
    "Фактическая дата",
    "Фактический срок",
    // «факт» is a done date, never a second deadline (SPEC §3):
    "Факт",
    "Фактически",
    "Фактическое исполнение",
    "Фактическое выполнение",
    "Дата фактического исполнения",
    "Дата фактического выполнения",
  ],
};

/** The first synonym of each meaning, as the user knows it (for messages). */
export const MEANING_EXAMPLE: Record<NamedMeaning, string> = Object.fromEntries(
  Object.entries(SYNONYMS).map(([meaning, words]) => [meaning, words[0]]),
) as Record<NamedMeaning, string>;

/** A header ready for matching; «№п/п» and «№ п/п» read alike. */
export function normalizeHeader(header: string): string {
  return normalizeText(header).replace(/№(?=\S)/g, "№ ");
}

const BY_NORMALIZED = new Map<string, NamedMeaning>();
for (const [meaning, words] of Object.entries(SYNONYMS) as [NamedMeaning, string[]][]) {
  for (const word of words) BY_NORMALIZED.set(normalizeHeader(word), meaning);
}
const LONGEST_SYNONYM_WORDS = Math.max(...[...BY_NORMALIZED.keys()].map((k) => k.split(" ").length));

/**
 * The meaning a header names, or null. Only whole leading words are compared, so a synonym never
 * matches inside a word; the longest matching synonym wins («Срок исполнения» over «Срок»). What follows
 * the synonym must read as header words, not as data that begins with a header word: «Сроки исполнения
 * (план)» and «Срок исполнения 2021 год» are headers, «Район 3», «Школа № 5» and «ОО 72621» are not.
 */
export function matchColumnHeader(header: string): NamedMeaning | null {
  const words = normalizeHeader(header).split(" ");
  if (words[0] === "") return null;
  for (let n = Math.min(words.length, LONGEST_SYNONYM_WORDS); n > 0; n--) {
    const meaning = BY_NORMALIZED.get(words.slice(0, n).join(" "));
    if (meaning === undefined) continue;
    const rest = words.slice(n);
    return rest.some((w) => /\d/.test(w)) && !rest.some((w) => /^\p{L}{3,}$/u.test(w)) ? null : meaning;
  }
  return null;
}
