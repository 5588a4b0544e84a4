/** The command line's arguments: `shnor report <file.xlsx>... --out <out.xlsx> [options]`. */
import { type Day, parseDottedDay, parseIsoDay } from "../core/calendar";
import { parsePlanPeriod } from "../core/periodText";
import { parseQuarter } from "../core/plan/quarter";
import { DEFAULT_SETTINGS } from "../core/settings";
import { SETTINGS_SHEET_NAME } from "../core/settingsSheet";
import { DATA_SHEET_NAMES, REMARKS } from "../reports/registry";

/** Every report sheet but «Замечания», as the usage lists them: five to a line. */
const DATA_SHEETS = DATA_SHEET_NAMES
  .map((name, i) => `${i > 0 && i % 5 === 0 ? "\n" : ""}«${name}»`)
  .join(", ")
  .replace(/ \n/g, "\n");

export const USAGE = `Использование:
  shnor report <книга.xlsx>... --out <отчёты.xlsx> [--as-of ГГГГ-ММ-ДД] [--period <период>] [--municipality "<название>"] [--split]
                [--quarter ГГГГ-К] [--with-settings]

Читает все листы указанных книг и записывает НОВУЮ книгу с листами отчётов, которые позволяют данные
(${DATA_SHEETS}), и «${REMARKS.sheetName}».
Правила отчётов берутся с листа «${SETTINGS_SHEET_NAME}» книги, если он есть. Исходные файлы не изменяются.

  --out            куда записать отчёты (.xlsx; существующий файл будет заменён)
  --as-of          «на дату» отчётов: 2021-06-15 или 15.06.2021 (по умолчанию — сегодня)
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

export type ParsedArgs = ReportCommand | { kind: "help" } | { kind: "usage"; message: string };

const VALUE_OPTIONS = ["--out", "--as-of", "--period", "--municipality", "--quarter"] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];
/** Options without a value. */
const FLAG_OPTIONS = ["--split", "--with-settings"];

export function parseArgs(argv: string[]): ParsedArgs {
  if (argv.length === 0) return usage("не указана команда.");
  if (argv.includes("--help") || argv.includes("-h")) return { kind: "help" };
  const [command, ...rest] = argv;
  if (command !== "report") return usage(`неизвестная команда «${command}»: есть только «report».`);

  const values = new Map<ValueOption, string>();
  const inputs: string[] = [];
  const flags = new Set<string>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (!arg.startsWith("--")) {
      inputs.push(arg);
      continue;
    }
    if (FLAG_OPTIONS.includes(arg)) {
      if (flags.has(arg)) return usage(`параметр ${arg} указан дважды.`);
      flags.add(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const option = (eq > 0 ? arg.slice(0, eq) : arg) as ValueOption;
    if (!VALUE_OPTIONS.includes(option)) return usage(`неизвестный параметр «${arg}».`);
    const value = eq > 0 ? arg.slice(eq + 1) : rest[++i];
    if (value === undefined || value.trim() === "") return usage(`у параметра ${option} нет значения.`);
    if (values.has(option)) return usage(`параметр ${option} указан дважды.`);
    values.set(option, value.trim());
  }
  if (inputs.length === 0) return usage("не указано ни одной книги .xlsx.");
  const out = values.get("--out");
  if (out === undefined) return usage("не указан файл для отчётов: --out <отчёты.xlsx>.");
  if (!/\.xlsx$/i.test(out)) return usage(`файл отчётов «${out}» должен иметь расширение .xlsx.`);

  const parsed: ReportCommand = { kind: "report", inputs, out };
  const asOfText = values.get("--as-of");
  if (asOfText !== undefined) {
    const asOf = parseIsoDay(asOfText) ?? parseDottedDay(asOfText);
    if (asOf === null) return usage(`дата --as-of «${asOfText}» не распознана: укажите ГГГГ-ММ-ДД (2021-06-15) или ДД.ММ.ГГГГ.`);
    parsed.asOf = asOf;
  }
  const period = values.get("--period");
  if (period !== undefined) {
    // Only whether it reads: the engine parses it again with the school-year end of the workbook's settings.
    if (parsePlanPeriod(period, DEFAULT_SETTINGS.schoolYearEnd, "run") === null) {
      return usage(`период плана --period «${period}» не распознан: укажите 2021-2022, "2020-2021 учебный год" или 2021-01-01..2022-12-31.`);
    }
    parsed.period = period;
  }
  const quarter = values.get("--quarter");
  if (quarter !== undefined) {
    // Only whether it reads: whether it falls in a plan's period is the engine's (it knows the plans).
    if (parseQuarter(quarter) === null) return usage(`квартал --quarter «${quarter}» не распознан: укажите год и номер квартала, например 2021-3.`);
    parsed.quarter = quarter;
  }
  const municipality = values.get("--municipality");
  if (municipality !== undefined) parsed.municipality = municipality;
  if (flags.has("--split")) {
    if (municipality !== undefined) return usage("--split и --municipality вместе не указываются: --split сам строит файл для каждого муниципалитета.");
    parsed.split = true;
  }
  if (flags.has("--with-settings")) parsed.withSettings = true;
  return parsed;
}

function usage(message: string): ParsedArgs {
  return { kind: "usage", message };
}
