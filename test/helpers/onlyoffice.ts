/**
 * The real ONLYOFFICE spreadsheet engine (sdkjs 8.2, unmodified; AGPL, never bundled nor committed) booted in Node
 * under jsdom, for the tests of the Р7-Офис / ONLYOFFICE door (#28). The engine's folder comes only from the
 * environment variable ONLYOFFICE_SDKJS (.ci/run sets it): this is the one way the repository's tests reach outside
 * it. Without the variable the suites are skipped with a warning on a developer's machine and fail under CI=true.
 *
 * A command runs as the plugin SDK sends it (plugins.js, callCommand): the function's source text plus Asc.scope as
 * JSON, evaluated in the editor's frame by `AscCommon.safePluginEval` — so a command that reaches for a closure or an
 * import fails here as it would in the editor.
 */
import { existsSync, readFileSync } from "fs";
import { JSDOM, VirtualConsole } from "jsdom";
import { join } from "path";
import { Script } from "vm";

export const SDKJS_VARIABLE = "ONLYOFFICE_SDKJS";

/** The engine's folder from ONLYOFFICE_SDKJS, or null when unset or not an engine folder. */
export function sdkjsFolder(): string | null {
  const folder = process.env[SDKJS_VARIABLE];
  return folder && existsSync(join(folder, "load-order.txt")) ? folder : null;
}

function missing(): string {
  const value = process.env[SDKJS_VARIABLE];
  const why = value
    ? `${SDKJS_VARIABLE}=«${value}» не указывает на папку sdkjs (в ней нет load-order.txt)`
    : `${SDKJS_VARIABLE} не задана`;
  return `${why}: проверки двери Р7-Офис / ONLYOFFICE на настоящем движке НЕ выполнены. Укажите папку движка: export ${SDKJS_VARIABLE}=/путь/к/onlyoffice-sdkjs (.ci/run задаёт её сам).`;
}

/** The jest `describe` of a suite that needs the engine: skipped loudly without it — except under CI, where it runs and fails. */
export function describeWithEngine(): jest.Describe {
  if (sdkjsFolder() !== null || process.env.CI === "true") return describe;
  console.warn(`!!! ${missing()}`);
  return describe.skip;
}

export type Culture = "ru-RU" | "en-US";
const LCID: Record<Culture, number> = { "ru-RU": 1049, "en-US": 1033 };

export interface Engine {
  /** Runs a command as callCommand does: the function's text and Asc.scope as JSON; its return value comes back. */
  run<T = unknown>(source: string | ((...args: never[]) => unknown), scope?: unknown): T;
  /** The engine's own window, to read its model where the builder API has no getter (tests only). */
  window: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/**
 * Boots the engine on the empty workbook sdkjs carries, in the given culture (about 1.5 s: boot once per test file).
 * Throws, in Russian, when ONLYOFFICE_SDKJS is missing (only reached under CI, see describeWithEngine).
 */
export function bootEngine(culture: Culture = "ru-RU"): Engine {
  const folder = sdkjsFolder();
  if (folder === null) throw new Error(`${missing()} Под CI=true эта проверка обязательна.`);
  // jsdom asks for fonts over the network: nothing is listening, and its complaints are not the test's business.
  const dom = new JSDOM('<!DOCTYPE html><html><body><div id="editor_sdk"></div></body></html>', {
    runScripts: "outside-only",
    pretendToBeVisual: true,
    url: "http://localhost/editor/index.html",
    virtualConsole: new VirtualConsole(),
  });
  const win = dom.window as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  stubCanvas(win);
  const context = dom.getInternalVMContext();
  for (const file of readFileSync(join(folder, "load-order.txt"), "utf8").split("\n").filter(Boolean)) {
    try {
      new Script(readFileSync(join(folder, file), "utf8"), { filename: file }).runInContext(context);
    } catch (error) {
      throw new Error(`движок ONLYOFFICE не загрузился на файле ${file}: ${String(error).slice(0, 200)}`);
    }
  }
  new Script(`(${openEmptyWorkbook.toString()})(${LCID[culture]});`, { filename: "shnor-boot.js" }).runInContext(
    context,
  );
  const api = win.Asc.editor;
  return {
    window: win,
    run<T>(source: string | ((...args: never[]) => unknown), scope: unknown = {}): T {
      // plugins.js: callCommand(func) sends "var Asc = {}; Asc.scope = <JSON>; var scope = Asc.scope; (<func text>)();"
      const code = `var Asc = {}; Asc.scope = ${JSON.stringify(scope)}; var scope = Asc.scope; (${source.toString()})();`;
      api._beforeEvalCommand();
      return win.AscCommon.safePluginEval(code) as T;
    },
  };
}

/** The words of an editor whose formula language is Russian: ONLYOFFICE web-apps formula-lang/ru.json, CONST_TRUE_FALSE. */
export const RUSSIAN_FORMULA_BOOLEANS = { true: "ИСТИНА", false: "ЛОЖЬ" };

/**
 * The engine as an editor whose formula language is Russian: what the editor's `asc_setLocalization` (cell/api.js)
 * does with ru.json's operands — sdkjs's `build_local_rx` (common/editorscommon.js) sets the words `SetValue` takes and
 * `GetValue` gives for TRUE and FALSE (test/r7/booleans.test.ts).
 */
export function russianFormulaLanguage(engine: Engine): void {
  engine.window.AscCommon.build_local_rx({
    CONST_TRUE_FALSE: { t: RUSSIAN_FORMULA_BOOLEANS.true, f: RUSSIAN_FORMULA_BOOLEANS.false },
  });
}

/**
 * jsdom has no canvas. Nothing in the model draws, so every 2-D call may do nothing; text measures 7 px a character
 * (the width of a digit the workbook then assumes, see openEmptyWorkbook).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function stubCanvas(win: Record<string, any>): void {
  const noop = (): undefined => undefined;
  win.HTMLCanvasElement.prototype.getContext = function getContext(this: unknown): unknown {
    const target: Record<string | symbol, unknown> = { canvas: this };
    return new Proxy(target, {
      get(t, key) {
        if (key in t) return t[key];
        if (key === "measureText")
          return (text: unknown) => ({
            width: String(text).length * 7,
            actualBoundingBoxAscent: 8,
            actualBoundingBoxDescent: 2,
          });
        if (key === "getImageData" || key === "createImageData") {
          return (_x: number, _y: number, w = 1, h = 1) => ({
            data: new Uint8ClampedArray(4 * w * h),
            width: w,
            height: h,
          });
        }
        return noop;
      },
      set(t, key, value) {
        t[key] = value;
        return true;
      },
    });
  };
}

/**
 * Runs inside the engine's window (its source is evaluated there; it may use nothing from this file). The editor's
 * view draws on a canvas and locks cells through a server; as sdkjs's own formula tests do, those parts become
 * no-ops, so the model, its formulas and the builder API run without them. Then the empty workbook opens.
 */
/* eslint-disable */
function openEmptyWorkbook(lcid: number): void {
  const g = globalThis as any;
  const { Asc, AscCommon, AscCommonExcel } = g;
  const noop = (): void => undefined;
  const grant = (callback: (ok: boolean) => void): boolean => {
    callback(true);
    return true;
  };
  Asc.spreadsheet_api.prototype._init = function (this: any) {
    this._loadModules();
  };
  Asc.spreadsheet_api.prototype._loadFonts = (_fonts: unknown, done: () => void) => done();
  const book = AscCommonExcel.WorkbookView.prototype;
  for (const k of [
    "_calcMaxDigitWidth",
    "_init",
    "_onWSSelectionChanged",
    "showWorksheet",
    "recalculateDrawingObjects",
    "restoreFocus",
  ])
    book[k] = noop;
  book._isLockedUserProtectedRange = grant;
  const sheet = AscCommonExcel.WorksheetView.prototype;
  for (const k of [
    "_init",
    "updateRanges",
    "_autoFitColumnsWidth",
    "cleanSelection",
    "_drawSelection",
    "_scrollToRange",
    "draw",
    "_prepareDrawingObjects",
    "_initCellsArea",
    "getZoom",
    "_prepareCellTextMetricsCache",
    "_updateVisibleColsCount",
    "_calcActiveCellOffset",
  ])
    sheet[k] = noop;
  sheet._isLockedCells = (_a: unknown, _b: unknown, callback: (ok: boolean) => void) => grant(callback);
  sheet._isLockedAll = grant;
  sheet._isLockedFrozenPane = grant;
  AscCommon.baseEditorsApi.prototype._onEndLoadSdk = noop;
  Asc.ReadDefTableStyles = noop;
  AscCommon.setCurrentCultureInfo(lcid);
  const api = new Asc.spreadsheet_api({ "id-view": "editor_sdk" });
  g.Asc.editor = api;
  AscCommon.g_oTableId.init();
  api._onEndLoadSdk();
  api.isOpenOOXInBrowser = false;
  api._openDocument(AscCommon.getEmpty());
  api.collaborativeEditing = new AscCommonExcel.CCollaborativeEditing({});
  api.wb = new AscCommonExcel.WorkbookView(
    api.wbModel,
    api.controller,
    api.handlers,
    api.HtmlElement,
    api.topLineEditorElement,
    api,
    api.collaborativeEditing,
    api.fontRenderingMode,
  );
  // Column widths read back only with the digit width the view would have measured (7 px, as Calibri 11 in Excel).
  api.wbModel.maxDigitWidth = 7;
  api.wbModel.paddingPlusBorder = 5;
  if (!g.g_asc_plugins) Asc.createPluginsManager(api);
}
/* eslint-enable */
