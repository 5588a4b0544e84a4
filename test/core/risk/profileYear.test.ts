/** The year of a risk profile as titles, sheet names and «Год» cells write it (SPEC §9). */
import fc from "fast-check";
import { yearInText, yearOfCell } from "../../../src/core/risk/profileYear";

describe("yearInText", () => {
  it.each([
    [
      "Рисковые профили общеобразовательных организаций с низкими образовательными результатами (ШНОР), 2021 год",
      2021,
      "2021",
    ],
    ["Профили 2022", 2022, "2022"],
    ["Рисковые профили ООНОР, 2020-2021 учебный год", 2021, "2020-2021"],
    ["Профили 2020/21", 2021, "2020-2021"],
    ["Рисковые профили 2021–2022 уч. г.", 2022, "2021-2022"],
    // The date of an order is not the profile's year; the school year's label says more than the calendar year.
    ["Рисковые профили (приказ от 22.03.2021 № 734), 2020 год", 2020, "2020"],
    ["2021 год (2020-2021 учебный год)", 2021, "2020-2021"],
  ])("«%s» → %d («%s»)", (text, key, label) => {
    expect(yearInText(text)).toEqual({ key, label });
  });

  it.each([
    ["Рисковые профили ООНОР"],
    // Two different years, or a span of years: not decided from this text.
    ["Рисковые профили 2021 года (по данным мониторинга 2020 года)"],
    ["Дорожная карта на 2021-2023 годы"],
    ["Школа № 1234"],
    ["приказ от 22.03.2021"],
  ])("«%s» names no profile year", (text) => {
    expect(yearInText(text)).toBeNull();
  });

  it("takes any text without an exception, and a year it gives is a plausible one that the text writes", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const year = yearInText(text);
        if (year === null) return;
        expect(year.key).toBeGreaterThanOrEqual(1990);
        expect(year.key).toBeLessThanOrEqual(2100);
        expect(text).toContain(String(year.key).slice(0, 2));
      }),
    );
  });

  it("finds the one year written among any words", () => {
    const words = fc.string({ maxLength: 30 }).map((s) => s.replace(/\d/g, ""));
    fc.assert(
      fc.property(words, fc.integer({ min: 1990, max: 2100 }), words, (before, year, after) => {
        expect(yearInText(`${before} ${year} ${after}`)).toEqual({ key: year, label: String(year) });
      }),
    );
  });
});

describe("yearOfCell", () => {
  it("reads numbers and texts, nothing else", () => {
    expect(yearOfCell(2021)).toEqual({ key: 2021, label: "2021" });
    expect(yearOfCell("2021 г.")).toEqual({ key: 2021, label: "2021" });
    expect(yearOfCell("2020-2021")).toEqual({ key: 2021, label: "2020-2021" });
    for (const cell of [null, true, 2021.5, 44197, "прошлый", ""]) expect(yearOfCell(cell)).toBeNull();
  });

  it("takes any cell without an exception", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null)),
        (cell) => void yearOfCell(cell),
      ),
    );
  });
});
