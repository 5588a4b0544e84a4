/**
 * One ExcelJS cell value → the Cell both doors hand to the engine (src/core/cell.ts): what Excel's
 * own `Range.values` would give for the same cell, so the command line and the add-in read alike.
 */
import type { CellValue } from "exceljs";
import { dayFromFileDate } from "../core/calendar";
import type { Cell } from "../core/cell";

export function cellFromExcelJs(value: CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : dayFromFileDate(value);
  if ("richText" in value) return value.richText.map((run) => run.text ?? "").join("");
  if ("error" in value) return String(value.error);
  // A formula gives its cached result, as Excel shows it; no result cached = empty.
  if ("formula" in value || "sharedFormula" in value) return cellFromExcelJs(value.result ?? null);
  if ("hyperlink" in value) return cellFromExcelJs((value as { text?: CellValue }).text ?? null);
  return null;
}
