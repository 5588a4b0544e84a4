import fc from "fast-check";
import {
  compactNumberList,
  formatItemNumbers,
  isMandatoryFor,
  mandatoryMeasures,
  parseMeasureGroups,
  readPlanGroups,
} from "../../../src/core/risk/mandatory";
import type { PlanRecord } from "../../../src/core/tables/records";

const TEN = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

describe("parseMeasureGroups", () => {
  test.each([
    ["1, 3", [1, 3]],
    ["2-4, 9", [2, 3, 4, 9]],
    ["2–4", [2, 3, 4]],
    ["2 — 4", [2, 3, 4]],
    ["1 и 3", [1, 3]],
    ["1;3", [1, 3]],
    ["группы 1, 3", [1, 3]],
    ["Для групп 6, 8.", [6, 8]],
    [7, [7]],
    ["3, 1, 3", [1, 3]],
  ])("«%s» → %j", (cell, groups) => {
    expect(parseMeasureGroups(cell, TEN)).toEqual({ kind: "groups", groups });
  });
  test.each(["все", "Все группы", "ВСЕ.", "для всех групп"])("«%s» is every school", (cell) => {
    expect(parseMeasureGroups(cell, TEN)).toEqual({ kind: "all" });
  });
  test("empty is mandatory for no school in particular", () => {
    expect(parseMeasureGroups("", TEN)).toEqual({ kind: "none" });
    expect(parseMeasureGroups(null, TEN)).toEqual({ kind: "none" });
  });
  test("a number outside the catalogue is an input error", () => {
    expect(parseMeasureGroups("1, 12", TEN)).toEqual({
      error: "группа 12 в «1, 12» вне каталога рисковых факторов (1–10)",
    });
    expect(parseMeasureGroups("0", TEN)).toEqual({ error: expect.stringContaining("группа 0") });
  });
  test("text that is not a group list is an input error", () => {
    expect(parseMeasureGroups("по плану ООНОР", TEN)).toEqual({ error: expect.stringContaining("не распознаны") });
    expect(parseMeasureGroups("4-2", TEN)).toEqual({ error: expect.stringContaining("обратном порядке") });
    expect(parseMeasureGroups("1.5", TEN)).toEqual({ error: expect.stringContaining("не распознаны") });
  });
  test("any cell in, no exception out", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null)), (cell) => {
        parseMeasureGroups(cell, TEN);
      }),
    );
  });
});

describe("compactNumberList", () => {
  test("runs of three or more become ranges", () => {
    expect(compactNumberList([1, 2, 3, 4, 5, 7, 9, 10, 11, 12])).toBe("1–5, 7, 9–12");
    expect(compactNumberList([1, 2, 5, 6])).toBe("1, 2, 5, 6");
    expect(compactNumberList([8, 3, 1, 2])).toBe("1–3, 8");
    expect(compactNumberList([])).toBe("");
  });
  test("expanding the compact list gives back the sorted set", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 60 })), (numbers) => {
        const expanded = compactNumberList(numbers)
          .split(", ")
          .filter(Boolean)
          .flatMap((part) => {
            const [a, b] = part.split("–").map(Number);
            return b === undefined ? [a] : Array.from({ length: b - a + 1 }, (_, i) => a + i);
          });
        expect(expanded).toEqual([...new Set(numbers)].sort((x, y) => x - y));
      }),
    );
  });
  test("item numbers as written: «1.» is 1, «1.1» keeps the list as written", () => {
    expect(formatItemNumbers(["1.", "2.", "3."])).toBe("1–3");
    expect(formatItemNumbers(["1.1", "1.2", "2.4"])).toBe("1.1, 1.2, 2.4");
  });
});

describe("mandatory measures of a school", () => {
  const item = (number: string, groups: string | null, row: number): PlanRecord => ({
    number,
    measure: `Мероприятие ${number}`,
    executor: "МОУО",
    deadline: { value: "в течение года", ref: { sheet: "План", row, col: 3 } },
    groups: groups === null ? undefined : { value: groups, ref: { sheet: "План", row, col: 4 } },
    ref: { sheet: "План", row, col: 0 },
  });
  const plan = [
    item("1", "все", 3),
    item("2", "1, 2", 4),
    item("3", "", 5),
    item("4", "4, 9", 6),
    item("5", "12", 7),
    item("6", "3-5", 8),
  ];

  test("«все» for everyone, groups intersecting, empty for nobody, bad cell reported with its address", () => {
    const { measures, problems } = readPlanGroups(plan, TEN);
    expect(problems).toEqual([
      { sheet: "План", row: 7, col: 4, severity: "error", message: expect.stringMatching(/^Мероприятие 5: группа 12/) },
    ]);
    expect(mandatoryMeasures(measures, [])).toBe("1");
    expect(mandatoryMeasures(measures, [2])).toBe("1, 2");
    expect(mandatoryMeasures(measures, [4])).toBe("1, 4, 6");
    expect(mandatoryMeasures(measures, [1, 9, 5])).toBe("1, 2, 4, 6");
  });
  test("an item without a number is named by its sheet row", () => {
    const { measures } = readPlanGroups([item("", "все", 11), item("", "3", 12)], TEN);
    expect(mandatoryMeasures(measures, [3])).toBe("стр. 12, стр. 13");
  });
  test("isMandatoryFor", () => {
    expect(isMandatoryFor({ kind: "all" }, [])).toBe(true);
    expect(isMandatoryFor({ kind: "none" }, [1, 2, 3])).toBe(false);
    expect(isMandatoryFor({ kind: "groups", groups: [3] }, [1, 2])).toBe(false);
  });
});
