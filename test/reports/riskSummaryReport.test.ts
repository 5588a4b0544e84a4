import { parseDottedDay } from "../../src/core/calendar";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { ReportContext } from "../../src/reports/context";
import { buildRiskSummaryReport } from "../../src/reports/riskSummaryReport";
import expected from "../fixtures/sample-region/sample-region.expected.json";
import { sampleData, sampleGrids, SCHOOLS_SHEET } from "../fixtures/risk/sample";
import { rowsByHeader } from "../helpers/table";

const ctx: ReportContext = { asOf: parseDottedDay("15.06.2021")!, settings: DEFAULT_SETTINGS };
const byMuni = expected.byMuni as Record<string, { schools: number; factor: number[]; over5: number }>;

describe("«Сводка рисков» on the sample workbook", () => {
  const report = buildRiskSummaryReport(sampleData(), ctx);

  test("headers: Муниципалитет, РФ1…РФ10, Всего ОО, ОО с >5 …; the side block names the factors", () => {
    const headers = report.main.columns.map((c) => c.header);
    expect(headers).toEqual([
      "Муниципалитет",
      ...Array.from({ length: 10 }, (_, i) => `РФ${i + 1}`),
      "Всего ОО",
      "ОО с >5 факторами высокой значимости",
    ]);
    expect(rowsByHeader(report.above[0], ["РФ", "Фактор"]).map(Object.values)[0]).toEqual([
      "РФ1",
      "Низкий уровень оснащения школы",
    ]);
    expect(report.title).toBe("Сводка рисков по состоянию на 15.06.2021");
  });

  test("per municipality: schools per factor, schools, schools with more than 5 high factors", () => {
    const rows = rowsByHeader(report.main).slice(0, -1);
    expect(rows.map((r) => r["Муниципалитет"])).toEqual(Object.keys(byMuni));
    for (const row of rows) {
      const want = byMuni[row["Муниципалитет"] as string];
      const factor = Array.from({ length: 10 }, (_, i) => `РФ${i + 1}`).map((h) => row[h]);
      expect({ factor, schools: row["Всего ОО"], over5: row["ОО с >5 факторами высокой значимости"] }).toEqual({
        factor: want.factor,
        schools: want.schools,
        over5: want.over5,
      });
    }
  });

  test("last row «Итого» sums the municipalities and is bold", () => {
    const total = report.main.rows[report.main.rows.length - 1];
    const sum = (k: number) => Object.values(byMuni).reduce((s, m) => s + m.factor[k], 0);
    expect(total).toEqual(["Итого", ...Array.from({ length: 10 }, (_, k) => sum(k)), 24, 4]);
    expect(report.main.highlights).toEqual([{ row: 4, bold: true }]);
  });

  test("the chart points at a contiguous factor/count block for the region", () => {
    const block = report.above[0];
    expect(block.caption).toBe("Школ по факторам (регион)");
    expect(block.rows[7]).toEqual(["РФ8", "Низкий уровень дисциплины в классе", 11]);
    // categories are the short «РФk», as the main table's headers: the names would leave the chart no room
    expect(report.chart).toEqual(
      expect.objectContaining({ kind: "column", block: 0, categoryColumn: 0, valueColumn: 2, fromRow: 0, toRow: 9 }),
    );
  });

  test("an unreadable cell is reported and not counted; the other rows stay", () => {
    const grids = sampleGrids();
    grids[SCHOOLS_SHEET][17][8] = "очень высокий"; // РФ4 of «Четвёртая СОШ» г. Омск (was empty)
    grids[SCHOOLS_SHEET][16][8] = "3?"; // РФ4 of «Третья СОШ» г. Омск (was «высокий»)
    const report = buildRiskSummaryReport(sampleData(grids), ctx);
    expect(report.problems.map((p) => [p.row, p.col])).toEqual([
      [16, 8],
      [17, 8],
    ]);
    const omsk = rowsByHeader(report.main).find((r) => r["Муниципалитет"] === "г. Омск")!;
    expect(omsk["РФ4"]).toBe(1);
    expect(omsk["Всего ОО"]).toBe(6);
  });
});
