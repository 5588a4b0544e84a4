/**
 * Stands in for office.js in the browser test: Office and Excel from the strict in-memory fake, plus the two
 * registries a shared runtime has (ribbon actions, custom functions), all exposed on window.__shnorHost.
 * The workbook is the test's (window.__shnorWorkbook, set before this script runs) or the small region.
 * Adds to the fake what only the pane uses: the selection and the active cell (select, getSelectedRanges,
 * getActiveCell, range.formulas, range.formulasLocal), with the fake's own rules (properties read only after
 * load + sync), Excel's UI language (Office.context.displayLanguage: window.__shnorDisplayLanguage, default ru-RU)
 * and how Excel reads a custom function written through `formulas` (customFunctionNames below).
 * Bundled by taskpane.test.ts into one script served in place of the CDN's office.js.
 */
import type { Cell } from "../../src/core/cell";
import RUSSIAN from "../../src/functions/ru.json";
import { NAMESPACE, RUSSIAN_NAMESPACE } from "../../src/taskpane/formulas";
import { createFakeExcel, type FakeFormat, type FakeSheetInit } from "../helpers/fakeExcel";
import { SMALL_WORKBOOK } from "./smallWorkbook";

type Fn = (...args: unknown[]) => unknown;
type Anything = Record<string, Fn> & { ctx: { enqueue(args: unknown, run: () => void): void } };

const given = globalThis as unknown as {
  __shnorWorkbook?: FakeSheetInit[];
  __shnorApiVersion?: string;
  __shnorDisplayLanguage?: string;
};
const displayLanguage = given.__shnorDisplayLanguage ?? "ru-RU";
const russianExcel = displayLanguage.startsWith("ru");
const fake = createFakeExcel(
  { sheets: given.__shnorWorkbook ?? SMALL_WORKBOOK },
  { apiVersion: given.__shnorApiVersion },
);
let nextRunFailure: string | null = null;

/**
 * Which names of the add-in's functions Excel knows in a formula written through `formulas`. The documentation says
 * nothing of it; the tracker reports both: "id" — SHNOR.<ID> is computed, as in an English Excel and in Microsoft's
 * samples; "shown" — only the names a localized Excel shows (office-js #891: a German Excel showed #NAME? for the id
 * form); "none" — neither (office-js #6614, a Turkish Excel; or the functions never registered).
 * Any other name is #NAME? (#ИМЯ? in a Russian Excel), as Excel shows a function it does not know.
 */
let customFunctionNames: "id" | "shown" | "none" = "id";
const RUSSIAN_IDS = new Map(
  Object.entries(RUSSIAN as Record<string, { name: string }>).map(([id, { name }]) => [name, id]),
);

/** «=SHNOR.INGROUP(D3:G3,1)» → its id and arguments, if Excel knows the name under `customFunctionNames`. */
function knownCall(formula: string): { id: string; args: string[] } | null {
  const call = /^=([^.(]+)\.([^(]+)\((.*)\)$/u.exec(formula);
  if (!call || customFunctionNames === "none") return null;
  const [, namespace, name, args] = call;
  const shownNamespace = russianExcel ? RUSSIAN_NAMESPACE : NAMESPACE;
  const id =
    customFunctionNames === "id"
      ? namespace === NAMESPACE
        ? name
        : undefined
      : namespace === shownNamespace
        ? russianExcel
          ? RUSSIAN_IDS.get(name)
          : name
        : undefined;
  return id !== undefined && functions[id] ? { id, args: splitArguments(args) } : null;
}

/** Arguments split at the commas outside quotes. */
function splitArguments(text: string): string[] {
  return text === "" ? [] : (text.match(/(?:"(?:[^"]|"")*"|[^,])+/g) ?? []).map((a) => a.trim());
}

/** «D3:G3» on the selected sheet → its values; «"да"» → да; «1» → 1. */
function argumentValue(arg: string): unknown {
  if (/^".*"$/.test(arg)) return arg.slice(1, -1).replace(/""/g, '"');
  if (/^-?\d+(\.\d+)?$/.test(arg)) return Number(arg);
  const [from, to = from] = arg.split(":").map((a) => /^\$?([A-Z]+)\$?(\d+)$/.exec(a)!);
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const cells = fake.workbookSnapshot().sheets.find((s) => s.name === selection.sheet)?.cells ?? [];
  const out: unknown[][] = [];
  for (let r = Number(from[2]) - 1; r <= Number(to[2]) - 1; r++) {
    const row: unknown[] = [];
    for (let c = col(from[1]); c <= col(to[1]); c++) row.push(cells[r]?.[c] ?? null);
    out.push(row);
  }
  return out;
}

/** A formula calling a namespaced function (=NAMESPACE.NAME(…)): one of the add-in's, or a name Excel does not know. */
function isAddinCall(content: unknown): content is string {
  return typeof content === "string" && /^=[^(]*\./.test(content);
}

/** What a cell with such a formula shows: the function's result (computed by the registered function), or #NAME?. */
function shownValue(content: string): unknown {
  const call = knownCall(content);
  if (call === null) return russianExcel ? "#ИМЯ?" : "#NAME?";
  try {
    const result = functions[call.id](...call.args.map(argumentValue));
    return Array.isArray(result) ? (result[0] as unknown[])[0] : result;
  } catch (error) {
    return error instanceof CustomFunctionsError ? (russianExcel ? "#ЗНАЧ!" : error.code) : "#VALUE!";
  }
}

/** The formula as the formula bar of this Excel shows it: Russian names and «;» in a Russian Excel. */
function localFormula(content: unknown): unknown {
  if (typeof content !== "string" || !russianExcel) return content;
  const call = knownCall(content);
  if (call === null) return content;
  const russian = (RUSSIAN as Record<string, { name: string }>)[call.id].name;
  return `=${RUSSIAN_NAMESPACE}.${russian}(${call.args.join(";")})`;
}

/** What the user selected: sheet, areas («D3:G3,I3» — data, then a Ctrl+clicked cell) and the active cell. */
const selection = { sheet: fake.workbookSnapshot().activeSheet ?? "", range: "A1", active: "A1" };

/** The pane-only members, put on the fake's own prototypes (found through one empty batch). */
async function addSelection(): Promise<void> {
  await fake.Excel.run(async (context) => {
    const workbook = Object.getPrototypeOf(context.workbook) as Record<string, unknown>;
    const range = Object.getPrototypeOf(context.workbook.worksheets.getItem(selection.sheet).getRange("A1")) as Record<
      string,
      unknown
    >;
    // RangeAreas: each area a fake range, so its address is readable only after load + sync, as in Excel.
    workbook.getSelectedRanges = function (this: {
      worksheets: { getItem(n: string): { getRange(a: string): Anything } };
    }) {
      const sheet = this.worksheets.getItem(selection.sheet);
      const areas = selection.range.split(",").map((area) => sheet.getRange(area));
      return {
        load() {
          areas.forEach((area) => area.load("address"));
          return this;
        },
        get address() {
          return areas.map((area) => area.address).join(", ");
        },
      };
    };
    workbook.getActiveCell = function (this: { worksheets: { getItem(n: string): { getRange(a: string): unknown } } }) {
      return this.worksheets.getItem(selection.sheet).getRange(selection.active);
    };
    range.select = function (this: Anything) {
      this.ctx.enqueue(undefined, () => {
        const address = this.addressNow() as unknown as string;
        const bang = address.lastIndexOf("!");
        selection.sheet = address
          .slice(0, bang)
          .replace(/^'(.*)'$/, "$1")
          .replace(/''/g, "'");
        selection.range = address.slice(bang + 1);
        selection.active = selection.range.split(":")[0];
      });
    };
    // The fake computes no custom function (it refuses to read such a cell's value): where a cell's formula calls one,
    // Excel shows the function's result (or #NAME?). A range without such a cell reads as the fake reads it; in a range
    // with one, another formula reads as its text.
    const resolveProp = range.resolveProp as Fn;
    const formulasOf = (self: unknown): unknown[][] => resolveProp.call(self, "formulas") as unknown[][];
    range.resolveProp = function (this: unknown, prop: string) {
      if (prop === "formulasLocal") return formulasOf(this).map((row) => row.map(localFormula));
      if (prop !== "values") return resolveProp.call(this, prop);
      const formulas = formulasOf(this);
      if (!formulas.some((row) => row.some(isAddinCall))) return resolveProp.call(this, prop);
      return formulas.map((row) => row.map((content) => (isAddinCall(content) ? shownValue(content) : content)));
    };
    const values = Object.getOwnPropertyDescriptor(range, "values")!;
    Object.defineProperty(range, "formulas", {
      get(this: { read(p: string): unknown }) {
        return this.read("formulas");
      },
      set(this: unknown, input: unknown[][]) {
        values.set!.call(this, input);
      },
    });
    Object.defineProperty(range, "formulasLocal", {
      get(this: { read(p: string): unknown }) {
        return this.read("formulasLocal");
      },
    });
  });
}
const ready = addSelection();

/** Excel.run of the fake, except that the test can make the next batch fail as Excel would (protected book…). */
const Excel = {
  async run<T>(batch: Parameters<typeof fake.Excel.run<T>>[0]): Promise<T> {
    await ready;
    const failure = nextRunFailure;
    nextRunFailure = null;
    return failure === null ? fake.Excel.run(batch) : Promise.reject(new Error(failure));
  },
};
const actions: Record<string, Fn> = {};
const functions: Record<string, Fn> = {};

class CustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

/** A written sheet as the picture of it needs: each cell with its format. */
function sheetPicture(name: string): { cells: Cell[][]; formats: FakeFormat[][]; frozenRows: number } | null {
  const sheet = fake.workbookSnapshot().sheets.find((s) => s.name === name);
  if (!sheet) return null;
  return {
    cells: sheet.cells,
    formats: sheet.cells.map((row, r) => row.map((_, c) => sheet.formatAt(r, c))),
    frozenRows: sheet.frozenRows,
  };
}

Object.assign(globalThis, {
  Excel,
  Office: {
    ...fake.Office,
    context: { ...fake.Office.context, displayLanguage },
    actions: { associate: (name: string, fn: Fn) => (actions[name] = fn) },
  },
  CustomFunctions: {
    associate: (id: string, fn: Fn) => (functions[id] = fn),
    Error: CustomFunctionsError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
  },
  __shnorHost: {
    sheetNames: () => fake.workbookSnapshot().sheets.map((s) => s.name),
    sheetCells: (name: string) => fake.workbookSnapshot().sheets.find((s) => s.name === name)?.cells ?? null,
    sheetPicture,
    activeSheet: () => fake.workbookSnapshot().activeSheet,
    syncCount: () => fake.syncCount(),
    syncPayloads: () => fake.syncPayloads(),
    selection: () => ({ ...selection }),
    select: (sheet: string, range: string, active: string) => Object.assign(selection, { sheet, range, active }),
    failNextRun: (message: string) => {
      nextRunFailure = message;
    },
    customFunctionNames: (mode: typeof customFunctionNames) => {
      customFunctionNames = mode;
    },
    actions,
    functions,
  },
});
