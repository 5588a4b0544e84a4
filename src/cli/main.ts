/**
 * `shnor report <книга.xlsx>... --out <отчёты.xlsx>`: reads every sheet of every input, runs the engine and
 * writes a NEW workbook with the report sheets and «Замечания». Input files are never written.
 * Exit codes: 0 reports built, 1 nothing could be built (or an input could not be read), 2 usage error.
 */
import { basename } from "path";
import { formatDay, today, type Day } from "../core/calendar";
import type { SheetGrid } from "../core/cell";
import { problemPlace, type Problem } from "../core/problems";
import { SETTINGS_SHEET_NAME, settingsToRows } from "../core/settingsSheet";
import { readWorkbook } from "../core/tables/readWorkbook";
import { reportTitle } from "../reports/common";
import { runEngine } from "../reports/engine";
import { layoutSheet } from "../reports/layout";
import type { SheetDescription } from "../reports/model";
import { SEVERITY_WORDS } from "../reports/remarksReport";
import { parseArgs, type ReportCommand, USAGE } from "./args";
import { checkFiles, looksLikeXlsx } from "./inputFiles";
import { InputFileError } from "./inputFileError";
import { readXlsx } from "./readXlsx";
import { municipalitiesOf } from "../core/risk/scope";
import { splitOutputPaths } from "./split";
import { writeXlsx } from "./writeXlsx";

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
  const { grids, reportSheets } = await readInputs(command.inputs);
  const asOf: Day = command.asOf ?? today();
  if (command.split) return splitReport(grids, reportSheets, command, asOf, io);
  return writeReportFile(grids, reportSheets, command, asOf, command.municipality, command.out, io);
}

/** `--split`: the same run once per municipality of the schools list, each into its own file. */
async function splitReport(grids: SheetGrid[], reportSheets: Set<string>, command: ReportCommand, asOf: Day, io: CliOutput): Promise<number> {
  const settings = runEngine(grids, reportSheets, { asOf }, []).settings;
  const municipalities = municipalitiesOf(readWorkbook(grids, settings, reportSheets));
  if (municipalities.length === 0) {
    io.err("Ошибка: --split: в списке школ не найдено ни одного муниципалитета (колонка «Муниципалитет» / «Муниципальный район»). Файлы не записаны.");
    return 1;
  }
  let status = 0;
  for (const { municipality, path } of splitOutputPaths(command.out, municipalities)) {
    io.out(`— ${municipality}:`);
    status = Math.max(status, await writeReportFile(grids, reportSheets, command, asOf, municipality, path, io));
  }
  return status;
}

async function writeReportFile(
  grids: SheetGrid[],
  reportSheets: Set<string>,
  command: ReportCommand,
  asOf: Day,
  municipality: string | undefined,
  out: string,
  io: CliOutput,
): Promise<number> {
  const result = runEngine(grids, reportSheets, {
    asOf,
    municipality,
    planPeriodText: command.period,
    quarterText: command.quarter,
  });
  if (result.quarterRefused !== undefined) {
    // A report of a quarter the plans do not cover would be empty: nothing is written.
    io.err(`Ошибка: --quarter: ${result.quarterRefused} Файл «${out}» не записан.`);
    return 2;
  }
  if (result.municipalityRefused !== undefined) {
    // Empty sheets for a mistyped municipality look like «no risks»: nothing is written.
    io.err(`Ошибка: --municipality: ${result.municipalityRefused} Файл «${out}» не записан.`);
    return 2;
  }
  printProblems(result.problems, io);
  const built = result.sheets.filter((s) => s.reportId !== "remarks");
  if (built.length === 0) {
    result.summary.forEach((line) => io.err(line));
    io.err(`Файл «${out}» не записан.`);
    return 1;
  }
  // A file for sending carries nothing hidden; --with-settings adds the settings in force, so a run on it reads them.
  const settingsRows = command.withSettings ? settingsToRows(result.settings) : undefined;
  let names: string[];
  try {
    names = await writeXlsx(result.sheets.map(layoutSheet), out, { settingsRows, title: fileTitle(built, asOf, municipality) });
  } catch (error) {
    io.err(`Ошибка: не удалось записать «${out}»: ${writeErrorText(error)}`);
    return 1;
  }
  io.out(`Отчёты по состоянию на ${formatDay(asOf)}.`);
  result.summary.forEach((line) => io.out(line));
  io.out(`Листы: ${names.map((n) => `«${n}»`).join(", ")}.`);
  io.out(`Отчёты записаны: ${out}`);
  if (!command.withSettings && grids.some((g) => g.name === SETTINGS_SHEET_NAME)) {
    io.out(`Лист «${SETTINGS_SHEET_NAME}» в файл не записан: в нём нет ничего скрытого (записать лист — --with-settings).`);
  }
  return 0;
}

/**
 * The file's title: the report's own title when the file holds one report (besides «Замечания»), «Отчёты ШНОР по
 * состоянию на …» when several — what a mail client or Excel's «Сведения» shows the recipient; with the
 * municipality, since --split sends each МОУО a file of its own.
 */
export function fileTitle(built: SheetDescription[], asOf: Day, municipality: string | undefined): string {
  const title = built.length === 1 ? built[0].title : reportTitle("Отчёты ШНОР", asOf);
  return municipality === undefined ? title : `${title} — ${municipality}`;
}

/** A locked or forbidden file in the user's words; anything else as the system says it. */
function writeErrorText(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "EBUSY" || code === "EPERM") return "файл открыт в другой программе (например, в Excel) или защищён от записи: закройте его и повторите.";
  if (code === "EACCES") return "нет прав на запись в эту папку.";
  if (code === "ENOSPC") return "на диске нет места.";
  return error instanceof Error ? error.message : String(error);
}

/** Every sheet of every input; a sheet name met again in a later file gets that file's name, so remarks stay unambiguous. */
async function readInputs(inputs: string[]): Promise<{ grids: SheetGrid[]; reportSheets: Set<string> }> {
  const grids: SheetGrid[] = [];
  const reportSheets = new Set<string>();
  const taken = new Set<string>();
  for (const input of inputs) {
    if (!looksLikeXlsx(input)) throw new InputFileError(`файл «${input}» не является книгой Excel .xlsx.`);
    const content = await readXlsx(input);
    for (const grid of content.grids) {
      const name = taken.has(grid.name) ? `${grid.name} [${basename(input)}]` : grid.name;
      taken.add(name);
      grids.push({ ...grid, name, file: basename(input) });
      if (content.reportSheets.has(grid.name)) reportSheets.add(name);
    }
  }
  return { grids, reportSheets };
}

function printProblems(problems: Problem[], io: CliOutput): void {
  for (const p of problems.slice(0, MAX_PROBLEM_LINES)) {
    const place = problemPlace(p);
    io.err(`${SEVERITY_WORDS[p.severity]}: ${place ? `${place}: ` : ""}${p.message}`);
  }
  if (problems.length > MAX_PROBLEM_LINES) {
    io.err(`… и ещё ${problems.length - MAX_PROBLEM_LINES} замечаний: все они на листе «Замечания».`);
  }
}
