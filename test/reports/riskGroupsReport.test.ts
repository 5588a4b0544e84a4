import fc from "fast-check";
import { parseDottedDay } from "../../src/core/calendar";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { ReportContext } from "../../src/reports/context";
import { buildRiskGroupsReport } from "../../src/reports/riskGroupsReport";
import { buildRiskSummaryReport } from "../../src/reports/riskSummaryReport";
import expected from "../fixtures/sample-region/sample-region.expected.json";
import { PLAN_SHEET, sampleData, sampleGrids, SCHOOLS_SHEET } from "../fixtures/risk/sample";
import { compactNumberList } from "../../src/core/risk/mandatory";
import { columnIndex } from "../../src/reports/table";
import { cellOf, columnValues, rowsByHeader } from "../helpers/table";

const ctx: ReportContext = { asOf: parseDottedDay("15.06.2021")!, settings: DEFAULT_SETTINGS };

describe("«Группы риска» on the sample workbook", () => {
  const [report] = buildRiskGroupsReport(sampleData(), ctx);

  test("sheet, title and the columns of SPEC §6", () => {
    expect(report.sheetName).toBe("Группы риска");
    expect(report.title).toBe("Группы риска по состоянию на 15.06.2021");
    expect(report.main.columns.map((c) => c.header)).toEqual([
      "Муниципалитет",
      "Наименование ОО",
      "Куратор",
      "Группы риска",
      "Факторов высокой значимости",
      "Приоритет мониторинга",
      "Обязательные мероприятия",
    ]);
    expect(report.problems).toEqual([]);
  });

  test("school by school: groups, high count, priority, mandatory measures as expected", () => {
    expect(report.main.rows).toHaveLength(expected.perSchool.length);
    expected.perSchool.forEach((school, i) => {
      const [, name, , groups, high, priority, mandatory] = report.main.rows[i];
      expect({ name, groups, high, priority, mandatory }).toEqual({
        name: school.name,
        groups: school.groups.join(", "),
        high: school.highCount,
        priority: school.monthly ? "ежемесячный визит" : "",
        mandatory: compactNumberList(school.mandatory),
      });
    });
  });

  test("readable spot checks: Пятая СОШ Калачинский район", () => {
    expect(report.main.rows[4]).toEqual([
      "Калачинский район",
      "БОУ «Пятая СОШ» Калачинский район",
      "Куратор 3",
      "1, 2, 4, 5, 7, 8, 10",
      7,
      "ежемесячный визит",
      "1–5, 7, 8",
    ]);
    expect(report.main.highlights).toContainEqual(
      expect.objectContaining({ row: 4, col: columnIndex(report.main, "Приоритет мониторинга") }),
    );
  });

  test("with two plans naming groups, each plan's own numbers are listed under its name", () => {
    const data = sampleData();
    const second = data.plan.map((r) => ({ ...r, ref: { ...r.ref, sheet: "Дорожная карта" } }));
    const two = {
      ...data,
      plan: [...data.plan, ...second],
      plans: [
        data.plans[0],
        { key: "Дорожная карта", sheet: "Дорожная карта", range: data.plans[0].range, items: second },
      ],
    };
    expect(cellOf(buildRiskGroupsReport(two, ctx)[0].main, 4, "Обязательные мероприятия")).toBe(
      `${PLAN_SHEET}: 1–5, 7, 8; Дорожная карта: 1–5, 7, 8`,
    );
  });

  test("a municipality filter keeps only its schools", () => {
    const [tara] = buildRiskGroupsReport(sampleData(), { ...ctx, municipality: "тарский  район" });
    expect(columnValues(tara.main, "Наименование ОО")).toEqual(
      expected.perSchool.filter((s) => s.name.endsWith("Тарский район")).map((s) => s.name),
    );
    expect(tara.notes[0]).toBe("Только муниципалитет «тарский  район»: 6 ОО");
  });

  test("«очень высокий» and «3?» are reported by cell; the other rows are still reported", () => {
    const grids = sampleGrids();
    grids[SCHOOLS_SHEET][2][7] = "очень высокий"; // РФ3 of the first school: H3
    grids[SCHOOLS_SHEET][5][14] = "3?"; // РФ10 of the fourth school: O6
    grids[SCHOOLS_SHEET][6][5] = "B"; // Latin B in РФ1 of the fifth school: F7
    const [report] = buildRiskGroupsReport(sampleData(grids), ctx);
    expect(report.problems).toEqual([
      {
        sheet: SCHOOLS_SHEET,
        row: 2,
        col: 7,
        severity: "error",
        message: expect.stringContaining("РФ3: «очень высокий» не является уровнем значимости"),
      },
      {
        sheet: SCHOOLS_SHEET,
        row: 5,
        col: 14,
        severity: "error",
        message: expect.stringContaining("РФ10: «3?» не является уровнем значимости"),
      },
      {
        sheet: SCHOOLS_SHEET,
        row: 6,
        col: 5,
        severity: "warning",
        message: expect.stringContaining("латинская буква в значении «B» прочитана как кириллическая"),
      },
    ]);
    expect(report.main.rows).toHaveLength(24);
    const groups = rowsByHeader(report.main, ["Группы риска", "Факторов высокой значимости"]).map(Object.values);
    expect(groups[0]).toEqual(["4", 1]); // factor 3 left out, factor 4 still high
    expect(groups[4]).toEqual(["1, 2, 4, 5, 7, 8, 10", 7]);
    expect(groups[1]).toEqual(["3, 7", 2]);
  });

  test("a bad groups cell in the plan names the cell; that measure is mandatory for nobody", () => {
    const grids = sampleGrids();
    grids[PLAN_SHEET][7][4] = "4, 11"; // item 5
    const [report] = buildRiskGroupsReport(sampleData(grids), ctx);
    expect(report.problems).toEqual([
      {
        sheet: PLAN_SHEET,
        row: 7,
        col: 4,
        severity: "error",
        message:
          "Мероприятие 5: группа 11 в «4, 11» вне каталога рисковых факторов (1–10); мероприятие не отнесено ни к одной группе",
      },
    ]);
    expect(cellOf(report.main, 0, "Обязательные мероприятия")).toBe("1, 2, 6");
  });

  test("a plan without a «Группы» column gives no mandatory measures and says why", () => {
    const data = { ...sampleData(), planHasGroups: false };
    const [report] = buildRiskGroupsReport(data, ctx);
    expect(columnValues(report.main, "Обязательные мероприятия").every((v) => v === "")).toBe(true);
    expect(report.notes).toContain("В плане нет столбца «Группы»: обязательные мероприятия не определены");
    expect(cellOf(report.main, 0, "Группы риска")).toBe("3, 4");
  });
});

describe("any cell in a factor or groups cell: no exception, problems name their cells", () => {
  const anyCell = fc.oneof(
    fc.string(),
    fc.double(),
    fc.integer({ min: -2, max: 12 }),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom("высокий", "ср.", "H", "очень высокий", "3?", "+", "2-4, 9", "все"),
  );
  test("«Группы риска» and «Сводка рисков» still list every school", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 5, max: 14 }), anyCell), {
          maxLength: 20,
        }),
        fc.array(fc.tuple(fc.integer({ min: 3, max: 10 }), anyCell), { maxLength: 5 }),
        (factorCells, groupCells) => {
          const grids = sampleGrids();
          for (const [school, col, value] of factorCells) grids[SCHOOLS_SHEET][2 + school][col] = value;
          for (const [row, value] of groupCells) grids[PLAN_SHEET][row][4] = value;
          const data = sampleData(grids);
          const [groups] = buildRiskGroupsReport(data, ctx);
          const summary = buildRiskSummaryReport(data, ctx);
          expect(groups.main.rows).toHaveLength(24);
          expect(summary.main.rows[summary.main.rows.length - 1][11]).toBe(24);
          for (const p of [...groups.problems, ...summary.problems]) {
            expect(p.sheet).toBeDefined();
            expect(p.row).toBeDefined();
            expect(p.col).toBeDefined();
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
