import { DEFAULT_IDENTIFICATION_SETTINGS as D } from "../../src/core/identification/settings";
import { buildPartnersReport } from "../../src/reports/partnersReport";
import { rowsByHeader } from "../helpers/table";
import { smallCtx as ctx, smallData as data, withRules } from "../fixtures/identification/smallRegion";

describe("«Сетевые пары»", () => {
  test("pairs: own municipality first, then another; over the cap a flagged school is listed without a partner", () => {
    const sheet = buildPartnersReport(data, ctx);
    expect(sheet.sheetName).toBe("Сетевые пары");
    expect(sheet.main.columns.map((c) => c.header)).toEqual([
      "Муниципалитет ШНОР",
      "ШНОР",
      "Партнёр",
      "Муниципалитет партнёра",
      "Основание подбора",
    ]);
    const rows = rowsByHeader(sheet.main);
    expect(
      rowsByHeader(sheet.main, ["Муниципалитет ШНОР", "ШНОР", "Партнёр", "Муниципалитет партнёра"]).map(Object.values),
    ).toEqual([
      ["Вяземский район", "МБОУ СОШ № 1 г. Вязьмы", "МБОУ СОШ № 2 г. Вязьмы", "Вяземский район"],
      ["Город Смоленск", "МБОУ «Гимназия № 1»", "МБОУ СОШ № 2 г. Вязьмы", "Вяземский район"],
    ]);
    expect(rows[0]["Основание подбора"]).toMatch(/^тот же муниципалитет/);
    expect(rows[1]["Основание подбора"]).toMatch(/другой муниципалитет/);
    const capped = buildPartnersReport(data, withRules(ctx, { ...D, partnerCap: 1 }));
    expect(
      rowsByHeader(capped.main, ["Партнёр", "Муниципалитет партнёра", "Основание подбора"]).map(Object.values)[1],
    ).toEqual([
      "",
      "",
      "партнёр не подобран: все ОО реестра уже взяли по 1 ШНОР (норма «Сетевые пары: ШНОР на партнёра»)",
    ]);
    expect(capped.main.highlights.map((h) => h.row)).toEqual([1]);
    expect(capped.notes.join(" ")).toContain("Без партнёра 1 из 2 ШНОР: МБОУ «Гимназия № 1»");
  });
});
