/**
 * The BUILT task pane in headless Chromium (scripts/test.sh builds dist/ first). dist/ is served on 127.0.0.1 over
 * http; the request for office.js is answered with a stub host made of the strict fake Excel (officeStub.ts); every
 * other request off 127.0.0.1 is refused and recorded, so the pane is proven not to phone home.
 * Screenshots go to test-results/.
 */
import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import type { AddressInfo } from "net";
import { chromium, type Browser, type Page } from "playwright-core";
import webpack from "webpack";

const ROOT = path.resolve(__dirname, "../..");
const DIST = process.env.SHNOR_DIST ?? path.join(ROOT, "dist");
const RESULTS = path.join(ROOT, "test-results");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".json": "application/json", ".png": "image/png", ".xml": "application/xml" };

let server: http.Server;
let baseUrl: string;
let browser: Browser;
let officeStub: string;

/** Bundles officeStub.ts (fake Excel + registries) into one browser script. */
function buildOfficeStub(): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "shnor-office-stub-"));
  return new Promise((resolve, reject) => {
    webpack(
      {
        mode: "development",
        devtool: false,
        target: "web",
        entry: path.join(__dirname, "officeStub.ts"),
        output: { path: outDir, filename: "office.js" },
        resolve: { extensions: [".ts", ".js"] },
        module: {
          rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, configFile: path.join(ROOT, "tsconfig.json"), compilerOptions: { module: "es2020" } } } }],
        },
      },
      (error, stats) => {
        if (error || !stats || stats.hasErrors()) reject(error ?? new Error(stats?.toString("errors-only")));
        else resolve(fs.readFileSync(path.join(outDir, "office.js"), "utf8"));
      },
    );
  });
}

function serveDist(): Promise<string> {
  server = http.createServer((request, response) => {
    const file = path.join(DIST, decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname));
    if (!file.startsWith(DIST) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

interface Opened {
  page: Page;
  errors: string[];
  refused: string[];
}

/** Opens the pane at 320 px; office.js is answered by `officeJs` (a script) or refused (null). */
async function openPane(officeJs: string | null): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 320, height: 900 }, locale: "ru-RU" });
  const errors: string[] = [];
  const refused: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) {
      return officeJs === null ? route.abort("internetdisconnected") : route.fulfill({ contentType: "text/javascript", body: officeJs });
    }
    if (url.startsWith(baseUrl)) return route.continue();
    refused.push(url);
    return route.abort("blockedbyclient");
  });
  await page.goto(`${baseUrl}/taskpane.html`);
  return { page, errors, refused };
}

const host = <T>(page: Page, fn: string, ...args: unknown[]): Promise<T> =>
  page.evaluate(([name, rest]) => (window as unknown as { __shnorHost: Record<string, (...a: unknown[]) => unknown> }).__shnorHost[name as string](...(rest as unknown[])), [fn, args] as const) as Promise<T>;

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} не найден: sudo apt-get install chromium fonts-dejavu-core`);
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) throw new Error(`${DIST}/taskpane.html не найден: сначала npm run build`);
  fs.mkdirSync(RESULTS, { recursive: true });
  [officeStub, baseUrl] = await Promise.all([buildOfficeStub(), serveDist()]);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

describe("inside Excel (stub host with the fake workbook)", () => {
  let opened: Opened;
  beforeAll(async () => {
    opened = await openPane(officeStub);
  });
  afterAll(async () => {
    await opened.page.close();
  });

  test("renders in Russian, fits 320 px and shows the tables it recognised", async () => {
    const { page } = opened;
    await page.getByRole("heading", { name: "Адресная помощь 500+" }).waitFor();
    await page.getByText("Что найдено в книге").waitFor();
    const tables = page.getByTestId("table");
    await tables.first().waitFor();
    const texts = await tables.allTextContents();
    expect(texts.some((t) => t.startsWith("«ООНОР 2021»"))).toBe(true);
    expect(texts.some((t) => t.startsWith("«План-график»"))).toBe(true);
    await page.getByRole("button", { name: /«ООНОР 2021»/ }).click();
    await page.getByText("РФ3 → рисковый фактор 3", { exact: true }).waitFor();
    await page.getByText("Куратор → куратор", { exact: true }).waitFor();
    await page.getByText("Муниципальный район → муниципалитет", { exact: true }).waitFor();
    expect(await page.getByTestId("available").textContent()).toMatch(/^Можно построить: Группы риска, Сводка рисков, Кураторы/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.screenshot({ path: path.join(RESULTS, "taskpane-recognised.png"), fullPage: true });
  });

  test("a report button writes its report sheet into the workbook", async () => {
    const { page } = opened;
    await page.getByLabel("На дату").fill("15.06.2021");
    const syncsBefore = await host<number>(page, "syncCount");
    await page.getByRole("button", { name: "Группы риска", exact: true }).click();
    await page.getByText("Лист «Группы риска»").waitFor();
    expect(await host<string[]>(page, "sheetNames")).toContain("Группы риска");
    const cells = await host<unknown[][]>(page, "sheetCells", "Группы риска");
    expect(cells[0][0]).toBe("Группы риска по состоянию на 15.06.2021");
    expect(cells.flat()).toContain("МКОУ «Шуховская ООШ»");
    expect(await host<number>(page, "syncCount")).toBeGreaterThan(syncsBefore);
    await page.screenshot({ path: path.join(RESULTS, "taskpane-report-written.png"), fullPage: true });
  });

  test("a ribbon command runs the same reports, completes its event and reports to the pane", async () => {
    const { page } = opened;
    const completed = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const actions = (window as unknown as { __shnorHost: { actions: Record<string, (event: unknown) => void> } }).__shnorHost.actions;
          actions.runCurators({ completed: () => resolve(true) });
        }),
    );
    expect(completed).toBe(true);
    expect(await host<string[]>(page, "sheetNames")).toContain("Кураторы");
    await page.getByText("Лист «Кураторы»").waitFor();
    expect(Object.keys(await page.evaluate(() => (window as unknown as { __shnorHost: { actions: object } }).__shnorHost.actions)).sort()).toEqual(
      ["runAllReports", "runCurators", "runIndicators", "runPlanStatus", "runRiskGroups", "runRiskSummary"],
    );
  });

  test("a failing ribbon command still completes its event, and the pane shows the error in Russian", async () => {
    const { page } = opened;
    await host(page, "failNextRun", "Книга защищена от изменений: снимите защиту листа «ООНОР 2021»");
    const completed = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const actions = (window as unknown as { __shnorHost: { actions: Record<string, (event: unknown) => void> } }).__shnorHost.actions;
          actions.runRiskSummary({ completed: () => resolve(true) });
        }),
    );
    expect(completed).toBe(true);
    const alert = page.getByRole("alert").filter({ hasText: "Отчёт не построен" });
    await alert.waitFor();
    expect(await alert.textContent()).toContain("снимите защиту листа «ООНОР 2021»");
    expect(await host<string[]>(page, "sheetNames")).not.toContain("Сводка рисков");
    await page.screenshot({ path: path.join(RESULTS, "taskpane-ribbon-error.png"), fullPage: true });
  });

  test("the same page registers the custom functions (shared runtime)", async () => {
    const due = await opened.page.evaluate(() => (window as unknown as { __shnorHost: { functions: Record<string, (d: number) => number> } }).__shnorHost.functions.REPORTDUE(44300));
    expect(due).toBe(44382);
  });

  test("no script error and no request off the add-in's origin", () => {
    expect(opened.errors).toEqual([]);
    expect(opened.refused).toEqual([]);
  });
});

describe("outside Excel", () => {
  test("with office.js unreachable the pane says in Russian to open it in Excel", async () => {
    const { page, refused } = await openPane(null);
    await page.getByText("Откройте надстройку в Excel", { exact: false }).waitFor({ timeout: 15_000 });
    await page.screenshot({ path: path.join(RESULTS, "taskpane-outside-excel.png"), fullPage: true });
    expect(refused).toEqual([]);
    await page.close();
  });

  test("in a plain browser, where Office.onReady reports no host, it says the same", async () => {
    const plainBrowser = "window.Office = { onReady: function () { return Promise.resolve({ host: null, platform: null }); } };";
    const { page } = await openPane(plainBrowser);
    await page.getByText("Откройте надстройку в Excel", { exact: false }).waitFor({ timeout: 15_000 });
    expect(await page.getByRole("button", { name: "Группы риска" }).count()).toBe(0);
    await page.close();
  });
});
