import fc from "fast-check";
import { areasOf, formulaArgumentArea } from "../../src/excel/selection";

describe("the data a formula in the active cell refers to", () => {
  test("data selected, then an empty cell Ctrl+clicked: the data is the argument", () => {
    expect(formulaArgumentArea("'ООНОР 2021'!D3:G3, 'ООНОР 2021'!I3", "'ООНОР 2021'!I3")).toBe("'ООНОР 2021'!D3:G3");
  });

  test("one area holds the active cell (as Excel always has it): no argument, the formula would refer to itself", () => {
    expect(formulaArgumentArea("Лист1!F3:O3", "Лист1!F3")).toBeNull();
    expect(formulaArgumentArea("Лист1!F3", "Лист1!F3")).toBeNull();
  });

  test("sheet names with commas and quotes are one area", () => {
    expect(areasOf("'План, 2021'!B3:K3, 'О''Нил'!A1")).toEqual(["'План, 2021'!B3:K3", "'О''Нил'!A1"]);
  });

  test("any address text: an area or null, never an exception", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (selection, active) => {
        const area = formulaArgumentArea(selection, active);
        expect(area === null || areasOf(selection).includes(area)).toBe(true);
      }),
    );
  });
});
