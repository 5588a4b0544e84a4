/**
 * What a run works out once (src/reports/context.ts RunFacts): the plan evaluated once however many reports show it,
 * and its problems listed once in «Замечания», with the first report that shows the plan; likewise the results
 * table's problems, and each school's factor cell told once however many reports read it.
 */
import { mustDayOf } from "../../src/core/calendar";
import type { SheetGrid } from "../../src/core/cell";
import * as evaluate from "../../src/core/plan/evaluate";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { readWorkbook } from "../../src/core/tables/readWorkbook";
import { runFacts } from "../../src/reports/context";
import { runEngine } from "../../src/reports/engine";
import { buildRiskGroupsReport } from "../../src/reports/riskGroupsReport";
import { buildRiskSummaryReport } from "../../src/reports/riskSummaryReport";
import { PLAN_SHEET, sampleGrids } from "../fixtures/risk/sample";
import { rowsByHeader } from "../helpers/table";

const asOf = mustDayOf(2021, 6, 15);
/** Row 3 of the sample plan is its first item; column 3 its «Сроки». */
const UNREADABLE = "см. приложение 3";

function sample(): SheetGrid[] {
  const grids = sampleGrids();
  grids[PLAN_SHEET][3][3] = UNREADABLE;
  return Object.entries(grids).map(([name, cells]) => ({ name, cells, origin: { row: 0, col: 0 }, merges: [] }));
}

const unreadable = (messages: string[]) => messages.filter((m) => m.includes(`«${UNREADABLE}»`));

afterEach(() => jest.restoreAllMocks());

describe("the plan of a run", () => {
  test("is evaluated once for «Исполнение плана», «Отчёт за квартал» and the summary lines", () => {
    const spy = jest.spyOn(evaluate, "evaluatePlan");
    const result = runEngine(sample(), new Set(), { asOf });
    expect(result.sheets.map((s) => s.reportId)).toEqual(expect.arrayContaining(["planStatus", "quarterReport"]));
    expect(result.summary).toContainEqual(expect.stringMatching(/^Просрочено: \d+ из 8/));
    expect(spy).toHaveBeenCalledTimes(1);
  });

  test("its unreadable deadline is one remark, however many reports show the plan", () => {
    const result = runEngine(sample(), new Set(), { asOf });
    expect(unreadable(result.problems.map((p) => p.message))).toHaveLength(1);
  });

  test("its problems are listed with «Отчёт за квартал» alone, and not for a report that does not show the plan", () => {
    expect(
      unreadable(runEngine(sample(), new Set(), { asOf }, ["quarterReport"]).problems.map((p) => p.message)),
    ).toHaveLength(1);
    expect(unreadable(runEngine(sample(), new Set(), { asOf }, ["curators"]).problems.map((p) => p.message))).toEqual(
      [],
    );
  });
});

/** Profiles of two years, each with an unreadable level and a Latin lookalike: «ВС», «Bысокий» (Latin B). */
function twoYears(): SheetGrid[] {
  const year = (y: number, unreadable: string): SheetGrid => ({
    name: `ШНОР ${y}`,
    cells: [
      [`Перечень ШНОР на ${y} год`, null, null, null],
      ["Муниципалитет", "Наименование ОО", "РФ1", "РФ2"],
      ["Азовский МР", "МБОУ «Азовская СОШ № 1»", "высокий", unreadable],
      ["Тарский МР", "МКОУ «Лесная ООШ»", "Bысокий", "низкий"],
    ],
    origin: { row: 0, col: 0 },
    merges: [],
  });
  return [year(2020, "ХЗ"), year(2021, "ВС")];
}

const remarks = (result: ReturnType<typeof runEngine>) =>
  rowsByHeader(result.sheets.find((s) => s.reportId === "remarks")!.main).map((r) => Object.values(r).join(" | "));

const NOT_A_LEVEL = "не является уровнем значимости фактора (ожидается высокий/средний/низкий, отметка «+» или пусто)";
const LATIN = "латинская буква в значении «Bысокий» прочитана как кириллическая";

describe("the schools' factor levels of a run", () => {
  test("a cell «Группы риска», «Сводка рисков» and «Динамика рисков» all read is one remark, in the first one's order", () => {
    expect(remarks(runEngine(twoYears(), new Set(), { asOf }))).toEqual([
      `ШНОР 2021 | D3 | ОО «МБОУ «Азовская СОШ № 1»», РФ2: «ВС» ${NOT_A_LEVEL}; фактор не учтён | ошибка`,
      `ШНОР 2021 | C4 | ОО «МКОУ «Лесная ООШ»», РФ1: ${LATIN} | предупреждение`,
      `ШНОР 2020 | D3 | ОО «МБОУ «Азовская СОШ № 1»», РФ2: «ХЗ» ${NOT_A_LEVEL}; фактор не учтён | ошибка`,
      `ШНОР 2020 | C4 | ОО «МКОУ «Лесная ООШ»», РФ1: ${LATIN} | предупреждение`,
    ]);
  });

  test("each report alone tells the cells it reads: «Динамика рисков» both years, each year's school in turn", () => {
    expect(remarks(runEngine(twoYears(), new Set(), { asOf }, ["riskDynamics"]))).toEqual([
      `ШНОР 2020 | D3 | ОО «МБОУ «Азовская СОШ № 1»», РФ2: «ХЗ» ${NOT_A_LEVEL}; фактор не учтён | ошибка`,
      `ШНОР 2020 | C4 | ОО «МКОУ «Лесная ООШ»», РФ1: ${LATIN} | предупреждение`,
      `ШНОР 2021 | D3 | ОО «МБОУ «Азовская СОШ № 1»», РФ2: «ВС» ${NOT_A_LEVEL}; фактор не учтён | ошибка`,
      `ШНОР 2021 | C4 | ОО «МКОУ «Лесная ООШ»», РФ1: ${LATIN} | предупреждение`,
    ]);
    expect(remarks(runEngine(twoYears(), new Set(), { asOf }, ["riskSummary"]))).toEqual([
      `ШНОР 2021 | D3 | ОО «МБОУ «Азовская СОШ № 1»», РФ2: «ВС» ${NOT_A_LEVEL}; фактор не учтён | ошибка`,
      `ШНОР 2021 | C4 | ОО «МКОУ «Лесная ООШ»», РФ1: ${LATIN} | предупреждение`,
    ]);
    expect(remarks(runEngine(twoYears(), new Set(), { asOf }, ["planStatus"]))).toEqual([]);
  });

  test("a report built on its own still names its cells (no run: a reading of its own)", () => {
    const data = readWorkbook(twoYears(), DEFAULT_SETTINGS, new Set());
    const ctx = { asOf, settings: DEFAULT_SETTINGS };
    expect(buildRiskSummaryReport(data, ctx).problems.map((p) => [p.sheet, p.row, p.col])).toEqual([
      ["ШНОР 2021", 2, 3],
      ["ШНОР 2021", 3, 2],
    ]);
    const run = runFacts(data, ctx);
    expect(buildRiskGroupsReport(data, ctx, run)[0].problems).toHaveLength(2);
    expect(buildRiskSummaryReport(data, ctx, run).problems).toEqual([]);
  });
});

describe("the results table of a run", () => {
  /** A share over 100 (row 3 of «Результаты», F3) and an unreadable year (row 4, D4). */
  function results(): SheetGrid[] {
    return [
      {
        name: "Результаты",
        cells: [
          ["Муниципалитет", "Наименование ОО", "Логин", "Год", "Процедура", "Доля «2», %"],
          ["Вяземский район", "МБОУ СОШ № 1", "v1", 2021, "ВПР 5 класс, русский язык", 35],
          ["Вяземский район", "МБОУ СОШ № 2", "v2", 2021, "ВПР 5 класс, русский язык", 130],
          ["Вяземский район", "МБОУ СОШ № 3", "v3", "прошлый", "ВПР 5 класс, русский язык", 20],
        ],
        origin: { row: 0, col: 0 },
        merges: [],
      },
    ];
  }
  const cells = (result: ReturnType<typeof runEngine>) =>
    result.problems.filter((p) => p.sheet === "Результаты").map((p) => [p.row, p.col]);

  test("its problems are listed once, with the first of the steps before a plan that is built", () => {
    const all = runEngine(results(), new Set(), { asOf });
    expect(all.sheets.map((s) => s.reportId)).toEqual(
      expect.arrayContaining(["identification", "stableHigh", "partners", "interviews"]),
    );
    expect(cells(all)).toEqual([
      [3, 3],
      [2, 5],
    ]);
    expect(cells(runEngine(results(), new Set(), { asOf }, ["interviews", "partners"]))).toEqual([
      [3, 3],
      [2, 5],
    ]);
    expect(cells(runEngine(results(), new Set(), { asOf }, ["riskGroups"]))).toEqual([]);
  });
});
