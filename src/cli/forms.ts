/**
 * `shnor forms <книга.xlsx>... --out-dir <папка> [--as-of] [--quarter ГГГГ-К] [--period]` (SPEC §10): one form per
 * municipality of the schools list, «Форма — <Муниципалитет>.xlsx», written into the folder and nothing else.
 * Its arguments are read by args.ts (COMMANDS.forms). Exit codes as `shnor report`: 0 forms written, 1 none could be
 * made or written, 2 usage error.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from "fs";
import { basename, join } from "path";
import { formatDay, today } from "../core/calendar";
import { problemPlace, SEVERITY_WORDS } from "../core/problems";
import { makeForms } from "../files/formsRun";
import { readInputs } from "../files/inputs";
import type { FormsCommand } from "./args";
import { checkFiles } from "./inputFiles";
import type { CliOutput } from "./main";
import { writeWhole } from "./reportFile";

/** At most this many problems go to stderr. */
const MAX_PROBLEM_LINES = 200;

export async function forms(command: FormsCommand, io: CliOutput): Promise<number> {
  const { outDir } = command;
  const fileProblems = checkFiles(command.inputs, join(outDir, "_"));
  if (existsSync(outDir) && !statSync(outDir).isDirectory())
    fileProblems.push(`--out-dir «${outDir}» — это файл, а не папка.`);
  // the folder is made below when it is missing: the check of the output's folder does not apply
  const problems = fileProblems.filter((m) => !m.startsWith("папка «"));
  if (problems.length > 0) {
    problems.forEach((m) => io.err(`Ошибка: ${m}`));
    io.err("Справка: shnor forms --help");
    return 2;
  }
  const { grids, reportSheets, notes } = await readInputs(
    command.inputs.map((input) => ({ label: input, name: basename(input), bytes: readFileSync(input) })),
  );
  notes.forEach((note) => io.err(note));
  const asOf = command.asOf ?? today();
  const run = await makeForms(grids, reportSheets, { asOf, quarter: command.quarter, period: command.period });
  for (const problem of run.problems.slice(0, MAX_PROBLEM_LINES)) {
    const place = problemPlace(problem);
    io.err(`${SEVERITY_WORDS[problem.severity]}: ${place ? `${place}: ` : ""}${problem.message}`);
  }
  if (run.kind === "refused") {
    io.err(`Ошибка: ${run.option ? `--${run.option}: ` : ""}${run.message} Формы не записаны.`);
    return run.option ? 2 : 1;
  }
  try {
    mkdirSync(outDir, { recursive: true });
    for (const file of run.files) await writeWhole(join(outDir, file.name), async () => file.bytes);
  } catch (error) {
    io.err(`Ошибка: формы не записаны в папку «${outDir}»: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  io.out(`Формы составлены ${formatDay(asOf)}.`);
  run.summary.forEach((line) => io.out(line));
  io.out(`Формы записаны в папку: ${outDir}`);
  return 0;
}
