import { cellAddress } from "./a1";

/** An input problem the user must see: in the task pane, in «Замечания» and on the command line's stderr. */
export interface Problem {
  /** File of the sheet, when the run read several files (SPEC §6: «Замечания» names each problem's file). */
  file?: string;
  /** Sheet of the cell, when the problem is tied to one. */
  sheet?: string;
  /** 0-based sheet row and column of the cell. */
  row?: number;
  col?: number;
  /** Russian text for the user: what is wrong and, where possible, what to do. */
  message: string;
  severity: "error" | "warning" | "info";
}

/** Важность in the user's words: «Замечания», the command line's stderr and the report page say the same. */
export const SEVERITY_WORDS: Record<Problem["severity"], string> = {
  error: "ошибка",
  warning: "предупреждение",
  info: "сведения",
};

/** Where a problem is, in words: «лист «ООНОР 2021», ячейка B5». */
export function problemPlace(problem: Problem): string {
  const parts: string[] = [];
  if (problem.file !== undefined) parts.push(`файл «${problem.file}»`);
  if (problem.sheet !== undefined) parts.push(`лист «${problem.sheet}»`);
  if (problem.row !== undefined && problem.col !== undefined)
    parts.push(`ячейка ${cellAddress(problem.row, problem.col)}`);
  else if (problem.row !== undefined) parts.push(`строка ${problem.row + 1}`);
  return parts.join(", ");
}

export function cellProblem(
  sheet: string,
  row: number,
  col: number,
  message: string,
  severity: Problem["severity"] = "error",
): Problem {
  return { sheet, row, col, message, severity };
}
