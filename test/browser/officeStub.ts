/**
 * Stands in for office.js in the browser test: Office and Excel from the strict in-memory fake, plus the two
 * registries a shared runtime has (ribbon actions, custom functions), all exposed on window.__shnorHost.
 * Bundled by taskpane.test.ts into one script served in place of the CDN's office.js.
 */
import { createFakeExcel } from "../helpers/fakeExcel";
import { SMALL_WORKBOOK } from "./smallWorkbook";

type Fn = (...args: unknown[]) => unknown;

const fake = createFakeExcel({ sheets: SMALL_WORKBOOK });
const actions: Record<string, Fn> = {};
const functions: Record<string, Fn> = {};

class CustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

Object.assign(globalThis, {
  Excel: fake.Excel,
  Office: { ...fake.Office, actions: { associate: (name: string, fn: Fn) => (actions[name] = fn) } },
  CustomFunctions: {
    associate: (id: string, fn: Fn) => (functions[id] = fn),
    Error: CustomFunctionsError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
  },
  __shnorHost: {
    sheetNames: () => fake.workbookSnapshot().sheets.map((s) => s.name),
    sheetCells: (name: string) => fake.workbookSnapshot().sheets.find((s) => s.name === name)?.cells ?? null,
    syncCount: () => fake.syncCount(),
    actions,
    functions,
  },
});
