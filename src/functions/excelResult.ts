// ts-loader compiles only bundled files, so the ambient declaration is referenced explicitly.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./customFunctions.d.ts" />
/**
 * Maps a core FormulaResult to what Excel expects from a custom function: the value, or a thrown
 * CustomFunctions.Error (#VALUE! / #N/A, #ЗНАЧ! / #Н/Д in Russian Excel) carrying the core's Russian message.
 */
import type { FormulaResult } from "../core/formulaResult";

export function excelValue<T>(result: FormulaResult<T>): T {
  if (result.ok) return result.value;
  const code = result.error === "na" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  throw new CustomFunctions.Error(code, result.message);
}
