import { parseDottedDay } from "../../src/core/calendar";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { ReportContext } from "../../src/reports/context";
import { buildCuratorsReport } from "../../src/reports/curatorsReport";
import expected from "../fixtures/sample-region/sample-region.expected.json";
import { sampleData, sampleGrids, SCHOOLS_SHEET } from "../fixtures/risk/sample";
import { cellOf, columnValues, rowsByHeader } from "../helpers/table";
import { columnIndex } from "../../src/reports/table";

const ctx: ReportContext = { asOf: parseDottedDay("15.06.2021")!, settings: DEFAULT_SETTINGS };

describe("«Кураторы» on the sample workbook", () => {
  const [report] = buildCuratorsReport(sampleData(), ctx);

  test("columns of SPEC §6 and the load per curator", () => {
    expect(report.main.columns.map((c) => c.header)).toEqual(["Куратор", "Число ОО", "Превышение нормы", "Школы"]);
    expect(Object.fromEntries(rowsByHeader(report.main, ["Куратор", "Число ОО"]).map(Object.values))).toEqual(
      expected.curatorLoad,
    );
  });

  test("only «Куратор 1» (3 schools) is above the cap of 2, highlighted, with its schools listed", () => {
    const over = report.main.rows.filter((_r, i) => cellOf(report.main, i, "Превышение нормы") === "да");
    expect(over).toEqual([
      [
        "Куратор 1",
        3,
        "да",
        "БОУ «Первая СОШ» Калачинский район; БОУ «Вторая СОШ» Калачинский район; БОУ «Вторая СОШ» Горьковский район",
      ],
    ]);
    expect(report.main.highlights).toEqual([
      expect.objectContaining({ row: 0, col: columnIndex(report.main, "Превышение нормы"), fill: "#FFC7CE" }),
    ]);
    expect(report.notes).toContain("Норма: не более 2 ОО на куратора; превышение у 1 из 12");
  });

  test("the cap is a setting; spellings of one curator are one curator; schools without one are noted", () => {
    const grids = sampleGrids();
    grids[SCHOOLS_SHEET][3][4] = " куратор  1 "; // second school
    grids[SCHOOLS_SHEET][8][4] = null; // «Первая СОШ» Горьковский район
    const [report] = buildCuratorsReport(sampleData(grids), {
      ...ctx,
      settings: { ...DEFAULT_SETTINGS, curatorCap: 1 },
    });
    expect(rowsByHeader(report.main, ["Куратор", "Число ОО", "Превышение нормы"]).map(Object.values)[0]).toEqual([
      "Куратор 1",
      3,
      "да",
    ]);
    expect(columnValues(report.main, "Куратор")).not.toContain("Куратор 4");
    expect(columnValues(report.main, "Превышение нормы").filter((v) => v === "да")).toHaveLength(11);
    expect(report.notes).toContain("Без куратора (1): БОУ «Первая СОШ» Горьковский район");
  });
});
