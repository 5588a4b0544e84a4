/** Arguments as Excel hands them to custom functions, read into core cells. */
import type { Cell } from "../core/cell";
import { formulaError } from "../core/formulaResult";
import { excelValue } from "./excelResult";

/**
 * A cell holding an Excel data type (an entity card, a linked entity, an image, a formatted number) arrives as an
 * object when the metadata allows custom data (`allowCustomDataForDataTypeAny`, which custom-functions-metadata writes
 * as true since Office-Addin-Scripts PR #829; the build switches it off, see webpack.config.js). Should one arrive all
 * the same, a value type whose basic value is a number, text or boolean is read as that value; anything else (an
 * entity's basic value is the error #VALUE!) is #VALUE! with a Russian message naming the argument.
 */
interface DataTypeValue {
  type?: unknown;
  basicType?: unknown;
  basicValue?: unknown;
  text?: unknown;
}

const BASIC_TYPES = new Set(["Double", "String", "Boolean"]);

function fromDataType(value: DataTypeValue, argument: string): Cell {
  const basic = value.basicValue;
  const primitive = typeof basic === "number" || typeof basic === "string" || typeof basic === "boolean";
  if (primitive && BASIC_TYPES.has(String(value.basicType)))
    return typeof basic === "number" && !Number.isFinite(basic) ? null : basic;
  const shown = typeof value.text === "string" && value.text.trim() !== "" ? ` «${value.text.trim()}»` : "";
  return excelValue(
    formulaError(
      `Аргумент «${argument}»: в ячейке тип данных Excel${shown} (${String(value.type ?? "объект")}), а не текст, число или дата: ` +
        "сошлитесь на ячейку с обычным значением или преобразуйте тип данных в текст",
    ),
  );
}

function readCell(value: unknown, argument: string): Cell {
  if (value === undefined || value === null) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  // Several cells where one is wanted: Excel hands a one-cell parameter one value, but the Р7 panel explaining a cell
  // passes the range it read (src/r7/formulas.ts), where the ONLYOFFICE engine shows #VALUE! (test/r7/formulas.test.ts)
  if (Array.isArray(value))
    return excelValue(
      formulaError(
        `Аргумент «${argument}»: диапазон из нескольких ячеек, а нужна одна ячейка: сошлитесь на одну ячейку`,
      ),
    );
  return fromDataType(value as DataTypeValue, argument);
}

/** A one-cell argument; an omitted optional one (undefined or null) is an empty cell. */
export function cell(value: unknown, argument: string): Cell {
  return readCell(value, argument);
}

/** A range argument (a 2-D array); a lone value, as Excel may pass a one-cell range, is a one-cell range. */
export function range(value: unknown, argument: string): Cell[][] {
  const rows: unknown[] = Array.isArray(value) ? value : [[value]];
  return rows.map((row) => (Array.isArray(row) ? row : [row]).map((c: unknown) => readCell(c, argument)));
}

/**
 * An optional range argument: omitted (undefined or null) is no range. Written `param?: any[][]` (never
 * `| null`, which the metadata generator reads as a single cell).
 */
export function optionalRange(value: unknown, argument: string): Cell[][] | null {
  return value === undefined || value === null ? null : range(value, argument);
}
