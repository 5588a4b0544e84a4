/**
 * The BUILT Р7-Офис / ONLYOFFICE panel (dist/r7) in headless Chromium, as the editor's plugin frame shows it: the page
 * is served where the editor serves a plugin (…/sdkjs-plugins/<plugin>/index.html), and the plugin SDK it loads from
 * ../v1/plugins.js is a stand-in whose window.Asc.plugin.callCommand sends the command as plugins.js does — the
 * function's text with window.Asc.scope as JSON — to the real ONLYOFFICE engine in Node (test/helpers/onlyoffice.ts,
 * through page.exposeFunction). Every other request is refused and recorded. Clicking «Все отчёты» must leave the
 * report sheets of `shnor report` in the engine. Needs ONLYOFFICE_SDKJS (skipped loudly without it, failed under CI)
 * and the production build (scripts/test.sh runs it first).
 */
import * as fs from "fs";
import * as path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { cellAddress } from "../../src/core/a1";
import { dayOf } from "../../src/core/calendar";
import { type Problem, problemPlace } from "../../src/core/problems";
import { STRINGS } from "../../src/taskpane/strings";
import type { SheetGrid } from "../../src/core/cell";
import { runReports } from "../../src/files/reportRun";
import type { SheetLayout } from "../../src/reports/layout";
import { CHROMIUM, CHROMIUM_LAUNCH } from "../helpers/browser";
import { bootEngine, describeWithEngine, type Engine } from "../helpers/onlyoffice";
import { demoGrids, DIST_R7, sheetsOf, typeSheets, valueMismatches } from "../r7/panelInEngine";

const RESULTS = path.resolve(__dirname, "..", "..", "test-results");
/** Where an editor serves its plugins: each in a folder of its own beside v1/, which holds the plugin SDK. */
const EDITOR = "http://editor.shnor.invalid/sdkjs-plugins/";
const PANEL = `${EDITOR}shnor/index.html`;

/** The plugin SDK's part the panel uses, as plugins.js behaves: init once the frame has loaded; commands as text. */
const PLUGIN_SDK = `
window.Asc = window.Asc || {};
window.Asc.scope = {};
window.Asc.plugin = {
  callCommand: function (func, isClose, isCalc, callback) {
    window.__shnorCallCommand(String(func), JSON.stringify(window.Asc.scope)).then(function (json) {
      if (callback) callback(json === null ? undefined : JSON.parse(json));
    });
  },
};
window.addEventListener("load", function () { if (window.Asc.plugin.init) window.Asc.plugin.init(); });
`;

/** The door's commands, known by the keys of their Asc.scope (the bundle minifies their names). */
const COMMAND_BY_SCOPE: Record<string, string> = {
  markerNames: "describeWorkbook",
  "cols,rows,sheet,top": "readRows",
  name: "addSheet",
  "left,sheet,top,values": "writeValues",
  plans: "swapIn",
};

describeWithEngine()("панель Р7-Офис в Chromium: «Все отчёты» в настоящем движке ONLYOFFICE", () => {
  let browser: Browser;
  let page: Page;
  let engine: Engine;
  let grids: SheetGrid[];
  let asOf: string;
  let layouts: SheetLayout[];
  let problems: Problem[];
  const refused: string[] = [];
  const errors: string[] = [];
  const commands: string[] = [];

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} не найден: sudo apt-get install chromium`);
    if (!fs.existsSync(path.join(DIST_R7, "panel.js")))
      throw new Error(`нет ${DIST_R7}/panel.js: сначала соберите надстройку (npm run build)`);
    ({ grids, asOf } = await demoGrids());
    const [y, m, d] = asOf.split("-").map(Number);
    const run = runReports(grids, new Set(), { asOf: dayOf(y, m, d) as number });
    if (run.kind !== "built") throw new Error("демонстрационная книга не дала отчётов");
    layouts = run.layouts;
    problems = run.result.problems;
    engine = bootEngine("ru-RU");
    typeSheets(engine, grids, ",");
    fs.mkdirSync(RESULTS, { recursive: true });
    browser = await chromium.launch(CHROMIUM_LAUNCH);
    page = await browser.newPage({ viewport: { width: 320, height: 900 }, locale: "ru-RU" });
    page.on("pageerror", (error) => errors.push(error.message));
    await page.exposeFunction("__shnorCallCommand", (text: string, scope: string) => {
      const parsed = JSON.parse(scope) as Record<string, unknown>;
      commands.push(COMMAND_BY_SCOPE[Object.keys(parsed).sort().join(",")] ?? "other");
      const result = engine.run(text, parsed);
      return result === undefined ? null : JSON.stringify(result);
    });
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url === `${EDITOR}v1/plugins.js`) return route.fulfill({ contentType: "text/javascript", body: PLUGIN_SDK });
      if (url.startsWith(`${EDITOR}shnor/`)) {
        const file = path.join(DIST_R7, url.slice(`${EDITOR}shnor/`.length));
        if (file.startsWith(DIST_R7) && fs.existsSync(file)) return route.fulfill({ path: file });
      }
      refused.push(url);
      return route.abort("blockedbyclient");
    });
    await page.goto(PANEL);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("открывается по-русски, читает книгу командами и умещается в 320 px", async () => {
    await page.getByRole("heading", { name: "Адресная помощь 500+" }).waitFor();
    await page.getByRole("tab", { name: "Отчёты", selected: true }).waitFor();
    await page.getByTestId("available").waitFor({ timeout: 120_000 });
    expect(await page.getByTestId("available").textContent()).toMatch(/^Можно построить: Группы риска, Сводка рисков/);
    expect(commands).toContain("describeWorkbook");
    expect(commands).toContain("readRows");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  it("«Все отчёты» на дату из «Параметров»: ход по командам, итог и листы отчётов shnor report в движке", async () => {
    await page.getByRole("tab", { name: "Параметры" }).click();
    await page.getByLabel("На дату").fill(asOf);
    await page.getByRole("tab", { name: "Отчёты" }).click();
    const before = commands.length;
    await page.getByRole("button", { name: "Все отчёты" }).click();
    // progress while the chunked commands go back and forth
    await page.getByTestId("progress").waitFor({ timeout: 60_000 });
    await page.getByText("Готово.").waitFor({ timeout: 300_000 });
    await page.screenshot({ path: path.join(RESULTS, "r7-panel-done.png"), fullPage: true });
    const sent = commands.slice(before);
    expect(sent.filter((c) => c === "addSheet")).toHaveLength(layouts.length);
    expect(sent).toContain("swapIn");
    // the panel links each written sheet, under the name the engine holds
    for (const layout of layouts)
      await page.getByRole("button", { name: `Открыть лист «${layout.sheetName}»` }).waitFor();
    const names = sheetsOf(engine);
    expect(names.slice(0, grids.length)).toEqual(grids.map((g) => g.name));
    expect(names.slice(grids.length)).toEqual(layouts.map((l) => l.sheetName));
    // the title and the first rows of each report, cell by cell, as `shnor report` lays them out
    const mismatches = layouts.flatMap((layout) => valueMismatches(engine, layout, 12));
    expect(mismatches.slice(0, 20)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  it("кнопка одного отчёта («Кураторы») заменяет только его листы (и «Замечания»), имена листов те же", async () => {
    const [y, m, d] = asOf.split("-").map(Number);
    const only = runReports(grids, new Set(), { asOf: dayOf(y, m, d) as number, reports: ["curators"] });
    if (only.kind !== "built") throw new Error("«Кураторы» не построены");
    const names = sheetsOf(engine);
    const before = commands.length;
    await page.getByRole("button", { name: "Кураторы", exact: true }).click();
    // the run's last command, then the panel ready again (it reads the workbook once more)
    for (let waited = 0; waited < 120_000 && !commands.slice(before).includes("swapIn"); waited += 50)
      await page.waitForTimeout(50);
    await page.waitForFunction(() =>
      [...document.querySelectorAll("button")].some((b) => b.textContent === "Все отчёты" && !b.disabled),
    );
    expect(commands.slice(before).filter((c) => c === "addSheet")).toHaveLength(only.layouts.length);
    expect(only.layouts.map((l) => l.sheetName)).toContain("Кураторы");
    expect(sheetsOf(engine).sort()).toEqual(names.sort());
  });

  it("замечание со ссылкой на ячейку открывает её лист и выделяет ячейку в движке", async () => {
    const problem = problems.find((p) => p.sheet !== undefined && p.row !== undefined && p.col !== undefined)!;
    const place = cellAddress(problem.row!, problem.col!);
    await page
      .getByRole("button", { name: STRINGS.showCell(problemPlace(problem)) })
      .first()
      .click();
    const shown = (): [string, string] =>
      engine.run(function () {
        // @ts-expect-error Api lives in the editor's frame
        return [String(Api.GetActiveSheet().GetName()), String(Api.GetSelection().GetAddress(false, false))];
      });
    // the command goes through the page and back: wait for it
    for (let waited = 0; waited < 10_000 && shown()[1] !== place; waited += 50) await page.waitForTimeout(50);
    expect(shown()).toEqual([problem.sheet, place]);
  });

  it("вкладка «Формулы» подключает формулы в движке (formulas.js рядом с панелью) и перечисляет их", async () => {
    await page.getByRole("tab", { name: "Формулы" }).click();
    await page.getByText("SHNOR_RISKGROUPS", { exact: true }).waitFor();
    // registered: the engine computes a formula of the library in the next command
    engine.run(function () {
      // @ts-expect-error Api lives in the editor's frame
      Api.GetActiveSheet().GetRange("ZZ1").SetValue("=SHNOR_REPORTDUE(44197)");
    });
    for (let waited = 0; waited < 30_000 && formulaResult() === "#NAME?"; waited += 200) {
      await page.waitForTimeout(200);
      engine.run(function () {
        // @ts-expect-error Api lives in the editor's frame
        Api.GetActiveSheet().GetRange("ZZ1").SetValue("=SHNOR_REPORTDUE(44197)");
      });
    }
    expect(formulaResult()).not.toBe("#NAME?");
    await page.screenshot({ path: path.join(RESULTS, "r7-panel-formulas.png"), fullPage: true });
    await page.getByRole("tab", { name: "Отчёты" }).click();
  });

  function formulaResult(): string {
    return engine.run(function () {
      // @ts-expect-error Api lives in the editor's frame
      return String(Api.GetActiveSheet().GetRange("ZZ1").GetValue());
    });
  }

  it("ничего не запрошено вне редактора, ошибок страницы нет", () => {
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
  });
});
