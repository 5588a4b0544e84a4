/**
 * Stands in for office.js in the browser test: Office and Excel from the strict in-memory fake, plus the two
 * registries a shared runtime has (ribbon actions, custom functions), all exposed on window.__shnorHost.
 * The workbook is the test's (window.__shnorWorkbook, set before this script runs) or the small region.
 * Adds to the fake what only the pane uses: the selection and the active cell (select, getSelectedRanges,
 * getActiveCell, range.formulas), with the fake's own rules (properties read only after load + sync).
 * Bundled by taskpane.test.ts into one script served in place of the CDN's office.js.
 */
import type { Cell } from "../../src/core/cell";
import { createFakeExcel, type FakeFormat, type FakeSheetInit } from "../helpers/fakeExcel";
import { SMALL_WORKBOOK } from "./smallWorkbook";

type Fn = (...args: unknown[]) => unknown;
type Anything = Record<string, Fn> & { ctx: { enqueue(args: unknown, run: () => void): void } };

const given = globalThis as unknown as { __shnorWorkbook?: FakeSheetInit[]; __shnorApiVersion?: string };
// A formula «Вставить» writes reads back as a pending custom function does («#BUSY!»): the fake computes nothing.
const fake = createFakeExcel({ sheets: given.__shnorWorkbook ?? SMALL_WORKBOOK }, { apiVersion: given.__shnorApiVersion, writtenFormulaValue: "#BUSY!" });
let nextRunFailure: string | null = null;

/** What the user selected: sheet, areas («D3:G3,I3» — data, then a Ctrl+clicked cell) and the active cell. */
const selection = { sheet: fake.workbookSnapshot().activeSheet ?? "", range: "A1", active: "A1" };

/** The pane-only members, put on the fake's own prototypes (found through one empty batch). */
async function addSelection(): Promise<void> {
  await fake.Excel.run(async (context) => {
    const workbook = Object.getPrototypeOf(context.workbook) as Record<string, unknown>;
    const range = Object.getPrototypeOf(context.workbook.worksheets.getItem(selection.sheet).getRange("A1")) as Record<string, unknown>;
    // RangeAreas: each area a fake range, so its address is readable only after load + sync, as in Excel.
    workbook.getSelectedRanges = function (this: { worksheets: { getItem(n: string): { getRange(a: string): Anything } } }) {
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
        selection.sheet = address.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
        selection.range = address.slice(bang + 1);
        selection.active = selection.range.split(":")[0];
      });
    };
    // The fake reads `formulas` itself; writing them is writing values (a string starting with «=» is a formula).
    const values = Object.getOwnPropertyDescriptor(range, "values")!;
    Object.defineProperty(range, "formulas", {
      get(this: { read(p: string): unknown }) {
        return this.read("formulas");
      },
      set(this: unknown, input: unknown[][]) {
        values.set!.call(this, input);
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
  return { cells: sheet.cells, formats: sheet.cells.map((row, r) => row.map((_, c) => sheet.formatAt(r, c))), frozenRows: sheet.frozenRows };
}

Object.assign(globalThis, {
  Excel,
  Office: { ...fake.Office, actions: { associate: (name: string, fn: Fn) => (actions[name] = fn) } },
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
    actions,
    functions,
  },
});
