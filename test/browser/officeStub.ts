/**
 * Stands in for office.js in the browser test: Office and Excel from the strict in-memory fake, plus the two
 * registries a shared runtime has (ribbon actions, custom functions), all exposed on window.__shnorHost.
 * Bundled by taskpane.test.ts into one script served in place of the CDN's office.js.
 */
import { createFakeExcel } from "../helpers/fakeExcel";
import { SMALL_WORKBOOK } from "./smallWorkbook";

type Fn = (...args: unknown[]) => unknown;

const fake = createFakeExcel({ sheets: SMALL_WORKBOOK });
let nextRunFailure: string | null = null;

/** Excel.run of the fake, except that the test can make the next batch fail as Excel would (protected book…). */
const Excel = {
  run<T>(batch: Parameters<typeof fake.Excel.run<T>>[0]): Promise<T> {
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
    syncCount: () => fake.syncCount(),
    failNextRun: (message: string) => {
      nextRunFailure = message;
    },
    actions,
    functions,
  },
});
