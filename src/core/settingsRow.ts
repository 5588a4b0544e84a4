/** How the reader of one settings row reports a problem: on its key's cell (column A) or on its value's (column B). */
export interface RowProblems {
  key(message: string, severity?: "warning"): void;
  value(message: string): void;
}
