import fc from "fast-check";
import { dayOf } from "../../../src/core/calendar";
import {
  deadlineEndFormula,
  deadlineStartFormula,
  nextControlFormula,
  overdueFormula,
  planStatusFormula,
  reportDueFormula,
} from "../../../src/core/plan/formulas";

const D = (d: number, m: number, y: number) => dayOf(y, m, d)!;
const TODAY = D(15, 6, 2021);

describe("СРОК_НАЧАЛО / СРОК_ОКОНЧАНИЕ", () => {
  test("with a period argument in every accepted form", () => {
    expect(deadlineStartFormula("октябрь", "2020-2021 учебный год")).toEqual({ ok: true, value: D(1, 10, 2020) });
    expect(deadlineEndFormula("ноябрь-декабрь", "на 2021-2022 годы")).toEqual({ ok: true, value: D(31, 12, 2021) });
    expect(deadlineEndFormula("ноябрь-декабрь", 2022)).toEqual({ ok: true, value: D(31, 12, 2022) });
    expect(deadlineStartFormula("До 15 марта 2021 года", "2021")).toEqual({ ok: true, value: D(1, 1, 2021) });
  });
  test("without a period the years written in the deadline are the period", () => {
    expect(deadlineStartFormula("До 15 марта 2021 года", null)).toEqual({ ok: true, value: D(1, 1, 2021) });
    expect(deadlineEndFormula("март 2021 ноябрь 2022", "")).toEqual({ ok: true, value: D(30, 11, 2022) });
  });
  test("without a period and without a year: #VALUE! rather than a guess", () => {
    expect(deadlineStartFormula("октябрь", null)).toEqual({
      ok: false,
      error: "value",
      message: "в сроке не указан год: задайте период плана",
    });
    expect(deadlineEndFormula("в течение года", 0)).toMatchObject({
      ok: false,
      message: "в сроке не указан год: задайте период плана",
    });
  });
  test("no date gives empty text; an unparsed deadline names itself", () => {
    expect(deadlineEndFormula("по мере необходимости", "2021")).toEqual({ ok: true, value: "" });
    const r = deadlineEndFormula("см. приложение 3", "2021");
    expect(r).toMatchObject({ ok: false, error: "value" });
    expect(!r.ok && r.message).toContain("«см. приложение 3»");
  });
  test("a bad period argument names the value", () => {
    expect(deadlineEndFormula("март", "весь год")).toEqual({
      ok: false,
      error: "value",
      message: "Период плана «весь год» не распознан: напишите «2021», «2021-2022» или «2020-2021 учебный год»",
    });
  });
  test("a date serial in the deadline cell is that day", () => {
    expect(deadlineEndFormula(D(17, 11, 2020), null)).toEqual({ ok: true, value: D(17, 11, 2020) });
  });
});

describe("КОНТРОЛЬНЫЙ_СРОК", () => {
  test("first control point on or after «на дату»; empty when none is left", () => {
    expect(nextControlFormula("1 раз в квартал", "15.06.2021", "2021", TODAY)).toEqual({
      ok: true,
      value: D(30, 6, 2021),
    });
    expect(nextControlFormula("1 раз в квартал", D(1, 7, 2021), "2021", TODAY)).toEqual({
      ok: true,
      value: D(30, 9, 2021),
    });
    expect(nextControlFormula("до 01.04.2021", null, null, TODAY)).toEqual({ ok: true, value: "" });
  });
  test("empty «на дату» is today; empty period is the year of «на дату» when the deadline names none", () => {
    expect(nextControlFormula("В течение года каждый четверг", null, null, TODAY)).toEqual({
      ok: true,
      value: D(17, 6, 2021),
    });
  });
  test("an unreadable «на дату» names the value", () => {
    expect(nextControlFormula("ежемесячно", "вчера", null, TODAY)).toMatchObject({
      ok: false,
      message: "Дата «на дату» «вчера» не распознана: нужна дата или текст дд.мм.гггг",
    });
  });
});

describe("СТАТУС_ПЛАНА / ПРОСРОЧКА", () => {
  test("statuses as the report gives them", () => {
    expect(planStatusFormula("апрель – май 2021 года", "нет", null, "15.06.2021", "2021", TODAY)).toEqual({
      ok: true,
      value: "Просрочено",
    });
    expect(planStatusFormula("апрель – май 2021 года", "+", "10.06.2021", null, null, TODAY)).toEqual({
      ok: true,
      value: "Выполнено с нарушением срока",
    });
    expect(planStatusFormula("II полугодие 2021 г.", "", null, null, null, TODAY)).toEqual({
      ok: true,
      value: "Не начато",
    });
    expect(planStatusFormula("по мере необходимости", "", null, null, null, TODAY)).toEqual({
      ok: true,
      value: "Без срока",
    });
  });
  test("an unparsed deadline is «Срок не распознан», as in the report", () => {
    expect(planStatusFormula("см. приложение 3", "", null, null, "2021", TODAY)).toEqual({
      ok: true,
      value: "Срок не распознан",
    });
  });
  test("a bad done mark or done date is #VALUE! naming it", () => {
    expect(planStatusFormula("март 2021", "вчера", null, null, null, TODAY)).toMatchObject({
      ok: false,
      message: expect.stringContaining("«вчера»"),
    });
    expect(planStatusFormula("март 2021", "+", "вчера", null, null, TODAY)).toEqual({
      ok: false,
      error: "value",
      message: "Дата выполнения «вчера» не распознана: нужна дата или текст дд.мм.гггг",
    });
  });
  test("overdue days", () => {
    expect(overdueFormula("апрель – май 2021 года", "нет", D(15, 6, 2021), null, TODAY)).toEqual({
      ok: true,
      value: 15,
    });
    expect(overdueFormula("апрель – май 2021 года", "выполнено", D(15, 6, 2021), null, TODAY)).toEqual({
      ok: true,
      value: 0,
    });
    expect(overdueFormula("Март – декабрь 2021 года", "", null, null, TODAY)).toEqual({ ok: true, value: 0 });
  });
});

describe("СРОК_ОТЧЕТА", () => {
  test("any date in April–June 2021 gives 5 July 2021", () => {
    for (let d = D(1, 4, 2021); d <= D(30, 6, 2021); d++)
      expect(reportDueFormula(d)).toEqual({ ok: true, value: D(5, 7, 2021) });
    expect(reportDueFormula("15.05.2021")).toEqual({ ok: true, value: D(5, 7, 2021) });
  });
  test("Q4 gives 5 January of the next year; a bad or empty date is #VALUE!", () => {
    expect(reportDueFormula("31.12.2021")).toEqual({ ok: true, value: D(5, 1, 2022) });
    expect(reportDueFormula("вчера")).toMatchObject({ ok: false, message: expect.stringContaining("«вчера»") });
    expect(reportDueFormula(null)).toMatchObject({ ok: false });
  });
});

describe("any arguments: a value or #VALUE!, never an exception", () => {
  const cell = fc.oneof(
    fc.string(),
    fc.constantFrom(
      "октябрь",
      "ежемесячно",
      "до 15.03.2021",
      "2021",
      "2020-2021 учебный год",
      "выполнено",
      "01.02.2021",
      "вчера",
    ),
    fc.double(),
    fc.integer({ min: 0, max: 60000 }),
    fc.boolean(),
    fc.constant(null),
  );
  test("every plan formula", () => {
    fc.assert(
      fc.property(cell, cell, cell, cell, cell, (text, mark, date, asOf, period) => {
        const results = [
          deadlineStartFormula(text, period),
          deadlineEndFormula(text, period),
          nextControlFormula(text, asOf, period, TODAY),
          planStatusFormula(text, mark, date, asOf, period, TODAY),
          overdueFormula(text, mark, asOf, period, TODAY),
          reportDueFormula(date),
        ];
        for (const r of results) {
          if (r.ok) expect(["number", "string"]).toContain(typeof r.value);
          else expect(r.message.length).toBeGreaterThan(0);
        }
        const o = overdueFormula(text, mark, asOf, period, TODAY);
        if (o.ok) expect(o.value).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 1500 },
    );
  });
  test("an empty deadline cell passed as 0 has no date", () => {
    expect(deadlineEndFormula(0, "2021")).toEqual({ ok: true, value: "" });
    expect(planStatusFormula(0, 0, 0, 0, 0, TODAY)).toEqual({ ok: true, value: "Без срока" });
  });
});
