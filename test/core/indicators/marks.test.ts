import fc from "fast-check";
import { readMark } from "../../../src/core/indicators/marks";
import { readNumber } from "../../../src/core/indicators/numbers";

describe("readMark", () => {
  test.each([
    ["да", "yes"],
    [" ДА ", "yes"],
    ["+", "yes"],
    [1, "yes"],
    ["1", "yes"],
    [true, "yes"],
    ["TRUE", "yes"],
    ["Истина", "yes"],
    ["нет", "no"],
    ["Нет ", "no"],
    ["-", "no"],
    ["–", "no"],
    [0, "no"],
    [false, "no"],
    ["FALSE", "no"],
    ["ЛОЖЬ", "no"],
    ["", "blank"],
    [null, "blank"],
    ["  ", "blank"],
  ])("«%s» → %s", (cell, mark) => {
    expect(readMark(cell)).toBe(mark);
  });
  test.each(["возможно", "12.03.2021", 44270, 2, "да, частично"])("«%s» is not a yes/no mark", (cell) => {
    expect(readMark(cell)).toBeNull();
  });
});

describe("readNumber", () => {
  test.each([
    [22, 22],
    ["22,5", 22.5],
    ["22.5", 22.5],
    ["30 %", 30],
    ["-3", -3],
    ["1 234", 1234],
  ])("«%s» → %s", (cell, n) => {
    expect(readNumber(cell)).toBe(n);
  });
  test.each(["н/д", "около 20", true, "1,2,3"])("«%s» → null", (cell) => {
    expect(readNumber(cell)).toBeNull();
  });
  test("blank", () => expect(readNumber("")).toBe("blank"));
  test("any cell in, a finite number, «blank» or null out", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null)), (cell) => {
        const n = readNumber(cell);
        expect(n === null || n === "blank" || Number.isFinite(n)).toBe(true);
        readMark(cell);
      }),
    );
  });
});
