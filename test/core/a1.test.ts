/** A1-style references both ways (src/core/a1.ts): the problems' places, the file reader and the Office door use them. */
import fc from "fast-check";
import { cellAddress, columnIndex, columnLetters, parseRange, rangeAddress } from "../../src/core/a1";

test("columns: A, Z, AA, AZ, BA, XFD (Excel's last column, 16 384)", () => {
  expect([0, 25, 26, 51, 52, 16383].map(columnLetters)).toEqual(["A", "Z", "AA", "AZ", "BA", "XFD"]);
  expect(["A1", "z9", "AA10", "xfd1048576"].map(columnIndex)).toEqual([0, 25, 26, 16383]);
});

test("a reference that starts with no letter has no column", () => {
  expect(["", "12", "$A$1", "Ш1"].map(columnIndex)).toEqual([-1, -1, -1, -1]);
});

test("cells and ranges: «B5», «A1:C3», dollars and either corner order", () => {
  expect(cellAddress(4, 1)).toBe("B5");
  expect(rangeAddress({ top: 0, left: 0, bottom: 2, right: 2 })).toBe("A1:C3");
  expect(rangeAddress({ top: 4, left: 1, bottom: 4, right: 1 })).toBe("B5");
  expect(parseRange("$A$1:$C$3")).toEqual({ top: 0, left: 0, bottom: 2, right: 2 });
  expect(parseRange("C3:a1")).toEqual({ top: 0, left: 0, bottom: 2, right: 2 });
  expect(parseRange("B5")).toEqual({ top: 4, left: 1, bottom: 4, right: 1 });
});

test("not a reference: null", () => {
  for (const text of ["", "A", "5", "A1:", "A1:B", "Лист1!A1", "A1 B2", "R1C1"]) expect(parseRange(text)).toBeNull();
});

test("letters and ranges read back to themselves", () => {
  const col = fc.integer({ min: 0, max: 16383 });
  const row = fc.integer({ min: 0, max: 1_048_575 });
  fc.assert(
    fc.property(col, (c) => columnIndex(columnLetters(c)) === c && columnIndex(columnLetters(c).toLowerCase()) === c),
  );
  fc.assert(
    fc.property(row, col, row, col, (r1, c1, r2, c2) => {
      const range = {
        top: Math.min(r1, r2),
        left: Math.min(c1, c2),
        bottom: Math.max(r1, r2),
        right: Math.max(c1, c2),
      };
      expect(parseRange(rangeAddress(range))).toEqual(range);
    }),
  );
});
