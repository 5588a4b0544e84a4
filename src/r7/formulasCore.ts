/**
 * The formulas' core in Р7-Офис / ONLYOFFICE (#28): the Excel door's own wrappers (src/functions/functions.ts, one core
 * call each), called with the arguments the ONLYOFFICE engine passes. webpack builds this module as the library the
 * registration command carries (r7/formulas.js, see formulasCommand.js); the panel bundles it as well, to explain a cell.
 *
 * The wrappers register through `CustomFunctions.associate` (custom-functions-metadata-plugin appends the calls to
 * functions.ts: the ids of the Excel door, the one list of functions) and fail with `CustomFunctions.Error`; here
 * `customFunctions` stands in for both. In the editor the command declares it as a local `CustomFunctions` beside this
 * bundle (a command cannot define a global: AscCommon.safePluginEval passes `{}` as window and globalThis); in the panel
 * it becomes the frame's global. functions.ts is loaded on first use, once the stand-in is in place.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { ENGLISH_BOOLEANS } from "./values";

declare const CustomFunctions: unknown;

export type Wrapper = (...args: unknown[]) => unknown;

/** A failure of a wrapper: the code Excel would show and the core's Russian message. */
export class FormulaFailure extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

const wrappers = new Map<string, Wrapper>();

export const customFunctions = {
  associate(id: string, fn: Wrapper): void {
    wrappers.set(id, fn);
  },
  Error: FormulaFailure,
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
};

/** The Excel door's wrappers by id (RISKGROUPS → riskGroups). */
export function doorWrappers(): ReadonlyMap<string, Wrapper> {
  if (wrappers.size === 0) {
    if (typeof CustomFunctions === "undefined") (globalThis as any).CustomFunctions = customFunctions;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require("../functions/functions");
  }
  return wrappers;
}

/**
 * The engine's argument shapes as the Excel door's wrappers take them: an omitted optional argument arrives as
 * undefined and an empty cell as "" (as Excel on the web passes them), a date as its serial number; a boolean arrives
 * as the invariant word «TRUE»/«FALSE» (values.ts), in a range and in a single cell alike, also where the editor's
 * formulas are Russian and the cell shows «ИСТИНА» (probed in ONLYOFFICE 8.2: test/r7/formulas.test.ts), and becomes
 * the boolean again — a text «TRUE» arrives as the same string and reads the same, as in values.ts.
 */
export function fromEngine(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromEngine);
  return value === ENGLISH_BOOLEANS.true ? true : value === ENGLISH_BOOLEANS.false ? false : value;
}

/** A formula's value, or a FormulaFailure thrown (the engine shows any thrown error as #VALUE!). */
export function callFormula(id: string, args: readonly unknown[], door = doorWrappers()): unknown {
  const wrapper = door.get(id);
  if (!wrapper) throw new FormulaFailure("#NAME?", `Функции ${id} нет среди функций надстройки`);
  return wrapper(...args.map(fromEngine));
}
