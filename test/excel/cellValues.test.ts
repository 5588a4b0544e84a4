/**
 * Report values must come out of Excel exactly as the report computed them: text stays text however much it looks
 * like a formula, a number, a date or a boolean. Checked against the strict fake, which parses strings the way
 * Excel parses typing.
 */
import fc from "fast-check";
import { fromOfficeValue, needsTextPrefix, toOfficeRow, toOfficeValue } from "../../src/excel/cellValues";
import type { OutValue } from "../../src/reports/model";
import { createFakeExcel } from "../helpers/fakeExcel";

async function roundTrip(row: OutValue[]): Promise<{ back: unknown[]; formulas: number }> {
  const fake = createFakeExcel({ sheets: [{ name: "Лист1", cells: [] }] });
  const back = await fake.Excel.run(async (ctx) => {
    const range = ctx.workbook.worksheets.getItem("Лист1").getRangeByIndexes(0, 0, 1, row.length);
    range.values = [toOfficeRow(row)];
    await ctx.sync();
    range.load("values");
    await ctx.sync();
    return range.values[0].map(fromOfficeValue);
  });
  return { back, formulas: fake.workbookSnapshot().sheets[0].formulas.length };
}

describe("toOfficeValue", () => {
  it("prefixes only text Excel would re-read", () => {
    expect(toOfficeValue("Сысертский ГО")).toBe("Сысертский ГО");
    expect(toOfficeValue("Выполнено с нарушением срока")).toBe("Выполнено с нарушением срока");
    expect(toOfficeValue("1, 2, 6, 9")).toBe("'1, 2, 6, 9");
    expect(toOfficeValue("СОШ № 14")).toBe("'СОШ № 14");
    expect(toOfficeValue("=СУММ(A1)")).toBe("'=СУММ(A1)");
    expect(toOfficeValue("ЛОЖЬ")).toBe("'ЛОЖЬ");
    expect(toOfficeValue("«Школа»")).toBe("'«Школа»");
    expect(needsTextPrefix("март")).toBe(false);
  });

  it('writes empty as "" (null would leave the old value) and never NaN', () => {
    expect(toOfficeValue(null)).toBe("");
    expect(toOfficeValue("")).toBe("");
    expect(toOfficeValue(Number.NaN)).toBe("");
    expect(toOfficeValue(44362)).toBe(44362);
    expect(toOfficeValue(false)).toBe(false);
  });

  it("realistic report text survives Excel unchanged", async () => {
    const row: OutValue[] = [
      "-",
      "–",
      "+",
      "=",
      "01.03.2021",
      "15",
      "1,5",
      "ИСТИНА",
      "TRUE",
      "'цитата'",
      "до 5 числа",
      "-5 дней",
      0.685,
      true,
      null,
    ];
    const { back, formulas } = await roundTrip(row);
    expect(back).toEqual(row);
    expect(formulas).toBe(0);
  });

  it("any text, number or boolean comes back as written (property)", async () => {
    const value = fc.oneof(
      fc.string(),
      fc.constantFrom("=A1", "+7", "-3", "12.05.2021", "1e5", " 42 ", "истина", "Ложь"),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(value, { minLength: 1, maxLength: 8 }), async (row) => {
        const { back, formulas } = await roundTrip(row);
        expect(back).toEqual(row.map((v) => (v === "" ? null : v === 0 ? 0 : v)));
        expect(formulas).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});

describe("fromOfficeValue", () => {
  it("gives a Cell for anything Office.js may return, never throwing", () => {
    expect(fromOfficeValue("")).toBeNull();
    expect(fromOfficeValue("#N/A")).toBe("#N/A");
    expect(fromOfficeValue(44362)).toBe(44362);
    fc.assert(
      fc.property(fc.anything(), (v) => {
        const cell = fromOfficeValue(v);
        expect(cell === null || ["string", "number", "boolean"].includes(typeof cell)).toBe(true);
      }),
    );
  });
});
