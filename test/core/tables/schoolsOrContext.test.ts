/**
 * A schools sheet with «Доля …» columns is no context table when it holds indicators (SPEC §4): its yes/no marks
 * and entry/final pairs reach «Показатели», and identification still reads its numbers as context (SPEC §8).
 * A row per school with numeric shares only is a context table.
 */
import fc from "fast-check";
import type { Cell } from "../../../src/core/cell";
import { identify } from "../../../src/core/identification/identify";
import { columnKey } from "../../../src/core/identification/resultsData";
import { DEFAULT_IDENTIFICATION_SETTINGS } from "../../../src/core/identification/settings";
import { findIndicators } from "../../../src/core/indicators/indicatorColumns";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { findTables } from "../../../src/core/tables/findTables";
import { readWorkbook } from "../../../src/core/tables/readWorkbook";
import { describeRecognition } from "../../../src/reports/describeRecognition";
import { grid } from "../../fixtures/layouts/grids";

const NONE = new Set<string>();

/** The demo's monitoring sheet as regions keep it, before it had to dodge the old rule. */
function monitoring(rows = 6): Cell[][] {
  return [
    ["Мониторинг реализации проекта «500+» (входной и итоговый)"],
    [
      "Муниципалитет",
      "Наименование ОО",
      "Логин ОО",
      "Размещено в ИС МЭДК",
      "Доля неуспевающих по ВПР, % (вход)",
      "Доля неуспевающих по ВПР, % (итог)",
      "Доля обучающихся с ОВЗ, %",
    ],
    ...Array.from({ length: rows }, (_, i): Cell[] => [
      ["Тарский МР", "Любинский МР"][i % 2],
      `МБОУ «СОШ № ${i + 1}»`,
      `sch55${1000 + i}`,
      i % 3 === 0 ? "нет" : "да",
      20 + i,
      i % 2 === 0 ? 15 + i : 25 + i,
      3 + i,
    ]),
  ];
}

function context(): Cell[][] {
  return [
    ["Контекстные данные ОО"],
    ["Муниципалитет", "Наименование ОО", "Логин", "Доля обучающихся с ОВЗ, %", "Доля семей с низким доходом, %"],
    ["Тарский МР", "МБОУ «СОШ № 1»", "sch551000", 4, 35],
    ["Любинский МР", "МБОУ «СОШ № 2»", "sch551001", 0, 12],
    ["Тарский МР", "МБОУ «СОШ № 3»", "sch551002", 1, 48],
  ];
}

describe("schools table or context table", () => {
  test("a monitoring sheet with «Доля …» columns, a yes/no column and an entry/final pair is a schools table", () => {
    expect(findTables(grid("Мониторинг", monitoring()), DEFAULT_SETTINGS).tables.map((t) => t.kind)).toEqual([
      "schools",
    ]);
  });

  test("…and its indicators reach «Показатели» while identification reads its numbers as context", () => {
    const data = readWorkbook([grid("Мониторинг", monitoring())], DEFAULT_SETTINGS, NONE);
    expect(data.schools).toHaveLength(6);
    const names = findIndicators(data.schools, data.extraHeaders, DEFAULT_SETTINGS).indicators.map((i) => i.name);
    expect(names).toEqual(["Размещено в ИС МЭДК", "Положительная динамика: Доля неуспевающих по ВПР, %"]);
    expect(describeRecognition(data).available).toContain("indicators");
    const found = identify(data.tables, data.schools, DEFAULT_IDENTIFICATION_SETTINGS);
    const ovz = found.data.context.map((c) => c.values.get(columnKey("Доля обучающихся с ОВЗ, %"))?.value);
    expect(ovz).toEqual([3, 4, 5, 6, 7, 8]);
  });

  test("a yes/no column alone (no pair) is enough; a pair alone is enough", () => {
    const yesNoOnly = monitoring().map((r) => [r[0], r[1], r[2], r[3], r[6], r[6]]);
    yesNoOnly[1][5] = "Доля педагогов высшей категории, %";
    expect(findTables(grid("Мониторинг", yesNoOnly), DEFAULT_SETTINGS).tables[0].kind).toBe("schools");
    const pairOnly = monitoring().map((r) => [r[0], r[1], r[2], r[4], r[5]]);
    expect(findTables(grid("Мониторинг", pairOnly), DEFAULT_SETTINGS).tables[0].kind).toBe("schools");
  });

  test("a row per school with numeric shares only is a context table: not in the schools list, read by ИСБШ", () => {
    const data = readWorkbook([grid("Контекст", context())], DEFAULT_SETTINGS, NONE);
    expect(data.tables.map((t) => t.kind)).toEqual(["context"]);
    expect(data.schools).toEqual([]);
    expect(data.notes).toContain("Лист «Контекст»: распознаны контекстные данные");
    const found = identify(data.tables, data.schools, DEFAULT_IDENTIFICATION_SETTINGS);
    expect(
      found.data.context.map((c) => [c.school.login, c.values.get(columnKey("Доля семей с низким доходом, %"))?.value]),
    ).toEqual([
      ["sch551000", 35],
      ["sch551001", 12],
      ["sch551002", 48],
    ]);
  });

  test("shares of 0 and 1 among other shares do not make a share column a yes/no indicator", () => {
    const rows = context();
    [rows[2][4], rows[3][4], rows[4][4]] = [0, 1, 48];
    expect(findTables(grid("Контекст", rows), DEFAULT_SETTINGS).tables[0].kind).toBe("context");
  });

  test("switching an indicator off in the settings does not change what the table is", () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      indicatorsOff: ["Размещено в ИС МЭДК", "Положительная динамика: Доля неуспевающих по ВПР, %"],
    };
    expect(findTables(grid("Мониторинг", monitoring()), settings).tables[0].kind).toBe("schools");
  });

  test("any cells under a shares header: a kind, never an exception", () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.boolean(),
      fc.double(),
      fc.integer({ min: -5, max: 200 }),
      fc.constantFrom("да", "нет", "+", "-", "н/д", "12,5", ""),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), cell, cell, cell), { minLength: 1, maxLength: 8 }),
        (rows) => {
          const cells: Cell[][] = [
            ["Наименование ОО", "Доля А, %", "Доля Б, % (вход)", "Доля Б, % (итог)"],
            ...rows.map((r) => [`ОО ${r[0]}`, r[1], r[2], r[3]]),
          ];
          for (const t of findTables(grid("Лист", cells), DEFAULT_SETTINGS).tables)
            expect(["schools", "context"]).toContain(t.kind);
        },
      ),
      { numRuns: 300 },
    );
  });
});
