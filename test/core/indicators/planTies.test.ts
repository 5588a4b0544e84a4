import { headerWordsInText, indicatorTexts, stemOf, tieIndicator } from "../../../src/core/indicators/planTies";

const OMSK_MEDK =
  'Доля общеобразовательных организаций, из числа включенных в проект "500+", разместивших актуальные материалы в ИС МЭДК';
const OMSK_TRAINED =
  'Доля общеобразовательных организаций, из числа включенных в проект "500+", в которых руководители прошли повышение квалификации';

describe("a plan indicator tied to a schools column (SPEC §9)", () => {
  test("endings are ignored: «разместили» ~ «разместивших», «материалы» ~ «материалов»", () => {
    expect(stemOf("разместили")).toBe("размест");
    expect(headerWordsInText("Разместили материалы в ИС МЭДК", OMSK_MEDK)).toBe(true);
    expect(headerWordsInText("Разместили материалы в ИС МЭДК", OMSK_TRAINED)).toBe(false);
    // Every significant word must occur: «сайте» is not in the text.
    expect(headerWordsInText("Разместили материалы на сайте", OMSK_MEDK)).toBe(false);
  });

  test("one column: tied by words; none: says so; two: reported, not split", () => {
    const headers = [
      "Разместили материалы в ИС МЭДК",
      "Руководители прошли повышение квалификации",
      "Дата визита куратора",
    ];
    expect(tieIndicator(OMSK_MEDK, headers, [])).toEqual({ kind: "tied", header: headers[0], by: "words" });
    expect(tieIndicator(OMSK_TRAINED, headers, [])).toEqual({ kind: "tied", header: headers[1], by: "words" });
    expect(tieIndicator("Доля ООНОР, вовлечённых в сетевую форму", headers, [])).toEqual({ kind: "none" });
    const two = [...headers, "Материалы в ИС МЭДК"];
    expect(tieIndicator(OMSK_MEDK, two, [])).toEqual({ kind: "several", headers: [headers[0], "Материалы в ИС МЭДК"] });
  });

  test("a settings row «Показатель: <начало текста>» wins, also over two columns; a column the list lacks ties nothing", () => {
    const headers = ["Разместили материалы в ИС МЭДК", "Материалы в ИС МЭДК", "Заместили"];
    const ties = [{ start: "доля общеобразовательных организаций, из числа", header: "материалы в ис мэдк" }];
    expect(tieIndicator(OMSK_MEDK, headers, ties)).toEqual({
      kind: "tied",
      header: "Материалы в ИС МЭДК",
      by: "settings",
    });
    expect(tieIndicator(OMSK_MEDK, headers, [{ start: "Доля", header: "Нет такой" }])).toEqual({ kind: "none" });
  });

  test("a cell's indicators: one a line, numbering and the final stop dropped", () => {
    expect(indicatorTexts(["1) Доля ОО, разместивших материалы;\n2) Доля педагогов.", "", "– Доля ОО"])).toEqual([
      "Доля ОО, разместивших материалы",
      "Доля педагогов",
      "Доля ОО",
    ]);
  });
});
