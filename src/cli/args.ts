/**
 * The command line's arguments: `shnor <команда> …`, each command one entry of COMMANDS (its help, its options, how
 * its values are read). Node's util.parseArgs splits the words; the messages are ours: one line naming the problem,
 * and an unknown option is answered with the option it most likely means.
 */
import { parseArgs as splitArgs } from "util";
import { type Day, readTypedDay } from "../core/calendar";
import { PLAN_PERIOD_HINT, parsePlanPeriod } from "../core/periodText";
import { parseQuarter } from "../core/plan/quarter";
import { DEFAULT_SETTINGS } from "../core/settings";
import { SETTINGS_SHEET_NAME } from "../core/settingsSheet";
import { DATA_SHEET_NAMES, REMARKS } from "../reports/registry";

/** Every report sheet but «Замечания», as the usage lists them: five to a line. */
const DATA_SHEETS = DATA_SHEET_NAMES.map((name, i) => `${i > 0 && i % 5 === 0 ? "\n" : ""}«${name}»`)
  .join(", ")
  .replace(/ \n/g, "\n");

/** The report command's usage (its list of reports is the registry's). */
export const USAGE = `Использование:
  shnor report <книга.xlsx>... --out <отчёты.xlsx> [--as-of ДД.ММ.ГГГГ] [--period <период>] [--municipality "<название>"] [--split]
                [--quarter ГГГГ-К] [--with-settings]

Читает все листы указанных книг и записывает НОВУЮ книгу с листами отчётов, которые позволяют данные
(${DATA_SHEETS}), и «${REMARKS.sheetName}».
Правила отчётов берутся с листа «${SETTINGS_SHEET_NAME}» книги, если он есть. Исходные файлы не изменяются.

  --out            куда записать отчёты (.xlsx; существующий файл будет заменён)
  --as-of          «на дату» отчётов: 15.06.2021 или 2021-06-15 (по умолчанию — сегодня)
  --period         период плана: 2021-2022 | "2020-2021 учебный год" | 2021-01-01..2022-12-31
  --municipality   только школы этого муниципалитета: его название или начальные слова названия
                   («Калачинский» — «Калачинский муниципальный район»); не найден или подходит к нескольким — код 2
  --quarter        квартал «Отчёта за квартал»: 2021-3 (III квартал 2021 года); по умолчанию — последний квартал,
                   закончившийся к «на дату»; вне периода каждого плана — код 2, файл не записывается
  --split          отдельный файл на каждый муниципалитет: <отчёты>-<Муниципалитет>.xlsx рядом с --out
  --with-settings  записать в файл и скрытый лист «${SETTINGS_SHEET_NAME}» (правила этого запуска), чтобы
                   следующий запуск на этом файле взял те же правила; без него в файле нет ничего скрытого
  --help           эта справка

Код завершения: 0 — отчёты построены; 1 — ни один отчёт построить нельзя или книгу не удалось прочитать;
2 — ошибка в аргументах.`;

/** The forms command's usage. */
export const FORMS_USAGE = `Использование:
  shnor forms <книга.xlsx>... --out-dir <папка> [--as-of ДД.ММ.ГГГГ] [--quarter ГГГГ-К] [--period <период>]

Составляет формы квартального отчёта для муниципалитетов: по одной книге «Форма — <Муниципалитет>.xlsx» на каждый
муниципалитет списка школ, с листами «Отчёт МОУО» (пункты плана, за которые отвечает муниципалитет; отметка и дата
выполнения — из списка) и «Показатели ОО» (школы муниципалитета и их показатели из списка). Заполненные формы
сводятся командой shnor report <книга.xlsx> <формы…> --out <отчёты.xlsx>. Исходные файлы не изменяются.

  --out-dir  папка для форм (создаётся, если её нет; формы с теми же именами заменяются)
  --as-of    дата составления форм: 15.06.2021 или 2021-06-15 (по умолчанию — сегодня)
  --quarter  квартал отчёта: 2021-3 (III квартал 2021 года); по умолчанию — последний квартал периода плана,
             закончившийся к --as-of; вне периода плана — код 2, формы не записываются
  --period   период плана: 2021-2022 | "2020-2021 учебный год" | 2021-01-01..2022-12-31
  --help     эта справка

Код завершения: 0 — формы записаны; 1 — формы составить или записать нельзя; 2 — ошибка в аргументах.`;

export interface ReportCommand {
  kind: "report";
  inputs: string[];
  out: string;
  /** Absent = today. */
  asOf?: Day;
  period?: string;
  /** «2021-3»: the quarter of «Отчёт за квартал». */
  quarter?: string;
  municipality?: string;
  /** One file per municipality (--split). */
  split?: boolean;
  /** The hidden settings sheet goes into the output too (--with-settings). */
  withSettings?: boolean;
}

/** `shnor forms` (SPEC §10): the municipalities' forms into a folder. */
export interface FormsCommand {
  kind: "forms";
  inputs: string[];
  outDir: string;
  /** Absent = today. */
  asOf?: Day;
  period?: string;
  /** «2021-3»: the quarter the forms report on. */
  quarter?: string;
}

/** A command with its arguments read (one kind per entry of COMMANDS). */
export type Command = ReportCommand | FormsCommand;

/** What a run of shnor is asked: a command, its help, or a usage error (`help` is the command that shows the help). */
export type ParsedArgs = Command | { kind: "help"; text: string } | { kind: "usage"; message: string; help: string };

/** The words a user may type for the options both commands share. */
const AS_OF: OptionSpec = { value: true, meaning: ["date", "дата", "asof", "на", "надату", "day", "день", "on", "at"] };
const PERIOD: OptionSpec = { value: true, meaning: ["период", "year", "years", "год", "годы", "plan"] };
const QUARTER: OptionSpec = { value: true, meaning: ["квартал", "кв", "q"] };
const HELP: OptionSpec = { value: false, meaning: ["h", "справка", "помощь", "?"] };

/** An option: whether it takes a value, and the words a user may type for it (besides its own name). */
interface OptionSpec {
  value: boolean;
  meaning: string[];
}

/** The options as typed: a value, or true for a flag. */
type Values = Map<string, string | true>;

interface CommandSpec {
  /** One line in `shnor --help`. */
  summary: string;
  usage: string;
  options: Record<string, OptionSpec>;
  /** The values as typed (a flag: true) and the positionals → the command, or the problem in one sentence. */
  read(values: Values, positionals: string[]): Command | string;
}

const COMMANDS: Record<string, CommandSpec> = {
  report: {
    summary: "shnor report <книга.xlsx>... --out <отчёты.xlsx> — построить отчёты по книгам",
    usage: USAGE,
    options: {
      out: {
        value: true,
        meaning: ["output", "o", "выход", "файл", "result", "результат", "отчёты", "отчеты", "save", "to"],
      },
      "as-of": AS_OF,
      period: PERIOD,
      municipality: {
        value: true,
        meaning: [
          "муниципалитет",
          "муниципальный",
          "район",
          "мо",
          "моуо",
          "municipal",
          "district",
          "territory",
          "территория",
        ],
      },
      quarter: QUARTER,
      split: { value: false, meaning: ["разделить", "каждый", "each", "separate", "files", "файлы"] },
      "with-settings": { value: false, meaning: ["settings", "настройки", "config"] },
      help: HELP,
    },
    read: readReport,
  },
  forms: {
    summary: "shnor forms <книга.xlsx>... --out-dir <папка> — составить формы квартального отчёта для муниципалитетов",
    usage: FORMS_USAGE,
    options: {
      "out-dir": {
        value: true,
        meaning: ["out", "output", "o", "dir", "folder", "directory", "папка", "каталог", "outdir", "to"],
      },
      "as-of": AS_OF,
      period: PERIOD,
      quarter: QUARTER,
      help: HELP,
    },
    read: readForms,
  },
};

const TOP_USAGE = `Использование: shnor <команда> …

${Object.values(COMMANDS)
  .map((c) => `  ${c.summary}`)
  .join("\n")}

Справка по команде: shnor <команда> --help.`;

export function parseArgs(argv: string[]): ParsedArgs {
  const [name, ...rest] = argv;
  const spec = name !== undefined && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (spec === undefined) {
    if (argv.some(isHelp)) return { kind: "help", text: `${TOP_USAGE}\n\n${USAGE}` };
    const known = Object.keys(COMMANDS)
      .map((c) => `«${c}»`)
      .join(", ");
    if (name === undefined || name.startsWith("-"))
      return { kind: "usage", message: `не указана команда: есть ${known}.`, help: "shnor --help" };
    return { kind: "usage", message: `неизвестная команда «${name}»: есть ${known}.`, help: "shnor --help" };
  }
  const usage = (message: string): ParsedArgs => ({ kind: "usage", message, help: `shnor ${name} --help` });
  if (rest.some(isHelp)) return { kind: "help", text: spec.usage };

  const { tokens } = splitArgs({ args: rest, options: {}, strict: false, allowPositionals: true, tokens: true });
  const values = new Map<string, string | true>();
  const positionals: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === "positional") positionals.push(token.value);
    if (token.kind !== "option") continue;
    const option = Object.hasOwn(spec.options, token.name) ? spec.options[token.name] : undefined;
    if (option === undefined) return usage(unknownOption(token.rawName, spec));
    if (values.has(token.name)) return usage(`параметр ${token.rawName} указан дважды.`);
    if (!option.value) {
      if (token.value !== undefined) return usage(`параметр ${token.rawName} указывается без значения.`);
      values.set(token.name, true);
      continue;
    }
    // A string option's value is its «=…» or the next word, unless that word is another option.
    let value = token.value;
    if (value === undefined) {
      const next = tokens[i + 1];
      if (next?.kind === "positional") {
        value = next.value;
        i++;
      }
    }
    if (value === undefined || value.trim() === "" || (!token.inlineValue && value.startsWith("--")))
      return usage(`у параметра ${token.rawName} нет значения.`);
    values.set(token.name, value.trim());
  }
  const read = spec.read(values, positionals);
  return typeof read === "string" ? usage(read) : read;
}

function isHelp(arg: string): boolean {
  return arg === "--help" || arg === "-h";
}

function textOf(values: Values, name: string): string | undefined {
  const value = values.get(name);
  return typeof value === "string" ? value : undefined;
}

/** --as-of, --period and --quarter, read alike by every command; or the problem in one sentence. */
function readRunOptions(values: Values): { asOf?: Day; period?: string; quarter?: string } | string {
  const read: { asOf?: Day; period?: string; quarter?: string } = {};
  const asOf = textOf(values, "as-of");
  if (asOf !== undefined) {
    const day = readTypedDay(asOf);
    if (typeof day === "string") return `--as-of ${day}.`;
    read.asOf = day;
  }
  const period = textOf(values, "period");
  if (period !== undefined) {
    // Only whether it reads: the engine parses it again with the school-year end of the workbook's settings.
    if (parsePlanPeriod(period, DEFAULT_SETTINGS.schoolYearEnd, "run") === null)
      return `--period «${period}» не распознан: ${PLAN_PERIOD_HINT}.`;
    read.period = period;
  }
  const quarter = textOf(values, "quarter");
  if (quarter !== undefined) {
    // Only whether it reads: whether it falls in a plan's period is the engine's (it knows the plans).
    if (parseQuarter(quarter) === null)
      return `--quarter «${quarter}» не распознан: укажите год и номер квартала, например 2021-3.`;
    read.quarter = quarter;
  }
  return read;
}

function readReport(values: Values, inputs: string[]): ReportCommand | string {
  if (inputs.length === 0) return "не указано ни одной книги .xlsx.";
  const out = textOf(values, "out");
  if (out === undefined) return "не указан файл для отчётов: --out <отчёты.xlsx>.";
  if (!/\.xlsx$/i.test(out)) return `файл отчётов «${out}» должен иметь расширение .xlsx.`;
  const run = readRunOptions(values);
  if (typeof run === "string") return run;
  const parsed: ReportCommand = { kind: "report", inputs, out, ...run };
  const municipality = textOf(values, "municipality");
  if (municipality !== undefined) parsed.municipality = municipality;
  if (values.has("split")) {
    if (municipality !== undefined)
      return "--split и --municipality вместе не указываются: --split сам строит файл для каждого муниципалитета.";
    parsed.split = true;
  }
  if (values.has("with-settings")) parsed.withSettings = true;
  return parsed;
}

function readForms(values: Values, inputs: string[]): FormsCommand | string {
  if (inputs.length === 0) return "не указано ни одной книги .xlsx.";
  const outDir = textOf(values, "out-dir");
  if (outDir === undefined) return "не указана папка для форм: --out-dir <папка>.";
  const run = readRunOptions(values);
  return typeof run === "string" ? run : { kind: "forms", inputs, outDir, ...run };
}

/** «--date» → «… может быть, --as-of?»: by meaning first (the option's words), then by spelling. */
function unknownOption(raw: string, spec: CommandSpec): string {
  const guess = likelyOption(raw, spec.options);
  return `неизвестный параметр «${raw}»${guess === undefined ? "" : `: может быть, --${guess}?`}`;
}

function likelyOption(raw: string, options: Record<string, OptionSpec>): string | undefined {
  const typed = raw.replace(/^-+/, "").toLowerCase().replace(/ё/g, "е").replace(/_/g, "-");
  const words = [typed.replace(/-/g, ""), ...typed.split("-")];
  const byMeaning = Object.entries(options).find(([, o]) => o.meaning.some((m) => words.includes(m)));
  if (byMeaning) return byMeaning[0];
  const names = Object.keys(options);
  const [nearest] = names
    .map((name) => ({ name, distance: editDistance(typed, name) }))
    .sort((a, b) => a.distance - b.distance);
  return nearest.distance <= Math.max(1, Math.floor(nearest.name.length / 3)) ? nearest.name : undefined;
}

/** Levenshtein distance with adjacent transpositions (a swapped pair of letters is one slip). */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
