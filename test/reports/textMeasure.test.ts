import fc from "fast-check";
import { percentFormat, percentText } from "../../src/core/numberText";
import { fullWidth, lineCount, longestWordWidth, textWidthPx } from "../../src/reports/textMeasure";

describe("text measured in Calibri 11 (Carlito's advance widths)", () => {
  it("measures a digit as Excel's 7-pixel column unit, a bold word wider than a regular one", () => {
    // Calibri 11 at 96 dpi: «0» is 7.43 px, rounded to 7 on screen; the measure leans wide.
    expect(textWidthPx("0")).toBeGreaterThan(7.4);
    expect(textWidthPx("0")).toBeLessThan(8);
    expect(textWidthPx("Муниципалитет", { bold: true })).toBeGreaterThan(textWidthPx("Муниципалитет"));
    expect(textWidthPx("Ш")).toBeGreaterThan(textWidthPx("г"));
  });

  it("wraps at spaces and at line breaks, and breaks a word wider than the cell", () => {
    const name = "МБОУ «Азовская немецкая национальная средняя общеобразовательная школа»";
    expect(lineCount(name, fullWidth(name))).toBe(1);
    expect(lineCount(name, fullWidth(name) / 2)).toBeGreaterThanOrEqual(2);
    expect(lineCount("первая\nвторая", 40)).toBe(2);
    expect(lineCount("", 10)).toBe(1);
    expect(lineCount("ш".repeat(60), longestWordWidth("ш".repeat(20)))).toBe(3);
  });

  it("never counts fewer lines in a narrower cell (any text)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 3, max: 80 }), (text, width) => {
        expect(lineCount(text, width)).toBeGreaterThanOrEqual(lineCount(text, width + 5));
        expect(lineCount(text, width)).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});

describe("one rounding for a share in text and in cells", () => {
  it("says what the «0.0%» cell shows", () => {
    expect(percentFormat()).toBe("0.0%");
    expect(percentText(0.5714)).toBe("57,1 %");
    expect(percentText(0.5)).toBe("50,0 %");
    expect(percentText(1)).toBe("100,0 %");
    expect(percentText(0.00049)).toBe("0,0 %");
    expect(percentText(0.0005)).toBe("0,1 %");
    expect(percentText(35.75, { points: true })).toBe("35,8 %");
    expect(percentFormat({ points: true })).toBe("0.0");
  });
});
