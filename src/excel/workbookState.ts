/**
 * The workbook's sheets, the add-in's report markers and its date system, loaded in one sync by the reader and by
 * the writer.
 */
import { reportIdOfMarkerName, sheetOfMarkerReference } from "../reports/sheetNames";

export interface WorkbookState {
  /** Sheet names in workbook order. */
  sheets: { name: string; visibility: string; position: number }[];
  /**
   * Each report sheet's marker, by its name in upper case (names compare case-insensitively): the defined name as
   * stored and the sheet it points at (null when the sheet was deleted).
   */
  markers: Map<string, { name: string; sheet: string | null }>;
  /** The workbook counts dates in the 1904 date system: its serials are DATE_1904_OFFSET days fewer than the engine's. */
  date1904: boolean;
}

/**
 * DATE(1904; 1; 2) as the workbook computes it: 1 in the 1904 date system (serial 0 = 1 Jan 1904), 1463 in the 1900
 * one. `Workbook.use1904DateSystem` is not in a released requirement set; Functions.date (ExcelApi 1.2) is, and its
 * reference says the year counts «from 1900 or 1904 (depending on the workbook's date system)»
 * (https://learn.microsoft.com/javascript/api/excel/excel.functions#excel-excel-functions-date-member(1)). Any
 * other answer is an error, never a guess.
 */
const PROBE = { year: 1904, month: 1, day: 2, in1900: 1463, in1904: 1 };

/** Queues the loads; call the returned function after the next sync. */
export function queueWorkbookState(context: Excel.RequestContext): () => WorkbookState {
  const sheets = context.workbook.worksheets.load("items/name,items/visibility,items/position");
  const names = context.workbook.names.load("items/name,items/formula");
  const date1904 = queueDateSystem(context);
  return () => {
    const markers = new Map<string, { name: string; sheet: string | null }>();
    for (const item of names.items) {
      if (reportIdOfMarkerName(item.name) !== null)
        markers.set(item.name.toUpperCase(), { name: item.name, sheet: sheetOfMarkerReference(String(item.formula)) });
    }
    return {
      sheets: sheets.items.map((s) => ({ name: s.name, visibility: String(s.visibility), position: s.position })),
      markers,
      date1904: date1904(),
    };
  };
}

/** Queues the date-system probe; the returned function, called after the next sync, says whether it is 1904. */
export function queueDateSystem(context: Excel.RequestContext): () => boolean {
  const probe = context.workbook.functions.date(PROBE.year, PROBE.month, PROBE.day).load("value,error");
  return () => dateSystemIs1904(probe.value, probe.error);
}

function dateSystemIs1904(value: unknown, error: unknown): boolean {
  if (value === PROBE.in1904) return true;
  if (value === PROBE.in1900) return false;
  const got = error ? String(error) : String(value);
  throw new Error(
    `Система дат книги не определена: ДАТА(1904;1;2) дала «${got}», а не 1 или 1463. Даты не прочитаны, чтобы не сдвинуть их на 1 462 дня.`,
  );
}

/** Names of the sheets that are the add-in's reports (never read as input). */
export function reportSheetNames(state: WorkbookState): Set<string> {
  const existing = new Set(state.sheets.map((s) => s.name));
  const out = new Set<string>();
  for (const { sheet } of state.markers.values()) if (sheet !== null && existing.has(sheet)) out.add(sheet);
  return out;
}
