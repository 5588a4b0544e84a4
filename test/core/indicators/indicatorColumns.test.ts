import fc from "fast-check";
import type { Cell } from "../../../src/core/cell";
import { findIndicators } from "../../../src/core/indicators/indicatorColumns";
import { indicatorShares } from "../../../src/core/indicators/shares";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { schoolsOf } from "../../fixtures/risk/workbookData";

const HEADERS = [
  "Наличие программы перехода в эффективный режим",
  "Дата проведения собеседования",
  "Комментарий",
  "Участие в сетевом партнёрстве",
];

function table(rows: Cell[][]) {
  const grid: Cell[][] = [["Муниципалитет", "Наименование ОО", ...HEADERS], ...rows];
  return schoolsOf({
    sheet: "Мониторинг",
    grid,
    rows: [1, rows.length],
    municipality: 0,
    name: 1,
    factors: {},
    extra: Object.fromEntries(HEADERS.map((h, i) => [h, 2 + i])),
  });
}

const tenSchools = (prog: Cell[], partner: Cell[]) =>
  table(
    Array.from({ length: 10 }, (_, i) => [
      i < 6 ? "Тарский район" : "Седельниковский район",
      `МКОУ СОШ № ${i + 1}`,
      prog[i],
      44270 + i,
      i === 0 ? "см. письмо" : null,
      partner[i],
    ]),
  );

describe("which columns are indicators", () => {
  test("yes/no columns are; dates and free comments are not", () => {
    const schools = tenSchools(
      ["да", "да", "нет", "+", "-", null, "ДА", "1", 0, true],
      ["да", "нет", "да", "нет", "да", "нет", "да", "нет", "да", "нет"],
    );
    const { indicators, problems } = findIndicators(schools, HEADERS, DEFAULT_SETTINGS);
    expect(indicators.map((i) => i.name)).toEqual([HEADERS[0], HEADERS[3]]);
    expect(problems).toEqual([]);
    const { rows, total } = indicatorShares(indicators[0]);
    expect(rows.map((r) => [r.municipality, r.numerator, r.denominator, r.noData])).toEqual([
      ["Тарский район", 3, 6, 1],
      ["Седельниковский район", 3, 4, 0],
    ]);
    expect([total.municipality, total.numerator, total.denominator, total.share, total.noData]).toEqual([
      "Итого по региону",
      6,
      10,
      0.6,
      1,
    ]);
    expect(total.misses.map((m) => [m.school.name, m.label])).toEqual([
      ["МКОУ СОШ № 3", "нет"],
      ["МКОУ СОШ № 5", "нет"],
      ["МКОУ СОШ № 6", "нет данных"],
      ["МКОУ СОШ № 9", "нет"],
    ]);
  });

  test("at 90 % marks a column is still an indicator and its other cells are errors naming them", () => {
    const schools = tenSchools(
      ["да", "да", "да", "да", "да", "да", "да", "да", "да", "в работе"],
      Array(10).fill("нет"),
    );
    const { indicators, problems } = findIndicators(schools, HEADERS, DEFAULT_SETTINGS);
    expect(indicators.map((i) => i.name)).toEqual([HEADERS[0], HEADERS[3]]);
    expect(problems).toEqual([
      {
        sheet: "Мониторинг",
        row: 10,
        col: 2,
        severity: "error",
        message: expect.stringContaining(": «в работе» не является отметкой «да»/«нет»"),
      },
    ]);
    expect(indicatorShares(indicators[0]).total).toEqual(
      expect.objectContaining({ numerator: 9, denominator: 10, noData: 1 }),
    );
  });

  test("below 90 % marks it is not an indicator", () => {
    const schools = tenSchools(
      ["да", "да", "да", "да", "да", "да", "да", "да", "частично", "в работе"],
      Array(10).fill("нет"),
    );
    expect(findIndicators(schools, HEADERS, DEFAULT_SETTINGS).indicators.map((i) => i.name)).toEqual([HEADERS[3]]);
  });

  test("settings.indicatorsOff switches one off", () => {
    const schools = tenSchools(Array(10).fill("да"), Array(10).fill("нет"));
    const settings = { ...DEFAULT_SETTINGS, indicatorsOff: ["участие в сетевом  партнерстве"] };
    expect(findIndicators(schools, HEADERS, settings).indicators.map((i) => i.name)).toEqual([HEADERS[0]]);
  });

  test("any cells in, no exception out, and the counts add up", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom("Тарский район", "г. Омск", ""),
            fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom("да", "нет", "+")),
          ),
          { maxLength: 15 },
        ),
        (cells) => {
          const schools = table(cells.map(([m, v], i) => [m, `ОО ${i}`, v, v, v, v]));
          const { indicators } = findIndicators(schools, HEADERS, DEFAULT_SETTINGS);
          for (const indicator of indicators) {
            const { rows, total } = indicatorShares(indicator);
            expect(total.denominator).toBe(schools.length);
            expect(rows.reduce((s, r) => s + r.numerator, 0)).toBe(total.numerator);
            expect(total.numerator + total.misses.length).toBe(schools.length);
          }
        },
      ),
    );
  });
});

describe("dynamics pairs among the columns", () => {
  const headers = [
    "Доля «2» ВПР, % (вход)",
    "Доля «2» ВПР, % (итог)",
    "Программа принята (вход)",
    "Программа принята (итог)",
  ];
  const grid: Cell[][] = [
    ["Район", "ОО", ...headers],
    ["Тарский район", "СОШ № 1", 32, "28,5", "нет", "да"],
    ["Тарский район", "СОШ № 2", 0, 4, "нет", "нет"],
    ["Тарский район", "СОШ № 3", 12, null, "да", "да"],
    ["Тарский район", "СОШ № 4", "н/д", 10, "да", "да"],
  ];
  const schools = schoolsOf({
    sheet: "Мониторинг",
    grid,
    rows: [1, 4],
    municipality: 0,
    name: 1,
    factors: {},
    extra: Object.fromEntries(headers.map((h, i) => [h, 2 + i])),
  });

  test("a numeric pair gives dynamics over the schools with both values; a pair of marks stays two yes/no columns", () => {
    const { indicators, problems } = findIndicators(schools, headers, DEFAULT_SETTINGS);
    expect(indicators.map((i) => i.name)).toEqual([
      "Программа принята (вход)",
      "Программа принята (итог)",
      "Положительная динамика: Доля «2» ВПР, %",
    ]);
    const dynamics = indicators[2];
    expect(dynamics.answers.map((a) => a.label)).toEqual([
      "положительная",
      "отрицательная",
      "нет данных",
      "нет данных",
    ]);
    expect(indicatorShares(dynamics).total).toEqual(
      expect.objectContaining({ numerator: 1, denominator: 2, share: 0.5, noData: 2 }),
    );
    expect(problems).toEqual([
      {
        sheet: "Мониторинг",
        row: 4,
        col: 2,
        severity: "error",
        message:
          "Показатель «Положительная динамика: Доля «2» ВПР, %»: «н/д» не является числом; школа учтена как «нет данных»",
      },
    ]);
  });
});
