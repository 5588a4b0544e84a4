/** «на дату» left at today long after the plan (issue 24): the run warns, and the sheets' titles say it. */
import { dayOf, formatDay, today } from "../../src/core/calendar";
import { asOfWarningIn, planEndedLongBefore } from "../../src/core/plan/staleAsOf";
import { runEngine } from "../../src/reports/engine";
import { seedSheet } from "../fixtures/plans/seedPlans";

const D = (d: number, m: number, y: number) => dayOf(y, m, d)!;

describe("planEndedLongBefore", () => {
  it("is the last period's end only when every period ended more than a quarter before «на дату»", () => {
    expect(planEndedLongBefore([D(31, 12, 2021)], D(1, 4, 2022))).toBe(D(31, 12, 2021));
    expect(planEndedLongBefore([D(31, 12, 2021)], D(31, 3, 2022))).toBeNull();
    expect(planEndedLongBefore([D(31, 12, 2021), D(31, 12, 2022)], D(1, 4, 2022))).toBeNull();
    expect(planEndedLongBefore([], D(1, 4, 2022))).toBeNull();
  });
});

describe("the Omsk plan of 2021 read with «на дату» left at today", () => {
  const omsk = seedSheet("omsk", "План-график");

  it("warns in the summary (the command line prints it, the pane and the page show it by the date field) and in every title", () => {
    const asOf = today();
    const result = runEngine([omsk], new Set(), { asOf });
    const warning = asOfWarningIn(result.summary);
    expect(warning).toBe(
      `Внимание: «на дату» — сегодня, ${formatDay(asOf)}, а период плана закончился 31.12.2021: статусы и просрочки посчитаны на сегодня. Чтобы увидеть исполнение на конец плана, задайте «на дату», например 31.12.2021.`,
    );
    // «Отчёт за квартал» is titled by its quarter, not «по состоянию на»: the warning above covers its choice of quarter.
    const dated = result.sheets.filter((s) => s.title.includes("по состоянию на"));
    expect(dated.map((s) => s.reportId)).toEqual(expect.arrayContaining(["planStatus", "remarks"]));
    for (const sheet of dated)
      expect(sheet.title).toMatch(
        new RegExp(
          `по состоянию на ${formatDay(asOf)} \\(на дату ${formatDay(asOf)}; период плана закончился 31\\.12\\.2021\\)$`,
        ),
      );
  });

  it("says nothing when «на дату» was given", () => {
    const result = runEngine([omsk], new Set(), { asOf: D(1, 4, 2022) });
    expect(asOfWarningIn(result.summary)).toBeUndefined();
    expect(result.sheets.every((s) => !/период плана закончился/.test(s.title))).toBe(true);
  });
});
