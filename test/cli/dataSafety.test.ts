/**
 * No data lost (issue 8), the command line's above: `shnor report` never writes its inputs (bytes and mtime
 * compared, after success and after failure), and its output appears only whole — an interrupted or failing run
 * leaves the previous --out file as it was and no half file under its name.
 * The Excel side is proved on the strict fake in test/excel/writeReports.test.ts: «never touches a user's sheet
 * of the same name: the report takes «Сводка рисков (2)»», «run twice: replaces its own earlier sheet in place,
 * keeps the user's sheet, one marker», «finds its earlier sheet by the marker even after the user renamed it»,
 * «a marker whose sheet the user deleted (#REF!) is replaced, no sheet deleted».
 */
import { spawn, spawnSync } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import { join, resolve } from "path";
import type ExcelJS from "exceljs";
import { writeXlsx } from "../../src/cli/reportFile";
import { layoutSheet } from "../../src/reports/layout";
import type { SheetDescription } from "../../src/reports/model";
import { openWorkbook, tempFolder, writeWorkbook } from "../helpers/workbooks";
import { buildCli } from "../helpers/buildCli";

const ROOT = resolve(__dirname, "..", "..");
const SHNOR = join(ROOT, "bin", "shnor.js");
const SAMPLE = join(__dirname, "..", "fixtures", "sample-region", "sample-region.xlsx");
const folder = tempFolder("shnor-safety-");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const demo = require("../../scripts/demo/generate.js") as {
  buildDemoWorkbook(schools?: number): ExcelJS.Workbook;
  DEMO_AS_OF: string;
};

interface FileState {
  sha256: string;
  mtimeMs: number;
  size: number;
}
function stateOf(path: string): FileState {
  const stat = fs.statSync(path);
  return {
    sha256: createHash("sha256").update(fs.readFileSync(path)).digest("hex"),
    mtimeMs: stat.mtimeMs,
    size: stat.size,
  };
}

function shnor(...args: string[]) {
  return spawnSync(process.execPath, [SHNOR, ...args], { encoding: "utf8", cwd: folder });
}

/** Files of the folder other than the given ones: what a run left behind. */
function leftovers(dir: string, known: string[]): string[] {
  return fs.readdirSync(dir).filter((f) => !known.includes(f));
}

let bigInput: string;

beforeAll(async () => {
  buildCli();
  expect(fs.existsSync(join(ROOT, "build", "cli", "cli", "main.js"))).toBe(true);
  // Large enough that writing its reports takes a while: the interruption tests stop the run mid-write.
  bigInput = join(folder, "big-region.xlsx");
  await demo.buildDemoWorkbook(6000).xlsx.writeFile(bigInput);
}, 180_000);

describe("input files are never written", () => {
  test("two inputs: bytes and modification time the same after a successful run", () => {
    const first = join(folder, "область.xlsx");
    const second = join(folder, "регион.xlsx");
    fs.copyFileSync(SAMPLE, first);
    fs.copyFileSync(bigInput, second);
    // an old mtime: a rewrite, even of identical bytes, would move it
    const old = new Date("2021-01-15T10:00:00Z");
    for (const f of [first, second]) fs.utimesSync(f, old, old);
    const before = [stateOf(first), stateOf(second)];
    const run = shnor("report", first, second, "--out", join(folder, "отчёты.xlsx"), "--as-of", "15.06.2021");
    expect(run.stderr).not.toMatch(/Внутренняя ошибка/);
    expect(run.status).toBe(0);
    expect([stateOf(first), stateOf(second)]).toEqual(before);
  }, 120_000);

  test("the same after a run that builds nothing and after a usage error", async () => {
    const input = await writeWorkbook(join(folder, "письмо.xlsx"), [
      { name: "Письмо", rows: [["О направлении информации"], ["Прошу представить сведения до 05.07.2021"]] },
    ]);
    const sample = join(folder, "образец.xlsx");
    fs.copyFileSync(SAMPLE, sample);
    const before = [stateOf(input), stateOf(sample)];
    const nothing = shnor("report", input, "--out", join(folder, "ничего.xlsx"), "--as-of", "15.06.2021");
    expect(nothing.status).toBe(1);
    expect(fs.existsSync(join(folder, "ничего.xlsx"))).toBe(false);
    const usage = shnor("report", sample, "--out", sample);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain("совпадает с исходной книгой");
    expect([stateOf(input), stateOf(sample)]).toEqual(before);
  }, 60_000);
});

describe("the output appears whole or not at all", () => {
  const summaryOfOne: SheetDescription = {
    reportId: "riskSummary",
    sheetName: "Сводка рисков",
    title: "Сводка рисков по состоянию на 15.06.2021",
    asOf: 44362,
    notes: [],
    main: { columns: [{ header: "Муниципалитет", format: "text", width: 24 }], rows: [["Тарский МР"]], highlights: [] },
    above: [],
    problems: [],
  };

  /**
   * Starts a report over `out` and stops it with `signal` the moment its temporary file appears (inotify, not a poll:
   * the bytes are written in one call and renamed at once, a few milliseconds). Resolves when it has ended; whether
   * the signal came before the rename is the kernel's race, so the tests assert what holds either way.
   */
  function interruptAtWrite(
    out: string,
    signal: NodeJS.Signals,
  ): Promise<{ signal: NodeJS.Signals | null; tempSeen: boolean }> {
    const dir = fs.mkdtempSync(join(folder, "run-"));
    const input = join(dir, "region.xlsx");
    fs.copyFileSync(bigInput, input);
    const target = resolve(out, "..");
    return new Promise((done) => {
      let tempSeen = false;
      const child = spawn(process.execPath, [SHNOR, "report", input, "--out", out, "--as-of", "15.06.2021"], {
        stdio: "ignore",
      });
      const watcher = fs.watch(target, (_event, name) => {
        if (name !== `.${out.split("/").pop()}.${child.pid}.tmp` || tempSeen) return;
        tempSeen = true;
        child.kill(signal);
      });
      child.on("exit", (_code, by) => {
        watcher.close();
        done({ signal: by, tempSeen });
      });
    });
  }

  /**
   * The kill lands before the rename (the previous file intact) or after it (the new report, whole): the bytes are
   * written in one call and renamed at once, so the race is real; a half file under --out never is.
   */
  async function expectPreviousOrWhole(out: string, before: FileState): Promise<void> {
    const after = stateOf(out);
    if (after.sha256 === before.sha256) return expect(after).toEqual(before);
    const workbook = await openWorkbook(out);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(["Группы риска", "Исполнение плана", "Замечания"]),
    );
  }

  function previousReport(dir: string): string {
    const out = join(dir, "отчёты.xlsx");
    const run = shnor("report", SAMPLE, "--out", out, "--as-of", "15.06.2021");
    expect(run.status).toBe(0);
    return out;
  }

  test("killed hard while writing: the previous --out intact or the new one whole; only the hidden temporary file can remain", async () => {
    const dir = fs.mkdtempSync(join(folder, "kill-"));
    const out = previousReport(dir);
    const before = stateOf(out);
    const result = await interruptAtWrite(out, "SIGKILL");
    expect(result.tempSeen).toBe(true);
    await expectPreviousOrWhole(out, before);
    for (const f of leftovers(dir, ["отчёты.xlsx"]).filter((f) => !f.startsWith("run-")))
      expect(f).toMatch(/^\.отчёты\.xlsx\.\d+\.tmp$/);
  }, 120_000);

  test.each(["SIGINT", "SIGTERM"] as const)(
    "stopped by %s while writing: previous --out intact or the new one whole, temporary file removed",
    async (signal) => {
      const dir = fs.mkdtempSync(join(folder, "stop-"));
      const out = previousReport(dir);
      const before = stateOf(out);
      const result = await interruptAtWrite(out, signal);
      expect(result.tempSeen).toBe(true);
      await expectPreviousOrWhole(out, before);
      expect(leftovers(dir, ["отчёты.xlsx"]).filter((f) => !f.startsWith("run-"))).toEqual([]);
    },
    120_000,
  );

  test("until the rename, --out is the previous file and the temporary file already holds the whole new report", async () => {
    const dir = fs.mkdtempSync(join(folder, "order-"));
    const out = join(dir, "отчёты.xlsx");
    fs.writeFileSync(out, "прежний файл отчётов");
    const seen: { out: string; temporary: string[] }[] = [];
    const rename = jest.spyOn(fs.promises, "rename").mockImplementationOnce(async (from, to) => {
      const temporary = await openWorkbook(String(from));
      seen.push({ out: fs.readFileSync(out, "utf8"), temporary: temporary.worksheets.map((w) => w.name) });
      return jest.requireActual<typeof fs>("fs").promises.rename(from, to);
    });
    try {
      await writeXlsx([layoutSheet(summaryOfOne)], out);
    } finally {
      rename.mockRestore();
    }
    expect(seen).toEqual([{ out: "прежний файл отчётов", temporary: ["Сводка рисков"] }]);
    expect((await openWorkbook(out)).worksheets.map((w) => w.name)).toEqual(["Сводка рисков"]);
  });

  test("a writer failure at the last step (rename refused) keeps the previous file and removes the temporary one", async () => {
    const dir = fs.mkdtempSync(join(folder, "fail-"));
    const out = join(dir, "отчёты.xlsx");
    fs.writeFileSync(out, "прежний файл отчётов");
    const rename = jest
      .spyOn(fs.promises, "rename")
      .mockRejectedValueOnce(Object.assign(new Error("EBUSY: resource busy or locked"), { code: "EBUSY" }));
    try {
      await expect(writeXlsx([layoutSheet(summaryOfOne)], out)).rejects.toThrow(/EBUSY/);
    } finally {
      rename.mockRestore();
    }
    expect(fs.readFileSync(out, "utf8")).toBe("прежний файл отчётов");
    expect(fs.readdirSync(dir)).toEqual(["отчёты.xlsx"]);
  });

  test("a failure while rows are written (a value the writer cannot take) keeps the previous file, no temporary left", async () => {
    const dir = fs.mkdtempSync(join(folder, "fail-"));
    const out = join(dir, "отчёты.xlsx");
    fs.writeFileSync(out, "прежний файл отчётов");
    const layout = layoutSheet({
      reportId: "curators",
      sheetName: "Кураторы",
      title: "Кураторы",
      asOf: 44362,
      notes: [],
      main: { columns: [{ header: "Куратор", format: "text", width: 24 }], rows: [["Иванова А.В."]], highlights: [] },
      above: [],
      problems: [],
    });
    const broken = { ...layout, columnWidths: null as unknown as number[] };
    await expect(writeXlsx([broken], out)).rejects.toThrow();
    expect(fs.readFileSync(out, "utf8")).toBe("прежний файл отчётов");
    expect(fs.readdirSync(dir)).toEqual(["отчёты.xlsx"]);
  });
});
