/**
 * `shnor report <книга.xlsx>... --out <отчёты.xlsx>`: reads every sheet of every input, runs the engine and
 * writes a NEW workbook with the report sheets and «Замечания». Input files are never written. `shnor forms` is
 * forms.ts; both are entries of RUNS, their arguments read by args.ts.
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
import { runReports, unwrittenSummary } from "../files/reportRun";
import { runSplit } from "../files/split";
import { type Command, parseArgs, type ReportCommand } from "./args";
import { forms } from "./forms";
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

/** At most this many lines name the files' problems before the help line (four lines in all). */
const MAX_FILE_LINES = 3;

/** Each command's run, by its kind (args.ts, COMMANDS, reads its arguments). */
const RUNS: { [K in Command["kind"]]: (command: Extract<Command, { kind: K }>, io: CliOutput) => Promise<number> } = {
  report,
  forms,
};

export async function main(argv: string[], io: CliOutput = CONSOLE): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind === "help") {
    io.out(parsed.text);
    return 0;
  }
  if (parsed.kind === "usage") {
    io.err(`Ошибка: ${parsed.message}`);
    io.err(`Справка: ${parsed.help}`);
    return 2;
  }
  try {
    return await (RUNS[parsed.kind] as (command: Command, io: CliOutput) => Promise<number>)(parsed, io);
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
  const fileProblems = checkFiles(command.inputs, command.out);
  if (fileProblems.length > 0) {
    const shown =
      fileProblems.length > MAX_FILE_LINES
        ? [
            ...fileProblems.slice(0, MAX_FILE_LINES - 1),
            `… и ещё ${fileProblems.length - MAX_FILE_LINES + 1} таких ошибок.`,
          ]
        : fileProblems;
    shown.forEach((m) => io.err(`Ошибка: ${m}`));
    io.err("Справка: shnor report --help");
    return 2;
  }
  const { grids, reportSheets, notes } = await readInputs(
    command.inputs.map((input) => ({ label: input, name: basename(input), bytes: readFileSync(input) })),
  );
  notes.forEach((note) => io.err(note));
  const asOf: Day = command.asOf ?? today();
  if (command.split) return splitReport(grids, reportSheets, command, asOf, io);
  return writeReportFile(grids, reportSheets, command, asOf, io);
}

/** `--split`: a file per municipality (src/files/split.ts, runSplit); what every file's run says, once. */
async function splitReport(
  grids: SheetGrid[],
  reportSheets: Set<string>,
  command: ReportCommand,
  asOf: Day,
  io: CliOutput,
): Promise<number> {
  const options = { asOf, period: command.period, quarter: command.quarter, withSettings: command.withSettings };
  const split = await runSplit(grids, reportSheets, options, command.out, async (run, path) => {
    try {
      const names = await writeXlsx(run.layouts, path, { settingsRows: run.settingsRows, title: run.title });
      return { lines: [sheetsLine(names)] };
    } catch (error) {
      return { error: `не удалось записать «${path}»: ${writeErrorText(error)}` };
    }
  });
  if (split.kind === "refused") {
    io.err(`Ошибка: ${split.message} Файлы не записаны.`);
    return split.why === "argument" ? 2 : 1;
  }
  io.out(`Отчёты по состоянию на ${formatDay(asOf)}.`);
  split.lines.forEach((line) => io.out(line));
  for (const file of split.files) {
    if (file.notMade === undefined) io.out(`— ${file.municipality}: ${file.path}`);
    else io.err(`— ${file.municipality}: файл «${file.path}» не записан: ${file.notMade}.`);
    file.lines.forEach((line) => io.out(`  ${line}`));
  }
  settingsNote(grids, command, io);
  printProblems(
    [
      ...split.problems.map((problem) => ({ problem })),
      ...split.files.flatMap(({ municipality, problems }) => problems.map((problem) => ({ problem, municipality }))),
    ],
    io,
  );
  return split.files.some((f) => f.notMade !== undefined) ? 1 : 0;
}

/** One report file, and its problems. */
async function writeReportFile(
  grids: SheetGrid[],
  reportSheets: Set<string>,
  command: ReportCommand,
  asOf: Day,
  io: CliOutput,
): Promise<number> {
  const { out } = command;
  const run = runReports(grids, reportSheets, {
    asOf,
    municipality: command.municipality,
    period: command.period,
    quarter: command.quarter,
    withSettings: command.withSettings,
  });
  if (run.kind === "refused") {
    // A report of a quarter the plans do not cover would be empty, sheets for a mistyped municipality would look
    // like «no risks»: nothing is written.
    io.err(`Ошибка: ${run.message} Файл «${out}» не записан.`);
    return 2;
  }
  const { result } = run;
  printProblems(
    result.problems.map((problem) => ({ problem })),
    io,
  );
  if (run.kind === "nothing") {
    unwrittenSummary(result).forEach((line) => io.err(line));
    io.err(`Файл «${out}» не записан.`);
    return 1;
  }
  let names: string[];
  try {
    names = await writeXlsx(run.layouts, out, { settingsRows: run.settingsRows, title: run.title });
  } catch (error) {
    io.err(`Ошибка: не удалось записать «${out}»: ${writeErrorText(error)}`);
    return 1;
  }
  io.out(`Отчёты по состоянию на ${formatDay(asOf)}.`);
  result.summary.forEach((line) => io.out(line));
  io.out(sheetsLine(names));
  io.out(`Отчёты записаны: ${out}`);
  settingsNote(grids, command, io);
  return 0;
}

function sheetsLine(names: string[]): string {
  return `Листы: ${names.map((n) => `«${n}»`).join(", ")}.`;
}

/** A settings sheet read but not written: said once, and how to write it. */
function settingsNote(grids: SheetGrid[], command: ReportCommand, io: CliOutput): void {
  if (!command.withSettings && grids.some((g) => g.name === SETTINGS_SHEET_NAME)) {
    io.out(
      `Лист «${SETTINGS_SHEET_NAME}» в файл не записан: в нём нет ничего скрытого (записать лист — --with-settings).`,
    );
  }
}

/** A locked or forbidden file in the user's words; anything else as the system says it. */
function writeErrorText(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "EBUSY" || code === "EPERM")
    return "файл открыт в другой программе (например, в Excel) или защищён от записи: закройте его и повторите.";
  if (code === "EACCES") return "нет прав на запись в эту папку.";
  if (code === "ENOSPC") return "на диске нет места.";
  return errorText(error);
}

/** A problem of one municipality's file (--split) is labelled with it: «Тарский МР — ошибка: лист …». */
function printProblems(lines: { problem: Problem; municipality?: string }[], io: CliOutput): void {
  for (const { problem, municipality } of lines.slice(0, MAX_PROBLEM_LINES)) {
    const place = problemPlace(problem);
    io.err(
      `${municipality === undefined ? "" : `${municipality} — `}${SEVERITY_WORDS[problem.severity]}: ${place ? `${place}: ` : ""}${problem.message}`,
    );
  }
  if (lines.length > MAX_PROBLEM_LINES) {
    io.err(`… и ещё ${lines.length - MAX_PROBLEM_LINES} замечаний: все они на листе «Замечания».`);
  }
}
