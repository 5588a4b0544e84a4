/**
 * Report sheets: how both doors mark them and how they are named (SPEC §6).
 *
 * Marker: a workbook-level defined name `SHNOR_REPORT_<reportId>` (e.g. SHNOR_REPORT_riskSummary) referring to the
 * report sheet's A1 («='Сводка рисков'!$A$1»). A defined name survives the user renaming or moving the sheet (Excel
 * updates the reference), is invisible on the sheet, and both Office.js (workbook.names) and ExcelJS
 * (workbook.definedNames) read and write it. One name per report id, so a workbook holds at most one sheet per
 * report, except a report written once per plan: its further sheets are «_2», «_3» …; a name whose sheet was
 * deleted (#REF!) marks nothing.
 *
 * Naming: a report replaces only its own earlier sheet (found by its marker); a user's sheet of the same name is never
 * touched — the report takes «Имя (2)», «Имя (3)», …, shortened to stay within Excel's 31 characters. Sheet names
 * are compared as Excel does: case-insensitively.
 */
import { REPORT_SHEET_NAMES, type ReportId } from "./registry";

export const REPORT_MARKER_PREFIX = "SHNOR_REPORT_";
export const MAX_SHEET_NAME_LENGTH = 31;

const REPORT_IDS = Object.keys(REPORT_SHEET_NAMES) as ReportId[];

/** `part` > 1 marks a report's further sheet when it writes one per plan («Отчёт за квартал (2)»): SHNOR_REPORT_quarter_2. */
export function reportMarkerName(id: ReportId, part = 1): string {
  return REPORT_MARKER_PREFIX + id + (part > 1 ? `_${part}` : "");
}

/** The marker names of reports in write order: the n-th sheet of one report id is its part n. */
export function reportMarkerNames(ids: readonly ReportId[]): string[] {
  const seen = new Map<ReportId, number>();
  return ids.map((id) => {
    const part = (seen.get(id) ?? 0) + 1;
    seen.set(id, part);
    return reportMarkerName(id, part);
  });
}

/** The report a defined name marks, or null for any other name (names compare case-insensitively in Excel). */
export function reportIdOfMarkerName(name: string): ReportId | null {
  if (!name.toUpperCase().startsWith(REPORT_MARKER_PREFIX)) return null;
  const rest = name.slice(REPORT_MARKER_PREFIX.length).toLowerCase().replace(/_\d+$/, "");
  return REPORT_IDS.find((id) => id.toLowerCase() === rest) ?? null;
}

/** «Сводка рисков» → «'Сводка рисков'!$A$1» (a quote inside the name doubled): what the marker refers to. */
export function markerReference(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!$A$1`;
}

/**
 * The sheet a marker's reference points at: «='Сводка рисков'!$A$1», «'It''s'!$A$1», «Лист1!A1» → the sheet name;
 * null for a reference without a sheet or a deleted one: «=#REF!$A$1», or in the user's language on desktop,
 * «=#ССЫЛКА!$A$1» (NamedItem.formula comes localized there: office-js #2834). Any unquoted «#…» is an error value:
 * Excel quotes a sheet name that starts with «#».
 */
export function sheetOfMarkerReference(reference: string): string | null {
  const text = reference.trim().replace(/^=/, "");
  const bang = text.lastIndexOf("!");
  if (bang <= 0) return null;
  const raw = text.slice(0, bang);
  const quoted = raw.length >= 2 && raw.startsWith("'") && raw.endsWith("'");
  if (!quoted && raw.startsWith("#")) return null;
  const name = quoted ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return name === "" ? null : name;
}

/** Characters Excel forbids in sheet names, replaced by a space; a name may also not begin or end with «'». */
const FORBIDDEN = /[[\]:*?/\\]/g;

/** A name Excel accepts: forbidden characters → spaces, trimmed, at most 31 characters; empty → «Отчёт». */
export function safeSheetName(wanted: string): string {
  // Quotes and spaces go from both ends together: « 'План» must not become «'План» (Excel refuses a leading quote).
  const cleaned = wanted
    .replace(FORBIDDEN, " ")
    .replace(/\s+/g, " ")
    .replace(/^['\s]+|['\s]+$/g, "");
  const cut = truncate(cleaned === "" ? "Отчёт" : cleaned, MAX_SHEET_NAME_LENGTH);
  return cut.replace(/['\s]+$/, "") || "Отчёт";
}

/**
 * The name a report sheet gets. `taken` = names of the workbook's sheets that stay (the report's own earlier sheet,
 * which is about to be replaced, must NOT be among them). «Сводка рисков» beside a user's «Сводка рисков» →
 * «Сводка рисков (2)»; a long name is shortened before « (n)» so the whole stays within 31 characters.
 */
export function reportSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set<string>();
  for (const name of taken) used.add(name.toLowerCase());
  const base = safeSheetName(wanted);
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = truncate(base, MAX_SHEET_NAME_LENGTH - suffix.length).trimEnd() + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** Cuts to `max` UTF-16 units (what Excel counts) without splitting a surrogate pair. */
function truncate(text: string, max: number): string {
  let out = "";
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}
