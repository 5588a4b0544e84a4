import { parseDottedDay } from "../../src/core/calendar";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { ReportContext } from "../../src/reports/context";
import { buildCuratorsReport } from "../../src/reports/curatorsReport";
import expected from "../fixtures/risk/sample-region.expected.json";
import { sampleData, sampleGrids, SCHOOLS_SHEET } from "../fixtures/risk/sample";

const ctx: ReportContext = { asOf: parseDottedDay("15.06.2021")!, settings: DEFAULT_SETTINGS };

describe("«Кураторы» on the sample workbook", () => {
  const [report] = buildCuratorsReport(sampleData(), ctx);

  test("columns of SPEC §6 and the load per curator", () => {
    expect(report.main.columns.map((c) => c.header)).toEqual(["Куратор", "Число ОО", "Превышение нормы", "Школы"]);
    expect(Object.fromEntries(report.main.rows.map((r) => [r[0], r[1]]))).toEqual(expected.curatorLoad);
  });

  test("only «Куратор 1» (3 schools) is above the cap of 2, highlighted, with its schools listed", () => {
    const over = report.main.rows.filter((r) => r[2] === "да");
    expect(over).toEqual([[
      "Куратор 1", 3, "да",
      "БОУ «Первая СОШ» Калачинский район; БОУ «Вторая СОШ» Калачинский район; БОУ «Вторая СОШ» Горьковский район",
    ]]);
    expect(report.main.highlights).toEqual([expect.objectContaining({ row: 0, col: 2, fill: "#FFC7CE" })]);
    expect(report.notes).toContain("Норма: не более 2 ОО на куратора; превышение у 1 из 12");
  });

  test("the cap is a setting; spellings of one curator are one curator; schools without one are noted", () => {
    const grids = sampleGrids();
    grids[SCHOOLS_SHEET][3][4] = " куратор  1 "; // second school
    grids[SCHOOLS_SHEET][8][4] = null; // «Первая СОШ» Горьковский район
    const [report] = buildCuratorsReport(sampleData(grids), { ...ctx, settings: { ...DEFAULT_SETTINGS, curatorCap: 1 } });
    expect(report.main.rows[0].slice(0, 3)).toEqual(["Куратор 1", 3, "да"]);
    expect(report.main.rows.find((r) => r[0] === "Куратор 4")).toBeUndefined();
    expect(report.main.rows.filter((r) => r[2] === "да")).toHaveLength(11);
    expect(report.notes).toContain("Без куратора (1): БОУ «Первая СОШ» Горьковский район");
  });
});
