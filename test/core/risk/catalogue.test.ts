import fc from "fast-check";
import {
  catalogueFromHeaders,
  DEFAULT_FACTORS,
  isRiskGroupHeader,
  matchFactorHeader,
  readFactorListSheet,
} from "../../../src/core/risk/catalogue";
import { grid } from "../../fixtures/layouts/grids";

describe("DEFAULT_FACTORS", () => {
  test("is the FIOKO 2020–2021 list numbered as in the Omsk plan", () => {
    expect(DEFAULT_FACTORS).toHaveLength(10);
    expect(DEFAULT_FACTORS[2]).toEqual({
      number: 3,
      name: "Недостаточная предметная и методическая компетентность педагогических работников",
    });
    expect(DEFAULT_FACTORS[9]).toEqual({ number: 10, name: "Низкий уровень вовлеченности родителей" });
  });
});

describe("matchFactorHeader", () => {
  test.each([
    ["РФ3", 3],
    ["РФ 3", 3],
    ["рф-3", 3],
    ["Р3", 3],
    ["Фактор 3", 3],
    ["Риск 3", 3],
    ["РФ10", 10],
    ["РФ3. Недостаточная предметная …", 3],
    ["Дефицит педагогических кадров", 2],
    ["Высокая доля обучающихся с ОВЗ", 4],
    ["Высокая доля обучающихся с ограниченными возможностями здоровья (ОВЗ)", 4],
    ["Недостаточная предметная …", 3],
    ["Низкий уровень вовлечённости родителей", 10],
    ["Низкая учебная мотивация", 6],
  ])("«%s» → %d", (header, number) => {
    expect(matchFactorHeader(header, DEFAULT_FACTORS, false)).toBe(number);
  });

  test("a bare number is a factor only under a group header naming risk factors", () => {
    expect(matchFactorHeader("3", DEFAULT_FACTORS, true)).toBe(3);
    expect(matchFactorHeader("3", DEFAULT_FACTORS, false)).toBeNull();
    expect(isRiskGroupHeader("Рисковые факторы (уровень значимости)")).toBe(true);
    expect(isRiskGroupHeader("Факторы риска")).toBe(true);
    expect(isRiskGroupHeader("Сроки исполнения")).toBe(false);
  });

  test.each([
    "Наименование ОО",
    "Муниципальный район",
    "Низкий уровень", // 1, 8 and 10 all start so: not a clear part
    "Высокая доля обучающихся", // 4 or 9
    "Доля обучающихся с ОВЗ, %", // a context share, not the factor's name
    "РФ11",
    "Разместили материалы в ИС МЭДК",
    "",
  ])("«%s» names no factor", (header) => {
    expect(matchFactorHeader(header, DEFAULT_FACTORS, false)).toBeNull();
  });

  test("numbers are checked against the catalogue in force", () => {
    const own = [
      { number: 1, name: "Риски низкой адаптивности учебного процесса" },
      { number: 2, name: "Дефицит педагогических кадров" },
    ];
    expect(matchFactorHeader("РФ2", own, false)).toBe(2);
    expect(matchFactorHeader("РФ3", own, false)).toBeNull();
    expect(matchFactorHeader("Риски низкой адаптивности", own, false)).toBe(1);
  });

  test("any text gives a number of the catalogue or null, never an exception", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.boolean(), (header, under) => {
        const n = matchFactorHeader(header, DEFAULT_FACTORS, under);
        expect(n === null || DEFAULT_FACTORS.some((f) => f.number === n)).toBe(true);
      }),
    );
  });
});

describe("catalogueFromHeaders", () => {
  test("numbers, РФk, or default names in default order keep the default", () => {
    expect(catalogueFromHeaders(["1", "2", "3"])).toBeNull();
    expect(catalogueFromHeaders(["РФ1", "РФ2"])).toBeNull();
    expect(
      catalogueFromHeaders([
        "Низкий уровень оснащения школы",
        "Дефицит педагогических кадров",
        "Низкий уровень вовлеченности родителей",
      ]),
    ).toBeNull();
  });

  test("names in another order or unknown to the default make the workbook's own list", () => {
    expect(catalogueFromHeaders(["Дефицит педагогических кадров", "Низкий уровень оснащения школы"])).toEqual([
      { number: 1, name: "Дефицит педагогических кадров" },
      { number: 2, name: "Низкий уровень оснащения школы" },
    ]);
    expect(
      catalogueFromHeaders(["РФ1. Риски низкой адаптивности учебного процесса", "РФ2. Дефицит педагогических кадров"]),
    ).toEqual([
      { number: 1, name: "Риски низкой адаптивности учебного процесса" },
      { number: 2, name: "Дефицит педагогических кадров" },
    ]);
  });
});

describe("readFactorListSheet", () => {
  test("a sheet «№ | Рисковый фактор» gives the workbook's list; bad rows are reported with their cells", () => {
    const sheet = grid("Перечень РФ", [
      ["Перечень рисковых факторов ФИОКО, 2022"],
      ["№", "Рисковый фактор"],
      [1, "Риски низкой адаптивности учебного процесса"],
      ["2.", "Несформированность внутришкольной системы повышения квалификации"],
      ["три", "Дефицит педагогических кадров"],
      [4, null],
    ]);
    const read = readFactorListSheet(sheet);
    expect(read?.factors).toEqual([
      { number: 1, name: "Риски низкой адаптивности учебного процесса" },
      { number: 2, name: "Несформированность внутришкольной системы повышения квалификации" },
    ]);
    expect(read?.problems.map((p) => [p.row, p.col])).toEqual([
      [4, 0],
      [5, 1],
    ]);
  });

  test("a schools table is not a factor list", () => {
    expect(
      readFactorListSheet(
        grid("Школы", [
          ["№", "Наименование ОО", "РФ1"],
          [1, "СОШ № 1", "высокий"],
        ]),
      ),
    ).toBeNull();
  });
});
