import fc from "fast-check";
import type { Cell } from "../../../src/core/cell";
import { lowResultFormula } from "../../../src/core/identification/lowResultFormula";

const HEADERS: Cell[][] = [["ВПР-2021 рус 5", "ВПР-2021 мат 5", "ВПР-2022 рус 5", "ВПР-2022 мат 5"]];

describe("LOWRESULT (НИЗКИЕ_РЕЗУЛЬТАТЫ)", () => {
  test("two procedures of one year → TRUE", () => {
    expect(lowResultFormula([[35, 30, 10, 5]], HEADERS, null)).toEqual({ ok: true, value: true });
  });
  test("same procedure two years running → TRUE; scattered → FALSE", () => {
    expect(lowResultFormula([[35, 10, 31, 5]], HEADERS, null)).toEqual({ ok: true, value: true });
    expect(lowResultFormula([[35, 10, 5, 31]], HEADERS, null)).toEqual({ ok: true, value: false });
  });
  test("fractions: a row whose shares are all ≤ 1", () => {
    expect(lowResultFormula([[0.35, 0.3, 0.1, 0.05]], HEADERS, null)).toEqual({ ok: true, value: true });
    expect(lowResultFormula([[0.35, 0.29, 0.1, 0.05]], HEADERS, null)).toEqual({ ok: true, value: false });
  });
  test("threshold: 40, «40 %» or 0.4; blank cells are missing results", () => {
    expect(lowResultFormula([[35, 30, 10, 5]], HEADERS, 40)).toEqual({ ok: true, value: false });
    expect(lowResultFormula([[45, "41,5", null, ""]], HEADERS, "40 %")).toEqual({ ok: true, value: true });
    expect(lowResultFormula([[45, 41, null, null]], HEADERS, 0.4)).toEqual({ ok: true, value: true });
  });
  test("bad header, bad share, bad threshold, unequal lengths → #VALUE! naming what was not understood", () => {
    const header = lowResultFormula([[35, 30]], [["ВПР рус 5", "ВПР-2021 мат 5"]], null);
    expect(header).toMatchObject({ ok: false, error: "value" });
    expect(!header.ok && header.message).toContain("«ВПР рус 5»");
    const share = lowResultFormula([[35, "много"]], [["ВПР-2021 рус 5", "ВПР-2021 мат 5"]], null);
    expect(!share.ok && share.message).toContain("«много»");
    const threshold = lowResultFormula([[35, 30]], [["ВПР-2021 рус 5", "ВПР-2021 мат 5"]], "высокий");
    expect(!threshold.ok && threshold.message).toContain("«высокий»");
    expect(lowResultFormula([[35]], HEADERS, null).ok).toBe(false);
  });
  test("any cells in → a result, never an exception", () => {
    const cellArb: fc.Arbitrary<Cell> = fc.oneof(
      fc.constant(null),
      fc.boolean(),
      fc.double(),
      fc.string(),
      fc.integer({ min: -5, max: 120 }),
      fc.constantFrom("ВПР-2021 рус 5", "ВПР-2022 рус 5", "30 %"),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cellArb, { maxLength: 6 }), { maxLength: 3 }),
        fc.array(fc.array(cellArb, { maxLength: 6 }), { maxLength: 3 }),
        cellArb,
        (s, h, t) => {
          const r = lowResultFormula(s, h, t);
          expect(typeof r.ok).toBe("boolean");
          if (!r.ok) expect(r.message.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});
