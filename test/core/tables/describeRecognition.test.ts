/** Recognition in words (src/reports/describeRecognition.ts): what the task pane shows of the reading. */
import type { SheetGrid } from "../../../src/core/cell";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { readWorkbook } from "../../../src/core/tables/readWorkbook";
import { describeRecognition } from "../../../src/reports/describeRecognition";
import { grid, omskPlan } from "../../fixtures/layouts/grids";
import sample from "../../fixtures/layouts/sample-region.json";

const recognize = (grids: SheetGrid[]) => describeRecognition(readWorkbook(grids, DEFAULT_SETTINGS, new Set()));

describe("describeRecognition", () => {
  const sampleRecognition = recognize(sample as unknown as SheetGrid[]);

  test("each table: sheet, range, kind in Russian, columns with meanings", () => {
    const [schools, plan] = sampleRecognition.tables;
    expect(schools).toMatchObject({ sheet: "ООНОР 2021", range: "A2:R26", kind: "список школ" });
    expect(schools.columns.slice(0, 6).map((c) => c.meaning)).toEqual([
      "№ → номер",
      "Муниципальный район → муниципалитет",
      "Наименование ОО → наименование ОО",
      "Код ОО → идентификатор ОО",
      "Куратор → куратор",
      "РФ1 → рисковый фактор 1",
    ]);
    expect(plan).toMatchObject({ sheet: "План-график", range: "A2:F11", kind: "план мероприятий" });
    expect(plan.columns.map((c) => c.meaning)).toContain("Сроки реализации → срок");
    expect(plan.period).toMatch(/^2021 год \(из заголовка: «/);
  });

  test("all five reports are available for a workbook with factors, curators and a plan", () => {
    expect(sampleRecognition.available).toEqual([
      "riskGroups",
      "riskSummary",
      "curators",
      "indicators",
      "planStatus",
      "quarterReport",
    ]);
  });

  test("a plan alone allows «Исполнение плана», «Отчёт за квартал» and, with indicator columns, «Показатели плана»; schools without factors allow only «Показатели»", () => {
    expect(recognize([omskPlan]).available).toEqual(["planStatus", "quarterReport", "planIndicators"]);
    const monitoring = grid("Мониторинг", [
      ["Наименование ОО", "Муниципалитет", "ИС МЭДК"],
      ["СОШ № 1", "Район", "да"],
    ]);
    expect(recognize([monitoring]).available).toEqual(["indicators"]);
    const noCurators = grid("Профили", [
      ["Наименование ОО", "Муниципалитет", "РФ1"],
      ["СОШ № 1", "Район", "высокий"],
    ]);
    expect(recognize([noCurators]).available).toEqual(["riskGroups", "riskSummary", "indicators"]);
  });

  test("a results table allows the four sheets of the steps before a plan; a context table alone allows nothing", () => {
    const results = grid("Результаты ВПР", [
      ["Муниципалитет", "Наименование ОО", "Логин", "Год", "Процедура", "Доля «2», %"],
      ["Рославльский район", "МБОУ СОШ № 1", "sch671000", 2022, "ВПР 5 класс, русский язык", 34],
    ]);
    expect(recognize([results]).available).toEqual(["identification", "stableHigh", "partners", "interviews"]);
    const context = grid("Контекст", [
      ["Наименование ОО", "Доля обучающихся с ОВЗ, %", "Доля семей с низким доходом, %"],
      ["МБОУ СОШ № 1", 12, 40],
    ]);
    const recognition = recognize([context]);
    expect(recognition.tables.map((t) => t.kind)).toEqual(["контекстные данные"]);
    expect(recognition.available).toEqual([]);
  });

  test("problems and notes are passed on; nothing found means no reports", () => {
    const recognition = recognize([grid("Лист1", [["просто текст"]])]);
    expect(recognition.tables).toEqual([]);
    expect(recognition.available).toEqual([]);
    expect(recognition.problems[0].message).toContain("таблица не найдена");
  });
});
