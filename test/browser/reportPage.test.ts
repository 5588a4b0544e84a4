/**
 * The BUILT report page (dist/report.html, issue 16) in headless Chromium: dist/ is served on 127.0.0.1 with the
 * page's Content-Security-Policy as a header too (so the worker, which a <meta> policy does not reach, gets it);
 * every request off that origin is refused and recorded. Files are chosen as a user chooses them, the saved
 * workbook is compared cell by cell with what `shnor report` writes for the same files and options.
 * Needs `npm run build` first (scripts/test.sh builds, then runs this).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { chromium, type Browser, type Page } from "playwright-core";
import { main } from "../../src/cli/main";
import { CHROMIUM, CHROMIUM_LAUNCH, pagePolicy, type Served, serveFolder } from "../helpers/browser";
import { compoundFile } from "../helpers/compoundFile";

const ROOT = path.resolve(__dirname, "../..");
const DIST = process.env.SHNOR_DIST ?? path.join(ROOT, "dist");
const PICTURES = path.join(ROOT, "docs", "pictures");
const RESULTS = path.join(ROOT, "test-results");
const SAMPLE = path.join(ROOT, "test", "fixtures", "sample-region", "sample-region.xlsx");
const OLD_XLS = path.join(ROOT, "test", "cli", "fixtures", "libreoffice-97-2003.xls");

interface DemoModule {
  generate(out: string, schools?: number): Promise<string>;
  DEMO_AS_OF: string;
}

interface RoundModule {
  /** The demo's round (scripts/demo/round.js): forms into «Формы», five filled into «Возвращённые формы», consolidated into demo-round.xlsx. */
  playRound(folder: string, input: string, asOf: string): Promise<number>;
}

let served: Served;
let baseUrl: string;
let browser: Browser;
let folder: string;
let demoBook: string;
const asked: string[] = [];

interface Opened {
  page: Page;
  errors: string[];
  requests: string[];
  refused: string[];
}

async function openPage(): Promise<Opened> {
  const context = await browser.newContext({
    viewport: { width: 900, height: 1000 },
    locale: "ru-RU",
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  const refused: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  // Requests of the page and of its worker alike (Chromium routes a dedicated worker's requests through its page).
  await context.route("**/*", (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url.startsWith(baseUrl) || url.startsWith("blob:") || url.startsWith("data:")) return route.continue();
    refused.push(url);
    return route.abort("blockedbyclient");
  });
  await page.goto(`${baseUrl}/report.html`);
  return { page, errors, requests, refused };
}

interface Choice {
  asOf?: string;
  municipality?: string;
  /** Typed into the quarter field, which shows once the files are read and hold a plan. */
  quarter?: string;
  split?: boolean;
  withSettings?: boolean;
}

/** Chooses the files and options, builds (or makes the forms: #forms); the saved file's bytes, or the page's error line. */
async function run(
  page: Page,
  files: string[],
  { asOf, municipality, quarter, split, withSettings }: Choice,
  button = "#build",
): Promise<{ saved?: Buffer; fileName?: string; error: string }> {
  await page.setInputFiles("#files", files);
  if (asOf) await page.fill("#asOf", asOf);
  await page.fill("#municipality", municipality ?? "");
  if (quarter !== undefined) await page.fill("#quarter", quarter); // waits for the field to show
  await page.setChecked("#split", split ?? false);
  await page.setChecked("#withSettings", withSettings ?? false);
  await page.click(button);
  await page.waitForFunction(
    () =>
      !(document.getElementById("save") as HTMLButtonElement).hidden ||
      document.getElementById("error")!.textContent !== "",
    null,
    { timeout: 600_000 },
  );
  const error = (await page.textContent("#error")) ?? "";
  if (error !== "") return { error };
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#save")]);
  return { saved: fs.readFileSync(await download.path()), fileName: download.suggestedFilename(), error };
}

/** What `shnor report` writes for the same files and options. */
async function cliReport(files: string[], args: string[]): Promise<{ code: number; out: string; err: string[] }> {
  const out = path.join(folder, `cli-${Math.random().toString(36).slice(2)}.xlsx`);
  const err: string[] = [];
  const code = await main(["report", ...files, "--out", out, ...args], {
    out: () => undefined,
    err: (line) => err.push(line),
  });
  return { code, out, err };
}

async function sheetsOf(bytes: Buffer): Promise<Record<string, unknown>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return Object.fromEntries(
    workbook.worksheets.map((sheet) => {
      const cells: string[] = [];
      sheet.eachRow({ includeEmpty: false }, (row) =>
        row.eachCell({ includeEmpty: false }, (cell) =>
          cells.push(
            `${cell.address}=${JSON.stringify(cell.value)} ${cell.numFmt ?? ""} ${JSON.stringify(cell.font ?? {})} ${JSON.stringify(cell.fill ?? {})}`,
          ),
        ),
      );
      const model = sheet.model as unknown as { merges?: string[] };
      return [
        sheet.name,
        {
          state: sheet.state,
          cells,
          merges: [...(model.merges ?? [])].sort(),
          views: sheet.views,
          pageSetup: sheet.pageSetup,
          widths: sheet.columns?.map((c) => c.width),
        },
      ];
    }),
  );
}

/** Every sheet of both files the same: cells, formats, merges, views, page setup, widths. */
async function expectSameSheets(mine: Buffer, theirs: Buffer): Promise<string[]> {
  const [a, b] = await Promise.all([sheetsOf(mine), sheetsOf(theirs)]);
  expect(Object.keys(a)).toEqual(Object.keys(b));
  for (const name of Object.keys(b)) expect({ name, ...(a[name] as object) }).toEqual({ name, ...(b[name] as object) });
  return Object.keys(b);
}

/** The file's title and subject (what a mail client or Excel's «Сведения» shows). */
async function titleOf(bytes: Buffer): Promise<string> {
  const core = await (await JSZip.loadAsync(bytes)).file("docProps/core.xml")!.async("string");
  return /<dc:title>([^<]*)<\/dc:title>/.exec(core)?.[1] ?? "";
}

/** The page's picture for the README: saved in test-results/ and, with SHNOR_PICTURES=1, copied to docs/pictures/. */
async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, name);
  await page.screenshot({ path: file, fullPage: true });
  if (process.env.SHNOR_PICTURES !== "1") return;
  fs.mkdirSync(PICTURES, { recursive: true });
  fs.copyFileSync(file, path.join(PICTURES, name));
}

/** The worksheets' XML as written: cells, lists, protection, print setup (a form's zip differs only in its dates). */
async function worksheetPartsOf(bytes: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files)
    .filter((n) => /^xl\/(worksheets\/[^/]+\.xml|workbook\.xml|sharedStrings\.xml|styles\.xml)$/.test(n))
    .sort();
  return Object.fromEntries(
    await Promise.all(names.map(async (n) => [n, await zip.file(n)!.async("string")] as const)),
  );
}

/** The chart and drawing parts, as written. */
async function chartPartsOf(bytes: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files)
    .filter((n) => /^xl\/(charts|drawings)\//.test(n) && !zip.files[n].dir)
    .sort();
  return Object.fromEntries(
    await Promise.all(names.map(async (n) => [n, await zip.file(n)!.async("string")] as const)),
  );
}

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} не найден: sudo apt-get install chromium`);
  const html = path.join(DIST, "report.html");
  if (!fs.existsSync(html)) throw new Error(`${html} не найден: сначала npm run build`);
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "shnor-report-page-"));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const demo = require(path.join(ROOT, "scripts", "demo", "generate.js")) as DemoModule;
  demoBook = await demo.generate(path.join(folder, "demo-region.xlsx"));
  served = await serveFolder(DIST, { policy: pagePolicy(html), onRequest: (url) => asked.push(url) });
  baseUrl = served.url;
  browser = await chromium.launch(CHROMIUM_LAUNCH);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe("report.html", () => {
  test("the demo workbook and the sample give the workbook shnor report writes: sheets, cells, formats, merges, charts; nothing leaves the origin", async () => {
    const { page, errors, requests, refused } = await openPage();
    const before = [demoBook, SAMPLE].map((f) => fs.readFileSync(f));
    const { saved, fileName, error } = await run(page, [demoBook, SAMPLE], { asOf: "2021-06-15" });
    expect(error).toBe("");
    expect(fileName).toBe("Отчёты 15.06.2021.xlsx");
    const cli = await cliReport([demoBook, SAMPLE], ["--as-of", "2021-06-15"]);
    expect(cli.code).toBe(0);
    const expected = fs.readFileSync(cli.out);
    const names = await expectSameSheets(saved!, expected);
    expect(names).not.toContain("Настройки ШНОР"); // left out unless asked for, as on the command line
    expect(await titleOf(saved!)).toBe("Отчёты ШНОР по состоянию на 15.06.2021");
    expect(await titleOf(expected)).toBe(await titleOf(saved!));
    const charts = await chartPartsOf(expected);
    expect(Object.keys(charts).length).toBeGreaterThan(0);
    expect(await chartPartsOf(saved!)).toEqual(charts);
    // the problems, with their sheet and cell, as the pane and the command line name them
    const problems = await page.locator("#problems li").allTextContents();
    const cliProblems = cli.err.filter((line) => !line.startsWith("… и ещё"));
    expect(cliProblems.length).toBeGreaterThan(0);
    expect(problems.slice(0, cliProblems.length)).toEqual(cliProblems);
    expect(problems.some((p) => /^ошибка: файл «demo-region\.xlsx», лист «[^»]+», ячейка [A-Z]+\d+: /.test(p))).toBe(
      true,
    );
    [demoBook, SAMPLE].forEach((f, i) => expect(fs.readFileSync(f).equals(before[i])).toBe(true));
    expect(refused).toEqual([]);
    expect(requests.every((url) => url.startsWith(baseUrl) || url.startsWith("blob:"))).toBe(true);
    expect(asked.some((url) => url.startsWith("/report-worker.js"))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 900_000);

  test("the picture: one region, its dates as an official writes them, the page's own Russian file button", async () => {
    const { page, errors } = await openPage();
    expect(await page.inputValue("#asOf")).toMatch(/^\d\d\.\d\d\.\d{4}$/);
    expect(await page.textContent("label[for=files]")).toBe("Выбрать книги Excel (.xlsx)…");
    const { error } = await run(page, [demoBook], { asOf: "15.06.2021" });
    expect(error).toBe("");
    await shot(page, "report-page.png");
    expect(errors).toEqual([]);
    await page.close();
  }, 900_000);

  test("the command line's picture: what shnor report prints for the sample region, as a terminal shows it", async () => {
    const out = path.join(folder, "отчёты.xlsx");
    const lines: string[] = [];
    const code = await main(
      ["report", "книга.xlsx", "--out", "отчёты.xlsx", "--as-of", "15.06.2021"].map((a) =>
        a === "книга.xlsx" ? SAMPLE : a === "отчёты.xlsx" ? out : a,
      ),
      { out: (l) => lines.push(l), err: (l) => lines.push(l) },
    );
    expect(code).toBe(0);
    // The paths as the user typed them in the picture's command.
    const shown = [
      "$ npx shnor report книга.xlsx --out отчёты.xlsx --as-of 15.06.2021",
      ...lines.map((l) => l.replace(out, "отчёты.xlsx")),
    ];
    const page = await browser.newPage({ viewport: { width: 1000, height: 200 }, locale: "ru-RU" });
    await page.setContent(
      `<pre style="margin:0;padding:12px;background:#1e1e1e;color:#e8e8e8;font:13px/1.4 'DejaVu Sans Mono',monospace;white-space:pre-wrap;width:960px"></pre>`,
    );
    await page.locator("pre").evaluate((pre, text) => (pre.textContent = text), shown.join("\n"));
    fs.mkdirSync(RESULTS, { recursive: true });
    await page.locator("pre").screenshot({ path: path.join(RESULTS, "cli-report.png") });
    if (process.env.SHNOR_PICTURES === "1")
      fs.copyFileSync(path.join(RESULTS, "cli-report.png"), path.join(PICTURES, "cli-report.png"));
    await page.close();
  });

  test("a quarter from the list and «с листом настроек» give the workbook of shnor report --quarter … --with-settings", async () => {
    const { page, errors } = await openPage();
    await page.setInputFiles("#files", [demoBook, SAMPLE]);
    await page.waitForSelector("#quarterField", { state: "visible" });
    // The pane's list of the same files: the quarters of the plans' periods.
    const offered = await page
      .locator("#quarters option")
      .evaluateAll((options) =>
        options.map((o) => `${(o as HTMLOptionElement).value} ${(o as HTMLOptionElement).label}`),
      );
    expect(offered).toEqual(expect.arrayContaining(["2021-1 I квартал 2021 года", "2021-2 II квартал 2021 года"]));
    const municipalities = await page
      .locator("#municipalities option")
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(municipalities).toEqual(expect.arrayContaining(["Тарский МР", "Калачинский район"]));
    const { saved, error } = await run(page, [demoBook, SAMPLE], {
      asOf: "2021-06-15",
      quarter: "2021-2",
      withSettings: true,
    });
    expect(error).toBe("");
    const cli = await cliReport(
      [demoBook, SAMPLE],
      ["--as-of", "2021-06-15", "--quarter", "2021-2", "--with-settings"],
    );
    expect(cli.code).toBe(0);
    const expected = fs.readFileSync(cli.out);
    const names = await expectSameSheets(saved!, expected);
    expect(names).toContain("Настройки ШНОР");
    expect(((await sheetsOf(saved!))["Настройки ШНОР"] as { state: string }).state).toBe("hidden");
    // The chosen quarter, not the default one (I квартал: the last ended by 15.06.2021).
    const quarterSheet = (await sheetsOf(saved!))["Отчёт за квартал"] as { cells: string[] };
    expect(quarterSheet.cells.join("\n")).toContain("за II квартал 2021 года");
    expect(await chartPartsOf(saved!)).toEqual(await chartPartsOf(expected));
    expect(errors).toEqual([]);
    await page.close();
  }, 900_000);

  test("a quarter outside every plan period: the command line's refusal and no file", async () => {
    const { page, errors } = await openPage();
    const { saved, error } = await run(page, [SAMPLE], { asOf: "2021-06-15", quarter: "2030-1" });
    const cli = await cliReport([SAMPLE], ["--as-of", "2021-06-15", "--quarter", "2030-1"]);
    expect(cli.code).toBe(2);
    const reason = /^Ошибка: (.*) Файл «[^»]+» не записан\.$/.exec(cli.err[0])![1];
    expect(reason).toMatch(/^I квартал 2030 года вне периода плана \(\d\d\.\d\d\.\d{4}–\d\d\.\d\d\.\d{4}\)\.$/);
    expect(error).toBe(`Ошибка: ${reason} Файл не создан.`);
    expect(saved).toBeUndefined();
    expect(await page.locator("#save").isHidden()).toBe(true);
    // the same in split mode: no archive of refused files
    const split = await run(page, [SAMPLE], { asOf: "2021-06-15", quarter: "2030-1", split: true });
    expect(split).toEqual({ error: `Ошибка: ${reason} Файл не создан.` });
    expect(errors).toEqual([]);
    await page.close();
  }, 900_000);

  test("split mode lists the problems shnor report --split prints: those of every file once, a later municipality's own under its name", async () => {
    const { page, errors } = await openPage();
    const { saved, error } = await run(page, [demoBook], { asOf: "2021-06-15", split: true });
    expect(error).toBe("");
    expect(saved).toBeDefined();
    const err: string[] = [];
    const cliFolder = fs.mkdtempSync(path.join(folder, "split-demo-"));
    expect(
      await main(
        [
          "report",
          demoBook,
          "--out",
          path.join(cliFolder, "Отчёты 15.06.2021.xlsx"),
          "--as-of",
          "2021-06-15",
          "--split",
        ],
        { out: () => undefined, err: (line) => err.push(line) },
      ),
    ).toBe(0);
    const problems = await page.locator("#problems li").allTextContents();
    expect(problems).toEqual(err);
    const first = fs
      .readdirSync(cliFolder)
      .sort((a, b) => a.localeCompare(b, "ru"))[0]
      .replace(/^Отчёты 15\.06\.2021-|\.xlsx$/g, "");
    const labelled = new Set(
      problems.filter((p) => / — (ошибка|предупреждение|сведения): /.test(p)).map((p) => p.slice(0, p.indexOf(" — "))),
    );
    expect([...labelled].filter((m) => m !== first).length).toBeGreaterThan(0);
    expect(problems.filter((p) => p.startsWith("ошибка: лист «План-график», ячейка D15: "))).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.close();
  }, 900_000);

  test("«отдельный файл на каждый муниципалитет»: a .zip of the files shnor report --split writes, named as it names them", async () => {
    const { page, errors } = await openPage();
    const { saved, fileName, error } = await run(page, [SAMPLE], { asOf: "2021-06-15", split: true });
    expect(error).toBe("");
    expect(fileName).toBe("Отчёты 15.06.2021.zip");
    const cliFolder = fs.mkdtempSync(path.join(folder, "split-"));
    const err: string[] = [];
    const code = await main(
      ["report", SAMPLE, "--out", path.join(cliFolder, "Отчёты 15.06.2021.xlsx"), "--as-of", "2021-06-15", "--split"],
      { out: () => undefined, err: (line) => err.push(line) },
    );
    expect(code).toBe(0);
    // what every municipality's run says, once; then a line per file
    const lines = await page.locator("#summary li").allTextContents();
    expect(new Set(lines).size).toBe(lines.length);
    expect(lines.filter((line) => line.startsWith("— "))).toHaveLength(fs.readdirSync(cliFolder).length);
    const zip = await JSZip.loadAsync(saved!);
    const expected = fs.readdirSync(cliFolder).sort();
    expect(expected.length).toBeGreaterThan(1);
    expect(Object.keys(zip.files).sort()).toEqual(expected);
    for (const name of expected) {
      const mine = await sheetsOf(Buffer.from(await zip.file(name)!.async("uint8array")));
      expect({ name, sheets: mine }).toEqual({
        name,
        sheets: await sheetsOf(fs.readFileSync(path.join(cliFolder, name))),
      });
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 900_000);

  test("2 000 schools: the bar moves through the phases and the page answers clicks while the worker works", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const demo = require(path.join(ROOT, "scripts", "demo", "generate.js")) as DemoModule;
    const book = await demo.generate(path.join(folder, "2000.xlsx"), 2000);
    const { page, errors } = await openPage();
    await page.evaluate(() => {
      const seen: { label: string; value: number }[] = [];
      Object.assign(window, { __seen: seen });
      new MutationObserver(() => {
        seen.push({
          label: document.getElementById("phase")!.textContent ?? "",
          value: (document.getElementById("progress") as HTMLProgressElement).value,
        });
      }).observe(document.getElementById("phase")!, { childList: true, characterData: true, subtree: true });
    });
    await page.setInputFiles("#files", [book]);
    await page.fill("#asOf", "2021-06-15");
    await page.click("#build");
    await page.waitForFunction(() =>
      (window as unknown as { __seen: { label: string }[] }).__seen.some((s) => s.label.startsWith("Поиск таблиц")),
    );
    await page.click("#split"); // the page's own thread is free: the click is handled while the report is built
    const answered = await page.evaluate(() => ({
      checked: (document.getElementById("split") as HTMLInputElement).checked,
    }));
    await page.waitForFunction(() => !(document.getElementById("save") as HTMLButtonElement).hidden, null, {
      timeout: 600_000,
    });
    const seen = await page.evaluate(
      () => (window as unknown as { __seen: { label: string; value: number }[] }).__seen,
    );
    expect(answered.checked).toBe(true);
    const labels = seen.map((s) => s.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        "Чтение «2000.xlsx»…",
        "Поиск таблиц…",
        "Отчёт «Группы риска»…",
        "Запись книги отчётов…",
      ]),
    );
    const values = seen.map((s) => s.value).filter((v) => v > 0);
    expect(values).toEqual([...values].sort((a, b) => a - b)); // it only moves forward
    expect(new Set(values).size).toBeGreaterThan(3);
    expect(errors).toEqual([]);
    await page.close();
  }, 900_000);

  test("bad input gets the command line's Russian message and no file", async () => {
    const { page, errors } = await openPage();
    const encrypted = path.join(folder, "с паролем.xlsx");
    fs.writeFileSync(encrypted, compoundFile(["\u0006DataSpaces", "EncryptionInfo", "EncryptedPackage"]));
    const broken = path.join(folder, "обрыв.xlsx");
    fs.writeFileSync(broken, fs.readFileSync(SAMPLE).subarray(0, 2000));
    const empty = path.join(folder, "пусто.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Лист1").getCell("A1").value = "Список покупок";
    await workbook.xlsx.writeFile(empty);
    const cases: [string[], Choice, RegExp][] = [
      [[OLD_XLS], {}, /^Ошибка: файл «libreoffice-97-2003\.xls» в старом формате Excel 97–2003 \(\.xls\)/],
      [[encrypted], {}, /^Ошибка: файл «с паролем\.xlsx» защищён паролем/],
      [[broken], {}, /^Ошибка: файл «обрыв\.xlsx» повреждён или записан не полностью/],
      [[empty], {}, /^Файл не создан\.$/],
      [[SAMPLE], { municipality: "Атлантида" }, /^Ошибка: муниципалитет «Атлантида» не найден/],
      [[SAMPLE], { quarter: "2021-5" }, /^Ошибка: квартал «2021-5» не распознан/],
      [[SAMPLE], { asOf: "31.02.2021" }, /^Ошибка: на дату 31\.02\.2021: нет такой даты\.$/],
    ];
    for (const [files, choice, message] of cases) {
      const { saved, error } = await run(page, files, choice);
      expect({ files, error }).toEqual({ files, error: expect.stringMatching(message) });
      expect(saved).toBeUndefined();
      // no file was made: nothing sends the reader to one of its sheets, and the error is not said again below it
      const lines = await page.locator("#summary li").allTextContents();
      expect(lines.filter((line) => line.includes("см. лист") || error.includes(line))).toEqual([]);
      expect(await page.locator("#save").isHidden()).toBe(true);
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 900_000);

  describe("«Формы для муниципалитетов» (issue 27): the page's door to the quarterly round equals the command line's on the demo round", () => {
    let roundFolder: string;
    let demo: DemoModule;

    beforeAll(async () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      demo = require(path.join(ROOT, "scripts", "demo", "generate.js")) as DemoModule;
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const round = require(path.join(ROOT, "scripts", "demo", "round.js")) as RoundModule;
      roundFolder = fs.mkdtempSync(path.join(folder, "round-"));
      expect(await round.playRound(roundFolder, demoBook, demo.DEMO_AS_OF)).toBe(0);
    }, 600_000);

    test("making the forms gives a .zip of one «Форма — <Муниципалитет>.xlsx» per municipality, each the form shnor forms writes", async () => {
      const { page, errors } = await openPage();
      const { saved, fileName, error } = await run(page, [demoBook], { asOf: demo.DEMO_AS_OF }, "#forms");
      expect(error).toBe("");
      expect(fileName).toBe("Формы 15.06.2021.zip");
      const zip = await JSZip.loadAsync(saved!);
      const cliForms = fs.readdirSync(path.join(roundFolder, "Формы")).sort();
      const municipalities = await page
        .locator("#municipalities option")
        .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
      expect(municipalities.length).toBeGreaterThan(4);
      expect(Object.keys(zip.files).sort()).toEqual(municipalities.map((m) => `Форма — ${m}.xlsx`).sort());
      expect(Object.keys(zip.files).sort()).toEqual(cliForms);
      for (const name of cliForms) {
        const mine = Buffer.from(await zip.file(name)!.async("uint8array"));
        const theirs = fs.readFileSync(path.join(roundFolder, "Формы", name));
        expect({ name, sheets: await sheetsOf(mine) }).toEqual({ name, sheets: await sheetsOf(theirs) });
        expect({ name, parts: await worksheetPartsOf(mine) }).toEqual({ name, parts: await worksheetPartsOf(theirs) });
      }
      expect(errors).toEqual([]);
      await page.close();
    }, 900_000);

    test("the returned forms chosen beside the workbook give the workbook shnor report writes: «Свод по муниципалитетам» and «Сдача форм» cell by cell", async () => {
      const { page, errors } = await openPage();
      const returnedDir = path.join(roundFolder, "Возвращённые формы");
      const returned = fs.readdirSync(returnedDir).map((f) => path.join(returnedDir, f));
      expect(returned).toHaveLength(4); // five ways, one never returned
      const { saved, error } = await run(page, [demoBook, ...returned], { asOf: demo.DEMO_AS_OF });
      expect(error).toBe("");
      const names = await expectSameSheets(saved!, fs.readFileSync(path.join(roundFolder, "demo-round.xlsx")));
      expect(names).toEqual(expect.arrayContaining(["Свод по муниципалитетам", "Сдача форм", "Изменения показателей"]));
      const handed = ((await sheetsOf(saved!))["Сдача форм"] as { cells: string[] }).cells.join("\n");
      expect(handed).toMatch(/Не представили форму: [^"]+/);
      expect(errors).toEqual([]);
      await page.close();
    }, 900_000);
  });
});
