import fc from "fast-check";
import { normalizeText } from "../../src/core/cell";

describe("normalizeText", () => {
  it.each([
    ["Сроки  исполнения (план)", "сроки исполнения план"],
    ["МБОУ «СОШ №\u00a014»", "мбоу сош № 14"],
    ["Ёлкинская\tшкола,\r\n«Радуга»", "елкинская школа радуга"],
    ["Доля «2», %", "доля 2 %"],
    ["  Куратор / наставник  ", "куратор наставник"],
    ["ВПР-2021 рус 5", "впр-2021 рус 5"],
    ["Школа\u202f\u2007№ 3", "школа № 3"],
    ["«»", ""],
  ])("%j → %j", (text, expected) => {
    expect(normalizeText(text)).toBe(expected);
  });

  const alphabet = fc.constantFrom(..."аБвЁё ЖзSchool№-%\u00a0\u2007\u202f\t\r\n«»\"'„“”‘’`.,;:!?()[]{}/\\|_*#0123");
  const texts = fc.array(alphabet, { maxLength: 40 }).map((chars) => chars.join(""));

  it("leaves no punctuation, no double or outer spaces, and is idempotent", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const n = normalizeText(text);
        expect(n).not.toMatch(/[«»"'„“”‘’`.,;:!?()[\]{}/\\|_*#ёЁ]|\s\s|^\s|\s$|[\u00a0\u2007\u202f\t\r\n]/);
        expect(n).toBe(n.toLowerCase());
        expect(normalizeText(n)).toBe(n);
      }),
    );
  });

  it("keeps every word: the words of the text, lower-cased, in order", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const words = text
          .toLowerCase()
          .replace(/ё/g, "е")
          .split(/[\s«»"'„“”‘’`.,;:!?()[\]{}/\\|_*#]/)
          .filter((w) => w !== "");
        expect(normalizeText(text)).toBe(words.join(" "));
      }),
    );
  });
});
