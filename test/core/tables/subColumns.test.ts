/** Sub-column meanings under a plan's group header (SPEC §3) and Gantt months and quarters. */
import fc from "fast-check";
import { headerMeaning, namesFact, scheduleUnitOf, subColumnMeaning } from "../../../src/core/tables/subColumns";

describe("subColumnMeaning", () => {
  test.each([
    ["Отметка о выполнении", "отметка", "doneMark"],
    ["Отметка о выполнении", "дата", "doneDate"],
    ["Отметка о выполнении", "Да/нет", "doneMark"],
    ["Сроки исполнения", "план", "deadline"],
    ["Сроки исполнения", "факт", "doneDate"],
    ["Сроки исполнения", "фактический", "doneDate"],
    ["Срок", "начало", "deadlineStart"],
    ["Срок", "окончание", "deadlineEnd"],
    ["Срок реализации", "Дата начала", "deadlineStart"],
    ["Сроки (2021 год)", "I квартал", "scheduleMark"],
    ["Сроки", "Январь", "scheduleMark"],
    ["Сроки", "янв.", "scheduleMark"],
  ])("«%s» over «%s» is %s", (group, sub, meaning) => {
    expect(subColumnMeaning(group, sub)).toBe(meaning);
  });

  test("the two rows give no meaning to «примечание», nor to sub-columns of other groups", () => {
    expect(subColumnMeaning("Отметка о выполнении", "примечание")).toBeNull();
    expect(subColumnMeaning("Рисковые факторы", "3")).toBeNull();
    expect(subColumnMeaning("Ответственный", "Фактор 1")).toBeNull();
  });

  test("any two headers: an answer, never an exception", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.string({ maxLength: 40 }),
        (group, sub) => void subColumnMeaning(group, sub),
      ),
    );
  });
});

describe("«факт» in a one-row header", () => {
  test("is a done date, never a second deadline; «фактор» is no «факт»", () => {
    expect(headerMeaning("Срок исполнения (факт)")).toBe("doneDate");
    expect(headerMeaning("Фактическое исполнение")).toBe("doneDate");
    expect(headerMeaning("Срок исполнения")).toBe("deadline");
    expect(headerMeaning("Сроки исполнения (план/факт)")).toBe("deadline");
    expect(namesFact("Рисковый фактор 3")).toBe(false);
  });
});

describe("scheduleUnitOf", () => {
  test("months in any case and abbreviation, quarters in Roman or Arabic numerals", () => {
    expect(scheduleUnitOf("Сентябрь")).toEqual({ unit: "month", n: 9 });
    expect(scheduleUnitOf("дек.")).toEqual({ unit: "month", n: 12 });
    expect(scheduleUnitOf("IV квартал")).toEqual({ unit: "quarter", n: 4 });
    expect(scheduleUnitOf("2 кв.")).toEqual({ unit: "quarter", n: 2 });
    expect(scheduleUnitOf("III")).toEqual({ unit: "quarter", n: 3 });
    expect(scheduleUnitOf("5 кв.")).toBeNull();
    expect(scheduleUnitOf("план")).toBeNull();
  });
});
