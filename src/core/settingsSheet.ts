/**
 * The settings sheet («Настройки ШНОР», SPEC §8): the workbook's settings as a readable «Параметр | Значение»
 * table that the add-in and the command line both read, so both doors give the same answer for the same file.
 * A value that cannot be read is reported with its cell and the default stays in force.
 */
import { type Day, dayOf, isoDay, isPlausibleDateSerial, ymd } from "./calendar";
import { type Cell, cellText, isBlank, normalizeText, type SheetGrid } from "./cell";
import {
  identificationSettingLabels,
  identificationSettingsToRows,
  isIdentificationSettingKey,
  readIdentificationSettingsRows,
  type SettingsRow,
} from "./identification/settingsRows";
import { dynamicsMeasureKey, parseBetter } from "./indicators/dynamics";
import { parsePlanPeriod } from "./periodText";
import type { PlanPeriod } from "./period";
import { cellProblem, type Problem } from "./problems";
import { isSchoolQuartersKey, readSchoolQuartersRow, schoolQuartersToRows } from "./schoolQuartersSetting";
import type { RowProblems } from "./settingsRow";
import { DEFAULT_SETTINGS, type Settings } from "./settings";
import { meaningInWords, parseMeaning, type ParsedMeaning } from "./tables/meaningWords";

/** Hidden by the renderers; never read as a table. */
export const SETTINGS_SHEET_NAME = "Настройки ШНОР";

const KEY_HEADER = "Параметр";
const VALUE_HEADER = "Значение";
const CURATOR_CAP = "Норма кураторов";
const SCHOOL_YEAR_END = "Конец учебного года";
const PLAN_PERIOD = "Период плана";
/** «Период плана: Дорожная карта» — one plan's period, by the plan's sheet (SPEC §5: each plan its own period). */
const PLAN_PERIOD_PREFIX = "Период плана:";
const COLUMN_PREFIX = "Колонка:";
const INDICATOR_OFF = "Показатель отключён";
/** «Динамика: Неуспевающих, %» → «меньше»: which way the measure improves (SPEC §4). */
const DYNAMICS_PREFIX = "Динамика:";
const QUARTER_REPORT_DAY = "Срок отчёта за квартал";
const INDICATOR_TIE_PREFIX = "Показатель:";
/** «Выявление ШНОР: …», «ИСБШ: …», … — the groups of the steps before a plan, for the unknown-key message. */
const IDENTIFICATION_GROUPS = [...new Set(identificationSettingLabels().map((key) => key.split(":")[0]))]
  .map((group) => `«${group}: …»`)
  .join(", ");

function twoDigits(n: number): string {
  return String(n).padStart(2, "0");
}

/** The meaning as the settings store it: a ColumnMeaning id, «нет», or «рисковый фактор 3». */
function storedMeaning(parsed: ParsedMeaning): string {
  if (parsed.meaning === "ignored") return "нет";
  return parsed.meaning === "factor" ? meaningInWords("factor", parsed.factor) : parsed.meaning;
}

/** The period's own words when they read back to the same days, else «гггг-мм-дд..гггг-мм-дд». */
function periodText(period: PlanPeriod, settings: Settings): string {
  const again = period.text ? parsePlanPeriod(period.text, settings.schoolYearEnd, "settings") : null;
  if (again && again.start === period.start && again.end === period.end) return period.text!;
  return `${isoDay(period.start)}..${isoDay(period.end)}`;
}

export function settingsToRows(settings: Settings): Cell[][] {
  const { month, day } = settings.schoolYearEnd;
  const rows: Cell[][] = [
    [KEY_HEADER, VALUE_HEADER],
    [CURATOR_CAP, settings.curatorCap],
    [SCHOOL_YEAR_END, `${twoDigits(day)}.${twoDigits(month)}`],
    [PLAN_PERIOD, settings.planPeriod ? periodText(settings.planPeriod, settings) : ""],
  ];
  for (const p of settings.planPeriods) rows.push([`${PLAN_PERIOD_PREFIX} ${p.plan}`, periodText(p.period, settings)]);
  for (const o of settings.columnOverrides) {
    const parsed = parseMeaning(o.meaning);
    rows.push([
      `${COLUMN_PREFIX} ${o.sheet} / ${o.header}`,
      parsed ? meaningInWords(parsed.meaning, parsed.factor) : o.meaning,
    ]);
  }
  for (const header of settings.indicatorsOff) rows.push([INDICATOR_OFF, header]);
  for (const d of settings.dynamicsBetter) rows.push([`${DYNAMICS_PREFIX} ${d.measure}`, d.better]);
  if (settings.quarterReportDay !== DEFAULT_SETTINGS.quarterReportDay)
    rows.push([QUARTER_REPORT_DAY, settings.quarterReportDay]);
  for (const t of settings.indicatorTies) rows.push([`${INDICATOR_TIE_PREFIX} ${t.start}`, t.header]);
  rows.push(...schoolQuartersToRows(settings));
  rows.push(...identificationSettingsToRows(settings.identification));
  return rows;
}

/** «31.05», «31.5», or a date Excel made of «31.05»: month and day of a school year's end. */
function readMonthDay(value: Cell): { month: number; day: number } | null {
  if (typeof value === "number" && Number.isInteger(value)) {
    if (!isPlausibleDateSerial(value)) return null;
    const { month, day } = ymd(value as Day);
    return { month, day };
  }
  // 31.05 typed where Excel keeps it a number reads as text «31.05».
  const m = /^(\d{1,2})\.(\d{1,2})\.?$/.exec(cellText(value));
  // A non-leap year: 29.02 is no school year's end.
  if (!m || dayOf(2001, Number(m[2]), Number(m[1])) === null) return null;
  return { month: Number(m[2]), day: Number(m[1]) };
}

/** A day of the month 1…31 (a number, or text of digits), else null. */
function readDayOfMonth(value: Cell): number | null {
  const n = typeof value === "number" ? value : /^\s*\d+\s*$/.test(cellText(value)) ? Number(cellText(value)) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 31 ? n : null;
}

/** A curator cap: a whole number 1…1000 (a number, or text of digits), else null. */
export function readCuratorCap(value: Cell): number | null {
  const n = typeof value === "number" ? value : /^\s*\d+\s*$/.test(cellText(value)) ? Number(cellText(value)) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 1000 ? n : null;
}

export function readSettingsRows(grid: SheetGrid): { settings: Settings; problems: Problem[] } {
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    schoolYearEnd: { ...DEFAULT_SETTINGS.schoolYearEnd },
    planPeriods: [],
    columnOverrides: [],
    indicatorsOff: [],
    dynamicsBetter: [],
    indicatorTies: [],
  };
  const problems: Problem[] = [];
  const seen = new Set<string>();
  let period: { value: Cell; row: number } | null = null;
  const planPeriods: { plan: string; value: Cell; row: number }[] = [];
  // Rows of the steps before a plan are read by their own module, with their sheet rows.
  const identificationRows: SettingsRow[] = [];
  const at = (r: number, c: number): [string, number, number] => [grid.name, grid.origin.row + r, grid.origin.col + c];
  const valueProblem = (r: number, message: string): void => void problems.push(cellProblem(...at(r, 1), message));
  const rowProblems = (r: number): RowProblems => ({
    key: (message, severity) => void problems.push(cellProblem(...at(r, 0), message, severity)),
    value: (message) => valueProblem(r, message),
  });

  for (const [r, row] of grid.cells.entries()) {
    const key = cellText(row?.[0] ?? null);
    const value: Cell = row?.[1] ?? null;
    if (key === "" && isBlank(value)) continue;
    if (key === KEY_HEADER) continue;
    if (isIdentificationSettingKey(key)) {
      identificationRows.push({ key, value, row: grid.origin.row + r });
      continue;
    }
    const single = key === CURATOR_CAP || key === SCHOOL_YEAR_END || key === PLAN_PERIOD || key === QUARTER_REPORT_DAY;
    if (single && seen.has(key)) {
      problems.push({
        ...cellProblem(...at(r, 0), `параметр «${key}» задан ещё раз; действует первое значение`),
        severity: "warning",
      });
      continue;
    }
    seen.add(key);
    if (key === CURATOR_CAP) {
      if (isBlank(value)) continue;
      const cap = readCuratorCap(value);
      if (cap === null)
        valueProblem(
          r,
          `«${CURATOR_CAP}»: «${cellText(value)}» — нужно целое число не меньше 1; действует ${settings.curatorCap}`,
        );
      else settings.curatorCap = cap;
    } else if (key === SCHOOL_YEAR_END) {
      if (isBlank(value)) continue;
      const end = readMonthDay(value);
      if (end === null)
        valueProblem(
          r,
          `«${SCHOOL_YEAR_END}»: «${cellText(value)}» — нужна дата в виде дд.мм (например, 31.05); действует 31.08`,
        );
      else settings.schoolYearEnd = end;
    } else if (key === PLAN_PERIOD) {
      if (!isBlank(value)) period = { value, row: r };
    } else if (key.startsWith(PLAN_PERIOD_PREFIX)) {
      const plan = key.slice(PLAN_PERIOD_PREFIX.length).trim();
      if (plan === "")
        problems.push(
          cellProblem(...at(r, 0), `«${key}»: нужно «${PLAN_PERIOD_PREFIX} <лист плана>»; настройка не применена`),
        );
      else if (planPeriods.some((p) => normalizeText(p.plan) === normalizeText(plan)))
        problems.push({
          ...cellProblem(...at(r, 0), `период плана «${plan}» задан ещё раз; действует первое значение`),
          severity: "warning",
        });
      else if (!isBlank(value)) planPeriods.push({ plan, value, row: r });
    } else if (key.startsWith(COLUMN_PREFIX)) {
      readOverride(key, value, settings, rowProblems(r));
    } else if (key.startsWith(DYNAMICS_PREFIX)) {
      readDynamicsBetter(key, value, settings, rowProblems(r));
    } else if (isSchoolQuartersKey(key)) {
      readSchoolQuartersRow(key, value, settings, rowProblems(r));
    } else if (key === QUARTER_REPORT_DAY) {
      if (isBlank(value)) continue;
      const day = readDayOfMonth(value);
      if (day === null)
        valueProblem(
          r,
          `«${QUARTER_REPORT_DAY}»: «${cellText(value)}» — нужно число месяца от 1 до 31 (например, 5); действует ${settings.quarterReportDay}`,
        );
      else settings.quarterReportDay = day;
    } else if (key.startsWith(INDICATOR_TIE_PREFIX)) {
      const start = key.slice(INDICATOR_TIE_PREFIX.length).trim();
      if (start === "")
        problems.push(
          cellProblem(
            ...at(r, 0),
            `«${key}»: нужно «${INDICATOR_TIE_PREFIX} <начало текста показателя>»; настройка не применена`,
          ),
        );
      else if (isBlank(value))
        valueProblem(
          r,
          `«${key}»: не указан заголовок колонки списка школ, которая измеряет показатель; настройка не применена`,
        );
      else settings.indicatorTies.push({ start, header: cellText(value) });
    } else if (key === INDICATOR_OFF) {
      if (isBlank(value)) valueProblem(r, `«${INDICATOR_OFF}»: не указан заголовок колонки показателя`);
      else settings.indicatorsOff.push(cellText(value));
    } else {
      problems.push(
        cellProblem(
          ...at(r, 0),
          `неизвестный параметр «${key}»; известны: ${CURATOR_CAP}, ${SCHOOL_YEAR_END}, ${PLAN_PERIOD}, «${PLAN_PERIOD_PREFIX} <лист плана>», «${COLUMN_PREFIX} <лист> / <заголовок>», ${INDICATOR_OFF}, «${DYNAMICS_PREFIX} <мера>», ${QUARTER_REPORT_DAY}, «${INDICATOR_TIE_PREFIX} <начало текста>», ${IDENTIFICATION_GROUPS}, «ИСБШ 1: колонка» …`,
        ),
      );
    }
  }
  const identification = readIdentificationSettingsRows(identificationRows, grid.name, grid.origin.col + 1);
  settings.identification = identification.settings;
  problems.push(...identification.problems);
  if (period) {
    const parsed = parsePlanPeriod(cellText(period.value), settings.schoolYearEnd, "settings");
    if (parsed) settings.planPeriod = parsed;
    else
      valueProblem(
        period.row,
        `«${PLAN_PERIOD}»: «${cellText(period.value)}» не понят — напишите, например, «2021», «2021-2022», «2020-2021 учебный год»; период будет взят из заголовка плана`,
      );
  }
  for (const p of planPeriods) {
    const parsed = parsePlanPeriod(cellText(p.value), settings.schoolYearEnd, "settings");
    if (parsed) settings.planPeriods.push({ plan: p.plan, period: parsed });
    else
      valueProblem(
        p.row,
        `«${PLAN_PERIOD_PREFIX} ${p.plan}»: «${cellText(p.value)}» не понят — напишите, например, «2021», «2021-2022», «2020-2021 учебный год»; период будет взят из заголовка плана`,
      );
  }
  return { settings, problems };
}

function readOverride(key: string, value: Cell, settings: Settings, report: RowProblems): void {
  const place = key.slice(COLUMN_PREFIX.length).trim();
  const slash = place.indexOf(" / ");
  const sheet = slash > 0 ? place.slice(0, slash).trim() : "";
  const header = slash > 0 ? place.slice(slash + 3).trim() : "";
  if (!sheet || !header) {
    report.key(`«${key}»: нужно «${COLUMN_PREFIX} <лист> / <заголовок колонки>»; настройка не применена`);
    return;
  }
  const parsed = parseMeaning(cellText(value));
  if (!parsed) {
    report.value(
      `«${key}»: значение «${cellText(value)}» не понято — напишите, например, «срок», «ответственный», «наименование ОО», «рисковый фактор 3» или «нет»; настройка не применена`,
    );
    return;
  }
  settings.columnOverrides.push({ sheet, header, meaning: storedMeaning(parsed) });
}

/** «Динамика: <мера>» → «больше»/«меньше»; a bad or repeated row is reported and the guessed direction stays. */
function readDynamicsBetter(key: string, value: Cell, settings: Settings, report: RowProblems): void {
  const measure = key.slice(DYNAMICS_PREFIX.length).trim();
  if (!measure) {
    report.key(
      `«${key}»: нужно «${DYNAMICS_PREFIX} <мера>», например «${DYNAMICS_PREFIX} Неуспевающих, %»; настройка не применена`,
    );
    return;
  }
  const better = isBlank(value) ? null : parseBetter(value);
  if (better === null || typeof better === "object") {
    report.value(
      `«${key}»: значение «${cellText(value)}» не понято — напишите «больше» (лучше рост) или «меньше» (лучше снижение); направление определяется по названию меры`,
    );
    return;
  }
  if (settings.dynamicsBetter.some((d) => dynamicsMeasureKey(d.measure) === dynamicsMeasureKey(measure))) {
    report.key(`направление динамики «${measure}» задано ещё раз; действует первое значение`, "warning");
    return;
  }
  settings.dynamicsBetter.push({ measure, better: better === "lower" ? "меньше" : "больше" });
}
