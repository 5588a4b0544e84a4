/**
 * The lists the report page offers after reading the chosen files (runChoices) are the pane's lists of the same
 * workbook (recognizeWorkbook): the municipalities of the schools and the quarters of the plans' periods.
 */
import { readFileSync } from "fs";
import { resolve } from "path";
import type { SheetGrid } from "../../src/core/cell";
import { today } from "../../src/core/calendar";
import { recognizeWorkbook } from "../../src/excel/api";
import { readInputs } from "../../src/files/inputs";
import { runChoices } from "../../src/files/reportRun";
import { createFakeExcel } from "../helpers/fakeExcel";
import grids from "../excel/fixtures/sample-region.grids.json";

const SAMPLE = resolve(__dirname, "..", "fixtures", "sample-region", "sample-region.xlsx");

it("the page's lists of the sample are the pane's", async () => {
  const read = await readInputs([{ label: SAMPLE, name: "sample-region.xlsx", bytes: readFileSync(SAMPLE) }]);
  const page = runChoices(read.grids, read.reportSheets, today());
  const fake = createFakeExcel({
    sheets: (grids as SheetGrid[]).map((g) => ({ name: g.name, cells: g.cells, merges: g.merges })),
  });
  Object.assign(globalThis, { Excel: fake.Excel, Office: fake.Office });
  const pane = await recognizeWorkbook();
  expect(page.municipalities).toEqual(["г. Омск", "Горьковский район", "Калачинский район", "Тарский район"]);
  expect(page.quarters.length).toBeGreaterThanOrEqual(4);
  expect(page.quarters).toContainEqual({ key: "2021-3", label: "III квартал 2021 года" });
  expect({ municipalities: pane.municipalities, quarters: pane.quarters }).toEqual(page);
});
