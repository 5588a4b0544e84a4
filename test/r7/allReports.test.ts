/**
 * The Р7-Офис / ONLYOFFICE door against the real engine (ONLYOFFICE sdkjs 8.2 in Node, test/helpers/onlyoffice.ts):
 * the demo region's sheets typed into the engine, the BUILT panel (dist/r7/panel.js, in a jsdom frame of its own, as
 * the editor's plugin iframe) clicked «Все отчёты», its commands sent to the engine as the plugin SDK sends them (the
 * function's text plus Asc.scope as JSON); then every report sheet read back through the builder API and compared
 * cell by cell with the layout `shnor report` writes for the same sheets (src/files/reportRun.ts).
 * Needs the production build (scripts/test.sh runs it after `webpack --mode production`).
 */
import { existsSync } from "fs";
import type { JSDOM } from "jsdom";
import { join } from "path";
import type { SheetGrid } from "../../src/core/cell";
import { dayOf } from "../../src/core/calendar";
import { percentText } from "../../src/core/numberText";
import { runReports } from "../../src/files/reportRun";
import { CHUNK_ROWS } from "../../src/r7/door";
import type { SheetLayout } from "../../src/reports/layout";
import { reportMarkerNames, sheetOfMarkerReference } from "../../src/reports/sheetNames";
import { bootEngine, type Culture, describeWithEngine, type Engine } from "../helpers/onlyoffice";
import {
  clickAllReports,
  demoGrids,
  DIST_R7,
  expectedCells,
  openPanel,
  readSheet,
  sheetsOf,
  typeSheets,
} from "./panelInEngine";

/** What the engine's model holds of a report sheet's look, read through the builder API's getters. */
function readLook(
  engine: Engine,
  name: string,
  layout: SheetLayout,
): { merges: string[]; heights: number[]; widths: number[]; fills: number[] } {
  return engine.run(
    function () {
      // @ts-expect-error the scope and Api live in the editor's frame
      const { name, merges, rows, cols, fills } = Asc.scope;
      // @ts-expect-error as above
      const ws = Api.GetSheet(name);
      const heights: number[] = [];
      for (let r = 0; r < rows; r++) heights.push(Number(ws.GetRangeByNumber(r, 0).GetRowHeight()));
      const widths: number[] = [];
      for (let c = 0; c < cols; c++) widths.push(Number(ws.GetRangeByNumber(0, c).GetColumnWidth()));
      return {
        merges: merges.map((m: number[]) => String(ws.GetRangeByNumber(m[0], m[1]).MergeArea.GetAddress(false, false))),
        heights,
        widths,
        fills: fills.map((f: number[]) => {
          const color = ws.GetRangeByNumber(f[0], f[1]).GetFillColor();
          return typeof color === "object" ? color.GetRGB() : -1;
        }),
      };
    },
    {
      name,
      rows: layout.rowHeights.length,
      cols: layout.columnWidths.length,
      merges: layout.merges.map((m) => [m.range.top, m.range.left]),
      fills: layout.styles.filter((st) => st.fill !== undefined).map((st) => [st.range.top, st.range.left]),
    },
  );
}

/** «A1:C2» of a 0-based range. */
function address(r: { top: number; left: number; bottom: number; right: number }): string {
  const col = (c: number): string => (c >= 26 ? col(Math.floor(c / 26) - 1) : "") + String.fromCharCode(65 + (c % 26));
  const one = `${col(r.left)}${r.top + 1}`;
  return r.bottom === r.top && r.right === r.left ? one : `${one}:${col(r.right)}${r.bottom + 1}`;
}

/** The user's sheets as the builder API gives them: name and values. */
function userSheets(engine: Engine, names: string[]): unknown {
  return engine.run(
    function () {
      // @ts-expect-error the scope and Api live in the editor's frame
      return Asc.scope.names.map((n: string) => [n, Api.GetSheet(n).GetUsedRange().GetValue()]);
    },
    { names },
  );
}

const two = (n: number): string => String(n).padStart(2, "0");
/** An Excel serial as «dd.mm.yyyy». */
function dateText(serial: number): string {
  const d = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return `${two(d.getUTCDate())}.${two(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
}

/**
 * What a number cell must show under the layout's format (Excel's rounding, half away from zero), in the culture's
 * decimal separator; undefined for «General», whose shown digits are the editor's choice.
 */
function shownText(value: number, format: string, culture: Culture): string | undefined {
  const decimal = (text: string): string => (culture === "ru-RU" ? text : text.replace(",", "."));
  const fixed = (digits: number): string =>
    (Math.round(value * 10 ** digits + Number.EPSILON * 10 ** digits) / 10 ** digits).toFixed(digits).replace(".", ",");
  switch (format) {
    case "dd.mm.yyyy":
      return dateText(value);
    case "0.0%":
      return decimal(percentText(value).replace(" %", "%"));
    case "0.0":
      return decimal(percentText(value, { points: true }).replace(" %", ""));
    case "0.00":
      return decimal(fixed(2));
    case "0":
      return fixed(0);
    default:
      return undefined;
  }
}

// 2 500 schools: a report sheet longer than CHUNK_ROWS, written and formatted in several commands
const RUNS: { culture: Culture; schools?: number }[] = [
  { culture: "ru-RU" },
  { culture: "en-US" },
  { culture: "ru-RU", schools: 2_500 },
];

for (const { culture, schools } of RUNS) {
  const size = schools ? `, ${schools} школ` : "";
  describeWithEngine()(`«Все отчёты» из собранной панели на движке ONLYOFFICE (${culture}${size})`, () => {
    let engine: Engine;
    let layouts: SheetLayout[];
    let status: { outcome: string; written: string[] };
    let sheetNames: string[];
    let panel: JSDOM;
    let grids: SheetGrid[];
    let asOf: string;
    let userBefore: unknown;

    beforeAll(async () => {
      if (!existsSync(join(DIST_R7, "panel.js")))
        throw new Error(`нет ${DIST_R7}/panel.js: сначала соберите надстройку (npm run build)`);
      ({ grids, asOf } = await demoGrids(schools));
      const [y, m, d] = asOf.split("-").map(Number);
      const run = runReports(grids, new Set(), { asOf: dayOf(y, m, d) as number });
      if (run.kind !== "built") throw new Error("демонстрационная книга не дала отчётов");
      layouts = run.layouts;
      engine = bootEngine(culture);
      typeSheets(engine, grids, culture === "ru-RU" ? "," : ".");
      userBefore = userSheets(
        engine,
        grids.map((g) => g.name),
      );
      panel = await openPanel(engine);
      status = await clickAllReports(panel, asOf);
      sheetNames = sheetsOf(engine);
    }, 600_000);
    afterAll(() => panel?.window.close());

    it("панель сообщает о готовности, листы отчётов добавлены после листов пользователя под именами отчётов", () => {
      expect(status.outcome).toMatch(/^Готово\./);
      expect(status.written).toEqual(layouts.map((l) => l.sheetName));
      expect(sheetNames.slice(-layouts.length).sort()).toEqual(layouts.map((l) => l.sheetName).sort());
      expect(sheetNames.some((n) => n.startsWith("~shnor"))).toBe(false);
      // the large run is there for a sheet written and formatted in several commands
      if (schools) expect(Math.max(...layouts.map((l) => l.size.rows))).toBeGreaterThan(CHUNK_ROWS);
    });

    it("каждая ячейка каждого отчёта — значение из раскладки shnor report; даты и доли показаны по формату", () => {
      const mismatches: string[] = [];
      const checked = new Map<string, number>();
      const count = (kind: string): void => {
        checked.set(kind, (checked.get(kind) ?? 0) + 1);
      };
      for (const layout of layouts) {
        const sheet = readSheet(engine, layout.sheetName, layout.size.rows, layout.size.cols);
        for (const { row, col, value, format } of expectedCells(layout)) {
          const [got, text] = [sheet.values[row][col], sheet.texts[row][col]];
          const where = `«${layout.sheetName}»!${String.fromCharCode(65 + (col % 26))}${row + 1}`;
          if (typeof value === "number") {
            count("number");
            if (!(Math.abs(Number(got) - value) <= 1e-9 * Math.max(1, Math.abs(value))))
              mismatches.push(`${where}: ${got} вместо ${value}`);
            const shown = shownText(value, format, culture);
            if (shown !== undefined) count(format);
            if (shown !== undefined && text !== shown)
              mismatches.push(`${where}: показано «${text}» вместо «${shown}» (формат ${format})`);
          } else {
            const expected = value === null ? "" : String(value);
            if (typeof value === "string") count("text");
            // the text prefix «'» is not part of the cell: neither the value nor the shown text carries it
            if (got !== expected || text !== expected)
              mismatches.push(`${where}: «${got}» («${text}») вместо «${expected}»`);
          }
        }
      }
      expect(mismatches.slice(0, 20)).toEqual([]);
      // the comparison covered every kind the demo's reports hold
      const kinds = ["text", "number", "dd.mm.yyyy", "0.0%", "0"];
      expect(kinds.filter((kind) => (checked.get(kind) ?? 0) === 0)).toEqual([]);
    });

    it("объединения, высоты строк, ширины столбцов и заливки — как в раскладке", () => {
      for (const layout of layouts) {
        const look = readLook(engine, layout.sheetName, layout);
        // merged across: each row on its own, so the top-left cell's area is the first row's
        const merged = layout.merges.map(({ range, across }) =>
          address(across ? { ...range, bottom: range.top } : range),
        );
        expect([layout.sheetName, look.merges]).toEqual([layout.sheetName, merged]);
        expect([layout.sheetName, look.heights]).toEqual([
          layout.sheetName,
          layout.rowHeights.map((h) => expect.closeTo(h, 1)),
        ]);
        // widths are kept in pixels of a 7-px digit: within a pixel of the layout's width
        const widths = layout.columnWidths.map((w) => (w > 0 ? expect.closeTo(w, 0) : expect.any(Number)));
        expect([layout.sheetName, look.widths]).toEqual([layout.sheetName, widths]);
        const fills = layout.styles
          .filter((st) => st.fill !== undefined)
          .map((st) => parseInt(String(st.fill).slice(1), 16));
        expect([layout.sheetName, look.fills]).toEqual([layout.sheetName, fills]);
      }
    });

    it("диаграммы: на каждом листе с диаграммой — одна, того же вида, с названием и рядами раскладки", () => {
      expect(layouts.filter((l) => l.chart).length).toBeGreaterThan(1);
      for (const layout of layouts) {
        const charts = engine.run(
          function () {
            return (
              // @ts-expect-error the scope and Api live in the editor's frame
              Api.GetSheet(Asc.scope.name)
                .GetAllCharts()
                // eslint-disable-next-line @typescript-eslint/no-explicit-any
                .map((c: any) => {
                  // the title and the series' ranges: the engine's model (the API has no getter for them)
                  const plot = c.Chart.chart.plotArea.charts[0];
                  const title = c.Chart.chart.title.tx.rich.content.Content[0].GetText().trim();
                  return {
                    type: c.GetChartType(),
                    title,
                    // eslint-disable-next-line @typescript-eslint/no-explicit-any
                    series: plot.series.map((s: any) => [
                      s.tx.strRef.f,
                      s.cat.strRef?.f ?? s.cat.numRef?.f,
                      s.val.numRef.f,
                    ]),
                  };
                })
            );
          },
          { name: layout.sheetName },
        );
        const chart = layout.chart;
        if (!chart) {
          expect([layout.sheetName, charts]).toEqual([layout.sheetName, []]);
          continue;
        }
        const sheet = `'${layout.sheetName}'`;
        const cell = (row: number, col: number): string =>
          `$${address({ top: 0, left: col, bottom: 0, right: col }).replace(/\d+$/, "")}$${row + 1}`;
        const ref = (r: { top: number; left: number; bottom: number; right: number }): string =>
          `${sheet}!${cell(r.top, r.left)}:${cell(r.bottom, r.right)}`;
        const one = (c: { row: number; col: number }): string => `${sheet}!${cell(c.row, c.col)}`;
        expect([layout.sheetName, charts]).toEqual([
          layout.sheetName,
          [
            {
              type: chart.kind === "bar" ? "horizontalBar" : "bar",
              title: chart.title,
              series: [
                [one(chart.seriesName), ref(chart.categories), ref(chart.values)],
                ...(chart.moreSeries ?? []).map((m) => [one(m.seriesName), ref(chart.categories), ref(m.values)]),
              ],
            },
          ],
        ]);
      }
    });

    it("повторный запуск заменяет свои листы (по скрытым именам), листы пользователя не меняются", async () => {
      const again = await clickAllReports(panel, asOf);
      expect(again.written).toEqual(layouts.map((l) => l.sheetName));
      expect(sheetsOf(engine)).toEqual(sheetNames);
      expect(
        userSheets(
          engine,
          grids.map((g) => g.name),
        ),
      ).toEqual(userBefore);
      const markers = engine.run(
        function () {
          // @ts-expect-error the scope and Api live in the editor's frame
          return Asc.scope.names.map((n: string) => String(Api.GetDefName(n).GetRefersTo()));
        },
        { names: reportMarkerNames(layouts.map((l) => l.reportId)) },
      );
      expect((markers as string[]).map(sheetOfMarkerReference)).toEqual(layouts.map((l) => l.sheetName));
    });
  });
}
