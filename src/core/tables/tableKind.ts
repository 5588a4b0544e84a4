/**
 * Schools table or context table (SPEC §4, §8)? A header with a school column and two or more «Доля …» columns
 * (and no factor or curator) may be either: a monitoring sheet («Доля неуспевающих, % (вход)», «… (итог)», yes/no
 * marks) or a context table for ИСБШ (a row per school, numeric shares). The data decide:
 *   - a table whose other columns hold an indicator — a yes/no column or an entry/final pair, found exactly as the
 *     «Показатели» report finds them — is a schools table: its indicators are reported, and identification still
 *     reads its numeric columns as context (readIdentificationData takes the schools tables' other columns for
 *     what the context tables lack), so such a table serves both;
 *   - a table without any indicator is a context table only: joined to the schools list it would add nothing but
 *     notes about rows without a partner, and an «indicators» report with no indicator.
 */
import { findIndicators } from "../indicators/indicatorColumns";
import { DEFAULT_SETTINGS } from "../settings";
import { rowRecords } from "./schoolRecords";
import type { FoundTable, TableKind } from "./types";

export function settledKind(table: FoundTable): TableKind {
  if (table.kind !== "context") return table.kind;
  const headers = table.columns.filter((c) => c.meaning === "other").map((c) => c.header);
  // Default settings: switching an indicator off in the settings must not turn its table into another kind.
  const { indicators } = findIndicators(rowRecords(table), headers, DEFAULT_SETTINGS);
  return indicators.length > 0 ? "schools" : "context";
}
