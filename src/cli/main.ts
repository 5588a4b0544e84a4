/**
 * `shnor report <книга.xlsx>... --out <отчёты.xlsx>`: reads every sheet of every input, runs the engine and
 * writes a NEW workbook with the report sheets and «Замечания». Input files are never written.
 * Exit codes: 0 reports built, 1 nothing could be built (or an input could not be read), 2 usage error.
 */
import { readFileSync } from "fs";
import { basename } from "path";
import { formatDay, today, type Day } from "../core/calendar";
import type { SheetGrid } from "../core/cell";
import { errorText } from "../core/errorText";
import { problemPlace, type Problem, SEVERITY_WORDS } from "../core/problems";
import { SETTINGS_SHEET_NAME } from "../core/settingsSheet";
import { InputFileError } from "../files/inputFileError";
import { readInputs } from "../files/inputs";
import { runReports, splitMunicipalities } from "../files/reportRun";
import { type OwnProblems, splitOutputPaths, splitProblems } from "../files/split";
import { parseArgs, type ReportCommand, USAGE } from "./args";
import { checkFiles } from "./inputFiles";
import { writeXlsx } from "./reportFile";

export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

const CONSOLE: CliOutput = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** At most this many problems go to stderr; all of them are on the «Замечания» sheet. */
const MAX_PROBLEM_LINES = 200;

export async function main(argv: string[], io: CliOutput = CONSOLE): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind === "help") {
    io.out(USAGE);
    return 0;
  }
  if (parsed.kind === "usage") {
    io.err(`Ошибка: ${parsed.message}\n\n${USAGE}`);
    return 2;
  }
  const fileProblems = checkFiles(parsed.inputs, parsed.out);
  if (fileProblems.length > 0) {
    fileProblems.forEach((m) => io.err(`Ошибка: ${m}`));
    return 2;
  }
  try {
    return await report(parsed, io);
  } catch (error) {
    if (error instanceof InputFileError) {
      io.err(`Ошибка: ${error.message}`);
      return 1;
    }
    io.err(`Внутренняя ошибка: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  }
}

async function report(command: ReportCommand, io: CliOutput): Promise<number> {
  const { grids, reportSheets } = await readInputs(command.inputs.map((input) => ({ label: input, name: basename(input), bytes: readFileSync(input) })));
  const asOf: Day = command.asOf ?? today();
  if (command.split) return splitReport(grids, reportSheets, command, asOf, io);
  return (await writeReportFile(grids, reportSheets, command, asOf, command.municipality, command.out, io)).status;
}

/**
 * `--split`: the same run once per municipality of the schools list, each into its own file; the problems after
 * the files, once (splitProblems: those of every run, then each municipality's own, labelled).
 */
async function splitReport(grids: SheetGrid[], reportSheets: Set<string>, command: ReportCommand, asOf: Day, io: CliOutput): Promise<number> {
  const municipalities = splitMunicipalities(grids, reportSheets);
  if (municipalities.length === 0) {
    io.err("Ошибка: --split: в списке школ не найдено ни одного муниципалитета (колонка «Муниципалитет» / «Муниципальный район»). Файлы не записаны.");
    return 1;
  }
  let status = 0;
  const runs: OwnProblems[] = [];
  for (const { municipality, path } of splitOutputPaths(command.out, municipalities)) {
    io.out(`— ${municipality}:`);
    const written = await writeReportFile(grids, reportSheets, command, asOf, municipality, path, io);
    // A refused quarter lies outside the plans of every municipality alike: the others would be refused too.
    if (written.problems === undefined) return written.status;
    status = Math.max(status, written.status);
    runs.push({ municipality, problems: written.problems });
  }
  const { common, own } = splitProblems(runs);
  printProblems([...common.map((problem) => ({ problem })), ...own.flatMap(({ municipality, problems }) => problems.map((problem) => ({ problem, municipality })))], io);
  return status;
}

/**
 * One report file; its problems are printed here, or, for --split, returned to be printed once for all files.
 * No problems returned: the run was refused.
 */
async function writeReportFile(
  grids: SheetGrid[],
  reportSheets: Set<string>,
  command: ReportCommand,
  asOf: Day,
  municipality: string | undefined,
  out: string,
  io: CliOutput,
): Promise<{ status: number; problems?: Problem[] }> {
  const run = runReports(grids, reportSheets, { asOf, municipality, period: command.period, quarter: command.quarter, withSettings: command.withSettings });
  if (run.kind === "refused") {
    // A report of a quarter the plans do not cover would be empty, sheets for a mistyped municipality would look
    // like «no risks»: nothing is written.
    io.err(`Ошибка: --${run.option}: ${run.message} Файл «${out}» не записан.`);
    return { status: 2 };
  }
  const { result } = run;
  const problems = result.problems;
  if (!command.split) printProblems(problems.map((problem) => ({ problem })), io);
  if (run.kind === "nothing") {
    result.summary.forEach((line) => io.err(line));
    io.err(`Файл «${out}» не записан.`);
    return { status: 1, problems };
  }
  let names: string[];
  try {
    names = await writeXlsx(run.layouts, out, { settingsRows: run.settingsRows, title: run.title });
  } catch (error) {
    io.err(`Ошибка: не удалось записать «${out}»: ${writeErrorText(error)}`);
    return { status: 1, problems };
  }
  io.out(`Отчёты по состоянию на ${formatDay(asOf)}.`);
  result.summary.forEach((line) => io.out(line));
  io.out(`Листы: ${names.map((n) => `«${n}»`).join(", ")}.`);
  io.out(`Отчёты записаны: ${out}`);
  if (!command.withSettings && grids.some((g) => g.name === SETTINGS_SHEET_NAME)) {
    io.out(`Лист «${SETTINGS_SHEET_NAME}» в файл не записан: в нём нет ничего скрытого (записать лист — --with-settings).`);
  }
  return { status: 0, problems };
}

/** A locked or forbidden file in the user's words; anything else as the system says it. */
function writeErrorText(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "EBUSY" || code === "EPERM") return "файл открыт в другой программе (например, в Excel) или защищён от записи: закройте его и повторите.";
  if (code === "EACCES") return "нет прав на запись в эту папку.";
  if (code === "ENOSPC") return "на диске нет места.";
  return errorText(error);
}

/** A problem of one municipality's file (--split) is labelled with it: «Тарский МР — ошибка: лист …». */
function printProblems(lines: { problem: Problem; municipality?: string }[], io: CliOutput): void {
  for (const { problem, municipality } of lines.slice(0, MAX_PROBLEM_LINES)) {
    const place = problemPlace(problem);
    io.err(`${municipality === undefined ? "" : `${municipality} — `}${SEVERITY_WORDS[problem.severity]}: ${place ? `${place}: ` : ""}${problem.message}`);
  }
  if (lines.length > MAX_PROBLEM_LINES) {
    io.err(`… и ещё ${lines.length - MAX_PROBLEM_LINES} замечаний: все они на листе «Замечания».`);
  }
}
