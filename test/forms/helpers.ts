/** The region of test/fixtures/forms read as the file door reads it, and its forms made. */
import { parseIsoDay } from "../../src/core/calendar";
import type { SheetGrid } from "../../src/core/cell";
import { type FormsRun, makeForms } from "../../src/files/formsRun";
import { readInputs } from "../../src/files/inputs";
import { AS_OF, PLAN_ROWS, QUARTER, SCHOOL_ROWS } from "../fixtures/forms/region";
import { buildWorkbook } from "../helpers/workbooks";

export const REGION_FILE = "Регион.xlsx";

export async function regionBytes(): Promise<Uint8Array> {
  return new Uint8Array(
    await buildWorkbook([
      { name: "План", rows: PLAN_ROWS },
      { name: "Школы", rows: SCHOOL_ROWS },
    ]).xlsx.writeBuffer(),
  );
}

export async function regionGrids(): Promise<{ grids: SheetGrid[]; reportSheets: Set<string> }> {
  return readInputs([{ label: REGION_FILE, name: REGION_FILE, bytes: await regionBytes() }]);
}

export async function regionForms(): Promise<Extract<FormsRun, { kind: "built" }>> {
  const { grids, reportSheets } = await regionGrids();
  const run = await makeForms(grids, reportSheets, { asOf: parseIsoDay(AS_OF)!, quarter: QUARTER });
  if (run.kind !== "built") throw new Error(run.message);
  return run;
}
