import fc from "fast-check";
import type { Cell } from "../../../src/core/cell";
import { readIdentificationData } from "../../../src/core/identification/resultsData";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { readWorkbook } from "../../../src/core/tables/readWorkbook";
import { anyResultsRows } from "../../fixtures/identification/anyResults";
import { grid } from "../../fixtures/identification/generated";

const read = (rows: Cell[][], name = "Результаты") => {
  const data = readWorkbook([grid(name, rows)], DEFAULT_SETTINGS, new Set());
  return readIdentificationData(data.tables, data.schools);
};

describe("results table, long layout", () => {
  test("shares in percent; a bad number, a bad year and a share over 100 are reported with their cells", () => {
    const r = read([
      ["Муниципалитет", "Наименование ОО", "Логин", "Год", "Процедура", "Доля «2», %"],
      ["Вяземский район", "МБОУ СОШ № 1", "sch1", 2021, "ВПР 5 класс, русский язык", 35],
      ["Вяземский район", "МБОУ СОШ № 1", "sch1", "2022 год", "ВПР 5 класс, русский язык", "31,5"],
      ["Вяземский район", "МБОУ СОШ № 1", "sch1", "прошлый", "ВПР 5 класс, математика", 40],
      ["Вяземский район", "МБОУ СОШ № 2", "sch2", 2021, "ВПР 5 класс, русский язык", "н/д"],
      ["Вяземский район", "МБОУ СОШ № 2", "sch2", 2022, "ВПР 5 класс, русский язык", 130],
    ]);
    expect(r.results.map((x) => [x.school.login, x.year, x.procedure, x.share])).toEqual([
      ["sch1", 2021, "ВПР 5 класс, русский язык", 35],
      ["sch1", 2022, "ВПР 5 класс, русский язык", 31.5],
    ]);
    expect(r.problems.map((p) => [p.sheet, p.row, p.col])).toEqual([
      ["Результаты", 3, 3],
      ["Результаты", 4, 5],
      ["Результаты", 5, 5],
    ]);
    expect(r.problems[0].message).toContain("«прошлый»");
    expect(r.problems[1].message).toContain("«н/д»");
  });

  test("counts give the share; a school without a login is its name and municipality; repeats are reported", () => {
    const r = read([
      ["Район", "Школа", "Год", "Процедура", "Участников", "Получили «2»"],
      ["Ельнинский район", "МБОУ Ельнинская СОШ № 1", 2021, "ВПР 6 класс, математика", 48, 18],
      ["Ельнинский район", "МБОУ Ельнинская СОШ №1", 2021, "ВПР 6 класс, математика", 50, 10],
      ["Ельнинский район", "МБОУ Ельнинская СОШ № 2", 2021, "ВПР 6 класс, математика", 0, 0],
      ["Ельнинский район", "МБОУ Ельнинская СОШ № 3", 2021, "ВПР 6 класс, математика", 20, 25],
    ]);
    expect(r.results).toHaveLength(1);
    expect(r.results[0]).toMatchObject({
      share: 37.5,
      participants: 48,
      failed: 18,
      school: { login: "", municipality: "Ельнинский район" },
    });
    expect(r.problems.map((p) => p.row)).toEqual([3, 4, 2]);
    expect(r.problems[2].message).toContain("уже указан");
  });
});

describe("results table, wide layout", () => {
  test("a column of fractions is read as percent; counts with participants; an unnamed column is reported", () => {
    const r = read([
      [
        "МО",
        "ОО",
        "Логин ОО",
        "ВПР-2021 рус 5 доля 2",
        "ВПР-2022 рус 5 доля 2",
        "ВПР-2022 мат 5 участников",
        "ВПР-2022 мат 5 получили 2",
        "ВПР-2023 примечание",
      ],
      ["Город Смоленск", "МБОУ «Гимназия № 1»", "g1", 0.32, 12, 40, 14, "перенесена на осень"],
      ["Город Смоленск", "МБОУ СОШ № 7", "s7", 0.05, "—", 30, null, "—"],
    ]);
    const got = r.results.map((x) => [x.school.login, x.procedure, x.year, Math.round(x.share * 100) / 100]);
    expect(got).toEqual([
      ["g1", "ВПР рус 5", 2021, 32],
      ["s7", "ВПР рус 5", 2021, 5],
      ["g1", "ВПР рус 5", 2022, 12],
      ["g1", "ВПР мат 5", 2022, 35],
    ]);
    expect(r.problems.map((p) => [p.row, p.col, p.severity])).toEqual([[0, 7, "warning"]]);
    expect(r.problems[0].message).toContain("«ВПР-2023 примечание»");
  });

  test("one login under two names is one school, named as first written", () => {
    const r = read([
      ["Муниципалитет", "Наименование ОО", "Логин", "ВПР-2021 рус 5 доля 2", "ВПР-2022 рус 5 доля 2"],
      ["Рославльский район", "МБОУ СОШ № 8", "sch8", 31, null],
      ["Рославльский район", "МБОУ «Средняя школа № 8»", "sch8", null, 33],
    ]);
    expect(new Set(r.results.map((x) => x.school))).toEqual(
      new Set([{ key: "id:sch8", name: "МБОУ СОШ № 8", login: "sch8", municipality: "Рославльский район" }]),
    );
    expect(r.problems.map((p) => p.severity)).toEqual(["info"]);
  });
});

test("any cells under a results header: no exception, shares within 0…100, every problem says something", () => {
  fc.assert(
    fc.property(anyResultsRows, (rows) => {
      const r = read(rows);
      for (const x of r.results) expect(x.share >= 0 && x.share <= 100).toBe(true);
      for (const p of r.problems) expect(p.message.length).toBeGreaterThan(0);
    }),
    { numRuns: 200 },
  );
});
