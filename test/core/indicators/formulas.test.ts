import fc from "fast-check";
import type { Cell } from "../../../src/core/cell";
import { shareFormula, trendFormula } from "../../../src/core/indicators/formulas";
import { parseDottedDay } from "../../../src/core/calendar";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { buildIndicatorsReport } from "../../../src/reports/indicatorsReport";
import { MEDK, sampleData, sampleGrids, SCHOOLS_SHEET } from "../../fixtures/risk/sample";

const column = (...cells: Cell[]): Cell[][] => cells.map((c) => [c]);
const anyCell = fc.oneof(
  fc.string(),
  fc.double(),
  fc.integer({ min: -3, max: 40 }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom("да", "нет", "+", "", ">0", "<=30", ">>1", "меньше"),
);

describe("SHARE", () => {
  const marks = column("да", "нет", "+", "", "ДА", "-", "возможно", 1);

  test("default criterion: the yes marks over the filled cells", () => {
    expect(shareFormula(marks, "", null)).toEqual({ ok: true, value: 4 / 7 });
  });
  test("the default also counts the done marks of a plan, dates included", () => {
    expect(
      shareFormula(column("выполнено", "проведено 12.03.2021", "частично", "не выполнено", "Да", 44270), "", null),
    ).toEqual({ ok: true, value: 4 / 6 });
  });
  test("a mark, a comparison, a word", () => {
    expect(shareFormula(marks, "нет", null)).toEqual({ ok: true, value: 2 / 7 });
    expect(shareFormula(column(0, 12, 35, "30", "", 30.5), ">0", null)).toEqual({ ok: true, value: 4 / 5 });
    expect(shareFormula(column(0, 12, 35, "30", "", 30.5), "<=30", null)).toEqual({ ok: true, value: 3 / 5 });
    expect(shareFormula(column(10, 20, "20,0"), "= 20", null)).toEqual({ ok: true, value: 2 / 3 });
    expect(shareFormula(column("Выполнено", "выполнено ", "в работе"), "выполнено", null)).toEqual({
      ok: true,
      value: 2 / 3,
    });
  });
  test("a base column: blank values stay in the denominator", () => {
    const schools = column("СОШ № 1", "СОШ № 2", "СОШ № 3", "СОШ № 4", null);
    expect(shareFormula(column("да", "", "нет", "да", ""), "", schools)).toEqual({ ok: true, value: 0.5 });
  });
  test("errors name the argument and the value", () => {
    expect(shareFormula(marks, ">>1", null)).toEqual({
      ok: false,
      error: "value",
      message: "Критерий «>>1» не распознан: после знака сравнения нужно число, например «>0» или «<=30»",
    });
    expect(shareFormula(column(...Array(12).fill("да")), "", column(...Array(10).fill("ОО")))).toEqual({
      ok: false,
      error: "value",
      message: "Столбец основы другого размера: 10 строк против 12",
    });
    expect(shareFormula(column("", null), "", null)).toEqual(expect.objectContaining({ ok: false }));
  });
  test("agrees with «Показатели» when the school column is the base", () => {
    const grids = sampleGrids();
    grids[SCHOOLS_SHEET][2][15] = null;
    const rows = grids[SCHOOLS_SHEET].slice(2, 26);
    const [report] = buildIndicatorsReport(sampleData(grids), {
      asOf: parseDottedDay("15.06.2021")!,
      settings: DEFAULT_SETTINGS,
    });
    const region = report.main.rows.find((r) => r[0] === MEDK && r[1] === "Итого по региону")!;
    expect(
      shareFormula(
        rows.map((r) => [r[15] ?? ""]),
        "да",
        rows.map((r) => [r[2]]),
      ),
    ).toEqual({ ok: true, value: region[4] });
  });
  test("any cells in: a share within 0…1 or a message, never NaN or an exception", () => {
    fc.assert(
      fc.property(
        fc.array(anyCell, { maxLength: 10 }),
        anyCell,
        fc.option(fc.array(anyCell, { maxLength: 10 })),
        (values, criterion, base) => {
          const r = shareFormula(
            values.map((v) => [v]),
            criterion,
            base === null ? null : base.map((b) => [b]),
          );
          if (r.ok) expect(r.value >= 0 && r.value <= 1).toBe(true);
          else expect(r.message.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});

describe("TREND", () => {
  test("higher is better by default; «меньше» turns it", () => {
    expect(trendFormula(40, 38, "")).toEqual({ ok: true, value: "отрицательная" });
    expect(trendFormula(40, "38", "меньше")).toEqual({ ok: true, value: "положительная" });
    expect(trendFormula("12,5", 12.5, null)).toEqual({ ok: true, value: "без изменений" });
  });
  test("errors", () => {
    expect(trendFormula("", 3, "")).toEqual({
      ok: false,
      error: "value",
      message: "Входное значение: значение не задано",
    });
    expect(trendFormula(3, "н/д", "")).toEqual({
      ok: false,
      error: "value",
      message: "Итоговое значение «н/д» не является числом",
    });
    expect(trendFormula(3, 4, "вверх")).toEqual(
      expect.objectContaining({ ok: false, message: expect.stringContaining("«вверх»") }),
    );
  });
  test("agrees with the dynamics of «Показатели» school by school («Неуспевающих»: lower is better)", () => {
    const rows = sampleGrids()[SCHOOLS_SHEET].slice(2, 26);
    const [, lists] = buildIndicatorsReport(sampleData(), {
      asOf: parseDottedDay("15.06.2021")!,
      settings: DEFAULT_SETTINGS,
    });
    const notPositive = new Map(
      lists.main.rows.filter((r) => String(r[0]).startsWith("Положительная динамика")).map((r) => [r[2], r[3]]),
    );
    for (const r of rows) {
      const trend = trendFormula(r[16], r[17], "меньше");
      expect(trend).toEqual({ ok: true, value: notPositive.get(r[2]) ?? "положительная" });
    }
  });
  test("any cells in, never an exception", () => {
    fc.assert(
      fc.property(anyCell, anyCell, anyCell, (a, b, c) => {
        const r = trendFormula(a, b, c);
        expect(r.ok ? ["положительная", "отрицательная", "без изменений"] : [r.message]).toContain(
          r.ok ? r.value : r.message,
        );
      }),
    );
  });
});
