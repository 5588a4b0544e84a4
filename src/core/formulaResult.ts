/**
 * What a custom function's core returns: a value for the cell, or an error Excel shows as #VALUE! (#ЗНАЧ!)
 * or #N/A with a Russian message naming the argument and the value. The wrappers in src/functions only
 * map this to CustomFunctions.Error; every rule lives in core.
 */
export type FormulaValue = string | number | boolean;

export type FormulaResult<T = FormulaValue | FormulaValue[][]> =
  { ok: true; value: T } | { ok: false; error: "value" | "na"; message: string };

export function formulaValue<T>(value: T): FormulaResult<T> {
  return { ok: true, value };
}

export function formulaError(
  message: string,
  error: "value" | "na" = "value",
): { ok: false; error: "value" | "na"; message: string } {
  return { ok: false, error, message };
}
