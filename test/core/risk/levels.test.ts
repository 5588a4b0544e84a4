import fc from "fast-check";
import { parseMinLevel, reaches, readLevel } from "../../../src/core/risk/levels";

describe("readLevel: level spellings of real workbooks", () => {
  test.each([
    ["высокий", "high"],
    ["Высокая", "high"],
    ["ВЫСОКАЯ ЗНАЧИМОСТЬ", "high"],
    ["высокий  уровень", "high"],
    ["выс.", "high"],
    ["В", "high"],
    ["High", "high"],
    ["средний", "medium"],
    ["Средняя значимость", "medium"],
    ["ср.", "medium"],
    ["С", "medium"],
    ["medium", "medium"],
    [" средний уровень. ", "medium"],
    ["низкий", "low"],
    ["низкая", "low"],
    ["низ.", "low"],
    ["н", "low"],
    ["low", "low"],
    ["Низкая значимость", "low"],
    ["", "absent"],
    [null, "absent"],
    ["нет", "absent"],
    ["-", "absent"],
    ["–", "absent"],
    [0, "absent"],
    ["0", "absent"],
    ["отсутствует", "absent"],
    ["   ", "absent"],
  ])("«%s» → %s", (cell, level) => {
    expect(readLevel(cell)).toEqual({ level });
  });

  test.each(["+", "да", 1, "1", "х", "✓", "v", "есть", "Да", "ЕСТЬ"])("presence mark «%s» counts as high", (cell) => {
    expect(readLevel(cell)).toEqual({ level: "high" });
  });

  test.each([
    ["B", "high"],
    ["C", "medium"],
    ["H", "low"],
    ["h", "low"],
    ["X", "high"],
    ["c.", "medium"],
  ])("Latin «%s» is read as the Cyrillic letter (%s) and flagged", (cell, level) => {
    expect(readLevel(cell)).toEqual({ level, latin: true });
  });

  test("Latin words high/medium/low are not flagged as lookalikes", () => {
    expect(readLevel("high")).toEqual({ level: "high" });
  });

  test.each(["очень высокий", "3?", "высоко", 2, 3, "средне-высокий", "??"])(
    "«%s» is an input error, never absent",
    (cell) => {
      const reading = readLevel(cell);
      expect("error" in reading).toBe(true);
      if ("error" in reading) expect(reading.error).toContain(`«${String(cell)}»`);
    },
  );

  test("any cell value in, no exception out, and a level or an error out", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null)), (cell) => {
        const r = readLevel(cell);
        expect("error" in r || ["high", "medium", "low", "absent"].includes(r.level)).toBe(true);
      }),
    );
  });
});

describe("parseMinLevel", () => {
  test("empty means «высокая»", () => {
    expect(parseMinLevel("")).toEqual({ level: "high" });
    expect(parseMinLevel(null)).toEqual({ level: "high" });
  });
  test.each([
    ["высокая", "high"],
    ["Средняя", "medium"],
    ["низкая", "low"],
    ["средний уровень", "medium"],
  ])("«%s» → %s", (text, level) => {
    expect(parseMinLevel(text)).toEqual({ level });
  });
  test.each(["очень", "+", "нет", 1])("«%s» is not a minimum level", (text) => {
    expect(parseMinLevel(text)).toEqual({ error: expect.stringContaining("Минимальный уровень") });
  });
  test("«средняя» counts medium and high, not low", () => {
    expect(reaches("high", "medium")).toBe(true);
    expect(reaches("medium", "medium")).toBe(true);
    expect(reaches("low", "medium")).toBe(false);
    expect(reaches("absent", "low")).toBe(false);
    expect(reaches("low", "low")).toBe(true);
  });
});
