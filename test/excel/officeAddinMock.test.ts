/**
 * The Office.js renderer (writeReportSheets, unchanged) on a workbook modelled with office-addin-mock: the sync count
 * does not grow with the rows, and a report over Excel on the web's 5 MB limit goes in several requests, each under it.
 *
 * office-addin-mock gives proxy objects with Office's load/sync rules (a scalar reads as an error string until it is
 * loaded and synced) but no Excel behind them. What it cannot express, and how the model below stands in for it:
 * - `load("items/name,…")` on a collection: the mock navigates only object data, and `items` must be an array, so the
 *   collections carry their own `load` that loads `items` whole with the mock's own load (OfficeMockObject.prototype).
 * - A request queue: the mock applies a property set at once and its methods are plain functions. Here methods record
 *   an operation, and the wrapped `context.sync()` plays Excel: it runs the operations in call order, then takes the
 *   properties set on the proxies since the last sync (the mock's own fields, as «path/to/property»), applies them,
 *   and measures that request (UTF-8 JSON of the arguments and values; a lower bound of the wire size).
 * - Objects returned by methods (ranges, sheets, charts) are separate OfficeMockObjects: the mock's tree and its sync
 *   never reach them, so only the wrapped sync sees what was set on them.
 * - Refusals: the mock cannot fail a sync; the wrapped sync throws where Excel would (a name clash, a matrix of the
 *   wrong shape, a request over 5 MB, an unknown property), and a run that leaves work unsynced fails.
 * - Null objects (getItemOrNullObject, isNullObject) are not modelled: writeReportSheets does not use them.
 */
import { OfficeMockObject } from "office-addin-mock";
import type { OfficeValue } from "../../src/excel/cellValues";
import { FLUSH_BYTES, MB } from "../../src/excel/payload";
import { writeReportSheets, type WriteOutcome } from "../../src/excel/writeReports";
import { layoutSheet } from "../../src/reports/layout";
import type { SheetDescription } from "../../src/reports/model";
import { markerReference, sheetOfMarkerReference } from "../../src/reports/sheetNames";
import { riskSummary } from "../helpers/reportDescriptions";

const REQUEST_LIMIT_BYTES = 5 * MB;

/** Excel's side of the wire: what the workbook holds between runs. */
interface StoredSheet {
  name: string;
  cells: Map<number, OfficeValue[]>;
  numberFormatCells: number;
  styleSets: number;
  heightSets: number;
  merges: number;
  frozenRows?: number;
  print: Record<string, unknown>;
  charts: Record<string, unknown>[];
}

interface StoredWorkbook {
  sheets: StoredSheet[];
  names: { name: string; sheet: StoredSheet }[];
  active?: StoredSheet;
}

function storedSheet(name: string, rows: OfficeValue[][] = []): StoredSheet {
  return {
    name,
    cells: new Map(rows.map((row, i) => [i, [...row]])),
    numberFormatCells: 0,
    styleSets: 0,
    heightSets: 0,
    merges: 0,
    print: {},
    charts: [],
  };
}

function workbookOf(sheets: { name: string; rows: OfficeValue[][] }[]): StoredWorkbook {
  return { sheets: sheets.map((s) => storedSheet(s.name, s.rows)), names: [] };
}

const cell = (sheet: StoredSheet, row: number, col: number): OfficeValue | undefined => sheet.cells.get(row)?.[col];
const sheetNamed = (book: StoredWorkbook, name: string): StoredSheet | undefined =>
  book.sheets.find((s) => s.name === name);
const bytesOf = (value: unknown): number => Buffer.byteLength(JSON.stringify(value), "utf8");
const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/**
 * Properties set on a proxy since the last take, as «format/fill/color» → value; they are cleared (sent). Proxies are
 * built from data with no scalars, so every scalar field on them was set by the code under test.
 */
function takeSets(mock: OfficeMockObject, prefix = ""): [string, unknown][] {
  const sets: [string, unknown][] = [];
  for (const key of Object.keys(mock)) {
    const value: unknown = mock[key];
    if (key.startsWith("_") || typeof value === "function") continue;
    if (value instanceof OfficeMockObject) sets.push(...takeSets(value, `${prefix}${key}/`));
    else {
      sets.push([prefix + key, value]);
      delete mock[key];
    }
  }
  return sets;
}

interface Run {
  context: Excel.RequestContext;
  /** The spy on the mock's sync: one call per context.sync(). */
  syncs: jest.SpyInstance;
  /** Measured bytes of each request, in sync order. */
  requests: number[];
  /** Fails like Excel.run when operations or property sets were queued and never synced. */
  assertAllSynced(): void;
}

/** One Excel.run's request context over the stored workbook. */
function openRun(book: StoredWorkbook): Run {
  let operations: { bytes: number; run: () => void }[] = [];
  const proxies: { mock: OfficeMockObject; apply: (path: string, value: unknown) => void }[] = [];
  const requests: number[] = [];
  /** Single-cell ranges from getRange, which names.add may refer to. */
  const cellSheets = new WeakMap<OfficeMockObject, StoredSheet>();

  const operation = (args: unknown[], run: () => void): void => {
    operations.push({ bytes: bytesOf(args), run });
  };
  const proxy = (data: object, apply: (path: string, value: unknown) => void): OfficeMockObject => {
    const mock = new OfficeMockObject(data);
    proxies.push({ mock, apply });
    return mock;
  };
  const unknownProperty = (what: string) => (path: string) => {
    throw new Error(`Модель не знает свойства ${what}.${path}`);
  };
  const rename = (sheet: StoredSheet, name: string): void => {
    if (book.sheets.some((s) => s !== sheet && sameName(s.name, name))) throw new Error(`Лист «${name}» уже есть`);
    sheet.name = name;
  };

  /** Printing (issue 12): each border edge's style and weight count as style sets, as fill and font do. */
  const borders = (sheet: StoredSheet): { getItem: (edge: string) => OfficeMockObject } => ({
    getItem: () =>
      proxy({}, (path) => {
        if (path !== "style" && path !== "weight") unknownProperty("RangeBorder")(path);
        sheet.styleSets++;
      }),
  });
  const range = (sheet: StoredSheet, top: number, left: number, rows: number, cols: number): OfficeMockObject =>
    proxy(
      {
        format: { fill: {}, font: {}, borders: borders(sheet) },
        merge: (across: boolean) => operation([across], () => sheet.merges++),
      },
      (path, value) => {
        if (path === "values" || path === "numberFormat") {
          const matrix = value as unknown[][];
          if (matrix.length !== rows || matrix.some((row) => row.length !== cols)) {
            throw new Error(`${path} ${matrix.length}×${matrix[0]?.length} не совпадает с диапазоном ${rows}×${cols}`);
          }
          if (path === "numberFormat") sheet.numberFormatCells += rows * cols;
          else
            matrix.forEach((row, r) => {
              const stored = sheet.cells.get(top + r) ?? [];
              (row as OfficeValue[]).forEach((v, c) => (stored[left + c] = v));
              sheet.cells.set(top + r, stored);
            });
        } else if (
          /^format\/(columnWidth|wrapText|verticalAlignment|horizontalAlignment|fill\/color|font\/(color|bold|size))$/.test(
            path,
          )
        )
          sheet.styleSets++;
        else if (path === "format/rowHeight") sheet.heightSets++;
        else unknownProperty("Range")(path);
      },
    );
  /** getRanges("A1:B2,C3"): styled only, never given values by the renderer. */
  const areas = (sheet: StoredSheet, address: string): OfficeMockObject => {
    if (!/^[A-Z]+\d+(:[A-Z]+\d+)?(,[A-Z]+\d+(:[A-Z]+\d+)?)*$/.test(address))
      throw new Error(`Неверный адрес «${address}»`);
    return proxy({ format: { fill: {}, font: {}, borders: borders(sheet) } }, (path) => {
      if (!path.startsWith("format/")) unknownProperty("RangeAreas")(path);
      sheet.styleSets++;
    });
  };

  const chart = (sheet: StoredSheet, type: string, seriesBy: string): OfficeMockObject => {
    const stored: Record<string, unknown> = { type, seriesBy };
    operation([type, seriesBy], () => sheet.charts.push(stored));
    const series = proxy(
      { setXAxisValues: (r: unknown) => operation([String(r)], () => (stored.categories = true)) },
      (path, value) => {
        if (path !== "name") unknownProperty("ChartSeries")(path);
        stored.seriesName = value;
      },
    );
    return proxy(
      {
        title: {},
        legend: {},
        format: { font: {} },
        axes: { valueAxis: {} },
        series: { getItemAt: () => series },
        setPosition: (from: string, to: string) => operation([from, to], () => (stored.position = `${from}:${to}`)),
      },
      (path, value) => {
        if (
          ![
            "title/text",
            "legend/visible",
            "axes/valueAxis/numberFormat",
            "axes/valueAxis/minimum",
            "axes/valueAxis/maximum",
            "format/font/size",
          ].includes(path)
        )
          unknownProperty("Chart")(path);
        stored[path] = value;
      },
    );
  };

  const worksheet = (sheet: StoredSheet): OfficeMockObject =>
    proxy(
      {
        getRangeByIndexes: (top: number, left: number, rows: number, cols: number) =>
          range(sheet, top, left, rows, cols),
        getRange: (address: string) => {
          const match = /^([A-Z]+)(\d+)$/.exec(address);
          if (!match) throw new Error(`Модель понимает getRange только для одной ячейки, не «${address}»`);
          const col = [...match[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
          const cellRange = range(sheet, Number(match[2]) - 1, col, 1, 1);
          cellSheets.set(cellRange, sheet);
          return cellRange;
        },
        getRanges: (address: string) => areas(sheet, address),
        freezePanes: { freezeRows: (count: number) => operation([count], () => (sheet.frozenRows = count)) },
        // zoom is loaded back after it is set (office-js #1860); the mock reads back what was set on it.
        pageLayout: {
          zoom: {},
          setPrintTitleRows: (rows: string) => operation([rows], () => (sheet.print.titleRows = rows)),
          setPrintMargins: (unit: string, margins: object) =>
            operation([unit, margins], () => (sheet.print.margins = { unit, ...margins })),
          setPrintArea: (address: string) => operation([address], () => (sheet.print.area = address)),
          headersFooters: { defaultForAllPages: {} },
        },
        horizontalPageBreaks: {
          add: (at: string) =>
            operation([at], () => (sheet.print.breaks = [...((sheet.print.breaks as string[]) ?? []), at])),
        },
        charts: { add: (type: string, _source: unknown, seriesBy: string) => chart(sheet, type, seriesBy) },
        activate: () => operation([], () => (book.active = sheet)),
      },
      (path, value) => {
        if (path === "name") rename(sheet, String(value));
        else if (path === "position") {
          book.sheets.splice(book.sheets.indexOf(sheet), 1);
          book.sheets.splice(Number(value), 0, sheet);
        } else if (/^pageLayout\/(orientation|paperSize|zoom)$/.test(path))
          sheet.print[path.slice("pageLayout/".length)] = value;
        else if (path === "pageLayout/headersFooters/defaultForAllPages/centerFooter") sheet.print.footer = value;
        else unknownProperty("Worksheet")(path);
      },
    );

  /** Loads `items` whole: see the header on why «items/name» cannot be loaded as the mock navigates it. */
  function loadItems(this: OfficeMockObject, properties: string): OfficeMockObject {
    if (!/^(items\/\w+)(,items\/\w+)*$/.test(properties)) throw new Error(`Модель не загружает «${properties}»`);
    OfficeMockObject.prototype.load.call(this, "items");
    return this;
  }

  const context = new OfficeMockObject({
    workbook: {
      application: {
        suspendApiCalculationUntilNextSync: () => operation([], () => undefined),
        suspendScreenUpdatingUntilNextSync: () => operation([], () => undefined),
      },
      // DATE(1904;1;2) in a workbook of the 1900 date system: 1463 (src/excel/workbookState.ts); `date` is set below.
      functions: { result: { value: 1463, error: "" } },
      worksheets: {
        items: book.sheets.map((s, position) => ({ name: s.name, visibility: "Visible", position })),
        load: loadItems,
        add: (name: string) => {
          const sheet = storedSheet(name);
          operation([name], () => {
            rename(sheet, name);
            book.sheets.push(sheet);
          });
          return worksheet(sheet);
        },
        getItem: (name: string) =>
          new OfficeMockObject({
            delete: () =>
              operation([name], () => {
                const found = book.sheets.find((s) => sameName(s.name, name));
                if (!found) throw new Error(`Нет листа «${name}»`);
                if (book.sheets.length === 1) throw new Error("Нельзя удалить последний лист");
                // Excel keeps a defined name whose sheet is deleted (it then refers to #REF!): the writer deletes it.
                book.sheets.splice(book.sheets.indexOf(found), 1);
              }),
          }),
      },
      names: {
        items: book.names.map((n) => ({ name: n.name, formula: `=${markerReference(n.sheet.name)}` })),
        load: loadItems,
        add: (name: string, target: OfficeMockObject) => {
          const sheet = cellSheets.get(target);
          if (!sheet) throw new Error("Модель даёт имена только ячейкам из getRange");
          operation([name, "A1"], () => {
            if (book.names.some((n) => sameName(n.name, name))) throw new Error(`Имя ${name} уже есть`);
            book.names.push({ name, sheet });
          });
        },
        getItem: (name: string) =>
          new OfficeMockObject({
            delete: () =>
              operation([name], () => {
                const before = book.names.length;
                book.names = book.names.filter((n) => !sameName(n.name, name));
                if (book.names.length === before) throw new Error(`Нет имени ${name}`);
              }),
          }),
      },
    },
  });

  const functions = (context as unknown as { workbook: { functions: Record<string, unknown> } }).workbook.functions;
  functions.date = () => functions.result;
  const mockSync = context.sync.bind(context);
  const syncs = jest.spyOn(context, "sync").mockImplementation(async () => {
    const batch = operations;
    operations = [];
    let bytes = batch.reduce((sum, op) => sum + op.bytes, 0);
    const sets = proxies.map((p) => ({ p, sets: takeSets(p.mock) }));
    for (const { sets: list } of sets)
      bytes += list.reduce((sum, [path, value]) => sum + bytesOf(path) + bytesOf(value), 0);
    requests.push(bytes);
    if (bytes > REQUEST_LIMIT_BYTES) throw new Error(`Запрос ${bytes} байт больше 5 МБ`);
    batch.forEach((op) => op.run());
    for (const { p, sets: list } of sets) for (const [path, value] of list) p.apply(path, value);
    await mockSync();
  });

  return {
    context: context as unknown as Excel.RequestContext,
    syncs,
    requests,
    assertAllSynced() {
      const unsent = operations.length + proxies.reduce((n, p) => n + takeSets(p.mock).length, 0);
      if (unsent > 0) throw new Error(`${unsent} операций не отправлено в Excel`);
    },
  };
}

interface Written {
  outcome: WriteOutcome;
  syncCalls: number;
  requests: number[];
}

async function write(book: StoredWorkbook, descs: SheetDescription[]): Promise<Written> {
  const run = openRun(book);
  const outcome = await writeReportSheets(run.context, descs.map(layoutSheet));
  run.assertAllSynced();
  return { outcome, syncCalls: run.syncs.mock.calls.length, requests: run.requests };
}

const userBook = (): StoredWorkbook =>
  workbookOf([
    {
      name: "ООНОР 2021",
      rows: [
        ["Наименование ОО", "РФ1"],
        ["МАОУ СОШ № 1", "высокий"],
      ],
    },
  ]);
/** Layout of riskSummary: title, note, empty row, the summary above, the chart's rows, then the main table. */
const MAIN = layoutSheet(riskSummary(10)).blocks[0];
const FIRST_DATA_ROW = MAIN.firstDataRow;
/** Data rows of the main block that got values. */
const mainRows = (sheet: StoredSheet): number =>
  [...sheet.cells.entries()].filter(([row, values]) => row >= FIRST_DATA_ROW && values[0] !== undefined).length;

describe("writeReportSheets on an office-addin-mock workbook", () => {
  it("10 rows and 50 000 rows of short values take the same number of syncs, at most 3", async () => {
    const smallBook = userBook();
    const bigBook = userBook();
    const small = await write(smallBook, [riskSummary(10)]);
    const big = await write(bigBook, [riskSummary(50_000)]);

    expect(small.syncCalls).toBeLessThanOrEqual(3);
    expect(big.syncCalls).toBe(small.syncCalls);
    expect(big.outcome.syncs).toBe(big.syncCalls);
    // The same count with far more data on the wire: the rows went in a few large requests, not one per row.
    const total = (requests: number[]): number => requests.reduce((a, b) => a + b);
    expect(total(big.requests)).toBeGreaterThan(2 * MB);
    expect(total(big.requests)).toBeGreaterThan(500 * total(small.requests));

    const sheet = sheetNamed(bigBook, "Сводка рисков")!;
    expect(mainRows(sheet)).toBe(50_000);
    expect(cell(sheet, 0, 0)).toBe("'Сводка рисков по состоянию на 15.06.2021");
    expect(cell(sheet, FIRST_DATA_ROW - 1, 0)).toBe("Муниципалитет");
    // Text ending in digits goes with Excel's text prefix so that Excel keeps it as text.
    expect(cell(sheet, FIRST_DATA_ROW + 49_999, 0)).toBe("'Тавдинский ГО 49999");
    expect(cell(sheet, FIRST_DATA_ROW + 49_999, 3)).toBe(3);
    // Four formatted columns of the main block and the side block's count column, nothing per cell.
    expect(sheet.numberFormatCells).toBe(4 * 50_000 + 2);
    // the summary and the chart above would make the frozen part taller than a screen: nothing frozen
    expect(sheet.frozenRows).toBeUndefined();
    expect(sheet.print).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      titleRows: `$${FIRST_DATA_ROW}:$${FIRST_DATA_ROW}`,
      margins: { unit: "Inches", left: 0.25, right: 0.25 },
      area: `A1:E${FIRST_DATA_ROW + 50_000}`,
      footer: "Страница &P из &N",
    });
    // heights by runs of equal rows (title, wrapped header, the data rows at once), merges per area, not per row
    expect(sheet.heightSets).toBeLessThan(12);
    expect(sheet.merges).toBeLessThan(10);
    expect(sheet.charts).toEqual([
      expect.objectContaining({ type: "ColumnClustered", "title/text": "Школы по факторам риска", categories: true }),
    ]);
    expect(bigBook.active).toBe(sheet);
    expect(bigBook.names.map((n) => [n.name, n.sheet.name])).toEqual([["SHNOR_REPORT_riskSummary", "Сводка рисков"]]);
  });

  it("a report over 5 MB is split into requests under 5 MB: more than 3 syncs, at most 3 + one per 4 MB", async () => {
    const book = userBook();
    const { outcome, syncCalls, requests } = await write(book, [riskSummary(60_000, 120)]);
    const measured = requests.reduce((a, b) => a + b);

    expect(measured).toBeGreaterThan(REQUEST_LIMIT_BYTES * 2);
    expect(Math.max(...requests)).toBeLessThan(REQUEST_LIMIT_BYTES);
    // The renderer's own count is on the high side of what the requests really carried, so the bound holds for both.
    expect(outcome.payloadBytes).toBeGreaterThanOrEqual(measured);
    expect(syncCalls).toBeGreaterThan(3);
    expect(syncCalls).toBeLessThanOrEqual(3 + Math.ceil(outcome.payloadBytes / FLUSH_BYTES));
    expect(syncCalls).toBe(outcome.syncs);
    // Split, not dropped: every row is there, the last one last.
    const sheet = sheetNamed(book, "Сводка рисков")!;
    expect(mainRows(sheet)).toBe(60_000);
    expect(String(cell(sheet, FIRST_DATA_ROW + 59_999, 0))).toMatch(/^'Тавдинский ГО я+59999$/);
    expect(cell(sheet, FIRST_DATA_ROW + 59_999, 1)).toBe(59_999 % 3);
  });

  it("keeps a user's «Сводка рисков» intact beside «Сводка рисков (2)», and a second run replaces its own sheet in place", async () => {
    const book = workbookOf([
      { name: "Сводка рисков", rows: [["Моя сводка, не трогать"], [42]] },
      { name: "ООНОР 2021", rows: [["Наименование ОО"], ["МАОУ СОШ № 1"]] },
    ]);
    const first = await write(book, [riskSummary(10)]);
    expect(first.outcome.written).toEqual([{ reportId: "riskSummary", sheetName: "Сводка рисков (2)" }]);
    expect(book.sheets.map((s) => s.name)).toEqual(["Сводка рисков", "ООНОР 2021", "Сводка рисков (2)"]);

    // The user moves the report to the front; the next run finds it by its marker and keeps its place.
    const report = sheetNamed(book, "Сводка рисков (2)")!;
    book.sheets = [report, ...book.sheets.filter((s) => s !== report)];
    const second = await write(book, [riskSummary(12)]);

    expect(second.syncCalls).toBe(first.syncCalls);
    expect(book.sheets.map((s) => s.name)).toEqual(["Сводка рисков (2)", "Сводка рисков", "ООНОР 2021"]);
    expect(book.sheets[0]).not.toBe(report);
    expect(mainRows(book.sheets[0])).toBe(12);
    const user = sheetNamed(book, "Сводка рисков")!;
    expect([...user.cells.values()]).toEqual([["Моя сводка, не трогать"], [42]]);
    expect(user.styleSets + user.numberFormatCells + user.charts.length).toBe(0);
    expect(book.names).toEqual([{ name: "SHNOR_REPORT_riskSummary", sheet: book.sheets[0] }]);
    expect(sheetOfMarkerReference(markerReference(book.sheets[0].name))).toBe("Сводка рисков (2)");
  });

  it("the model refuses what Excel refuses: a values matrix of the wrong shape fails the sync", async () => {
    const run = openRun(userBook());
    const sheet = run.context.workbook.worksheets.add("Лист2");
    sheet.getRangeByIndexes(0, 0, 2, 2).values = [[1, 2]];
    await expect(run.context.sync()).rejects.toThrow(/не совпадает с диапазоном 2×2/);
  });
});
