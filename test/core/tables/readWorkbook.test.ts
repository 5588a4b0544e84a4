import fc from "fast-check";
import type { Cell } from "../../../src/core/cell";
import { DEFAULT_FACTORS } from "../../../src/core/risk/catalogue";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { SETTINGS_SHEET_NAME, settingsToRows } from "../../../src/core/settingsSheet";
import { readWorkbook } from "../../../src/core/tables/readWorkbook";
import { grid, omskPlan, sakhalinMeasures, twoRowSchools } from "../../fixtures/layouts/grids";

const NONE = new Set<string>();
const PROFILE_HEADER: Cell[] = ["Логин", "Муниципалитет", "Наименование ОО", "Куратор", "РФ1", "РФ2"];

describe("schools as entities", () => {
  test("the same login twice with different cells: one school, the first row wins, the two rows and the differing column named", () => {
    const sheet = grid("Профили", [
      PROFILE_HEADER,
      ["sch551001", "Калачинский район", "БОУ «Первая СОШ»", "Куратор 1", "высокий", ""],
      ["sch551002", "Калачинский район", "БОУ «Вторая СОШ»", "Куратор 1", "", "высокий"],
      ["sch551001", "Калачинский район", "БОУ «Первая СОШ»", "Куратор 2", "высокий", ""],
    ]);
    const data = readWorkbook([sheet], DEFAULT_SETTINGS, NONE);
    expect(data.schools.map((s) => [s.key, s.curator])).toEqual([
      ["id:sch551001", "Куратор 1"],
      ["id:sch551002", "Куратор 1"],
    ]);
    expect(data.problems).toHaveLength(1);
    expect(data.problems[0]).toMatchObject({ sheet: "Профили", row: 3, col: 2, severity: "error" });
    expect(data.problems[0].message).toBe(
      "ОО с идентификатором «sch551001» записана дважды — строки 2 и 4 — и они расходятся: куратор; учтена первая строка",
    );
  });

  test("a duplicate differing in many columns names each column once, without values, and stays short; its place is the first differing cell", () => {
    const header: Cell[] = [
      "Логин",
      "Муниципалитет",
      "Наименование ОО",
      ...Array.from({ length: 10 }, (_, i) => `РФ${i + 1}`),
      "Разместили материалы в ИС МЭДК",
      "Доля «2» ВПР, %",
    ];
    const levels = (level: string) => Array.from({ length: 10 }, () => level);
    const sheet = grid("ООНОР 2021", [
      header,
      ["sch551001", "Калачинский район", "БОУ «Первая СОШ»", ...levels("низкий"), "да", 12],
      ["sch551001", "Тарский район", "БОУ «Первая СОШ»", ...levels("высокий"), "нет", 31],
    ]);
    const problems = readWorkbook([sheet], DEFAULT_SETTINGS, NONE).problems;
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem).toMatchObject({ sheet: "ООНОР 2021", row: 2, col: 3, severity: "error" });
    expect(problem.message).toBe(
      "ОО с идентификатором «sch551001» записана дважды — строки 2 и 3 — и они расходятся: муниципалитет, РФ1, РФ2, РФ3, РФ4, РФ5, РФ6, РФ7, РФ8, РФ9 и ещё 3; учтена первая строка",
    );
  });

  test("an identical repeated row counts once and is mentioned", () => {
    const row: Cell[] = ["sch1", "Район", "СОШ № 1", "Куратор", "высокий", ""];
    const data = readWorkbook([grid("Профили", [PROFILE_HEADER, row, row])], DEFAULT_SETTINGS, NONE);
    expect(data.schools).toHaveLength(1);
    expect(data.problems).toEqual([expect.objectContaining({ row: 2, severity: "info" })]);
  });

  test("without ids «СОШ №14» and «СОШ № 14» of one municipality are possible duplicates, not merged", () => {
    const sheet = grid("Список", [
      ["Наименование ОО", "Муниципалитет", "РФ1"],
      ["МБОУ «СОШ №14»", "г. Омск", "высокий"],
      ["МБОУ «СОШ № 14»", "г. Омск", "низкий"],
      ["МБОУ «СОШ № 14»", "Тарский район", "низкий"],
    ]);
    const data = readWorkbook([sheet], DEFAULT_SETTINGS, NONE);
    expect(data.schools).toHaveLength(3);
    expect(new Set(data.schools.map((s) => s.key)).size).toBe(3);
    expect(data.problems).toEqual([
      expect.objectContaining({
        sheet: "Список",
        row: 2,
        col: 0,
        severity: "warning",
        message: expect.stringContaining("возможно, одна и та же ОО записана дважды"),
      }),
    ]);
    expect(data.problems[0].message).toContain("(A2)");
  });

  test("a profile sheet and a monitoring sheet are joined by login; unmatched rows are named", () => {
    const profiles = grid("Профили", [
      PROFILE_HEADER,
      ["sch1", "Район", "СОШ № 1", "Иванова", "высокий", ""],
      ["sch2", "Район", "СОШ № 2", "Иванова", "", "высокий"],
    ]);
    const monitoring = grid("Мониторинг", [
      ["Логин ОО", "Наименование ОО", "Муниципалитет", "Разместили материалы в ИС МЭДК"],
      ["sch2", "СОШ № 2", "Район", "да"],
      ["sch1", "СОШ № 1", "Район", "нет"],
      ["sch9", "СОШ № 9", "Район", "да"],
    ]);
    const data = readWorkbook([profiles, monitoring], DEFAULT_SETTINGS, NONE);
    expect(
      data.schools.map((s) => [s.id, s.extra.get("Разместили материалы в ИС МЭДК")?.value, s.factors.size]),
    ).toEqual([
      ["sch1", "нет", 2],
      ["sch2", "да", 2],
      ["sch9", "да", 0],
    ]);
    expect(data.notes).toEqual([
      "Таблица «Мониторинг» (A1:D4) объединена с «Профили» (A1:F3) по идентификатору ОО: пару нашли строк — 2; без пары (добавлены как отдельные ОО): строка 4 («СОШ № 9»)",
    ]);
    expect(data.extraHeaders).toEqual(["Разместили материалы в ИС МЭДК"]);
  });

  test("without ids the tables are joined by normalised name and municipality", () => {
    const a = grid("А", [
      ["Наименование ОО", "Муниципалитет", "РФ1"],
      ["Школа «Радуга»", "Район", "высокий"],
    ]);
    const b = grid("Б", [
      ["Наименование ОО", "Муниципалитет", "Показатель готов"],
      ['школа "Радуга"', "район", "да"],
    ]);
    const data = readWorkbook([a, b], DEFAULT_SETTINGS, NONE);
    expect(data.schools).toHaveLength(1);
    expect(data.schools[0].extra.get("Показатель готов")?.value).toBe("да");
    expect(data.notes[0]).toBe(
      "Таблица «Б» (A1:C2) объединена с «А» (A1:C2) по наименованию ОО и муниципалитету: пару нашли строк — 1",
    );
  });

  test("schools of the first table that the joined one lacks are named", () => {
    const a = grid("Профили", [
      ["Наименование ОО", "Муниципалитет", "РФ1"],
      ["СОШ № 1", "Район", "в"],
      ["СОШ № 2", "Район", "н"],
    ]);
    const b = grid("Мониторинг", [
      ["Наименование ОО", "Муниципалитет", "ИС МЭДК"],
      ["СОШ № 2", "Район", "да"],
    ]);
    const data = readWorkbook([a, b], DEFAULT_SETTINGS, NONE);
    expect(data.notes[0]).toContain("пару нашли строк — 1; нет строк для ОО: «СОШ № 1» (лист «Профили», строка 2)");
  });

  test("a list grouped under municipality headings takes each school's municipality from its heading", () => {
    const sheet = grid("ООНОР", [
      ["№", "Наименование ОО", "Куратор", "РФ1"],
      ["Калачинский муниципальный район"],
      [1, "МКОУ «Воскресенская СОШ»", "Иванова", "высокий"],
      ["Тарский муниципальный район"],
      [2, "МБОУ «Тарская СОШ № 1»", "Петров", "низкий"],
    ]);
    const data = readWorkbook([sheet], DEFAULT_SETTINGS, NONE);
    expect(data.schools.map((s) => s.municipality)).toEqual([
      "Калачинский муниципальный район",
      "Тарский муниципальный район",
    ]);
    expect(data.notes).toEqual([expect.stringContaining("нет колонки муниципалитета")]);
  });

  test("a row without a school name is reported, not counted", () => {
    const data = readWorkbook(
      [
        grid("Список", [
          ["Наименование ОО", "Муниципалитет", "РФ1"],
          ["СОШ № 1", "Район", "в"],
          [null, "Район", "в"],
        ]),
      ],
      DEFAULT_SETTINGS,
      NONE,
    );
    expect(data.schools).toHaveLength(1);
    expect(data.problems).toEqual([expect.objectContaining({ sheet: "Список", row: 2, col: 0, severity: "warning" })]);
  });
});

describe("the workbook", () => {
  test("report sheets and the settings sheet are never read as input", () => {
    const report = grid("Группы риска", [
      ["Муниципалитет", "Наименование ОО", "Куратор"],
      ["Район", "СОШ № 1", "Иванова"],
    ]);
    const settings = grid(SETTINGS_SHEET_NAME, settingsToRows(DEFAULT_SETTINGS));
    const data = readWorkbook([report, settings, omskPlan], DEFAULT_SETTINGS, new Set(["Группы риска"]));
    expect(data.tables.map((t) => t.sheet)).toEqual(["План-график"]);
    expect(data.schools).toEqual([]);
    // Only the plan's own remark (its page-break continuation): nothing of the report or settings sheets.
    expect(data.problems.map((p) => p.sheet)).toEqual(["План-график"]);
  });

  test("the Omsk plan: items as written, sections, a page-break continuation joined to its item, the period", () => {
    const data = readWorkbook([omskPlan], DEFAULT_SETTINGS, NONE);
    expect(data.plan.map((p) => p.number)).toEqual(["1", "2", "3", "7", "8", "16", "18"]);
    expect(data.plan[1].measure).toMatch(/муниципальных кураторов образования в разделе "500\+"/);
    expect(data.plan[1].deadline).toEqual({
      value: "Март – декабрь 2021 года",
      ref: { sheet: "План-график", row: 5, col: 3 },
    });
    expect(data.plan[1].executor).toBe("ФИОКО (по согласованию), МОУО (по согласованию)");
    expect(data.plan[3].section).toMatch(/^2\. Действия, направленные на преодоление дефицита/);
    expect(data.planHasGroups).toBe(false);
    expect(data.plan[0].groups).toBeUndefined();
    expect(data.plans[0].period).toMatchObject({ source: "title" });
    // Said in «Замечания» with its row (issue 24), not among the run's notes.
    expect(data.notes).toEqual([]);
    expect(data.problems).toEqual([
      {
        sheet: "План-график",
        row: 7,
        col: 1,
        severity: "info",
        message:
          "строка 8 плана — строка без номера, срока и ответственного: продолжение пункта № 2 (перенос текста на новую страницу), присоединена к нему",
      },
    ]);
  });

  test("Sakhalin numbers stay as written («1.1», «4.5»)", () => {
    const data = readWorkbook([sakhalinMeasures], DEFAULT_SETTINGS, NONE);
    expect(data.plan.map((p) => p.number)).toEqual(["1.1", "1.2", "1.6", "2.1", "4.5"]);
    expect(data.plans[0].period).toMatchObject({ start: 44197, end: 44926 });
  });

  test("a two-row schools header at B3: factors and cells keep their sheet positions", () => {
    const data = readWorkbook([twoRowSchools(true)], DEFAULT_SETTINGS, NONE);
    expect(data.schools.map((s) => s.name)).toEqual([
      "МБОУ «Ивановская СОШ»",
      "МБОУ «Сорокинская СОШ»",
      "МБОУ «Тарская СОШ № 1»",
    ]);
    expect(data.schools[0].ref).toEqual({ sheet: "Профили", row: 6, col: 3 });
    expect(data.schools[0].factors.get(1)?.ref).toEqual({ sheet: "Профили", row: 6, col: 5 });
    expect(data.factors).toBe(DEFAULT_FACTORS);
  });

  test("a factor list sheet wins over the default and is not read as a table", () => {
    const list = grid("Перечень", [
      ["№", "Наименование рискового фактора"],
      [1, "Риски низкой адаптивности учебного процесса"],
      [2, "Дефицит педагогических кадров"],
    ]);
    const schools = grid("Школы", [
      ["Наименование ОО", "Муниципалитет", "РФ1", "РФ2", "Дефицит педагогических кадров"],
      ["СОШ № 1", "Район", "высокий", "низкий", "низкий"],
    ]);
    const data = readWorkbook([list, schools], DEFAULT_SETTINGS, NONE);
    expect(data.factors).toEqual([
      { number: 1, name: "Риски низкой адаптивности учебного процесса" },
      { number: 2, name: "Дефицит педагогических кадров" },
    ]);
    expect(data.tables.map((t) => t.sheet)).toEqual(["Школы"]);
    expect(data.notes[0]).toBe("Перечень рисковых факторов взят с листа «Перечень» (2)");
    // «Дефицит педагогических кадров» is factor 2 of this list, already given by «РФ2»: reported, not doubled.
    expect(data.problems).toEqual([expect.objectContaining({ sheet: "Школы", col: 4, severity: "warning" })]);
  });

  test("every problem of a messy workbook names its sheet and cell", () => {
    const random = grid("Заметки", [["позвонить в МОУО"], [1, 2, "три"]]);
    const data = readWorkbook(
      [
        random,
        omskPlan,
        grid("Список", [
          ["Наименование ОО", "Муниципалитет", "РФ12"],
          [null, "Район", "в"],
        ]),
      ],
      DEFAULT_SETTINGS,
      NONE,
    );
    expect(data.problems.length).toBeGreaterThanOrEqual(3);
    for (const p of data.problems) {
      expect(p.sheet).toBeDefined();
      expect(p.row).toBeDefined();
      expect(p.col).toBeDefined();
    }
    expect(data.problems[0].message).toContain("на листе «Заметки» таблица не найдена");
  });
});

test("any sheets of any cells give workbook data, never an exception; problems name their sheet", () => {
  const cell: fc.Arbitrary<Cell> = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.integer({ min: -5, max: 50000 }),
    fc.string({ maxLength: 10 }),
    fc.constantFrom(
      "Наименование ОО",
      "Муниципалитет",
      "Логин",
      "РФ1",
      "РФ2",
      "Мероприятие",
      "Сроки",
      "№",
      "Рисковый фактор",
      "sch1",
      "высокий",
      "Итого",
    ),
  );
  const sheet = fc.record({
    name: fc.constantFrom("А", "Б", "В"),
    rows: fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }),
  });
  fc.assert(
    fc.property(fc.array(sheet, { maxLength: 3 }), (sheets) => {
      const data = readWorkbook(
        sheets.map((s) => grid(s.name, s.rows)),
        DEFAULT_SETTINGS,
        NONE,
      );
      for (const p of data.problems) {
        expect(["А", "Б", "В"]).toContain(p.sheet);
        expect(Number.isInteger(p.row) && Number.isInteger(p.col)).toBe(true);
      }
      expect(new Set(data.schools.map((s) => s.key)).size).toBe(data.schools.length);
    }),
    { numRuns: 400 },
  );
});
