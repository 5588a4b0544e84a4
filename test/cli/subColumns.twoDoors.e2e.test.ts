/**
 * Sub-columns under a group header (issue 13, SPEC §3) through both doors: `shnor report` on an .xlsx written with
 * ExcelJS (merged group headers, Excel dates) and `runReports` on the strict fake holding the same workbook as
 * Excel's API returns it. Both give the same «Исполнение плана», item by item, and the same remarks.
 */
import { spawnSync } from "child_process";
import { join, resolve } from "path";
import { isoDay, mustDayOf, parseIsoDay } from "../../src/core/calendar";
import type { Cell } from "../../src/core/cell";
import { cellAddress } from "../../src/core/a1";
import { gridOfWorksheet } from "../helpers/excelJsGrid";
import { runReports } from "../../src/excel/api";
import { MAIN_HEADERS, tableUnder } from "../fixtures/plans/twoPlans";
import { AS_OF, EXPECTED, EXPECTED_PROBLEMS, type FixtureCell, SHEETS } from "../fixtures/plans/subColumns";
import { createFakeExcel } from "../helpers/fakeExcel";
import { fileDate, openWorkbook, tempFolder, writeWorkbook } from "../helpers/workbooks";
import { buildCli } from "../helpers/buildCli";

const ROOT = resolve(__dirname, "..", "..");
const folder = tempFolder("shnor-subcolumns-");

const asFile = (v: FixtureCell) => (v !== null && typeof v === "object" ? fileDate(...v.day) : v);
const asExcel = (v: FixtureCell): Cell => (v !== null && typeof v === "object" ? mustDayOf(...v.day) : v);
const a1 = (m: { top: number; left: number; bottom: number; right: number }) =>
  `${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}`;

function itemsOf(cells: Cell[][]) {
  return tableUnder(cells, MAIN_HEADERS).map((r) => ({
    plan: r["План"],
    n: r["№"],
    written: r["Сроки (как в плане)"],
    start: typeof r["Начало"] === "number" ? isoDay(r["Начало"]) : null,
    end: typeof r["Окончание"] === "number" ? isoDay(r["Окончание"]) : null,
    status: r["Статус"],
  }));
}

let fileCells: Record<string, Cell[][]>;
let stderr: string;
let excelCells: Record<string, Cell[][]>;
let excelProblems: { sheet?: string; row?: number; col?: number; message: string }[];

beforeAll(async () => {
  buildCli();
  const input = await writeWorkbook(
    join(folder, "планы.xlsx"),
    SHEETS.map((s) => ({ name: s.name, rows: s.rows.map((row) => row.map(asFile)), merges: s.merges.map(a1) })),
  );
  const out = join(folder, "отчёты.xlsx");
  const run = spawnSync(
    process.execPath,
    [join(ROOT, "bin", "shnor.js"), "report", input, "--out", out, "--as-of", AS_OF],
    { encoding: "utf8" },
  );
  expect(run.status).toBe(0);
  stderr = run.stderr;
  fileCells = Object.fromEntries((await openWorkbook(out)).worksheets.map((s) => [s.name, gridOfWorksheet(s).cells]));

  const fake = createFakeExcel({
    sheets: SHEETS.map((s) => ({ name: s.name, cells: s.rows.map((row) => row.map(asExcel)), merges: s.merges })),
  });
  Object.assign(globalThis, { Excel: fake.Excel, Office: fake.Office });
  excelProblems = (await runReports(["planStatus"], { asOf: parseIsoDay(AS_OF)! })).problems;
  excelCells = Object.fromEntries(fake.workbookSnapshot().sheets.map((s) => [s.name, s.cells]));
}, 120_000);

afterAll(() => {
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).Office;
});

describe("sub-columns under a group header", () => {
  it("the file door reads each item from both header rows", () => {
    expect(itemsOf(fileCells["Исполнение плана"])).toEqual(EXPECTED);
  });

  it("the Office door gives the same items", () => {
    expect(itemsOf(excelCells["Исполнение плана"])).toEqual(EXPECTED);
  });

  it("never drops a sub-column as a repeat; what has no meaning or no mark is reported with its cell, in both doors", () => {
    expect(stderr).not.toMatch(/повторяет значение уже найденной колонки/);
    expect(excelProblems.map((p) => p.message).join("\n")).not.toMatch(/повторяет значение уже найденной колонки/);
    for (const { sheet, cell, message } of EXPECTED_PROBLEMS) {
      expect(stderr).toMatch(new RegExp(`лист «${sheet}», ячейка ${cell}: .*${message.source}`));
      expect(excelProblems).toContainEqual(expect.objectContaining({ sheet, message: expect.stringMatching(message) }));
      const problem = excelProblems.find((p) => p.sheet === sheet && message.test(p.message))!;
      expect(cellAddress(problem.row!, problem.col!)).toBe(cell);
    }
  });
});
