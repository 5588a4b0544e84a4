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
import type { SheetDescription, TableBlock } from "./model";
import { table } from "./table";
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
  return table(problems, [
    files && { header: "Файл", format: "text", width: 24, wrap: true, value: (p) => p.file ?? "" },
    { header: "Лист", format: "text", width: 24, value: (p) => p.sheet ?? "" },
    { header: "Ячейка", format: "text", width: 10, value: placeInSheet },
    { header: "Замечание", format: "text", width: 90, wrap: true, value: (p) => textInCell(p.message) },
    { header: "Важность", format: "text", width: 16, value: (p) => SEVERITY_WORDS[p.severity], highlight: (p) => ({ fill: SEVERITY_COLORS[p.severity] }) },
  ]);
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
  const lines = recognition.tables.flatMap((t) =>
    (t.columns.length === 0 ? [""] : listInRows(t.columns.map((c) => c.meaning), "; ")).map((meanings, i) =>
      i === 0
        ? { sheet: t.sheet, range: t.range, meanings, table: t.period ? `${t.kind}; период: ${t.period}` : t.kind }
        : { sheet: "", range: "", meanings, table: "(продолжение)" },
    ),
  );
  return table(
    lines.length > 0 ? lines : [{ sheet: "", range: "", meanings: "", table: "таблицы не найдены" }],
    [
      { header: "Лист", format: "text", width: 24, value: (l) => l.sheet },
      { header: "Диапазон", format: "text", width: 10, value: (l) => l.range },
      { header: "Колонки", format: "text", width: 90, wrap: true, value: (l) => l.meanings },
      { header: "Таблица", format: "text", width: 16, wrap: true, value: (l) => l.table },
    ],
    { caption: "Что распознано в книге" },
  );
}

function notesBlock(notes: string[]): TableBlock {
  return table(notes, [{ header: "Примечание", format: "text", width: 24, value: textInCell }], { caption: "Примечания" });
}
