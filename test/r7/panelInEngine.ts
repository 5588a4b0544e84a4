/**
 * The Р7-Офис / ONLYOFFICE door's tests on the real engine: the demo region's sheets typed into it, and the BUILT panel
 * (dist/r7/panel.js) in a jsdom frame of its own, as the editor's plugin iframe, its window.Asc.plugin a stand-in that
 * sends each command to the engine as the plugin SDK sends it (the function's text plus Asc.scope as JSON).
 */
import { readFileSync } from "fs";
import { JSDOM, VirtualConsole } from "jsdom";
import { join, resolve } from "path";
import type ExcelJS from "exceljs";
import type { SheetGrid } from "../../src/core/cell";
import type { SheetLayout } from "../../src/reports/layout";
import { readXlsx } from "../../src/files/readXlsx";
import { toEditorInput } from "../../src/r7/values";
import type { Engine } from "../helpers/onlyoffice";
import { buildCli } from "../helpers/buildCli";

const ROOT = resolve(__dirname, "..", "..");
export const DIST_R7 = join(process.env.SHNOR_DIST ?? join(ROOT, "dist"), "r7");

interface DemoModule {
  buildDemoWorkbook(schools?: number, seed?: number): ExcelJS.Workbook;
  DEMO_AS_OF: string;
}

/** The demo region's sheets (100 schools unless told), read as `shnor report` reads the file. */
export async function demoGrids(schools?: number): Promise<{ grids: SheetGrid[]; asOf: string }> {
  // the generator takes the calendar from the compiled CLI (build/)
  buildCli();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const demo = require(join(ROOT, "scripts", "demo", "generate.js")) as DemoModule;
  const bytes = new Uint8Array(await demo.buildDemoWorkbook(schools).xlsx.writeBuffer());
  return { grids: (await readXlsx(bytes, "demo-region.xlsx")).grids, asOf: demo.DEMO_AS_OF };
}

/** The test's own typing of the user's sheets into the engine (a test command, not the door's). */
export function typeSheets(engine: Engine, grids: SheetGrid[], decimal: string): void {
  grids.forEach((grid, i) => {
    const values = grid.cells.map((row) => row.map((v) => toEditorInput(v, decimal)));
    engine.run(
      function () {
        // @ts-expect-error the scope and Api live in the editor's frame
        const { name, first, values, merges } = Asc.scope;
        // @ts-expect-error as above
        if (first) Api.GetActiveSheet().SetName(name);
        // @ts-expect-error as above
        else Api.AddSheet(name);
        // @ts-expect-error as above
        const ws = Api.GetSheet(name);
        const end = (r: number, c: number): string => ws.GetRangeByNumber(r, c).GetAddress(false, false);
        if (values.length > 0) ws.GetRange("A1:" + end(values.length - 1, values[0].length - 1)).SetValue(values);
        for (const m of merges) ws.GetRange(end(m.top, m.left) + ":" + end(m.bottom, m.right)).Merge(false);
      },
      { name: grid.name, first: i === 0, values, merges: grid.merges },
    );
  });
}

/** The built panel in a frame of its own, its window.Asc.plugin a stand-in forwarding each command to the engine. */
export async function openPanel(engine: Engine): Promise<JSDOM> {
  const html = readFileSync(join(DIST_R7, "index.html"), "utf8").replace(/<script\b[^>]*><\/script>/g, "");
  const panel = new JSDOM(html, {
    runScripts: "outside-only",
    pretendToBeVisual: true,
    url: "http://localhost/sdkjs-plugins/shnor/index.html",
    virtualConsole: new VirtualConsole(),
  });
  const win = panel.window as unknown as { Asc: unknown; eval(code: string): unknown };
  win.Asc = {
    scope: {},
    plugin: {
      // plugins.js: callCommand(func, isClose, isCalc, callback) sends func's text with window.Asc.scope as JSON
      callCommand(command: () => unknown, _isClose: boolean, _isCalc: boolean, callback: (result: unknown) => void) {
        const scope = (win.Asc as { scope: unknown }).scope;
        let result: unknown;
        try {
          result = engine.run(command.toString(), scope);
        } catch (error) {
          // the editor would log it and answer undefined; here the failing command is named
          throw new Error(`команда ${command.toString().slice(0, 80)}…: ${String(error)}`);
        }
        setTimeout(() => callback(result), 0);
      },
    },
  };
  win.eval(readFileSync(join(DIST_R7, "panel.js"), "utf8"));
  // plugins.js calls init once the plugin's frame has loaded
  (win.Asc as { plugin: { init(): void } }).plugin.init();
  await until(panel, () => allReportsButton(panel)?.disabled === false, "панель не прочитала книгу");
  return panel;
}

export function allReportsButton(panel: JSDOM): HTMLButtonElement | undefined {
  return [...panel.window.document.querySelectorAll("button")].find((b) => b.textContent === "Все отчёты");
}

export async function until(panel: JSDOM, done: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !done(); waited += 20) {
    if (waited > 300_000) throw new Error(`${what}: ${panel.window.document.body.textContent}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export async function openTab(panel: JSDOM, label: string): Promise<void> {
  const tabs = [...panel.window.document.querySelectorAll('[role="tab"]')];
  // Fluent keeps a hidden bold copy of the label (its width reserved): the tab reads its label twice
  const tab = tabs.find((t) => t.textContent === label || t.textContent === label + label);
  if (!tab) throw new Error(`в панели нет вкладки «${label}»: ${tabs.map((t) => t.textContent).join(", ")}`);
  (tab as HTMLElement).click();
  await until(panel, () => tab.getAttribute("aria-selected") === "true", `вкладка «${label}» не открылась`);
}

/** «На дату» typed as the date field gives it (React listens to the input event), then «Все отчёты»: the sheets written. */
export async function clickAllReports(panel: JSDOM, asOf: string): Promise<{ outcome: string; written: string[] }> {
  const win = panel.window;
  await openTab(panel, "Параметры");
  await typeInto(panel, "На дату", asOf);
  await openTab(panel, "Отчёты");
  await until(panel, () => allReportsButton(panel)?.disabled === false, "кнопка «Все отчёты» недоступна");
  allReportsButton(panel)!.click();
  // disabled while it runs and while the panel reads the workbook again after it
  await until(panel, () => allReportsButton(panel)?.disabled === true, "запуск не начался");
  await until(panel, () => allReportsButton(panel)?.disabled === false, "запуск не закончился");
  const result = win.document.querySelector('[role="status"], [role="alert"]');
  const written = [...win.document.querySelectorAll("button")]
    .map((b) => /^Лист «(.+)»$/.exec(b.textContent ?? "")?.[1])
    .filter((name): name is string => name !== undefined);
  return { outcome: result?.textContent ?? "", written };
}

export function sheetsOf(engine: Engine): string[] {
  return engine.run(function () {
    // @ts-expect-error Api lives in the editor's frame
    return Api.GetSheets().map((s) => s.GetName());
  });
}

/** A report sheet as the builder API gives it back: values (strings) and texts, from A1 over the layout's size. */
export function readSheet(
  engine: Engine,
  name: string,
  rows: number,
  cols: number,
): { values: string[][]; texts: string[][] } {
  return engine.run(
    function () {
      // @ts-expect-error the scope and Api live in the editor's frame
      const { name, rows, cols } = Asc.scope;
      // @ts-expect-error as above
      const ws = Api.GetSheet(name);
      const values: string[][] = [];
      const texts: string[][] = [];
      for (let r = 0; r < rows; r++) {
        values.push([]);
        texts.push([]);
        for (let c = 0; c < cols; c++) {
          const cell = ws.GetRangeByNumber(r, c);
          values[r].push(String(cell.GetValue()));
          texts[r].push(String(cell.GetText()));
        }
      }
      return { values, texts };
    },
    { name, rows, cols },
  );
}

/** Every cell the layout writes, with its value and number format: title, notes, captions, headers, data. */
export function expectedCells(
  layout: SheetLayout,
): { row: number; col: number; value: string | number | boolean | null; format: string }[] {
  const out: { row: number; col: number; value: string | number | boolean | null; format: string }[] = [
    { ...layout.title, value: layout.title.text, format: "General" },
    ...layout.notes.map((n) => ({ row: n.row, col: n.col, value: n.text, format: "General" })),
  ];
  for (const block of layout.blocks) {
    if (block.caption)
      out.push({ row: block.caption.row, col: block.caption.col, value: block.caption.text, format: "General" });
    block.headers.forEach((h, i) =>
      out.push({ row: block.headerRow, col: block.spans[i].left, value: h, format: "General" }),
    );
    block.rows.forEach((row, r) =>
      row.forEach((v, i) =>
        out.push({ row: block.firstDataRow + r, col: block.spans[i].left, value: v, format: block.numberFormats[i] }),
      ),
    );
  }
  return out;
}

/**
 * The cells of the layout (those in rows before `beforeRow`, when given) whose value the engine's sheet does not hold,
 * as «лист!RnCm: «got» вместо «expected»»: a number within 1e-9, anything else as the engine's string.
 */
export function valueMismatches(engine: Engine, layout: SheetLayout, beforeRow = Infinity): string[] {
  const sheet = readSheet(engine, layout.sheetName, layout.size.rows, layout.size.cols);
  const mismatches: string[] = [];
  for (const { row, col, value } of expectedCells(layout).filter((c) => c.row < beforeRow)) {
    const got = sheet.values[row][col];
    const same =
      typeof value === "number" ? Math.abs(Number(got) - value) < 1e-9 : got === (value === null ? "" : String(value));
    if (!same) mismatches.push(`«${layout.sheetName}»!R${row + 1}C${col + 1}: «${got}» вместо «${String(value)}»`);
  }
  return mismatches;
}

/** Types into the panel's field whose label starts with `label`, as React hears typing (the input event). */
export async function typeInto(panel: JSDOM, label: string, text: string): Promise<HTMLInputElement> {
  const win = panel.window;
  const labels = [...win.document.querySelectorAll("label")];
  const found = labels.find((l) => (l.textContent ?? "").startsWith(label));
  const input = found && (win.document.getElementById(found.htmlFor) as HTMLInputElement | null);
  if (!input) throw new Error(`в панели нет поля «${label}»: ${labels.map((l) => l.textContent).join(", ")}`);
  // React tracks the value it set: the native setter makes the change an input, as typing does
  Object.getOwnPropertyDescriptor(win.HTMLInputElement.prototype, "value")?.set?.call(input, text);
  input.dispatchEvent(new win.Event("input", { bubbles: true }));
  await until(panel, () => input.value === text, `поле «${label}» не приняло «${text}»`);
  return input;
}

/** The panel's button whose text is `text`. */
export function buttonOf(panel: JSDOM, text: string): HTMLButtonElement | undefined {
  return [...panel.window.document.querySelectorAll("button")].find((b) => b.textContent === text);
}
