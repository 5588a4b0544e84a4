/**
 * `shnor forms <книга.xlsx>... --out-dir <папка> [--as-of] [--quarter ГГГГ-К] [--period]` (SPEC §10): one form per
 * municipality of the schools list, «Форма — <Муниципалитет>.xlsx», written into the folder and nothing else.
 * Exit codes as `shnor report`: 0 forms written, 1 none could be made or written, 2 usage error.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from "fs";
import { basename, join } from "path";
import { parseArgs } from "util";
import { type Day, formatDay, parseDottedDay, parseIsoDay, today } from "../core/calendar";
import { problemPlace, SEVERITY_WORDS } from "../core/problems";
import { InputFileError } from "../files/inputFileError";
import { readInputs } from "../files/inputs";
import { makeForms } from "../files/formsRun";
import { checkFiles } from "./inputFiles";
import type { CliOutput } from "./main";
import { writeWhole } from "./reportFile";

export const FORMS_USAGE = `Использование:
  shnor forms <книга.xlsx>... --out-dir <папка> [--as-of ГГГГ-ММ-ДД] [--quarter ГГГГ-К] [--period <период>]

Составляет формы квартального отчёта для муниципалитетов: по одной книге «Форма — <Муниципалитет>.xlsx» на каждый
муниципалитет списка школ, с листами «Отчёт МОУО» (пункты плана, за которые отвечает муниципалитет; отметка и дата
выполнения — из списка) и «Показатели ОО» (школы муниципалитета и их показатели из списка). Заполненные формы
сводятся командой shnor report <книга.xlsx> <формы…> --out <отчёты.xlsx>. Исходные файлы не изменяются.

  --out-dir  папка для форм (создаётся, если её нет; формы с теми же именами заменяются)
  --as-of    дата составления форм: 2021-06-15 или 15.06.2021 (по умолчанию — сегодня)
  --quarter  квартал отчёта: 2021-3; по умолчанию — последний квартал периода плана, закончившийся к --as-of
  --period   период плана: 2021-2022 | "2020-2021 учебный год" | 2021-01-01..2022-12-31
  --help     эта справка

Код завершения: 0 — формы записаны; 1 — формы составить или записать нельзя; 2 — ошибка в аргументах.`;

type Parsed = { kind: "help" } | { kind: "usage"; message: string } | { kind: "forms"; inputs: string[]; outDir: string; asOf?: Day; quarter?: string; period?: string };

export function parseFormsArgs(argv: string[]): Parsed {
  let values: { "out-dir"?: string; "as-of"?: string; quarter?: string; period?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { "out-dir": { type: "string" }, "as-of": { type: "string" }, quarter: { type: "string" }, period: { type: "string" }, help: { type: "boolean", short: "h" } },
    }));
  } catch (error) {
    const option = /'([^']+)'/.exec(error instanceof Error ? error.message : "")?.[1] ?? "";
    return { kind: "usage", message: `неизвестный параметр или параметр без значения${option ? ` «${option}»` : ""}.` };
  }
  if (values.help) return { kind: "help" };
  if (positionals.length === 0) return { kind: "usage", message: "не указано ни одной книги .xlsx." };
  const outDir = values["out-dir"]?.trim();
  if (!outDir) return { kind: "usage", message: "не указана папка для форм: --out-dir <папка>." };
  const parsed: Parsed = { kind: "forms", inputs: positionals, outDir };
  if (values["as-of"] !== undefined) {
    const asOf = parseIsoDay(values["as-of"]) ?? parseDottedDay(values["as-of"]);
    if (asOf === null) return { kind: "usage", message: `дата --as-of «${values["as-of"]}» не распознана: укажите ГГГГ-ММ-ДД (2021-06-15) или ДД.ММ.ГГГГ.` };
    parsed.asOf = asOf;
  }
  if (values.quarter !== undefined) parsed.quarter = values.quarter;
  if (values.period !== undefined) parsed.period = values.period;
  return parsed;
}

export async function formsMain(argv: string[], io: CliOutput): Promise<number> {
  const parsed = parseFormsArgs(argv);
  if (parsed.kind === "help") {
    io.out(FORMS_USAGE);
    return 0;
  }
  if (parsed.kind === "usage") {
    io.err(`Ошибка: ${parsed.message}\n\n${FORMS_USAGE}`);
    return 2;
  }
  const fileProblems = checkFiles(parsed.inputs, join(parsed.outDir, "_"));
  if (existsSync(parsed.outDir) && !statSync(parsed.outDir).isDirectory()) fileProblems.push(`--out-dir «${parsed.outDir}» — это файл, а не папка.`);
  // the folder is made below when it is missing: the check of the output's folder does not apply
  const problems = fileProblems.filter((m) => !m.startsWith("папка «"));
  if (problems.length > 0) {
    problems.forEach((m) => io.err(`Ошибка: ${m}`));
    return 2;
  }
  try {
    const { grids, reportSheets } = await readInputs(parsed.inputs.map((input) => ({ label: input, name: basename(input), bytes: readFileSync(input) })));
    const asOf = parsed.asOf ?? today();
    const run = await makeForms(grids, reportSheets, { asOf, quarter: parsed.quarter, period: parsed.period });
    for (const problem of run.problems.slice(0, 200)) {
      const place = problemPlace(problem);
      io.err(`${SEVERITY_WORDS[problem.severity]}: ${place ? `${place}: ` : ""}${problem.message}`);
    }
    if (run.kind === "refused") {
      io.err(`Ошибка: ${run.option ? `--${run.option}: ` : ""}${run.message} Формы не записаны.`);
      return run.option ? 2 : 1;
    }
    mkdirSync(parsed.outDir, { recursive: true });
    for (const file of run.files) await writeWhole(join(parsed.outDir, file.name), async () => file.bytes);
    io.out(`Формы составлены ${formatDay(asOf)}.`);
    run.summary.forEach((line) => io.out(line));
    io.out(`Формы записаны в папку: ${parsed.outDir}`);
    return 0;
  } catch (error) {
    if (error instanceof InputFileError) {
      io.err(`Ошибка: ${error.message}`);
      return 1;
    }
    io.err(`Ошибка: формы не записаны: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
