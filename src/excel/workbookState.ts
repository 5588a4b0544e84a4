/** The workbook's sheets and the add-in's report markers, loaded in one sync by the reader and by the writer. */
import { reportIdOfMarkerName, sheetOfMarkerReference } from "../reports/sheetNames";

export interface WorkbookState {
  /** Sheet names in workbook order. */
  sheets: { name: string; visibility: string; position: number }[];
  /**
   * Each report sheet's marker, by its name in upper case (names compare case-insensitively): the defined name as
   * stored and the sheet it points at (null when the sheet was deleted).
   */
  markers: Map<string, { name: string; sheet: string | null }>;
}

/** Queues the loads; call the returned function after the next sync. */
export function queueWorkbookState(context: Excel.RequestContext): () => WorkbookState {
  const sheets = context.workbook.worksheets.load("items/name,items/visibility,items/position");
  const names = context.workbook.names.load("items/name,items/formula");
  return () => {
    const markers = new Map<string, { name: string; sheet: string | null }>();
    for (const item of names.items) {
      if (reportIdOfMarkerName(item.name) !== null) markers.set(item.name.toUpperCase(), { name: item.name, sheet: sheetOfMarkerReference(String(item.formula)) });
    }
    return {
      sheets: sheets.items.map((s) => ({ name: s.name, visibility: String(s.visibility), position: s.position })),
      markers,
    };
  };
}

/** Names of the sheets that are the add-in's reports (never read as input). */
export function reportSheetNames(state: WorkbookState): Set<string> {
  const existing = new Set(state.sheets.map((s) => s.name));
  const out = new Set<string>();
  for (const { sheet } of state.markers.values()) if (sheet !== null && existing.has(sheet)) out.add(sheet);
  return out;
}
