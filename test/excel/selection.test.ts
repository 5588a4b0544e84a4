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
    // A Windows list separator «;» between the areas, and inside a quoted name.
    expect(areasOf("'План; 2021'!B3:K3;Лист1!A1")).toEqual(["'План; 2021'!B3:K3", "Лист1!A1"]);
  });

  test("any address text: an area or null, never an exception", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (selection, active) => {
        const area = formulaArgumentArea(selection, active);
        expect(area === null || areasOf(selection).includes(area)).toBe(true);
      }),
    );
  });

  test("any selection as Excel writes it: the argument is the first area other than the active cell's", () => {
    const sheetName = fc.oneof(
      fc.constantFrom("Лист1", "ООНОР2021"),
      fc
        .constantFrom("ООНОР 2021", "План, 2021", "План; 2021", "О'Нил", "Школы (2)")
        .map((n) => `'${n.replace(/'/g, "''")}'`),
    );
    const cell = fc
      .tuple(fc.constantFrom("A", "D", "AB", "XFD"), fc.integer({ min: 1, max: 1_048_576 }))
      .map(([c, r]) => `${c}${r}`);
    const area = fc
      .tuple(sheetName, cell, fc.option(cell, { nil: undefined }))
      .map(([s, a, b]) => (b ? `${s}!${a}:${b}` : `${s}!${a}`));
    const runs = 200;
    let found = 0;
    fc.assert(
      fc.property(
        fc.array(area, { minLength: 1, maxLength: 4 }),
        fc.nat(),
        fc.constantFrom(", ", ",", ";", "; "),
        (areas, pick, comma) => {
          const active = areas[pick % areas.length];
          const expected = areas.find((a) => a !== active) ?? null;
          const got = formulaArgumentArea(areas.join(comma), active);
          expect(got).toBe(expected);
          if (got !== null) found++;
        },
      ),
      { numRuns: runs },
    );
    expect(found).toBeGreaterThan(runs * 0.5);
  });
});
