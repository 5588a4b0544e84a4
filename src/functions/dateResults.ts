/**
 * The custom functions whose result is a date (SPEC §7): an Excel serial number, which a cell shows as a date only in
 * a date format. «Вставить» gives its cell that format (src/excel/api.ts), their descriptions say «дата»
 * (test/functions/russianMetadata.test.ts), and the README's formula table says so.
 */
export const DATE_RESULTS: ReadonlySet<string> = new Set(["DEADLINESTART", "DEADLINEEND", "NEXTCONTROL", "REPORTDUE"]);
