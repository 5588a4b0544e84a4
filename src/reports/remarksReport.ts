/**
 * «Замечания»: every input problem with its sheet and cell, then what the add-in recognised in the
 * workbook and the notes of the run (joins, choices, what a file cannot hold) — so a user can check the
 * reading before trusting a number.
 */
import { cellAddress, columnLetters } from "../core/a1";
import { type Problem, SEVERITY_WORDS } from "../core/problems";
import { listInRows, textInCell } from "./cellList";
import { reportFrame } from "./common";
import type { ReportContext } from "./context";
import type { OutValue, SheetDescription, TableBlock } from "./model";
import type { Recognition } from "./recognition";

const SEVERITY_COLORS: Record<Problem["severity"], string> = {
  error: "#F4CCCC",
  warning: "#FFF2CC",
  info: "#DDEBF7",
};

/**
 * `problems` are listed as given (the engine passes them de-duplicated, in reading order);
 * `recognition` gives the tables found and its own notes; `notes` are the run's notes (e.g. «в файле нет диаграмм»).
 */
export function buildRemarksReport(
  problems: Problem[],
  recognition: Recognition,
  notes: string[],
  ctx: ReportContext,
): SheetDescription {
  const counts = (["error", "warning", "info"] as const)
    .map((s) => [s, problems.filter((p) => p.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${SEVERITY_WORDS[s]}: ${n}`);
  return {
    ...reportFrame("remarks", ctx),
    notes: [problems.length === 0 ? "Замечаний к исходным данным нет." : `Замечаний: ${problems.length} (${counts.join(", ")}).`],
    main: problemsBlock(problems),
    above: [],
    below: [recognitionBlock(recognition), notesBlock([...recognition.notes, ...notes])],
    problems: [],
  };
}

/** A «Файл» column first when the problems come from several files (the command line read more than one). */
function problemsBlock(problems: Problem[]): TableBlock {
  const files = problems.some((p) => p.file !== undefined);
  return {
    columns: [
      ...(files ? [{ header: "Файл", format: "text" as const, width: 24, wrap: true }] : []),
      { header: "Лист", format: "text", width: 24 },
      { header: "Ячейка", format: "text", width: 10 },
      { header: "Замечание", format: "text", width: 90, wrap: true },
      { header: "Важность", format: "text", width: 16 },
    ],
    rows: problems.map((p) => [...(files ? [p.file ?? ""] : []), p.sheet ?? "", placeInSheet(p), textInCell(p.message), SEVERITY_WORDS[p.severity]]),
    highlights: problems.map((p, row) => ({ row, col: files ? 4 : 3, fill: SEVERITY_COLORS[p.severity] })),
  };
}

/** «B5», or «строка 5» / «колонка B» when only one coordinate is known. */
function placeInSheet(p: Problem): string {
  if (p.row !== undefined && p.col !== undefined) return cellAddress(p.row, p.col);
  if (p.row !== undefined) return `строка ${p.row + 1}`;
  if (p.col !== undefined) return `колонка ${columnLetters(p.col)}`;
  return "";
}

function recognitionBlock(recognition: Recognition): TableBlock {
  // A table of many columns continues on rows of its own, so that every column's meaning is listed.
  const rows: OutValue[][] = recognition.tables.flatMap((t) =>
    (t.columns.length === 0 ? [""] : listInRows(t.columns.map((c) => c.meaning), "; ")).map((meanings, i): OutValue[] =>
      i === 0 ? [t.sheet, t.range, meanings, t.period ? `${t.kind}; период: ${t.period}` : t.kind] : ["", "", meanings, "(продолжение)"],
    ),
  );
  return {
    caption: "Что распознано в книге",
    columns: [
      { header: "Лист", format: "text", width: 24 },
      { header: "Диапазон", format: "text", width: 10 },
      { header: "Колонки", format: "text", width: 90, wrap: true },
      { header: "Таблица", format: "text", width: 16, wrap: true },
    ],
    rows: rows.length > 0 ? rows : [["", "", "", "таблицы не найдены"]],
    highlights: [],
  };
}

function notesBlock(notes: string[]): TableBlock {
  return {
    caption: "Примечания",
    columns: [{ header: "Примечание", format: "text", width: 24 }],
    rows: notes.map((n) => [textInCell(n)]),
    highlights: [],
  };
}
