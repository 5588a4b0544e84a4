/**
 * What a run works out once (src/reports/context.ts RunFacts): the plan evaluated once however many reports show it,
 * and its problems listed once in «Замечания», with the first report that shows the plan.
 */
import { mustDayOf } from "../../src/core/calendar";
import type { SheetGrid } from "../../src/core/cell";
import * as evaluate from "../../src/core/plan/evaluate";
import { runEngine } from "../../src/reports/engine";
import { PLAN_SHEET, sampleGrids } from "../fixtures/risk/sample";

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
