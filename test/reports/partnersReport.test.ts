import { DEFAULT_IDENTIFICATION_SETTINGS as D } from "../../src/core/identification/settings";
import { buildPartnersReport } from "../../src/reports/partnersReport";
import { smallCtx as ctx, smallData as data, withRules } from "../fixtures/identification/smallRegion";

describe("«Сетевые пары»", () => {
  test("pairs: own municipality first, then another; over the cap a flagged school is listed without a partner", () => {
    const sheet = buildPartnersReport(data, ctx);
    expect(sheet.sheetName).toBe("Сетевые пары");
    expect(sheet.main.columns.map((c) => c.header)).toEqual(["Муниципалитет ШНОР", "ШНОР", "Партнёр", "Муниципалитет партнёра", "Основание подбора"]);
    expect(sheet.main.rows.map((r) => r.slice(0, 4))).toEqual([
      ["Вяземский район", "МБОУ СОШ № 1 г. Вязьмы", "МБОУ СОШ № 2 г. Вязьмы", "Вяземский район"],
      ["Город Смоленск", "МБОУ «Гимназия № 1»", "МБОУ СОШ № 2 г. Вязьмы", "Вяземский район"],
    ]);
    expect(sheet.main.rows[0][4]).toMatch(/^тот же муниципалитет/);
    expect(sheet.main.rows[1][4]).toMatch(/другой муниципалитет/);
    const capped = buildPartnersReport(data, withRules(ctx, { ...D, partnerCap: 1 }));
    expect(capped.main.rows[1].slice(2)).toEqual(["", "", "партнёр не подобран: все ОО реестра уже взяли по 1 ШНОР (норма «Сетевые пары: ШНОР на партнёра»)"]);
    expect(capped.main.highlights.map((h) => h.row)).toEqual([1]);
    expect(capped.notes.join(" ")).toContain("Без партнёра 1 из 2 ШНОР: МБОУ «Гимназия № 1»");
  });
});
