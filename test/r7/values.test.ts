/** src/r7/values.ts: what the door reads back from GetValue's strings, and the text it types through SetValue. */
import fc from "fast-check";
import { editorNumberFormat, fromEditorValue, toEditorInput } from "../../src/r7/values";

describe("значения, прочитанные из редактора (GetValue даёт строки)", () => {
  it.each([
    ["", null],
    ["0.553", 0.553],
    ["45366", 45366],
    ["-12", -12],
    ["1E-07", 1e-7],
    ["TRUE", true],
    ["FALSE", false],
    ["#N/A", "#N/A"],
    ["#DIV/0!", "#DIV/0!"],
    ["0012", "0012"],
    ["1,5", "1,5"],
    ["Школа № 5", "Школа № 5"],
    [" 12", " 12"],
  ])("«%s» → %p", (text, cell) => {
    expect(fromEditorValue(text)).toEqual(cell);
  });

  it("любое число, записанное в каноническом виде, читается тем же числом", () => {
    const numbers = fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (n === 0 ? 0 : n)); // String(-0) is «0»
    fc.assert(fc.property(numbers, (n) => expect(fromEditorValue(String(n))).toBe(n)));
  });

  it("любая строка читается без исключения", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        fromEditorValue(s);
      }),
    );
  });
});

describe("значения, набираемые в редактор (SetValue читает их как ввод пользователя)", () => {
  it.each([
    [null, ",", ""],
    ["", ",", ""],
    [3.5, ",", "3,5"],
    [3.5, ".", "3.5"],
    [0.553, ",", "0,553"],
    [45366, ",", "45366"],
    [Number.NaN, ",", ""],
    ["0012", ",", "'0012"],
    ["1/2", ",", "'1/2"],
    ["=СУММ(A1)", ",", "'=СУММ(A1)"],
    ["50%", ",", "'50%"],
    ["ИСТИНА", ",", "'ИСТИНА"],
    ["Школа № 5", ",", "'Школа № 5"],
    ["Просрочено", ",", "Просрочено"],
  ])("%p при разделителе «%s» → «%s»", (value, decimal, text) => {
    expect(toEditorInput(value, decimal)).toBe(text);
  });

  it("число с разделителем локали читается обратно тем же числом (запятая — в русском редакторе)", () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (n === 0 ? 0 : n)),
        (n) => {
          expect(Number(toEditorInput(n, ",").replace(",", "."))).toBe(n);
        },
      ),
    );
  });
});

describe("логические значения словами редактора (язык формул: test/r7/booleans.test.ts)", () => {
  const russian = { true: "ИСТИНА", false: "ЛОЖЬ" };
  it("набираются его словами, а текст с таким словом — с «'»", () => {
    expect([true, false].map((v) => toEditorInput(v, ",", russian))).toEqual(["ИСТИНА", "ЛОЖЬ"]);
    expect([true, false].map((v) => toEditorInput(v, ","))).toEqual(["TRUE", "FALSE"]);
    expect(toEditorInput("ИСТИНА", ",", russian)).toBe("'ИСТИНА");
  });
  it("читаются только его слова; английское слово при русских формулах — текст", () => {
    expect(["ИСТИНА", "ЛОЖЬ", "TRUE"].map((t) => fromEditorValue(t, russian))).toEqual([true, false, "TRUE"]);
    expect(["TRUE", "ИСТИНА"].map((t) => fromEditorValue(t))).toEqual([true, "ИСТИНА"]);
  });
});

describe("числовые форматы для редактора", () => {
  it("точка между частями даты экранируется (иначе в ru-RU она — десятичный разделитель: «15,03,2024»)", () => {
    expect(editorNumberFormat("dd.mm.yyyy")).toBe("dd\\.mm\\.yyyy");
    expect(editorNumberFormat("dd\\.mm\\.yyyy")).toBe("dd\\.mm\\.yyyy");
  });
  it.each(["0.00", "0.0%", "0", "General"])("«%s» остаётся как есть", (format) => {
    expect(editorNumberFormat(format)).toBe(format);
  });
});
