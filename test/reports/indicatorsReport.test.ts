import fc from "fast-check";
import { parseDottedDay } from "../../src/core/calendar";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { ReportContext } from "../../src/reports/context";
import { buildIndicatorsReport } from "../../src/reports/indicatorsReport";
import expected from "../fixtures/sample-region/sample-region.expected.json";
import { MEDK, sampleData, sampleGrids, SCHOOLS_SHEET } from "../fixtures/risk/sample";
import { columnIndex } from "../../src/reports/table";
import { columnValues, rowsByHeader } from "../helpers/table";

const ctx: ReportContext = { asOf: parseDottedDay("15.06.2021")!, settings: DEFAULT_SETTINGS };
const byMuni = expected.byMuni as Record<string, { schools: number; medk: number }>;
const DYNAMICS = "Положительная динамика: Неуспевающих, %";

/** A main row as read by its headers. */
const line = (
  indicator: string,
  municipality: string,
  numerator: number,
  denominator: number,
  share: number,
  noData: number,
) => ({
  Показатель: indicator,
  Муниципалитет: municipality,
  Числитель: numerator,
  Знаменатель: denominator,
  Доля: share,
  "Нет данных": noData,
});
/** Числитель, Знаменатель, Доля and Нет данных of a main row. */
const counts = (r: Record<string, unknown>) => [r["Числитель"], r["Знаменатель"], r["Доля"], r["Нет данных"]];

describe("«Показатели» on the sample workbook", () => {
  const [report, lists] = buildIndicatorsReport(sampleData(), ctx);
  const rowsOf = (name: string) => rowsByHeader(report.main).filter((r) => r["Показатель"] === name);

  test("columns of SPEC §6; Доля is a percent", () => {
    expect(report.main.columns.map((c) => c.header)).toEqual([
      "Показатель",
      "Муниципалитет",
      "Числитель",
      "Знаменатель",
      "Доля",
      "Нет данных",
    ]);
    expect(report.main.columns[columnIndex(report.main, "Доля")].format).toBe("percent");
    expect(report.problems).toEqual([]);
  });

  test("ИС МЭДК: «да» per municipality over every school, then «Итого по региону»", () => {
    const medk = rowsOf(MEDK);
    expect(medk.map((r) => r["Муниципалитет"])).toEqual([...Object.keys(byMuni), "Итого по региону"]);
    for (const [muni, want] of Object.entries(byMuni)) {
      const row = medk.find((r) => r["Муниципалитет"] === muni)!;
      expect(counts(row)).toEqual([want.medk, want.schools, want.medk / want.schools, 0]);
    }
    expect(medk[4]).toEqual(line(MEDK, "Итого по региону", 18, 24, 0.75, 0));
  });

  test("dynamics of «Неуспевающих, %» (lower is better): per municipality and the region", () => {
    const rows = rowsOf(DYNAMICS);
    // Калачинский: 22→26 −, 35→36 −, 7→8 −, 10→11 −, 24→23 +, 38→36 +
    expect(rows[0]).toEqual(line(DYNAMICS, "Калачинский район", 2, 6, 2 / 6, 0));
    // Тарский: 10→7 +, 35→36 −, 2→0 +, 23→22 +, 1→1 =, 38→41 −
    expect(rows[3]).toEqual(line(DYNAMICS, "Тарский район", 3, 6, 0.5, 0));
    // Горьковский 4 (40→38, 15→12, 20→14, 14→13), г. Омск 5 (all but 35→38)
    expect(rows.map((r) => r["Числитель"])).toEqual([2, 4, 5, 3, 14]);
    expect([rows[4]["Муниципалитет"], rows[4]["Числитель"], rows[4]["Знаменатель"]]).toEqual([
      "Итого по региону",
      14,
      24,
    ]);
  });

  test("regional shares in a side block with a percent bar chart", () => {
    // each share with its numerator and denominator, and under them the line saying what they count (issue 23)
    expect(report.above[0].rows).toEqual([
      [MEDK, 18, 24, 0.75],
      [DYNAMICS, 14, 24, 14 / 24],
    ]);
    for (const [, numerator, denominator, share] of report.above[0].rows)
      expect(share).toBeCloseTo(Number(numerator) / Number(denominator), 10);
    expect(report.above[0].line).toBe(
      "Доля = Числитель / Знаменатель: ОО с ответом «да» (для динамики — с положительной динамикой) из всех ОО, включая «нет данных» (для динамики — из ОО с обоими значениями)",
    );
    expect(report.chart).toEqual(
      expect.objectContaining({ kind: "bar", block: 0, fromRow: 0, toRow: 1, percent: true }),
    );
  });

  test("the schools answering «нет», listed by name on a sheet of their own, «Показатели — списки школ»", () => {
    expect(lists.sheetName).toBe("Показатели — списки школ");
    expect(lists.main.columns.map((c) => c.header)).toEqual([
      "Показатель",
      "Муниципалитет",
      "Наименование ОО",
      "Значение",
    ]);
    expect(report.notes).toContain("Школы с ответом «нет» и без данных — см. лист «Показатели — списки школ»");
    const no = rowsByHeader(lists.main).filter((r) => r["Показатель"] === MEDK);
    expect(no).toHaveLength(6);
    expect(no[0]).toEqual({
      Показатель: MEDK,
      Значение: "нет",
      Муниципалитет: "Калачинский район",
      "Наименование ОО": "БОУ «Третья СОШ» Калачинский район",
    });
    expect(lists.main.rows).toContainEqual([
      DYNAMICS,
      "Тарский район",
      "БОУ «Пятая СОШ» Тарский район",
      "без изменений",
    ]);
  });

  test("a blank is «нет данных» in the denominator; a stray word is an error counted as «нет данных»", () => {
    const grids = sampleGrids();
    grids[SCHOOLS_SHEET][2][15] = null; // was «да»
    grids[SCHOOLS_SHEET][3][15] = "возможно"; // was «да»: 23 of 24 filled are marks, still an indicator
    grids[SCHOOLS_SHEET][4][16] = null; // entry value of a dynamics pair
    const [report, lists] = buildIndicatorsReport(sampleData(grids), ctx);
    const kal = rowsByHeader(report.main).find(
      (r) => r["Показатель"] === MEDK && r["Муниципалитет"] === "Калачинский район",
    )!;
    expect(counts(kal)).toEqual([2, 6, 2 / 6, 2]);
    expect(report.problems).toEqual([
      {
        sheet: SCHOOLS_SHEET,
        row: 3,
        col: 15,
        severity: "error",
        message: `Показатель «${MEDK}»: «возможно» не является отметкой «да»/«нет»; школа учтена как «нет данных»`,
      },
    ]);
    const dyn = rowsByHeader(report.main).find(
      (r) => r["Показатель"] === DYNAMICS && r["Муниципалитет"] === "Калачинский район",
    )!;
    expect(counts(dyn)).toEqual([2, 5, 0.4, 1]);
    expect(lists.main.rows).toContainEqual([
      MEDK,
      "Калачинский район",
      "БОУ «Первая СОШ» Калачинский район",
      "нет данных",
    ]);
  });

  test("an indicator switched off in the settings is left out; the filter keeps one municipality", () => {
    const [report, lists] = buildIndicatorsReport(sampleData(), {
      ...ctx,
      municipality: "г. Омск",
      settings: { ...DEFAULT_SETTINGS, indicatorsOff: ["разместили материалы в ИС МЭДК"] },
    });
    expect(columnValues(report.main, "Показатель")).toEqual([DYNAMICS, DYNAMICS]);
    const omsk = rowsByHeader(report.main)[0];
    expect([omsk["Муниципалитет"], omsk["Числитель"], omsk["Знаменатель"]]).toEqual(["г. Омск", 5, 6]);
    // the scope on every label: the municipality's name undeclined, never «по региону»
    expect(rowsByHeader(report.main)[1]["Муниципалитет"]).toBe("Итого: г. Омск");
    expect(report.above[0].caption).toBe("Доли — г. Омск");
    expect(report.chart?.title).toBe("Доли — г. Омск");
    expect(JSON.stringify([report, lists])).not.toMatch(/регион/);
  });
});

describe("a dynamics direction set in the settings", () => {
  const growthIsBetter = {
    ...DEFAULT_SETTINGS,
    dynamicsBetter: [{ measure: "неуспевающих, %", better: "больше" as const }],
  };

  test("«больше» for «Неуспевающих, %» turns the rises into «положительная»; the notes say so", () => {
    const [guessed] = buildIndicatorsReport(sampleData(), ctx);
    const [report, lists] = buildIndicatorsReport(sampleData(), { ...ctx, settings: growthIsBetter });
    const rows = rowsByHeader(report.main).filter((r) => r["Показатель"] === DYNAMICS);
    // Калачинский: 22→26, 35→36, 7→8, 10→11 rose; Тарский: 35→36, 38→41 rose
    expect(rows[0]).toEqual(line(DYNAMICS, "Калачинский район", 4, 6, 4 / 6, 0));
    expect(rows[3]).toEqual(line(DYNAMICS, "Тарский район", 2, 6, 2 / 6, 0));
    const misses = rowsByHeader(lists.main).filter((r) => r["Показатель"] === DYNAMICS);
    const unchanged = misses.filter((r) => r["Значение"] === "без изменений").length;
    expect(unchanged).toBeGreaterThan(0);
    expect([rows[4]["Муниципалитет"], rows[4]["Числитель"], rows[4]["Знаменатель"]]).toEqual([
      "Итого по региону",
      24 - 14 - unchanged,
      24,
    ]);
    // the falls are now the misses: Калачинский 24→23 and 38→36
    expect(
      misses.filter((r) => r["Значение"] === "отрицательная" && r["Муниципалитет"] === "Калачинский район"),
    ).toHaveLength(2);
    expect(report.notes).toContain(
      "Направление динамики задано в настройках: Положительная динамика: Неуспевающих, % — лучше больше",
    );
    expect(guessed.notes.some((n) => n.includes("Направление динамики"))).toBe(false);
  });

  test("«меньше» set for the same measure keeps the guessed counts but is noted; another measure changes nothing", () => {
    const [same] = buildIndicatorsReport(sampleData(), {
      ...ctx,
      settings: { ...DEFAULT_SETTINGS, dynamicsBetter: [{ measure: "Неуспевающих, % (итог)", better: "меньше" }] },
    });
    expect(same.main.rows).toEqual(buildIndicatorsReport(sampleData(), ctx)[0].main.rows);
    expect(same.notes).toContain(
      "Направление динамики задано в настройках: Положительная динамика: Неуспевающих, % — лучше меньше",
    );
    const [other] = buildIndicatorsReport(sampleData(), {
      ...ctx,
      settings: { ...DEFAULT_SETTINGS, dynamicsBetter: [{ measure: "Охват, %", better: "больше" }] },
    });
    expect(other.main.rows).toEqual(buildIndicatorsReport(sampleData(), ctx)[0].main.rows);
    expect(other.notes.some((n) => n.includes("Направление динамики"))).toBe(false);
  });
});

describe("any cell in the indicator columns: no exception, counts add up", () => {
  test("every indicator's regional denominator is at most the schools, misses are listed", () => {
    const anyCell = fc.oneof(
      fc.string(),
      fc.double(),
      fc.integer({ min: -1, max: 50 }),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom("да", "нет", "+", "-", "н/д", "22,5"),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 15, max: 17 }), anyCell), {
          maxLength: 30,
        }),
        (cells) => {
          const grids = sampleGrids();
          for (const [school, col, value] of cells) grids[SCHOOLS_SHEET][2 + school][col] = value;
          const [report, lists] = buildIndicatorsReport(sampleData(grids), ctx);
          const totals = rowsByHeader(report.main).filter((r) => r["Муниципалитет"] === "Итого по региону");
          expect(totals).toHaveLength(report.above[0]?.rows.length ?? 0);
          for (const {
            Показатель: name,
            Числитель: numerator,
            Знаменатель: denominator,
            Доля: share,
            "Нет данных": noData,
          } of totals) {
            expect(denominator as number).toBeLessThanOrEqual(24);
            expect(share === null || (share as number) === (numerator as number) / (denominator as number)).toBe(true);
            const misses = columnValues(lists.main, "Показатель").filter((n) => n === name).length;
            expect(misses).toBe(
              name!.toString().startsWith("Положительная динамика")
                ? 24 - (numerator as number)
                : (denominator as number) - (numerator as number),
            );
            expect(noData as number).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
