import fc from "fast-check";
import { matchColumnHeader } from "../../../src/core/tables/columnSynonyms";

describe("matchColumnHeader (SPEC §3)", () => {
  test.each([
    ["№", "itemNumber"],
    ["№ п/п", "itemNumber"],
    ["№п/п", "itemNumber"],
    ["N п/п", "itemNumber"],
    ["Наименование общеобразовательной организации", "school"],
    ["ООНОР", "school"],
    ["Муниципальный район / городской округ", "municipality"],
    ["ОМСУ", "municipality"],
    ["ФИО куратора", "curator"],
    ["Логин ОО", "schoolId"],
    ["ИНН", "schoolId"],
    ["Наименование мероприятия (краткое содержание)", "measure"],
    ["Сроки исполнения (план)", "deadline"],
    ["СРОКИ  РЕАЛИЗАЦИИ", "deadline"],
    ["Срок исполнения 2021 год", "deadline"],
    ["Ответственный исполнитель", "executor"],
    ["Ответственные исполнители (по согласованию)", "executor"],
    ["Региональный показатель реализации", "indicator"],
    ["Показатель", "indicator"],
    ["Целевой показатель (значение на конец года)", "indicator"],
    ["Ожидаемый результат", "result"],
    ["Обязательно для групп", "groups"],
    ["Исполнение", "doneMark"],
    ["«Выполнено»", "doneMark"],
    ["Дата исполнения", "doneDate"],
    ["Фактический срок", "doneDate"],
  ])("«%s» → %s", (header, meaning) => {
    expect(matchColumnHeader(header)).toBe(meaning);
  });

  test.each([
    "Исполнительный комитет",
    "Сроковая отметка",
    "Районный центр",
    "Результаты ВПР",
    "Оостров",
    "Район 3",
    "Школа № 5",
    "Примечание",
    "",
  ])("«%s» matches nothing: synonyms never match inside a word or before data", (header) => {
    expect(matchColumnHeader(header)).toBeNull();
  });

  test("any text gives a meaning or null, never an exception", () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), (text) => void matchColumnHeader(text)));
  });
});
