/**
 * The command line end to end: bin/shnor.js spawned on workbooks the tests write, as a user would run it.
 * Builds the CLI once (tsc -p tsconfig.cli.json), like `npm run build:cli`.
 */
import { spawnSync } from "child_process";
import { createHash } from "crypto";
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { join, resolve } from "path";
import { readXlsxFile } from "../helpers/workbooks";
import { REPORT_SHEET_NAMES } from "../../src/reports/registry";
import { openWorkbook, tempFolder, writeWorkbook } from "../helpers/workbooks";
import { buildCli } from "../helpers/buildCli";

const ROOT = resolve(__dirname, "..", "..");
const SHNOR = join(ROOT, "bin", "shnor.js");
const SAMPLE = join(__dirname, "..", "fixtures", "sample-region", "sample-region.xlsx");
const folder = tempFolder("shnor-e2e-");

function shnor(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [SHNOR, ...args], { encoding: "utf8", cwd: folder });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function hash(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

beforeAll(() => {
  buildCli();
  expect(existsSync(join(ROOT, "build", "cli", "cli", "main.js"))).toBe(true);
}, 120_000);

describe("shnor report", () => {
  it("writes a new workbook with every report of the sample region and leaves the input untouched", async () => {
    const input = join(folder, "sample-region.xlsx");
    copyFileSync(SAMPLE, input);
    const before = hash(input);
    const out = join(folder, "отчёты.xlsx");
    const run = shnor("report", input, "--out", out, "--as-of", "2021-06-15");
    expect(run.stderr).not.toMatch(/Внутренняя ошибка/);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Отчёты записаны: ${out}`);
    expect(hash(input)).toBe(before);
    const written = await openWorkbook(out);
    expect(written.worksheets.map((s) => s.name)).toEqual([
      REPORT_SHEET_NAMES.riskGroups,
      REPORT_SHEET_NAMES.riskSummary,
      REPORT_SHEET_NAMES.curators,
      REPORT_SHEET_NAMES.indicators,
      "Показатели — списки школ",
      REPORT_SHEET_NAMES.planStatus,
      REPORT_SHEET_NAMES.quarterReport,
      REPORT_SHEET_NAMES.remarks,
      "Что распознано",
    ]);
    expect((await readXlsxFile(out)).reportSheets.size).toBe(9);
    expect(written.getWorksheet("Сводка рисков")!.getCell("A1").value).toBe("Сводка рисков по состоянию на 15.06.2021");
    const remarks = written.getWorksheet("Замечания")!.getColumn(1).values;
    // The file carries its charts (test/cli/xlsxCharts.test.ts): no note says otherwise.
    expect(remarks.filter((v) => typeof v === "string" && /диаграмм/i.test(v))).toEqual([]);
  });

  it("replaces an existing --out file atomically, leaving no temporary file", () => {
    const out = join(folder, "replace.xlsx");
    writeFileSync(out, "прошлогодний отчёт");
    const run = shnor("report", SAMPLE, "--out", out, "--as-of", "2021-06-15");
    expect(run.status).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    expect(readdirSync(folder).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("lists input problems on stderr in Russian with sheet and cell, and still builds the reports", async () => {
    const input = await writeWorkbook(join(folder, "flawed.xlsx"), [
      {
        name: "ООНОР",
        rows: [
          ["Муниципальный район", "Наименование ОО", "Куратор", "РФ1", "РФ2", "РФ3"],
          ["Тарский МР", "МБОУ «Тарская СОШ № 1»", "Орлова Н.С.", "высокий", "ВС", "низкий"],
          ["Тарский МР", "МКОУ «Ложниковская ООШ»", "Орлова Н.С.", "средний", "высокий", "В"],
        ],
      },
    ]);
    const run = shnor("report", input, "--out", join(folder, "flawed-out.xlsx"), "--as-of", "2021-06-15");
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/ошибка: лист «ООНОР», ячейка E2: .*ВС/);
  });

  it("exits 1 without writing when no report can be built, and never reads its own report sheets as input", async () => {
    const reports = join(folder, "only-reports.xlsx");
    expect(shnor("report", SAMPLE, "--out", reports, "--as-of", "2021-06-15").status).toBe(0);
    const again = join(folder, "again.xlsx");
    const run = shnor("report", reports, "--out", again);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Ни один отчёт не построен/);
    expect(existsSync(again)).toBe(false);
  });

  it("exits 2 with a Russian message for a missing file, an .xls file, a file named twice and --out equal to an input", () => {
    const missing = shnor("report", "нет-такого.xlsx", "--out", "x.xlsx");
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("файл «нет-такого.xlsx» не найден.");

    const xls = join(folder, "старый.xls");
    writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const old = shnor("report", xls, "--out", "x.xlsx");
    expect(old.status).toBe(2);
    expect(old.stderr).toMatch(/сохраните как \.xlsx/);

    const twice = shnor("report", SAMPLE, SAMPLE, "--out", join(folder, "twice.xlsx"));
    expect(twice.status).toBe(2);
    expect(twice.stderr).toMatch(/указан дважды/);

    const input = join(folder, "same.xlsx");
    copyFileSync(SAMPLE, input);
    const before = hash(input);
    const same = shnor("report", input, "--out", "./same.xlsx");
    expect(same.status).toBe(2);
    expect(same.stderr).toMatch(/совпадает с исходной книгой/);
    expect(hash(input)).toBe(before);
  });

  it("exits 1 with a Russian message for a file that is not a workbook", () => {
    const text = join(folder, "список.xlsx");
    writeFileSync(text, "Муниципалитет;Наименование ОО\nТарский МР;СОШ № 1\n");
    const run = shnor("report", text, "--out", join(folder, "y.xlsx"));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("не является книгой Excel .xlsx");
  });

  it("explains its usage on --help (exit 0) and on a usage error (exit 2)", () => {
    const help = shnor("--help");
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("shnor report <книга.xlsx>... --out <отчёты.xlsx>");
    const bad = shnor("report", SAMPLE);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^Ошибка: не указан файл для отчётов/);
    expect(bad.stderr).toBe("Ошибка: не указан файл для отчётов: --out <отчёты.xlsx>.\nСправка: shnor report --help\n");
  });
});
