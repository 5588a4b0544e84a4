/**
 * A strict in-memory fake of the parts of the Excel JavaScript API that src/excel uses — for jest, and bundled as
 * the stub office.js of the browser test (no Node imports here).
 *
 *   const fake = createFakeExcel({ sheets: [{ name: "ООНОР 2021", cells: [["Школа", "РФ1"], ["СОШ № 1", "высокий"]] }] });
 *   globalThis.Excel = fake.Excel; globalThis.Office = fake.Office;   // then call src/excel/api.ts
 *   fake.syncCount(); fake.syncPayloads(); fake.syncResponses(); fake.workbookSnapshot(); fake.addName(name, sheet);
 *
 * Options: { apiVersion: "1.12" } — an older Excel (newer APIs throw ApiNotFound, isSetSupported says false);
 * { failCharts: true } — charts.add fails at sync; { ignoreFitToPages: true } — a fit-to-pages zoom is silently
 * kept as 100 % (office-js #1860); { listSeparator: ";" } — Windows with Russian regional settings (see getRanges);
 * { date1904: true } — a workbook in the 1904 date system; { localizedNames: "ru-RU" } — a Russian desktop Excel,
 * whose NamedItem.formula comes localized (office-js #2834). fake.failSyncAt(n, afterOps) makes a later sync fail midway.
 *
 * As strict as Excel, so that code passing here does not fail in Excel:
 * - operations are queued and run only at context.sync(), in order; the first failing one rejects the sync;
 * - reading a property that was not loaded, or before the sync that loads it, throws PropertyNotLoaded;
 * - a batch that queues operations and never syncs them is an error (Excel.run rejects);
 * - a request over 5 MB (UTF-8 JSON of the queued arguments + 100 bytes a call) is refused, as Excel on the web does,
 *   and so is a response over 5 MB (the JSON of the values a sync loads);
 * - a values / numberFormat matrix must have its range's shape (a single value applies to the whole range);
 * - sheet names: at most 31 characters, none of []:*?/\, no leading/trailing «'», unique ignoring case;
 *   the last visible sheet cannot be deleted or hidden;
 * - strings written through `values` are stored as Range.values documents (see parseTyped): «=…», «+…», «-…» is a
 *   formula, a locale-neutral number («15», «1.5») or ISO date a number, a locale-shaped string («01.03.2021»,
 *   «1,5») text; «'…» is text without the quote;
 * - `values` reads a formula cell as its computed value (given in FakeSheetInit.formulas), `formulas` as its text;
 *   error values are «the error string» (Range.values); the fake computes nothing (see readCell);
 * - a text over 32 767 characters is refused (Excel specifications and limits); getMergedAreasOrNullObject fails
 *   above 512 areas (its doc comment) and returns a merge only with the range holding its top-left cell, cut to the
 *   range (office-js #3611, #1590); getRanges takes only the list separator of the machine (office-js #1167, #1985)
 *   and refuses an address over 255 characters (undocumented: see there);
 * - named items carry only the properties loaded; every proxy object (range, format, sheet by name) costs an
 *   object path in the request, besides each action;
 * - APIs newer than the supported ExcelApi version (option `apiVersion`, default 1.17) throw ApiNotFound.
 */
import type { Cell, CellRange } from "../../src/core/cell";
import { dayOf } from "../../src/core/calendar";
import { DATE_1904_OFFSET } from "../../src/core/dateSystem";
import { columnLetters } from "../../src/core/a1";

export interface FakeSheetInit {
  name: string;
  cells: Cell[][];
  merges?: CellRange[];
  visibility?: "Visible" | "Hidden";
  /** Cells holding a formula, with the value Excel computed for it (what `values` reads). */
  formulas?: { row: number; col: number; formula: string; value: Cell }[];
  /** Number formats the user gave areas (what `numberFormat` reads; elsewhere «General»). */
  numberFormats?: { range: CellRange; format: string }[];
}

export interface FakeExcelOptions {
  /** Highest ExcelApi requirement set this Excel supports («1.7» … «1.17»). */
  apiVersion?: string;
  /** Make charts.add fail at sync, as an Excel without chart support would. */
  failCharts?: boolean;
  /** A fit-to-pages zoom is kept as the old scale without an error (office-js #1860: set only while the Page Layout tab was open). */
  ignoreFitToPages?: boolean;
  /**
   * What `values` gives for a formula the code wrote (the fake computes nothing). Unset: reading it fails. A host
   * that runs custom functions may set the value a pending custom function shows («#BUSY!», Microsoft's custom
   * functions documentation).
   */
  writtenFormulaValue?: Cell;
  /**
   * The list separator of the machine's regional settings (default «,»). Excel on Windows with «;» (Russian, German,
   * Czech settings) refuses a comma-separated getRanges address with InvalidArgument (office-js #1167, #1985).
   */
  listSeparator?: "," | ";";
  /** The workbook counts dates in the 1904 date system (serial 0 = 1 Jan 1904). */
  date1904?: boolean;
  /** A Russian desktop Excel: NamedItem.formula comes in the user's language («=#ССЫЛКА!$A$1», office-js #2834). */
  localizedNames?: "ru-RU";
}

export interface FakeFormat {
  numberFormat?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  fontSize?: number;
  wrap?: boolean;
  /** Printing part (end of file): alignment and borders. */
  verticalAlignment?: string;
  horizontalAlignment?: string;
  /** Border edges set on the area («EdgeTop» → «Continuous/Thin»). */
  borders?: Record<string, string>;
}

export interface FakeChart {
  type: string;
  source: string;
  seriesBy: string;
  title?: string;
  seriesName?: string;
  categories?: string;
  legendVisible?: boolean;
  valueAxisNumberFormat?: string;
  /** ChartAreaFormat.font.size (ExcelApi 1.1): the chart's text size. */
  fontSize?: number;
  /** ChartAxis.minimum / maximum (ExcelApi 1.1): the value axis's fixed bounds. */
  valueAxisBounds?: { minimum?: number; maximum?: number };
  /** Series added after the first (series.add): name, values and categories addresses. */
  moreSeries?: { name: string; values?: string; categories?: string }[];
  position?: [string, string];
}

export interface FakeSheetSnapshot {
  name: string;
  visibility: string;
  /** Values from A1 to the last used cell (formulas appear as their text). */
  cells: Cell[][];
  formulas: { row: number; col: number; formula: string }[];
  frozenRows: number;
  pageLayout: {
    orientation?: string;
    paperSize?: string;
    zoom?: unknown;
    printTitleRows?: string;
    printTitleColumns?: string;
  } & FakePrintSetup;
  charts: FakeChart[];
  merges: CellRange[];
  /** The format in force at a cell (later writes win). */
  formatAt(row: number, col: number): FakeFormat;
  /** Column width in points, when set. */
  columnWidth(col: number): number | undefined;
  /** Row height in points, when set (printing part). */
  rowHeight(row: number): number | undefined;
  /** How many format writes (areas) the sheet received. */
  formatWrites: number;
}

export interface FakeWorkbookSnapshot {
  sheets: FakeSheetSnapshot[];
  names: { name: string; formula: string }[];
  activeSheet: string | null;
}

export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
const OP_ENVELOPE_BYTES = 100;
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
const MERGED_AREAS_CAP = 512;
const CELL_MAX_CHARS = 32_767;

class FakeError extends Error {
  constructor(
    public code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

interface StoredCell {
  /** For a formula: its computed value, or undefined when the fake cannot know it (a formula written by the code). */
  value: Cell | undefined;
  formula?: string;
}

interface FormatLayer extends FakeFormat {
  range: CellRange;
}

class SheetModel {
  rows: (StoredCell | undefined)[][] = [];
  layers: FormatLayer[] = [];
  widths = new Map<number, number>();
  heights = new Map<number, number>();
  frozenRows = 0;
  pageLayout: FakeSheetSnapshot["pageLayout"] = {};
  charts: FakeChart[] = [];
  deleted = false;
  constructor(
    public name: string,
    public visibility: string,
    public merges: CellRange[] = [],
  ) {}

  set(row: number, col: number, cell: StoredCell | undefined): void {
    const line = (this.rows[row] ??= []);
    line[col] = cell;
    this.bounds = undefined;
  }

  get(row: number, col: number): StoredCell | undefined {
    return this.rows[row]?.[col];
  }

  /** Bounds of the non-empty values (valuesOnly), or null; cached until the next write. */
  usedBounds(): CellRange | null {
    if (this.bounds !== undefined) return this.bounds;
    let top = -1;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    for (let r = 0; r < this.rows.length; r++) {
      const line = this.rows[r];
      if (!line) continue;
      for (let c = 0; c < line.length; c++) {
        const cell = line[c];
        if (!cell || (cell.value === null && cell.formula === undefined)) continue;
        if (top < 0) top = r;
        bottom = r;
        if (c < left) left = c;
        if (c > right) right = c;
      }
    }
    this.bounds = top < 0 ? null : { top, left, bottom, right };
    return this.bounds;
  }

  /** Cells changed other than through set(): the cached bounds are stale. */
  touched(): void {
    this.bounds = undefined;
  }

  private bounds: CellRange | null | undefined;
}

class WorkbookModel {
  sheets: SheetModel[] = [];
  names: { name: string; sheet: SheetModel; address: string }[] = [];
  active: SheetModel | null = null;

  find(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  mustFind(name: string): SheetModel {
    const sheet = this.find(name);
    if (!sheet) throw new FakeError("ItemNotFound", `Лист «${name}» не найден.`);
    return sheet;
  }

  checkNewName(name: string, except?: SheetModel): void {
    if (
      typeof name !== "string" ||
      name.length === 0 ||
      name.length > 31 ||
      /[[\]:*?/\\]/.test(name) ||
      /^'|'$/.test(name)
    ) {
      throw new FakeError("InvalidArgument", `Недопустимое имя листа «${name}».`);
    }
    const other = this.find(name);
    if (other && other !== except) throw new FakeError("InvalidArgument", `Лист с именем «${name}» уже есть.`);
  }

  visibleCount(): number {
    return this.sheets.filter((s) => s.visibility === "Visible").length;
  }
}

const NOT_LOADED = (prop: string): FakeError =>
  new FakeError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

interface Op {
  bytes: number;
  run: () => void;
}

function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value) ?? "").length;
}

class FakeContext {
  queue: Op[] = [];
  constructor(
    readonly book: WorkbookModel,
    readonly env: FakeEnvironment,
  ) {}

  get workbook(): FakeWorkbook {
    return new FakeWorkbook(this);
  }

  /** Each call costs its arguments' JSON plus an envelope (action and object path), as in an Office.js request. */
  enqueue(args: unknown, run: () => void): void {
    this.queue.push({ bytes: OP_ENVELOPE_BYTES + (args === undefined ? 0 : jsonBytes(args)), run });
  }

  /**
   * A proxy object (a range, its format, a sheet by name) travels in the request as an object path, whether or not
   * an action is queued on it: each costs an envelope too. Office.js does not document its wire format; 100 bytes
   * a path is the order of what its JSON requests show, so this is an estimate, on the low side of the renderer's.
   */
  proxy(): void {
    this.proxyBytes += OP_ENVELOPE_BYTES;
  }

  private proxyBytes = 0;

  /** Bytes of the values loaded by the current sync: the response. */
  responseBytes = 0;

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const bytes = ops.reduce((sum, op) => sum + op.bytes, this.proxyBytes);
    this.proxyBytes = 0;
    this.env.syncs.push(bytes);
    if (bytes > REQUEST_LIMIT_BYTES) {
      throw new FakeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size has exceeded the limit (${bytes} bytes).`,
      );
    }
    this.responseBytes = 0;
    const fail = this.env.failSync;
    const runs = fail?.sync === this.env.syncs.length ? fail.afterOps : ops.length;
    for (const op of ops.slice(0, runs)) op.run();
    if (runs < ops.length) throw new FakeError("GeneralException", "An internal error has occurred.");
    this.env.responses.push(this.responseBytes);
    if (this.responseBytes > REQUEST_LIMIT_BYTES) {
      throw new FakeError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size has exceeded the limit (${this.responseBytes} bytes).`,
      );
    }
  }
}

interface FakeEnvironment {
  syncs: number[];
  responses: number[];
  version: number;
  failCharts: boolean;
  failSync?: { sync: number; afterOps: number };
  ignoreFitToPages: boolean;
  writtenFormulaValue?: Cell;
  listSeparator: "," | ";";
  date1904: boolean;
  localizedNames?: "ru-RU";
}

function requireApi(ctx: FakeContext, version: number, what: string): void {
  if (ctx.env.version < version) throw new FakeError("ApiNotFound", `${what} требует ExcelApi 1.${version}.`);
}

/** Something whose properties are read only after load + sync. */
class Loadable {
  private loaded = new Map<string, unknown>();
  constructor(protected ctx: FakeContext) {}

  protected read(prop: string): unknown {
    if (!this.loaded.has(prop)) throw NOT_LOADED(prop);
    return this.loaded.get(prop);
  }

  protected resolveProp(prop: string): unknown {
    throw new FakeError("InvalidArgument", `Свойство «${prop}» нельзя загрузить.`);
  }

  load(props?: string | string[]): this {
    const list = (Array.isArray(props) ? props : (props ?? "").split(",")).map((p) => p.trim()).filter(Boolean);
    this.ctx.enqueue(undefined, () => {
      for (const p of list) {
        const value = this.resolveProp(p);
        this.ctx.responseBytes += jsonBytes(value);
        this.loaded.set(p, value);
      }
    });
    return this;
  }

  protected markLoaded(prop: string, value: unknown): void {
    this.loaded.set(prop, value);
  }
}

class FakeWorkbook {
  constructor(private ctx: FakeContext) {}
  get worksheets(): FakeWorksheetCollection {
    return new FakeWorksheetCollection(this.ctx);
  }
  get names(): FakeNamedItemCollection {
    return new FakeNamedItemCollection(this.ctx);
  }
  get application(): FakeApplication {
    return new FakeApplication(this.ctx);
  }
  get functions(): FakeFunctions {
    requireApi(this.ctx, 2, "workbook.functions");
    this.ctx.proxy();
    return new FakeFunctions(this.ctx);
  }
}

/**
 * workbook.functions (ExcelApi 1.2): only DATE, evaluated in the workbook's date system. Functions.date: «year: a
 * number from 1900 or 1904 (depending on the workbook's date system) to 9999»
 * (https://learn.microsoft.com/javascript/api/excel/excel.functions#excel-excel-functions-date-member(1)); the 1904
 * system's serial 0 is 1 Jan 1904 and the 1900 system's serial 1 is 1 Jan 1900 (MS-XLS Date1904,
 * https://learn.microsoft.com/openspecs/office_file_formats/ms-xls/4a5e900a-0eb0-4355-8fc1-81aab8f46e8b).
 */
class FakeFunctions {
  constructor(private ctx: FakeContext) {}
  date(year: number, month: number, day: number): FakeFunctionResult {
    const serial = dayOf(year, month, day);
    return new FakeFunctionResult(this.ctx, [year, month, day], () => {
      if (serial === null || year < (this.ctx.env.date1904 ? 1904 : 1900)) return { error: "#NUM!" };
      return { value: this.ctx.env.date1904 ? serial - DATE_1904_OFFSET : serial };
    });
  }
}

/** FunctionResult<T>: `value` and `error` after load + sync. */
class FakeFunctionResult extends Loadable {
  constructor(
    ctx: FakeContext,
    args: unknown,
    private compute: () => { value?: number; error?: string },
  ) {
    super(ctx);
    ctx.enqueue(args, () => undefined);
  }
  protected resolveProp(prop: string): unknown {
    if (prop === "value") return this.compute().value ?? null;
    if (prop === "error") return this.compute().error ?? null;
    return super.resolveProp(prop);
  }
  get value(): number | null {
    return this.read("value") as number | null;
  }
  get error(): string | null {
    return this.read("error") as string | null;
  }
}

class FakeApplication {
  constructor(private ctx: FakeContext) {}
  suspendApiCalculationUntilNextSync(): void {
    requireApi(this.ctx, 6, "suspendApiCalculationUntilNextSync");
    this.ctx.enqueue(undefined, () => undefined);
  }
  suspendScreenUpdatingUntilNextSync(): void {
    requireApi(this.ctx, 9, "suspendScreenUpdatingUntilNextSync");
    this.ctx.enqueue(undefined, () => undefined);
  }
}

type SheetRef = () => SheetModel;

function live(ctx: FakeContext, ref: SheetRef): SheetModel {
  const sheet = ref();
  if (sheet.deleted) throw new FakeError("InvalidObjectPath", `Лист «${sheet.name}» удалён.`);
  void ctx;
  return sheet;
}

class FakeWorksheetCollection extends Loadable {
  private itemsValue: FakeWorksheet[] | null = null;

  get items(): FakeWorksheet[] {
    if (this.itemsValue === null) throw NOT_LOADED("items");
    return this.itemsValue;
  }

  load(props?: string | string[]): this {
    const list = (Array.isArray(props) ? props : (props ?? "").split(","))
      .map((p) => p.trim().replace(/^items\//, ""))
      .filter(Boolean);
    this.ctx.enqueue(undefined, () => {
      this.itemsValue = this.ctx.book.sheets.map((model) => {
        const sheet = new FakeWorksheet(this.ctx, () => model);
        sheet.loadNow(list);
        return sheet;
      });
    });
    return this;
  }

  add(name?: string): FakeWorksheet {
    let model: SheetModel | null = null;
    this.ctx.enqueue({ name }, () => {
      const book = this.ctx.book;
      let chosen = name;
      for (let n = book.sheets.length + 1; chosen === undefined; n++) if (!book.find(`Sheet${n}`)) chosen = `Sheet${n}`;
      book.checkNewName(chosen);
      model = new SheetModel(chosen, "Visible");
      book.sheets.push(model);
    });
    return new FakeWorksheet(this.ctx, () => {
      if (!model) throw new FakeError("InvalidObjectPath", "Лист ещё не создан.");
      return model;
    });
  }

  getItem(name: string): FakeWorksheet {
    this.ctx.proxy();
    return new FakeWorksheet(this.ctx, () => this.ctx.book.mustFind(name));
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    const sheet = new FakeWorksheet(this.ctx, () => this.ctx.book.mustFind(name), true);
    this.ctx.enqueue(undefined, () => sheet.setNull(!this.ctx.book.find(name)));
    return sheet;
  }
}

class FakeWorksheet extends Loadable {
  private nullState: boolean | undefined;
  constructor(
    ctx: FakeContext,
    private ref: SheetRef,
    private orNull = false,
  ) {
    super(ctx);
  }

  setNull(value: boolean): void {
    this.nullState = value;
  }

  get isNullObject(): boolean {
    if (!this.orNull) return false;
    if (this.nullState === undefined) throw NOT_LOADED("isNullObject");
    return this.nullState;
  }

  loadNow(props: string[]): void {
    for (const p of props) this.markLoaded(p, this.resolveProp(p));
  }

  protected resolveProp(prop: string): unknown {
    const sheet = live(this.ctx, this.ref);
    if (prop === "name") return sheet.name;
    if (prop === "visibility") return sheet.visibility;
    if (prop === "position") return this.ctx.book.sheets.indexOf(sheet);
    return super.resolveProp(prop);
  }

  get name(): string {
    return this.read("name") as string;
  }
  set name(value: string) {
    this.ctx.enqueue(value, () => {
      const sheet = live(this.ctx, this.ref);
      this.ctx.book.checkNewName(value, sheet);
      sheet.name = value;
    });
  }
  get visibility(): string {
    return this.read("visibility") as string;
  }
  set visibility(value: string) {
    this.ctx.enqueue(value, () => {
      const sheet = live(this.ctx, this.ref);
      if (value !== "Visible" && sheet.visibility === "Visible" && this.ctx.book.visibleCount() === 1) {
        throw new FakeError("InvalidOperation", "Нельзя скрыть единственный видимый лист.");
      }
      sheet.visibility = value;
    });
  }
  get position(): number {
    return this.read("position") as number;
  }
  set position(value: number) {
    this.ctx.enqueue(value, () => {
      const sheet = live(this.ctx, this.ref);
      const sheets = this.ctx.book.sheets;
      if (!Number.isInteger(value) || value < 0 || value >= sheets.length)
        throw new FakeError("InvalidArgument", `Позиция листа ${value} вне книги.`);
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(value, 0, sheet);
    });
  }

  delete(): void {
    this.ctx.enqueue(undefined, () => {
      const sheet = live(this.ctx, this.ref);
      if (sheet.visibility === "Visible" && this.ctx.book.visibleCount() === 1) {
        throw new FakeError("InvalidOperation", "Нельзя удалить единственный видимый лист.");
      }
      sheet.deleted = true;
      this.ctx.book.sheets.splice(this.ctx.book.sheets.indexOf(sheet), 1);
      if (this.ctx.book.active === sheet) this.ctx.book.active = null;
    });
  }

  activate(): void {
    this.ctx.enqueue(undefined, () => {
      const sheet = live(this.ctx, this.ref);
      if (sheet.visibility !== "Visible") throw new FakeError("InvalidOperation", "Нельзя активировать скрытый лист.");
      this.ctx.book.active = sheet;
    });
  }

  getRange(address?: string): FakeRange {
    if (address === undefined)
      return new FakeRange(this.ctx, this.ref, () => ({ top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 }));
    const area = parseAddress(address);
    this.ctx.proxy();
    return new FakeRange(this.ctx, this.ref, () => area);
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    const ok =
      [startRow, startColumn, rowCount, columnCount].every(Number.isInteger) && rowCount > 0 && columnCount > 0;
    if (
      !ok ||
      startRow < 0 ||
      startColumn < 0 ||
      startRow + rowCount > MAX_ROWS ||
      startColumn + columnCount > MAX_COLS
    ) {
      throw new FakeError(
        "InvalidArgument",
        `getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount}): вне листа.`,
      );
    }
    const area = {
      top: startRow,
      left: startColumn,
      bottom: startRow + rowCount - 1,
      right: startColumn + columnCount - 1,
    };
    this.ctx.proxy();
    return new FakeRange(this.ctx, this.ref, () => area);
  }

  /**
   * «A1:B2,D5» as RangeAreas: only its format is modelled. The reference says areas are separated by commas; Excel on
   * Windows takes only the machine's list separator, and refuses the other with InvalidArgument: office-js #1167
   * (https://github.com/OfficeDev/office-js/issues/1167, «getRanges requires localized address») and #1985
   * (https://github.com/OfficeDev/office-js/issues/1985, closed without a fix). The add-in calls it nowhere.
   */
  getRanges(address: string): { format: FakeRangeFormat } {
    requireApi(this.ctx, 9, "getRanges");
    const other = this.ctx.env.listSeparator === ";" ? "," : ";";
    // The Office.js documentation gives no limit on the address. Excel's own Range(address) refuses one over 255
    // characters (error 0x800A03EC, reported by its COM users); the fake assumes getRanges shares that parser.
    this.ctx.enqueue(address, () => {
      if (address.includes(other))
        throw new FakeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
      if (address.length > 255)
        throw new FakeError("InvalidArgument", `getRanges: адрес длиной ${address.length} символов, больше 255.`);
    });
    const boxes = address.split(/[,;]/).map(parseAddress);
    return { format: new FakeRangeFormat(this.ctx, this.ref, () => boxes) };
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    void valuesOnly;
    return new FakeRange(this.ctx, this.ref, () => live(this.ctx, this.ref).usedBounds(), true);
  }

  get freezePanes(): { freezeRows(count: number): void } {
    return {
      freezeRows: (count: number) =>
        this.ctx.enqueue(count, () => {
          live(this.ctx, this.ref).frozenRows = count;
        }),
    };
  }

  get pageLayout(): FakePageLayout {
    requireApi(this.ctx, 9, "worksheet.pageLayout");
    return new FakePageLayout(this.ctx, this.ref);
  }

  get horizontalPageBreaks(): { add(at: string): void } {
    return pageBreaks(this.ctx, () => live(this.ctx, this.ref));
  }

  get charts(): { add(type: string, source: FakeRange, seriesBy?: string): FakeChartProxy } {
    return {
      add: (type: string, source: FakeRange, seriesBy = "Auto") => {
        const chart: FakeChart = { type, source: "", seriesBy };
        this.ctx.enqueue({ type, seriesBy }, () => {
          if (this.ctx.env.failCharts) throw new FakeError("GeneralException", "Диаграммы не поддерживаются.");
          chart.source = source.addressNow();
          live(this.ctx, this.ref).charts.push(chart);
        });
        return new FakeChartProxy(this.ctx, this.ref, chart);
      },
    };
  }
}

class FakePageLayout extends Loadable {
  constructor(
    ctx: FakeContext,
    private ref: SheetRef,
  ) {
    super(ctx);
  }
  protected resolveProp(prop: string): unknown {
    // A sheet whose zoom was never set prints at 100 % (PageLayoutZoomOptions.scale).
    if (prop === "zoom") return live(this.ctx, this.ref).pageLayout.zoom ?? { scale: 100 };
    return super.resolveProp(prop);
  }
  private put(key: keyof FakeSheetSnapshot["pageLayout"], value: unknown): void {
    this.ctx.enqueue(value, () => {
      (live(this.ctx, this.ref).pageLayout as Record<string, unknown>)[key] = value;
    });
  }
  set orientation(value: string) {
    this.put("orientation", value);
  }
  set paperSize(value: string) {
    this.put("paperSize", value);
  }
  /**
   * PageLayoutZoomOptions (ExcelApi 1.9, https://learn.microsoft.com/javascript/api/excel/excel.pagelayoutzoomoptions):
   * «Print page scale value can be between 10 and 400».
   */
  set zoom(value: unknown) {
    this.ctx.enqueue(value, () => {
      const scale = (value as { scale?: unknown } | null)?.scale;
      if (scale !== undefined && !(typeof scale === "number" && scale >= 10 && scale <= 400))
        throw new FakeError("InvalidArgument", `Масштаб печати ${String(scale)}.`);
      const layout = live(this.ctx, this.ref).pageLayout;
      const fit =
        typeof value === "object" &&
        value !== null &&
        ("horizontalFitToPages" in value || "verticalFitToPages" in value);
      if (fit && this.ctx.env.ignoreFitToPages) layout.zoom ??= { scale: 100 };
      else layout.zoom = value;
    });
  }
  get zoom(): unknown {
    return this.read("zoom");
  }
  /**
   * PageLayout.setPrintTitleRows / setPrintTitleColumns (ExcelApi 1.9,
   * https://learn.microsoft.com/javascript/api/excel/excel.pagelayout#excel-excel-pagelayout-setprinttitlecolumns-member(1)):
   * the rows repeated at the top and the columns repeated at the left of each printed page; «The range must span the
   * entire row» (column) «to be valid».
   */
  setPrintTitleRows(rows: string): void {
    if (!/^\$\d+:\$\d+$/.test(rows)) throw new FakeError("InvalidArgument", `Строки заголовка печати «${rows}».`);
    this.put("printTitleRows", rows);
  }
  setPrintTitleColumns(columns: string): void {
    if (!/^\$[A-Z]{1,3}:\$[A-Z]{1,3}$/.test(columns))
      throw new FakeError("InvalidArgument", `Столбцы заголовка печати «${columns}».`);
    this.put("printTitleColumns", columns);
  }
  setPrintMargins(unit: string, margins: Record<string, number>): void {
    printMargins(this.ctx, () => live(this.ctx, this.ref), unit, margins);
  }
  setPrintArea(address: string): void {
    printArea(this.ctx, () => live(this.ctx, this.ref), address);
  }
  get headersFooters(): { defaultForAllPages: { centerFooter: string } } {
    return headersFooters(this.ctx, () => live(this.ctx, this.ref));
  }
}

class FakeChartProxy {
  constructor(
    private ctx: FakeContext,
    private ref: SheetRef,
    private chart: FakeChart,
  ) {}
  private put(apply: () => void, args: unknown): void {
    this.ctx.enqueue(args, () => {
      live(this.ctx, this.ref);
      apply();
    });
  }
  get title(): { text: string } {
    const put = (text: string): void => this.put(() => (this.chart.title = text), text);
    return {
      set text(text: string) {
        put(text);
      },
    } as { text: string };
  }
  get format(): { font: { size: number } } {
    const put = (size: number): void => this.put(() => (this.chart.fontSize = size), size);
    return {
      font: {
        set size(size: number) {
          put(size);
        },
      } as { size: number },
    };
  }
  get legend(): { visible: boolean } {
    const put = (v: boolean): void => this.put(() => (this.chart.legendVisible = v), v);
    return {
      set visible(v: boolean) {
        put(v);
      },
    } as { visible: boolean };
  }
  get axes(): { valueAxis: { numberFormat: string; minimum: number; maximum: number } } {
    const put = (f: string): void => this.put(() => (this.chart.valueAxisNumberFormat = f), f);
    const bound = (which: "minimum" | "maximum", v: number): void =>
      this.put(() => (this.chart.valueAxisBounds = { ...this.chart.valueAxisBounds, [which]: v }), v);
    return {
      valueAxis: {
        set numberFormat(f: string) {
          put(f);
        },
        set minimum(v: number) {
          bound("minimum", v);
        },
        set maximum(v: number) {
          bound("maximum", v);
        },
      } as { numberFormat: string; minimum: number; maximum: number },
    };
  }
  get series(): {
    getItemAt(i: number): { name: string; setXAxisValues(r: FakeRange): void };
    add(name?: string): { setValues(r: FakeRange): void; setXAxisValues(r: FakeRange): void };
  } {
    const setName = (n: string): void => this.put(() => (this.chart.seriesName = n), n);
    const setCategories = (r: FakeRange): void => this.put(() => (this.chart.categories = r.addressNow()), undefined);
    const chart = this.chart;
    const put = (apply: () => void, args: unknown): void => this.put(apply, args);
    return {
      // ChartSeriesCollection.add(name?, index?) adds a series at the end and returns it; its values and categories
      // are set with ChartSeries.setValues / setXAxisValues (ExcelApi 1.7):
      // https://learn.microsoft.com/javascript/api/excel/excel.chartseriescollection#excel-excel-chartseriescollection-add-member(1)
      add(name = "") {
        const added: { name: string; values?: string; categories?: string } = { name };
        put(() => (chart.moreSeries = [...(chart.moreSeries ?? []), added]), name);
        return {
          setValues: (r: FakeRange) => put(() => (added.values = r.addressNow()), undefined),
          setXAxisValues: (r: FakeRange) => put(() => (added.categories = r.addressNow()), undefined),
        };
      },
      getItemAt(i: number) {
        if (i !== 0) throw new FakeError("ItemNotFound", `Ряд ${i} не найден.`);
        return {
          set name(n: string) {
            setName(n);
          },
          setXAxisValues: setCategories,
        } as { name: string; setXAxisValues(r: FakeRange): void };
      },
    };
  }
  setPosition(start: string, end: string): void {
    parseAddress(start);
    parseAddress(end);
    this.put(() => (this.chart.position = [start, end]), [start, end]);
  }
}

class FakeRange extends Loadable {
  private nullState: boolean | undefined;
  constructor(
    ctx: FakeContext,
    private ref: SheetRef,
    private area: () => CellRange | null,
    private orNull = false,
  ) {
    super(ctx);
    if (orNull) ctx.enqueue(undefined, () => (this.nullState = this.area() === null));
  }

  get isNullObject(): boolean {
    if (!this.orNull) return false;
    if (this.nullState === undefined) throw NOT_LOADED("isNullObject");
    return this.nullState;
  }

  private box(): CellRange {
    const area = this.area();
    if (area === null) throw new FakeError("ItemNotFound", "Диапазон пуст (null object).");
    return area;
  }

  addressNow(): string {
    const sheet = live(this.ctx, this.ref);
    return `${quoteSheet(sheet.name)}!${rangeAddress(this.box())}`;
  }

  protected resolveProp(prop: string): unknown {
    if (this.orNull && this.area() === null) return undefined;
    const box = this.box();
    const sheet = live(this.ctx, this.ref);
    switch (prop) {
      case "rowIndex":
        return box.top;
      case "columnIndex":
        return box.left;
      case "rowCount":
        return box.bottom - box.top + 1;
      case "columnCount":
        return box.right - box.left + 1;
      case "address":
        return this.addressNow();
      case "numberFormat": {
        // The format in force at each cell (later layers win); «General» where none was set.
        const out: string[][] = [];
        for (let r = box.top; r <= box.bottom; r++) {
          const row: string[] = [];
          for (let c = box.left; c <= box.right; c++) row.push("General");
          out.push(row);
        }
        for (const layer of sheet.layers) {
          if (layer.numberFormat === undefined) continue;
          const { range } = layer;
          for (let r = Math.max(range.top, box.top); r <= Math.min(range.bottom, box.bottom); r++) {
            for (let c = Math.max(range.left, box.left); c <= Math.min(range.right, box.right); c++)
              out[r - box.top][c - box.left] = layer.numberFormat;
          }
        }
        return out;
      }
      case "values":
      case "formulas": {
        const out: Cell[][] = [];
        for (let r = box.top; r <= box.bottom; r++) {
          const row: Cell[] = [];
          for (let c = box.left; c <= box.right; c++) row.push(readCell(sheet.get(r, c), prop, r, c));
          out.push(row);
        }
        return out;
      }
      default:
        return super.resolveProp(prop);
    }
  }

  get values(): unknown[][] {
    return this.read("values") as unknown[][];
  }
  get formulas(): unknown[][] {
    return this.read("formulas") as unknown[][];
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat") as string[][];
  }
  set values(input: unknown[][]) {
    this.ctx.enqueue(input, () => {
      const sheet = live(this.ctx, this.ref);
      const box = this.box();
      forEachCell(box, input, "values", (r, c, v) => {
        if (v === null) return; // Office.js: null leaves the cell unchanged
        // «Total number of characters that a cell can contain: 32,767» (Excel specifications and limits). How
        // Office.js refuses a longer string, and whether a leading «'» counts, is not documented: the fake counts
        // the string as written and fails the sync.
        if (typeof v === "string" && v.length > CELL_MAX_CHARS)
          throw new FakeError("InvalidArgument", `Текст ячейки: ${v.length} символов, больше ${CELL_MAX_CHARS}.`);
        const typed = parseTyped(v, this.ctx.env.date1904);
        if (typed.formula !== undefined && this.ctx.env.writtenFormulaValue !== undefined)
          typed.value = this.ctx.env.writtenFormulaValue;
        sheet.set(r, c, typed);
      });
    });
  }
  get rowIndex(): number {
    return this.read("rowIndex") as number;
  }
  get columnIndex(): number {
    return this.read("columnIndex") as number;
  }
  get rowCount(): number {
    return this.read("rowCount") as number;
  }
  get columnCount(): number {
    return this.read("columnCount") as number;
  }
  get address(): string {
    return this.read("address") as string;
  }

  set numberFormat(input: unknown) {
    this.ctx.enqueue(input, () => {
      const sheet = live(this.ctx, this.ref);
      const box = this.box();
      if (!Array.isArray(input)) {
        if (typeof input !== "string") throw new FakeError("InvalidArgument", "numberFormat: нужен текст.");
        sheet.layers.push({ range: box, numberFormat: input });
        return;
      }
      const cells: { r: number; c: number; v: unknown }[] = [];
      forEachCell(box, input, "numberFormat", (r, c, v) => cells.push({ r, c, v }));
      // A matrix of one format is stored as one area (the same result, without a layer per cell).
      if (cells.every((cell) => cell.v === cells[0].v) && cells[0].v !== null) {
        sheet.layers.push({ range: box, numberFormat: String(cells[0].v) });
        return;
      }
      for (const { r, c, v } of cells) {
        if (v !== null) sheet.layers.push({ range: { top: r, left: c, bottom: r, right: c }, numberFormat: String(v) });
      }
    });
  }

  clear(applyTo?: string): void {
    this.ctx.enqueue(applyTo, () => {
      const sheet = live(this.ctx, this.ref);
      const box = this.box();
      sheet.rows.forEach((line, r) => {
        if (!line || r < box.top || r > box.bottom) return;
        for (let c = box.left; c <= Math.min(box.right, line.length - 1); c++) line[c] = undefined;
      });
      sheet.touched();
      if (applyTo === undefined || applyTo === "All" || applyTo === "Formats")
        sheet.layers = sheet.layers.filter((l) => !inside(l.range, box));
    });
  }

  /**
   * The merged areas of this range as Excel on Windows and on the web returns them: only those whose top-left cell
   * lies in the range (office-js #3611, https://github.com/OfficeDev/office-js/issues/3611: «will only return merged
   * areas whose top left cell exists in the range passed»), each cut to the range (office-js #1590,
   * https://github.com/OfficeDev/office-js/issues/1590: a row meeting T4:U5 gave «only T4»). The 512-area cap
   * counts every merge meeting the range (which ones Excel counts is not documented: the stricter reading).
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    requireApi(this.ctx, 13, "getMergedAreasOrNullObject");
    return new FakeRangeAreas(this.ctx, this.ref, () => {
      const box = this.box();
      const meeting = live(this.ctx, this.ref).merges.filter(
        (m) => m.top <= box.bottom && m.bottom >= box.top && m.left <= box.right && m.right >= box.left,
      );
      const returned = meeting
        .filter((m) => m.top >= box.top && m.left >= box.left)
        .map((m) => ({
          top: m.top,
          left: m.left,
          bottom: Math.min(m.bottom, box.bottom),
          right: Math.min(m.right, box.right),
        }));
      return { counted: meeting.length, returned };
    });
  }

  get format(): FakeRangeFormat {
    this.ctx.proxy();
    return new FakeRangeFormat(this.ctx, this.ref, () => [this.box()]);
  }

  merge(across = false): void {
    mergeCells(
      this.ctx,
      () => live(this.ctx, this.ref),
      () => this.box(),
      across,
    );
  }
}

class FakeRangeAreas extends Loadable {
  private nullState: boolean | undefined;
  constructor(
    ctx: FakeContext,
    private ref: SheetRef,
    private merged: () => { counted: number; returned: CellRange[] },
  ) {
    super(ctx);
    ctx.enqueue(undefined, () => {
      const count = this.merged().counted;
      // «if the merged areas count in this range is more than 512, then this method will fail» (its doc comment in
      // @types/office-js). Which error it fails with is not documented: GeneralException is a stand-in.
      if (count > MERGED_AREAS_CAP)
        throw new FakeError("GeneralException", `${count} объединённых областей: больше ${MERGED_AREAS_CAP}.`);
      this.nullState = this.merged().returned.length === 0;
    });
  }
  get isNullObject(): boolean {
    if (this.nullState === undefined) throw NOT_LOADED("isNullObject");
    return this.nullState;
  }
  /**
   * RangeAreas.address: «Sheet1!A1:B4, Sheet1!D1:D4» in the reference
   * (https://learn.microsoft.com/javascript/api/excel/excel.rangeareas#excel-excel-rangeareas-address-member).
   * Whether Windows then puts its list separator between the areas is not documented: the fake does, so that the
   * reader is tested with both.
   */
  protected resolveProp(prop: string): unknown {
    if (prop !== "address") return super.resolveProp(prop);
    const name = quoteSheet(live(this.ctx, this.ref).name);
    return this.merged()
      .returned.map((a) => `${name}!${rangeAddress(a)}`)
      .join(`${this.ctx.env.listSeparator} `);
  }
  get address(): string {
    return this.read("address") as string;
  }
}

class FakeRangeFormat {
  constructor(
    private ctx: FakeContext,
    private ref: SheetRef,
    private boxes: () => CellRange[],
  ) {}
  private layer(style: FakeFormat, args: unknown): void {
    this.ctx.enqueue(args, () => {
      const sheet = live(this.ctx, this.ref);
      for (const range of this.boxes()) sheet.layers.push({ range, ...style });
    });
  }
  get fill(): { color: string } {
    this.ctx.proxy();
    const set = (color: string): void => this.layer({ fill: checkColor(color) }, color);
    return {
      set color(c: string) {
        set(c);
      },
    } as { color: string };
  }
  get font(): { bold: boolean; size: number; color: string } {
    this.ctx.proxy();
    const set = (style: FakeFormat): void => this.layer(style, style);
    return {
      set bold(b: boolean) {
        set({ bold: b });
      },
      set size(s: number) {
        set({ fontSize: s });
      },
      set color(c: string) {
        set({ fontColor: checkColor(c) });
      },
    } as { bold: boolean; size: number; color: string };
  }
  set wrapText(wrap: boolean) {
    this.layer({ wrap }, wrap);
  }
  set columnWidth(points: number) {
    this.ctx.enqueue(points, () => {
      if (!(points >= 0 && points <= 255 * 7.5)) throw new FakeError("InvalidArgument", `Ширина столбца ${points}.`);
      const sheet = live(this.ctx, this.ref);
      for (const box of this.boxes()) for (let c = box.left; c <= box.right; c++) sheet.widths.set(c, points);
    });
  }
  set rowHeight(points: number) {
    rowHeight(this.ctx, () => live(this.ctx, this.ref), this.boxes, points);
  }
  set verticalAlignment(value: string) {
    this.layer({ verticalAlignment: alignment(VERTICAL_ALIGNMENTS, value) }, value);
  }
  set horizontalAlignment(value: string) {
    this.layer({ horizontalAlignment: alignment(HORIZONTAL_ALIGNMENTS, value) }, value);
  }
  get borders(): { getItem(edge: string): { style: string; weight: string } } {
    return bordersOf(this.ctx, () => live(this.ctx, this.ref), this.boxes);
  }
}

class FakeNamedItemCollection extends Loadable {
  private itemsValue: FakeNamedItem[] | null = null;

  get items(): FakeNamedItem[] {
    if (this.itemsValue === null) throw NOT_LOADED("items");
    return this.itemsValue;
  }

  /**
   * «items/name,items/formula» (or «name,formula»): each item carries only the properties loaded, as they stood
   * at the sync («load … then sync before reading», Office.js load documentation); reading another throws.
   */
  load(props?: string | string[]): this {
    const list = (Array.isArray(props) ? props : (props ?? "").split(","))
      .map((p) => p.trim().replace(/^items\//, ""))
      .filter(Boolean);
    for (const p of list)
      if (p !== "name" && p !== "formula")
        throw new FakeError("InvalidArgument", `Свойство имени «${p}» не моделируется.`);
    this.ctx.enqueue(undefined, () => {
      this.itemsValue = this.ctx.book.names.map((n) => {
        const loaded = new Map<string, string>();
        if (list.includes("name")) loaded.set("name", n.name);
        if (list.includes("formula")) loaded.set("formula", nameFormula(n, this.ctx.env.localizedNames));
        return new FakeNamedItem(this.ctx, n.name, loaded);
      });
    });
    return this;
  }

  add(name: string, reference: FakeRange | string): void {
    this.ctx.enqueue({ name }, () => {
      if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) {
        throw new FakeError("InvalidArgument", `Недопустимое имя «${name}».`);
      }
      if (this.ctx.book.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) {
        throw new FakeError("InvalidArgument", `Имя «${name}» уже есть.`);
      }
      if (typeof reference === "string") {
        const m = /^=?(.+)!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/.exec(reference);
        if (!m) throw new FakeError("InvalidArgument", `Ссылка «${reference}».`);
        const sheetName = m[1].startsWith("'") ? m[1].slice(1, -1).replace(/''/g, "'") : m[1];
        this.ctx.book.names.push({
          name,
          sheet: this.ctx.book.mustFind(sheetName),
          address: absolute(parseAddress(m[2])),
        });
      } else {
        const [sheetPart, addr] = splitAddress(reference.addressNow());
        this.ctx.book.names.push({
          name,
          sheet: this.ctx.book.mustFind(sheetPart),
          address: absolute(parseAddress(addr)),
        });
      }
    });
  }

  getItem(name: string): FakeNamedItem {
    this.ctx.proxy();
    return new FakeNamedItem(this.ctx, name, new Map());
  }
}

class FakeNamedItem {
  constructor(
    private ctx: FakeContext,
    private key: string,
    private loaded: ReadonlyMap<string, string>,
  ) {}
  private entry(): WorkbookModel["names"][number] {
    const found = this.ctx.book.names.find((n) => n.name.toLowerCase() === this.key.toLowerCase());
    if (!found) throw new FakeError("ItemNotFound", `Имя «${this.key}» не найдено.`);
    return found;
  }
  get name(): string {
    const value = this.loaded.get("name");
    if (value === undefined) throw NOT_LOADED("name");
    return value;
  }
  get formula(): string {
    const value = this.loaded.get("formula");
    if (value === undefined) throw NOT_LOADED("formula");
    return value;
  }
  delete(): void {
    this.ctx.enqueue(undefined, () => {
      const entry = this.entry();
      this.ctx.book.names.splice(this.ctx.book.names.indexOf(entry), 1);
    });
  }
}

/**
 * NamedItem.formula of a name whose sheet was deleted: «=#REF!$A$1»; a Russian desktop Excel gives it in the user's
 * language, «=#ССЫЛКА!$A$1» (office-js #2834, https://github.com/OfficeDev/office-js/issues/2834: «NamedItem.formula
 * returns localized version of the formula», open, on desktop).
 */
function nameFormula(entry: WorkbookModel["names"][number], localized?: "ru-RU"): string {
  if (!entry.sheet.deleted) return `=${quoteSheet(entry.sheet.name)}!${entry.address}`;
  return `=${localized === "ru-RU" ? "#ССЫЛКА!" : "#REF!"}${entry.address}`;
}

function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function rangeAddress(r: CellRange): string {
  const a = `${columnLetters(r.left)}${r.top + 1}`;
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${columnLetters(r.right)}${r.bottom + 1}`;
}

function absolute(r: CellRange): string {
  const cell = (row: number, col: number): string => `$${columnLetters(col)}$${row + 1}`;
  return r.top === r.bottom && r.left === r.right
    ? cell(r.top, r.left)
    : `${cell(r.top, r.left)}:${cell(r.bottom, r.right)}`;
}

function splitAddress(address: string): [string, string] {
  const bang = address.lastIndexOf("!");
  const sheet = address.slice(0, bang);
  return [sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet, address.slice(bang + 1)];
}

function parseAddress(address: string): CellRange {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(address.trim());
  if (!m) throw new FakeError("InvalidArgument", `Адрес «${address}» не распознан.`);
  const col = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const top = Number(m[2]) - 1;
  const left = col(m[1]);
  return { top, left, bottom: m[4] ? Number(m[4]) - 1 : top, right: m[3] ? col(m[3]) : left };
}

function inside(inner: CellRange, outer: CellRange): boolean {
  return (
    inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right
  );
}

function checkColor(color: string): string {
  if (!/^#[0-9A-Fa-f]{6}$/.test(color)) throw new FakeError("InvalidArgument", `Цвет «${color}».`);
  return color;
}

/** A matrix must have the range's shape; a single (non-array) value applies to every cell. */
function forEachCell(
  box: CellRange,
  input: unknown,
  what: string,
  visit: (r: number, c: number, v: unknown) => void,
): void {
  const rows = box.bottom - box.top + 1;
  const cols = box.right - box.left + 1;
  if (!Array.isArray(input)) {
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) visit(box.top + r, box.left + c, input);
    return;
  }
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
    const got = `${input.length}×${Array.isArray(input[0]) ? input[0].length : "?"}`;
    throw new FakeError("InvalidArgument", `${what}: матрица ${got} не совпадает с диапазоном ${rows}×${cols}.`);
  }
  input.forEach((row: unknown[], r) => row.forEach((v, c) => visit(box.top + r, box.left + c, v)));
}

/**
 * What `values` and `formulas` read. Range.values: «the raw values … Cells that contain an error will return the
 * error string»; a formula cell gives the value Excel computed (Range.formulas gives the formula). An empty cell is
 * "". The fake computes nothing: reading the value of a formula the code wrote fails rather than invent a result.
 */
function readCell(cell: StoredCell | undefined, prop: "values" | "formulas", r: number, c: number): Cell {
  if (cell === undefined) return "";
  if (prop === "formulas" && cell.formula !== undefined) return cell.formula;
  if (cell.value === undefined)
    throw new FakeError(
      "NotImplemented",
      `Фейк не вычисляет формулу «${cell.formula}» (${rangeAddress({ top: r, left: c, bottom: r, right: c })}).`,
    );
  return cell.value === null ? "" : cell.value;
}

/**
 * A value as Excel stores what was written through `values`. Range.values
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member): «If the returned
 * value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a formula.
 * Locale-shaped strings (such as the date "19-8-2025" in nl-NL or fr-FR, format DD-MM-YYYY) are stored as text
 * instead of as dates. To ensure dates are stored as dates, use … a locale-neutral format like ISO (YYYY-MM-DD) or a
 * numeric date serial.» So «2021-03-01» is a date and «15», «1.5» numbers; «01.03.2021», «1,5» (ru-RU shapes) are
 * text. Not documented, taken from Excel's typing: «TRUE»/«FALSE» are booleans, and «'…» is text without the quote.
 */
function parseTyped(v: unknown, date1904: boolean): StoredCell {
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new FakeError("InvalidArgument", `Число ${v} нельзя записать в ячейку.`);
    return { value: v === 0 ? 0 : v }; // Excel has no negative zero
  }
  if (typeof v === "boolean") return { value: v };
  if (typeof v !== "string")
    throw new FakeError("InvalidArgument", `Значение типа ${typeof v} нельзя записать в ячейку.`);
  if (v === "") return { value: null };
  if (v.startsWith("'")) return { value: v.slice(1) };
  if (v.startsWith("=") || v.startsWith("+") || v.startsWith("-")) return { value: undefined, formula: v };
  const trimmed = v.trim();
  if (/^\d+(\.\d+)?(e[+-]?\d+)?$/i.test(trimmed)) return { value: Number(trimmed) };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === "true" };
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const day = iso && dayOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  if (day) return { value: date1904 ? day - DATE_1904_OFFSET : day };
  return { value: v };
}

export interface FakeExcel {
  Excel: { run<T>(batch: (context: FakeContext) => Promise<T>): Promise<T> };
  Office: {
    context: { requirements: { isSetSupported(name: string, version?: string): boolean } };
    onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
    HostType: { Excel: "Excel" };
  };
  syncCount(): number;
  /** Bytes sent by each sync, in order. */
  syncPayloads(): number[];
  /** Bytes of the values each sync loaded (its response), in order. */
  syncResponses(): number[];
  resetCounters(): void;
  /**
   * The n-th sync from now (1 = the next) runs its first `afterOps` operations and then fails, as a batch refused
   * midway does: Office.js keeps what ran before the failing operation and rejects context.sync().
   */
  failSyncAt(n: number, afterOps?: number): void;
  workbookSnapshot(): FakeWorkbookSnapshot;
  /** Puts a defined name as a user (or an earlier run) left it: `SHNOR_REPORT_x` → sheet A1. */
  addName(name: string, sheet: string): void;
}

export function createFakeExcel(initial: { sheets: FakeSheetInit[] }, options: FakeExcelOptions = {}): FakeExcel {
  const version = Number((options.apiVersion ?? "1.17").split(".")[1]);
  const env: FakeEnvironment = {
    syncs: [],
    responses: [],
    version,
    failCharts: options.failCharts === true,
    ignoreFitToPages: options.ignoreFitToPages === true,
    writtenFormulaValue: options.writtenFormulaValue,
    listSeparator: options.listSeparator ?? ",",
    date1904: options.date1904 === true,
    localizedNames: options.localizedNames,
  };
  const book = new WorkbookModel();
  for (const init of initial.sheets) {
    book.checkNewName(init.name);
    const sheet = new SheetModel(init.name, init.visibility ?? "Visible", init.merges ?? []);
    init.cells.forEach((row, r) => row.forEach((value, c) => value !== null && sheet.set(r, c, { value })));
    for (const f of init.formulas ?? []) sheet.set(f.row, f.col, { value: f.value, formula: f.formula });
    for (const { range, format } of init.numberFormats ?? []) sheet.layers.push({ range, numberFormat: format });
    book.sheets.push(sheet);
  }
  book.active = book.sheets.find((s) => s.visibility === "Visible") ?? null;

  const info = { host: "Excel", platform: "OfficeOnline" };
  return {
    Excel: {
      async run<T>(batch: (context: FakeContext) => Promise<T>): Promise<T> {
        const context = new FakeContext(book, env);
        const result = await batch(context);
        if (context.queue.length > 0)
          throw new FakeError(
            "InvalidOperation",
            `${context.queue.length} операций поставлено в очередь и не отправлено (нет context.sync()).`,
          );
        return result;
      },
    },
    Office: {
      context: {
        requirements: {
          isSetSupported: (name: string, v = "1.1") => name === "ExcelApi" && Number(v.split(".")[1] ?? 0) <= version,
        },
      },
      onReady: (callback) => {
        callback?.(info);
        return Promise.resolve(info);
      },
      HostType: { Excel: "Excel" },
    },
    syncCount: () => env.syncs.length,
    syncPayloads: () => [...env.syncs],
    syncResponses: () => [...env.responses],
    resetCounters: () => {
      env.syncs = [];
      env.responses = [];
    },
    failSyncAt: (n, afterOps = 0) => {
      env.failSync = { sync: env.syncs.length + n, afterOps };
    },
    addName: (name, sheet) => {
      book.names.push({ name, sheet: book.mustFind(sheet), address: "$A$1" });
    },
    workbookSnapshot: () => ({
      sheets: book.sheets.map(snapshotSheet),
      names: book.names.map((n) => ({ name: n.name, formula: nameFormula(n, env.localizedNames) })),
      activeSheet: book.active?.name ?? null,
    }),
  };
}

function snapshotSheet(sheet: SheetModel): FakeSheetSnapshot {
  const bounds = sheet.usedBounds();
  const cells: Cell[][] = [];
  const formulas: FakeSheetSnapshot["formulas"] = [];
  if (bounds) {
    for (let r = 0; r <= bounds.bottom; r++) {
      const row: Cell[] = [];
      for (let c = 0; c <= bounds.right; c++) {
        const cell = sheet.get(r, c);
        if (cell?.formula !== undefined) formulas.push({ row: r, col: c, formula: cell.formula });
        row.push(cell?.formula ?? cell?.value ?? null);
      }
      cells.push(row);
    }
  }
  return {
    name: sheet.name,
    visibility: sheet.visibility,
    cells,
    formulas,
    frozenRows: sheet.frozenRows,
    pageLayout: { ...sheet.pageLayout },
    charts: sheet.charts.map((c) => ({ ...c })),
    merges: sheet.merges,
    formatWrites: sheet.layers.length,
    formatAt(row: number, col: number): FakeFormat {
      const out: FakeFormat = {};
      for (const layer of sheet.layers) {
        const { range, ...style } = layer;
        if (row < range.top || row > range.bottom || col < range.left || col > range.right) continue;
        for (const [k, v] of Object.entries(style)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
      }
      return out;
    },
    columnWidth: (col: number) => sheet.widths.get(col),
    rowHeight: (row: number) => sheet.heights.get(row),
  };
}

// ─── Printing (issue 12): row heights, merges, alignment, borders, margins, print area, footer, page breaks ───

export interface FakePrintSetup {
  margins?: { unit: string; values: Record<string, number> };
  printArea?: string;
  centerFooter?: string;
  /** Cells above which a manual page break stands («A31»). */
  pageBreaks?: string[];
}

/**
 * Excel's largest row height is 409 points («Excel specifications and limits»,
 * https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3);
 * RangeFormat.rowHeight is in points (https://learn.microsoft.com/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-rowheight-member).
 */
const MAX_ROW_HEIGHT = 409;

function rowHeight(ctx: FakeContext, sheet: () => SheetModel, boxes: () => CellRange[], points: number): void {
  ctx.enqueue(points, () => {
    if (!(points >= 0 && points <= MAX_ROW_HEIGHT))
      throw new FakeError("InvalidArgument", `Высота строки ${points}: Excel допускает от 0 до ${MAX_ROW_HEIGHT} пт.`);
    const model = sheet();
    for (const box of boxes()) for (let r = box.top; r <= box.bottom; r++) model.heights.set(r, points);
  });
}

/**
 * Range.merge(across) (ExcelApi 1.2, https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-merge-member(1)):
 * across = true merges each row of the range on its own. A merged cell keeps only its upper-left value («Merge and
 * unmerge cells», https://support.microsoft.com/office/merge-and-unmerge-cells-5cbd15d5-9375-4540-907f-c673a93fcedf).
 * Merging over an existing merge: the docs are silent; the fake refuses it, so the renderer never relies on it.
 */
function mergeCells(ctx: FakeContext, sheet: () => SheetModel, box: () => CellRange, across: boolean): void {
  ctx.enqueue(across, () => {
    const model = sheet();
    const area = box();
    const pieces = across
      ? Array.from({ length: area.bottom - area.top + 1 }, (_, i) => ({
          ...area,
          top: area.top + i,
          bottom: area.top + i,
        }))
      : [area];
    for (const piece of pieces) {
      if (piece.left === piece.right && piece.top === piece.bottom) continue;
      if (
        model.merges.some(
          (m) => m.top <= piece.bottom && m.bottom >= piece.top && m.left <= piece.right && m.right >= piece.left,
        )
      ) {
        throw new FakeError(
          "InvalidOperation",
          `Объединение ${rangeAddress(piece)} пересекает уже объединённые ячейки.`,
        );
      }
      for (let r = piece.top; r <= piece.bottom; r++)
        for (let c = piece.left; c <= piece.right; c++)
          if (r !== piece.top || c !== piece.left) model.set(r, c, undefined);
      model.merges.push(piece);
    }
  });
}

/** Excel.VerticalAlignment and Excel.HorizontalAlignment (https://learn.microsoft.com/javascript/api/excel/excel.verticalalignment, …/excel.horizontalalignment). */
const VERTICAL_ALIGNMENTS = ["Top", "Center", "Bottom", "Justify", "Distributed"];
const HORIZONTAL_ALIGNMENTS = [
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
];

function alignment(allowed: string[], value: string): string {
  if (!allowed.includes(value)) throw new FakeError("InvalidArgument", `Выравнивание «${value}».`);
  return value;
}

/**
 * RangeFormat.borders.getItem(index) (https://learn.microsoft.com/javascript/api/excel/excel.rangebordercollection#excel-excel-rangebordercollection-getitem-member(1)):
 * index an Excel.BorderIndex, style an Excel.BorderLineStyle, weight an Excel.BorderWeight
 * (https://learn.microsoft.com/javascript/api/excel/excel.borderindex, …/excel.borderlinestyle, …/excel.borderweight).
 */
const BORDER_INDEXES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
];
const BORDER_STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"];
const BORDER_WEIGHTS = ["Hairline", "Thin", "Medium", "Thick"];

function bordersOf(
  ctx: FakeContext,
  sheet: () => SheetModel,
  boxes: () => CellRange[],
): { getItem(edge: string): { style: string; weight: string } } {
  return {
    getItem(edge: string) {
      if (!BORDER_INDEXES.includes(edge)) throw new FakeError("InvalidArgument", `Граница «${edge}».`);
      const put = (part: "style" | "weight", value: string, allowed: string[]): void =>
        ctx.enqueue(value, () => {
          if (!allowed.includes(value)) throw new FakeError("InvalidArgument", `Граница ${edge}: ${part} «${value}».`);
          const model = sheet();
          for (const range of boxes()) {
            const earlier = [...model.layers].reverse().find((l) => l.borders && l.range === range)?.borders ?? {};
            const [style, weight] = (earlier[edge] ?? "/").split("/");
            const next = part === "style" ? `${value}/${weight}` : `${style}/${value}`;
            model.layers.push({ range, borders: { ...earlier, [edge]: next } });
          }
        });
      return {
        set style(v: string) {
          put("style", v, BORDER_STYLES);
        },
        set weight(v: string) {
          put("weight", v, BORDER_WEIGHTS);
        },
      } as { style: string; weight: string };
    },
  };
}

/** PageLayout.setPrintMargins(unit, options) (ExcelApi 1.9, https://learn.microsoft.com/javascript/api/excel/excel.pagelayout#excel-excel-pagelayout-setprintmargins-member(1)). */
function printMargins(ctx: FakeContext, sheet: () => SheetModel, unit: string, margins: Record<string, number>): void {
  requireApi(ctx, 9, "pageLayout.setPrintMargins");
  ctx.enqueue([unit, margins], () => {
    if (!["Points", "Inches", "Centimeters"].includes(unit))
      throw new FakeError("InvalidArgument", `Единица полей «${unit}».`);
    for (const [side, value] of Object.entries(margins)) {
      if (!["top", "bottom", "left", "right", "header", "footer"].includes(side) || !(value >= 0))
        throw new FakeError("InvalidArgument", `Поле ${side} = ${value}.`);
    }
    sheet().pageLayout.margins = { unit, values: { ...margins } };
  });
}

/** PageLayout.setPrintArea(address) (ExcelApi 1.9, https://learn.microsoft.com/javascript/api/excel/excel.pagelayout#excel-excel-pagelayout-setprintarea-member(1)). */
function printArea(ctx: FakeContext, sheet: () => SheetModel, address: string): void {
  parseAddress(address);
  ctx.enqueue(address, () => (sheet().pageLayout.printArea = address));
}

/**
 * PageLayout.headersFooters.defaultForAllPages.centerFooter (ExcelApi 1.9,
 * https://learn.microsoft.com/javascript/api/excel/excel.headerfooter#excel-excel-headerfooter-centerfooter-member)
 * takes Excel's header/footer codes (&P page, &N pages); a header or footer is at most 255 characters («Excel
 * specifications and limits»).
 */
function headersFooters(ctx: FakeContext, sheet: () => SheetModel): { defaultForAllPages: { centerFooter: string } } {
  return {
    defaultForAllPages: {
      set centerFooter(text: string) {
        ctx.enqueue(text, () => {
          if (text.length > 255) throw new FakeError("InvalidArgument", `Колонтитул длиннее 255 знаков.`);
          sheet().pageLayout.centerFooter = text;
        });
      },
    } as { centerFooter: string },
  };
}

/**
 * Worksheet.horizontalPageBreaks.add(cell) (ExcelApi 1.9, https://learn.microsoft.com/javascript/api/excel/excel.pagebreakcollection#excel-excel-pagebreakcollection-add-member(1)):
 * the break stands above the cell's row.
 */
function pageBreaks(ctx: FakeContext, sheet: () => SheetModel): { add(at: string): void } {
  requireApi(ctx, 9, "worksheet.horizontalPageBreaks");
  return {
    add(at: string) {
      parseAddress(at);
      ctx.enqueue(at, () => {
        const model = sheet();
        model.pageLayout.pageBreaks = [...(model.pageLayout.pageBreaks ?? []), at];
      });
    },
  };
}
