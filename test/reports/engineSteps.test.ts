/** runEngine's steps (the report page's progress): finding the tables first, then each report built, in sheet order. */
import { join } from "path";
import { mustDayOf } from "../../src/core/calendar";
import { type EngineStep, runEngine } from "../../src/reports/engine";
import { readXlsxFile } from "../helpers/workbooks";

const SAMPLE = join(__dirname, "..", "fixtures", "sample-region", "sample-region.xlsx");

test("one step for the tables, then one per built report with its place among them; none for a report not built", async () => {
  const { grids, reportSheets } = await readXlsxFile(SAMPLE);
  const steps: EngineStep[] = [];
  const result = runEngine(grids, reportSheets, { asOf: mustDayOf(2021, 6, 15) }, undefined, (step) =>
    steps.push(step),
  );
  // a report's further sheets (issue 23: one grid per sheet) come with its one step
  const built = [...new Set(result.sheets.filter((s) => s.reportId !== "remarks").map((s) => s.reportId))].map(
    (id) => result.sheets.find((s) => s.reportId === id)!.sheetName,
  );
  expect(steps[0]).toEqual({ kind: "tables" });
  expect(steps.slice(1)).toEqual(
    built.map((sheetName, index) => ({ kind: "report", sheetName, index, count: built.length })),
  );
  expect(built.length).toBeGreaterThan(3);
});
