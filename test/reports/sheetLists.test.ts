/**
 * Every door lists the sheets a run wrote, and every one of those names is the registry's (src/reports/registry.ts):
 * the further sheets of issue 23 («Просрочено по исполнителям», «Ближайшие сроки») included. The ribbon's buttons and
 * the pane run through runAndPublish, and the pane lists the published RunSummary.written (RunResult.tsx); the command
 * line prints «Листы: …» of the file it wrote; the report page lists the names its worker's writer gives.
 */
import { readFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import type { Cell } from "../../src/core/cell";
import { mustDayOf } from "../../src/core/calendar";
import { main } from "../../src/cli/main";
import { runAndPublish } from "../../src/commands/runAndPublish";
import { type RunEvent, subscribeRuns } from "../../src/commands/store";
import { readInputs } from "../../src/files/inputs";
import { runReports as runFiles } from "../../src/files/reportRun";
import { reportWorkbookBytes } from "../../src/files/writeXlsx";
import { DATA_SHEET_NAMES, REMARKS } from "../../src/reports/registry";
import { lengtheningPlanRows, PLAN_SHEET, sampleGrids } from "../fixtures/risk/sample";
import { createFakeExcel } from "../helpers/fakeExcel";
import { tempFolder } from "../helpers/workbooks";

/** The sample with its plan lengthened: seven executors overdue, seven control points in June (both lists capped). */
function grids(): Record<string, Cell[][]> {
  const all = sampleGrids();
  all[PLAN_SHEET].push(...lengtheningPlanRows());
  return all;
}

const REGISTERED = [...DATA_SHEET_NAMES, REMARKS.sheetName, ...REMARKS.moreSheets];

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).Office;
});

describe("the sheets each door lists are the written ones, named by the registry", () => {
  it("pane and ribbon (the published RunSummary.written), the command line («Листы: …») and the report page list the same sheets, the capped lists' sheets among them", async () => {
    const sheets = Object.entries(grids()).map(([name, cells]) => ({ name, cells }));
    const fake = createFakeExcel({ sheets });
    Object.assign(globalThis, { Excel: fake.Excel, Office: fake.Office });
    // the ribbon's button and the pane's run both go through runAndPublish; the pane shows the event it publishes
    const events: RunEvent[] = [];
    const stop = subscribeRuns((event) => events.push(event));
    await runAndPublish("all", { asOf: mustDayOf(2021, 6, 15) });
    stop();
    const done = events.at(-1)!;
    if (done.state !== "done") throw new Error(`запуск не завершён: ${JSON.stringify(done)}`);
    const pane = done.summary.written.map((w) => w.sheetName);
    expect(pane).toEqual(
      expect.arrayContaining(["Исполнение плана", "Просрочено по исполнителям", "Ближайшие сроки", "Отчёт за квартал"]),
    );
    expect(pane.indexOf("Просрочено по исполнителям")).toBe(pane.indexOf("Исполнение плана") + 1);
    for (const name of pane) expect(REGISTERED).toContain(name);
    expect(fake.workbookSnapshot().sheets.map((s) => s.name)).toEqual(expect.arrayContaining(pane));

    const folder = tempFolder("shnor-sheet-lists-");
    const input = join(folder, "region.xlsx");
    const workbook = new ExcelJS.Workbook();
    for (const { name, cells } of sheets) workbook.addWorksheet(name).addRows(cells);
    await workbook.xlsx.writeFile(input);
    const out: string[] = [];
    const code = await main(["report", input, "--out", join(folder, "out.xlsx"), "--as-of", "2021-06-15"], {
      out: (line) => out.push(line),
      err: () => undefined,
    });
    expect(code).toBe(0);
    const listed = [.../«([^»]+)»/g[Symbol.matchAll](out.find((l) => l.startsWith("Листы: "))!)].map((m) => m[1]);
    expect(listed).toEqual(pane);

    // the report page's worker: the same files read, run and written as it does (src/reportPage/worker.ts)
    const read = await readInputs([{ label: "region.xlsx", name: "region.xlsx", bytes: readFileSync(input) }]);
    const run = runFiles(read.grids, read.reportSheets, { asOf: mustDayOf(2021, 6, 15) });
    if (run.kind !== "built") throw new Error(`отчёты не построены: ${run.kind}`);
    expect((await reportWorkbookBytes(run.layouts, { title: run.title })).names).toEqual(pane);
  });
});
