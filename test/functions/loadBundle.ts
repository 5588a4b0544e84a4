/**
 * Loads the BUILT dist/functions.js as Excel's runtime would, in a bare VM context holding only the
 * CustomFunctions and Office globals (no require, no DOM): what it registers is what Excel would call.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";

export const DIST = process.env.SHNOR_DIST ?? path.resolve(__dirname, "../../dist");

export class StubCustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export type Registered = Map<string, (...args: unknown[]) => unknown>;

export function distFile(name: string): string {
  const file = path.join(DIST, name);
  if (!fs.existsSync(file))
    throw new Error(`${file} не найден: сначала соберите надстройку (npm run build -- --env url=https://…/)`);
  return file;
}

export function loadFunctionsBundle(): Registered {
  const registered: Registered = new Map();
  const CustomFunctions = {
    associate(id: string, fn: (...args: unknown[]) => unknown) {
      if (registered.has(id)) throw new Error(`функция ${id} зарегистрирована дважды`);
      registered.set(id, fn);
    },
    Error: StubCustomFunctionsError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
  };
  const Office = { onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }) };
  const context = vm.createContext({ CustomFunctions, Office });
  vm.runInContext(fs.readFileSync(distFile("functions.js"), "utf8"), context, { filename: "functions.js" });
  return registered;
}

/** Calls a registered function; an error it throws comes back as { error: code, message }. */
export function callExcelStyle(registered: Registered, id: string, ...args: unknown[]): unknown {
  const fn = registered.get(id);
  if (!fn) throw new Error(`функция ${id} не зарегистрирована`);
  try {
    return fn(...args);
  } catch (error) {
    if (error instanceof StubCustomFunctionsError) return { error: error.code, message: error.message };
    throw error;
  }
}
