import { buildStableHighReport } from "../../src/reports/stableHighReport";
import { smallCtx as ctx, smallData as data } from "../fixtures/identification/smallRegion";

describe("«Стабильно высокие результаты»", () => {
  test("the register: lowest 10 % of the region every year, with the years", () => {
    const sheet = buildStableHighReport(data, ctx);
    expect(sheet.sheetName).toBe("Стабильно высокие результаты");
    expect(sheet.main.columns.map((c) => c.header)).toEqual([
      "Муниципалитет",
      "Наименование ОО",
      "Логин",
      "Годы",
      "Средняя доля «2», %",
    ]);
    expect(sheet.main.rows).toEqual([["Вяземский район", "МБОУ СОШ № 2 г. Вязьмы", "v2", "2021, 2022", 1.5]]);
  });
});
