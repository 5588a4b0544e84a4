/**
 * The settings sheet through the Р7-Офис / ONLYOFFICE panel on the real engine (ru-RU): «Сохранить в книге» writes
 * «Настройки ШНОР» as the Excel door does (src/excel/settingsSheet.ts: the rows of settingsToRows, hidden, the user's
 * active sheet kept), the panel reads them back, and «Все отчёты» honours them — its sheets are those `shnor report`
 * makes from the same sheets with that settings sheet, which differ from those made without it. Then the Excel
 * pane's other fields, shared by the panel (StoredSettingsFields): an indicator switched off and a dynamics direction
 * chosen are the settings rows the Excel pane writes.
 */
import { existsSync } from "fs";
import type { JSDOM } from "jsdom";
import { join } from "path";
import type { Cell, SheetGrid } from "../../src/core/cell";
import { dayOf } from "../../src/core/calendar";
import { parameterChoices } from "../../src/core/indicators/indicatorColumns";
import type { Settings } from "../../src/core/settings";
import { readSettingsRows, SETTINGS_SHEET_NAME, settingsToRows } from "../../src/core/settingsSheet";
import { readWorkbook } from "../../src/core/tables/readWorkbook";
import { runReports } from "../../src/files/reportRun";
import type { SheetLayout } from "../../src/reports/layout";
import { describeWorkbook, readRows } from "../../src/r7/commands";
import { fromEditorValue } from "../../src/r7/values";
import { bootEngine, describeWithEngine, type Engine } from "../helpers/onlyoffice";
import {
  buttonOf,
  clickAllReports,
  demoGrids,
  DIST_R7,
  expectedCells,
  openPanel,
  openTab,
  typeInto,
  typeSheets,
  until,
  valueMismatches,
} from "./panelInEngine";

function layoutsOf(grids: SheetGrid[], asOf: string): SheetLayout[] {
  const [y, m, d] = asOf.split("-").map(Number);
  const run = runReports(grids, new Set(), { asOf: dayOf(y, m, d) as number });
  if (run.kind !== "built") throw new Error("демонстрационная книга не дала отчётов");
  return run.layouts;
}

/** Each layout's cells as «Лист!R1C1 = value» lines, to compare runs. */
function cellLines(layouts: SheetLayout[]): string[] {
  return layouts.flatMap((l) => expectedCells(l).map((c) => `${l.sheetName}!R${c.row + 1}C${c.col + 1} = ${c.value}`));
}

describeWithEngine()("лист настроек из панели на движке ONLYOFFICE (ru-RU)", () => {
  let engine: Engine;
  let panel: JSDOM;
  let grids: SheetGrid[];
  let asOf: string;
  let activeBefore: string;
  /** The demo's own settings sheet, with the curator cap and the school year's end the test types into the panel. */
  let SAVED: Settings;

  beforeAll(async () => {
    if (!existsSync(join(DIST_R7, "panel.js")))
      throw new Error(`нет ${DIST_R7}/panel.js: сначала соберите надстройку (npm run build)`);
    ({ grids, asOf } = await demoGrids());
    const demoSettings = grids.find((g) => g.name === SETTINGS_SHEET_NAME);
    if (!demoSettings) throw new Error(`в демонстрационной книге нет листа «${SETTINGS_SHEET_NAME}»`);
    SAVED = { ...readSettingsRows(demoSettings).settings, curatorCap: 1, schoolYearEnd: { month: 6, day: 30 } };
    engine = bootEngine("ru-RU");
    typeSheets(engine, grids, ",");
    activeBefore = activeSheet(engine);
    panel = await openPanel(engine);
    await openTab(panel, "Параметры");
    await typeInto(panel, "Норма кураторов", String(SAVED.curatorCap));
    await typeInto(panel, "Конец учебного года", "30.06");
    buttonOf(panel, "Сохранить в книге")!.click();
    await until(
      panel,
      () =>
        panel.window.document.querySelector('[data-testid="save-state"]')?.textContent ===
        "Сохранено в листе «Настройки ШНОР».",
      "настройки не сохранены",
    );
  }, 600_000);
  afterAll(() => panel?.window.close());

  it("лист «Настройки ШНОР» переписан и скрыт, в нём строки settingsToRows, активный лист пользователя тот же", () => {
    const facts = engine.run<{ sheets: { name: string; rows: number; cols: number }[] }>(function () {
      const sheets = // @ts-expect-error Api lives in the editor's frame
        Api.GetSheets().map((s: any) => ({ name: s.GetName(), visible: s.GetVisible() })); // eslint-disable-line @typescript-eslint/no-explicit-any
      return { sheets };
    }, {});
    expect(facts.sheets.filter((s) => s.name === SETTINGS_SHEET_NAME)).toEqual([
      { name: SETTINGS_SHEET_NAME, visible: false },
    ]);
    expect(activeSheet(engine)).toBe(activeBefore);
    const rows = settingsToRows(SAVED);
    const width = Math.max(2, ...rows.map((r) => r.length));
    const got = engine.run<{ values: string[][] }>(readRows, {
      sheet: SETTINGS_SHEET_NAME,
      top: 0,
      rows: rows.length,
      cols: width,
    });
    const cells: Cell[][] = got.values.map((row) => row.map((text) => fromEditorValue(text)));
    // each cell as values.ts reads text back: "" is empty, a text such as «30.06» the number it spells (GetValue
    // gives text and numbers alike as strings); the settings read from them are the saved ones all the same
    const asRead = (cell: Cell | undefined): Cell =>
      typeof cell === "string" ? fromEditorValue(cell) : (cell ?? null);
    expect(cells).toEqual(rows.map((row) => Array.from({ length: width }, (_, i) => asRead(row[i]))));
    const grid: SheetGrid = { name: SETTINGS_SHEET_NAME, cells, origin: { row: 0, col: 0 }, merges: [] };
    expect(readSettingsRows(grid)).toEqual({ settings: SAVED, problems: [] });
  });

  it("панель читает их обратно: поля показывают сохранённое после «Обновить»", async () => {
    buttonOf(panel, "Обновить")!.click();
    await until(panel, () => buttonOf(panel, "Обновить")?.disabled === false, "книга не перечитана");
    const field = (label: string): string => {
      const found = [...panel.window.document.querySelectorAll("label")].find((l) =>
        (l.textContent ?? "").startsWith(label),
      );
      return (panel.window.document.getElementById(found?.htmlFor ?? "") as HTMLInputElement | null)?.value ?? "";
    };
    expect([field("Норма кураторов"), field("Конец учебного года")]).toEqual(["1", "30.06"]);
  });

  it("«Все отчёты» строит по ним: листы — как shnor report с этим листом настроек, и не как без него", async () => {
    const settingsGrid: SheetGrid = {
      name: SETTINGS_SHEET_NAME,
      cells: settingsToRows(SAVED),
      origin: { row: 0, col: 0 },
      merges: [],
    };
    const expected = layoutsOf(
      grids.map((g) => (g.name === SETTINGS_SHEET_NAME ? settingsGrid : g)),
      asOf,
    );
    const without = layoutsOf(grids, asOf);
    // the settings change what the reports say: otherwise this test could not fail
    expect(cellLines(expected)).not.toEqual(cellLines(without));
    const run = await clickAllReports(panel, asOf);
    expect(run.written).toEqual(expected.map((l) => l.sheetName));
    const mismatches = expected.flatMap((layout) => valueMismatches(engine, layout));
    expect(mismatches.slice(0, 20)).toEqual([]);
  });

  it("показатели и направления динамики — поля панели Excel: снятая отметка и выбранное направление — строки листа настроек", async () => {
    // the workbook read again after the last save: a change saves the settings the panel last read, whole
    await until(panel, () => buttonOf(panel, "Обновить")?.disabled === false, "книга не перечитана");
    await openTab(panel, "Параметры");
    const doc = panel.window.document;
    const settingsGrid: SheetGrid = {
      name: SETTINGS_SHEET_NAME,
      cells: settingsToRows(SAVED),
      origin: { row: 0, col: 0 },
      merges: [],
    };
    const data = readWorkbook(
      grids.map((g) => (g.name === SETTINGS_SHEET_NAME ? settingsGrid : g)),
      SAVED,
      new Set(),
    );
    const choices = parameterChoices(data.schools, data.extraHeaders, SAVED);
    // the demo region has both, or this test could not fail
    expect(choices.indicators.length).toBeGreaterThan(1);
    expect(choices.dynamics.length).toBeGreaterThan(0);
    const boxes = (): HTMLInputElement[] => [...doc.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(boxes().map((b) => b.labels?.[0]?.textContent)).toEqual(choices.indicators);
    expect(boxes().every((b) => b.checked)).toBe(true);

    const indicator = choices.indicators[1];
    boxes()[1].click();
    await soon(() => storedSettings(engine).indicatorsOff.length === 1, "отметка показателя не сохранена");
    await soon(() => !boxes()[1].checked && !boxes()[1].disabled, "панель не перечитала настройки");

    const { measure, guessed } = choices.dynamics[0];
    const better = guessed === "больше" ? "меньше" : "больше";
    const label = better === "больше" ? "лучше больше (рост)" : "лучше меньше (снижение)";
    // the Field's label names its dropdown, as it names an input (typeInto)
    const list = (): HTMLElement => {
      const found = [...doc.querySelectorAll("label")].find((l) => l.textContent === `Улучшение для «${measure}»`);
      return doc.getElementById(found?.htmlFor ?? "") as HTMLElement;
    };
    expect(list().textContent).toBe(`по названию меры: лучше ${guessed}`);
    // jsdom lays nothing out: Fluent's open list watches its size (ResizeObserver) and scrolls to its active option
    // (scrollIntoView), neither of which jsdom has; the editor's browser has both
    Object.assign(panel.window, {
      ResizeObserver: class {
        observe(): void {}
        unobserve(): void {}
        disconnect(): void {}
      },
    });
    panel.window.HTMLElement.prototype.scrollIntoView = () => undefined;
    list().click();
    await soon(() => doc.querySelector('[role="option"]') !== null, "список направлений не открылся");
    [...doc.querySelectorAll<HTMLElement>('[role="option"]')].find((o) => o.textContent === label)!.click();
    await soon(
      () => storedSettings(engine).dynamicsBetter.length > SAVED.dynamicsBetter.length,
      "направление не сохранено",
    );
    await soon(() => list().textContent === label, "панель не показала сохранённое направление");

    expect(storedSettings(engine)).toEqual({
      ...SAVED,
      indicatorsOff: [indicator],
      dynamicsBetter: [...SAVED.dynamicsBetter, { measure, better }],
    });
  }, 120_000);
});

/** Waits for `done` a while (the panel saves through a few commands), then fails saying what did not happen. */
async function soon(done: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !done(); waited += 50) {
    if (waited > 20_000) throw new Error(what);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The settings sheet the engine holds, read as the Excel door and `shnor report` read it (no problem expected). */
function storedSettings(engine: Engine): Settings {
  const facts = engine.run<{ sheets: { name: string; rows: number; cols: number }[] }>(describeWorkbook, {
    markerNames: [],
  });
  const { rows, cols } = facts.sheets.find((s) => s.name === SETTINGS_SHEET_NAME)!;
  const got = engine.run<{ values: string[][] }>(readRows, { sheet: SETTINGS_SHEET_NAME, top: 0, rows, cols });
  const cells = got.values.map((row) => row.map((text) => fromEditorValue(text)));
  const { settings, problems } = readSettingsRows({
    name: SETTINGS_SHEET_NAME,
    cells,
    origin: { row: 0, col: 0 },
    merges: [],
  });
  expect(problems).toEqual([]);
  return settings;
}

function activeSheet(engine: Engine): string {
  return engine.run(function () {
    // @ts-expect-error Api lives in the editor's frame
    return String(Api.GetActiveSheet().GetName());
  });
}
