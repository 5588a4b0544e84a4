/**
 * «Замечания»: every input problem with its sheet and cell, under the notes of the run (what was not built and why,
 * joins, choices, what a file cannot hold); on a sheet of its own, «Что распознано», what the add-in recognised in the
 * workbook — so a user can check the reading before trusting a number. One grid per sheet (issue 23): with no remarks
 * «Замечания» is one page. A one-municipality run carries the remarks on its own schools and the run-wide ones; the
 * other municipalities' school remarks and «Что распознано» stay in the region's file.
 */
import { cellAddress, columnLetters } from "../core/a1";
import { type Problem, SEVERITY_WORDS } from "../core/problems";
import { listInRows, textInCell } from "./cellList";
import { inMunicipality } from "../core/identification/identify";
import type { SchoolRecord, WorkbookData } from "../core/tables/records";
import { furtherSheet, reportFrame } from "./common";
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
): SheetDescription[] {
  const counts = (["error", "warning", "info"] as const)
    .map((s) => [s, problems.filter((p) => p.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${SEVERITY_WORDS[s]}: ${n}`);
  const remarks: SheetDescription = {
    ...reportFrame("remarks", ctx),
    notes: [
      problems.length === 0
        ? "Замечаний к исходным данным нет."
        : `Замечаний: ${problems.length} (${counts.join(", ")}).`,
      ...[...recognition.notes, ...notes].map(textInCell),
    ],
    main: problemsBlock(problems),
    above: [],
    problems: [],
  };
  if (ctx.municipality !== undefined) return [remarks];
  return [
    remarks,
    furtherSheet(
      "remarks",
      ctx,
      1,
      ["Таблицы, найденные в книге, и что означает каждая их колонка"],
      recognitionBlock(recognition),
    ),
  ];
}

/**
 * The remarks a one-municipality file carries: all but those on a row of another municipality's school (in the
 * schools list or a year's profiles); the plan's, the settings' and the workbook's stay.
 */
export function ownRemarks(
  problems: Problem[],
  data: Pick<WorkbookData, "schools" | "profileYears">,
  municipality: string | undefined,
): Problem[] {
  if (municipality === undefined) return problems;
  const others = new Set<string>();
  const schools: SchoolRecord[] = [...data.schools, ...(data.profileYears ?? []).flatMap((y) => y.schools)];
  for (const s of schools) if (!inMunicipality(s, municipality)) others.add(`${s.ref.sheet}\u0000${s.ref.row}`);
  return problems.filter(
    (p) => p.sheet === undefined || p.row === undefined || !others.has(`${p.sheet}\u0000${p.row}`),
  );
}

/** A «Файл» column first when the problems come from several files (the command line read more than one). */
function problemsBlock(problems: Problem[]): TableBlock {
  const files = problems.some((p) => p.file !== undefined);
  return table(problems, [
    files && { header: "Файл", format: "text", width: 24, wrap: true, value: (p) => p.file ?? "" },
    { header: "Лист", format: "text", width: 24, value: (p) => p.sheet ?? "" },
    { header: "Ячейка", format: "text", width: 10, value: placeInSheet },
    { header: "Замечание", format: "text", width: 90, wrap: true, value: (p) => textInCell(p.message) },
    {
      header: "Важность",
      format: "text",
      width: 16,
      value: (p) => SEVERITY_WORDS[p.severity],
      highlight: (p) => ({ fill: SEVERITY_COLORS[p.severity] }),
    },
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
    (t.columns.length === 0
      ? [""]
      : listInRows(
          t.columns.map((c) => c.meaning),
          "; ",
        )
    ).map((meanings, i) =>
      i === 0
        ? { sheet: t.sheet, range: t.range, meanings, table: t.period ? `${t.kind}; период: ${t.period}` : t.kind }
        : { sheet: "", range: "", meanings, table: "(продолжение)" },
    ),
  );
  return table(lines.length > 0 ? lines : [{ sheet: "", range: "", meanings: "", table: "таблицы не найдены" }], [
    { header: "Лист", format: "text", width: 24, value: (l) => l.sheet },
    { header: "Диапазон", format: "text", width: 10, value: (l) => l.range },
    { header: "Колонки", format: "text", width: 90, wrap: true, value: (l) => l.meanings },
    { header: "Таблица", format: "text", width: 16, wrap: true, value: (l) => l.table },
  ]);
}
