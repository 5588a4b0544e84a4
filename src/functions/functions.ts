/**
 * Custom functions (SPEC §7): thin wrappers, one core call each. Ids are the English names; the Russian
 * names and descriptions live in ./ru.json and become functions-ru.json at build time.
 * custom-functions-metadata-plugin reads the JSDoc below and appends the CustomFunctions.associate calls.
 * Excel passes an omitted optional argument as null or undefined, ranges as 2-D arrays. Types are written
 * out in full because the metadata generator reads them literally: it rejects aliases and arrays of unions,
 * hence `any[][]` for ranges (their cells are core Cells).
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { today } from "../core/calendar";
import {
  deadlineEndFormula,
  deadlineStartFormula,
  nextControlFormula,
  overdueFormula,
  planStatusFormula,
  reportDueFormula,
} from "../core/plan/formulas";
import {
  inGroupFormula,
  mandatoryFormula,
  riskCountFormula,
  riskGroupsFormula,
  riskSummaryFormula,
} from "../core/risk/formulas";
import { shareFormula, trendFormula } from "../core/indicators/formulas";
import { lowResultFormula } from "../core/identification/lowResultFormula";
import { cell, optionalRange, range } from "./arguments";
import { excelValue } from "./excelResult";

// office.js defines CustomFunctions, in Excel and in a plain browser alike. Where office.js did not load at all
// (taskpane.html opened offline or from disk), the associate calls appended below would throw «CustomFunctions is not
// defined» before the pane could say what to do instead; there is nothing to register with, so they register nowhere.
if (typeof CustomFunctions === "undefined")
  Object.assign(globalThis, { CustomFunctions: { associate: () => undefined } });

/**
 * Risk groups of a school: the numbers of its factors at the level or above («1, 2, 6, 9»).
 * @customfunction RISKGROUPS RISKGROUPS
 * @param profile The school's risk profile row: factor 1…k levels, in order.
 * @param [minLevel] Minimum level: high (default), medium or low.
 * @returns Group numbers as text, empty when none.
 */
export function riskGroups(profile: any[][], minLevel?: string | number | boolean | null): string {
  return excelValue(riskGroupsFormula(range(profile, "профиль"), cell(minLevel, "мин_уровень")));
}

/**
 * Number of the school's risk factors at the level or above.
 * @customfunction RISKCOUNT RISKCOUNT
 * @param profile The school's risk profile row: factor 1…k levels, in order.
 * @param [minLevel] Minimum level: high (default), medium or low.
 * @returns Number of factors.
 */
export function riskCount(profile: any[][], minLevel?: string | number | boolean | null): number {
  return excelValue(riskCountFormula(range(profile, "профиль"), cell(minLevel, "мин_уровень")));
}

/**
 * Whether the school is in risk group N (its factor N is at high significance).
 * @customfunction INGROUP INGROUP
 * @param profile The school's risk profile row: factor 1…k levels, in order.
 * @param group Group (factor) number.
 * @returns TRUE or FALSE.
 */
export function inGroup(profile: any[][], group: string | number | boolean | null): boolean {
  return excelValue(inGroupFormula(range(profile, "профиль"), cell(group, "группа")));
}

/**
 * Schools per risk factor at high significance, per municipality, with a total row.
 * @customfunction RISKSUMMARY RISKSUMMARY
 * @param profiles Risk profiles, a row per school (a row of empty cells or zeros without a municipality is no school).
 * @param [municipalities] Municipality column, a cell per school.
 * @returns A table: header, a row per municipality, «Итого».
 */
export function riskSummary(profiles: any[][], municipalities?: any[][]): any[][] {
  return excelValue(riskSummaryFormula(range(profiles, "профили"), optionalRange(municipalities, "муниципалитеты")));
}

/**
 * Plan measures mandatory for a school, written compactly («1–5, 7»).
 * @customfunction MANDATORY MANDATORY
 * @param schoolGroups The school's groups: one cell of text («1, 3») or its row of factor levels.
 * @param measureNumbers Column of measure numbers.
 * @param measureGroups Column of the groups each measure is mandatory for.
 * @returns Measure numbers as text.
 */
export function mandatory(schoolGroups: any[][], measureNumbers: any[][], measureGroups: any[][]): string {
  return excelValue(
    mandatoryFormula(
      range(schoolGroups, "группы_школы"),
      range(measureNumbers, "номера_мер"),
      range(measureGroups, "группы_мер"),
    ),
  );
}

/**
 * Share of rows meeting a criterion, 0…1.
 * @customfunction SHARE SHARE
 * @param values Column of values (desktop Excel passes an empty cell as 0: give the base column to count blanks as no data).
 * @param [criterion] A mark such as «да» or a comparison such as «>0»; default: the yes marks.
 * @param [base] Base column (e.g. school names): rows whose base cell is filled make the denominator.
 * @returns The share.
 */
export function share(values: any[][], criterion?: string | number | boolean | null, base?: any[][]): number {
  return excelValue(
    shareFormula(range(values, "значения"), cell(criterion, "критерий"), optionalRange(base, "основа")),
  );
}

/**
 * Dynamics between entry and final monitoring. Desktop Excel passes an empty cell as 0, which TREND cannot tell from
 * a real 0: refer to filled cells only.
 * @customfunction TREND TREND
 * @param entry Entry value.
 * @param final Final value.
 * @param [better] Which way is better: «больше» (default) or «меньше».
 * @returns «положительная», «отрицательная» or «без изменений».
 */
export function trend(
  entry: string | number | boolean | null,
  final: string | number | boolean | null,
  better?: string | number | boolean | null,
): string {
  return excelValue(trendFormula(cell(entry, "вход"), cell(final, "итог"), cell(better, "лучше")));
}

/**
 * Start of the window a plan deadline names (free Russian text: «март-апрель 2021», «до 01.06.2021»).
 * @customfunction DEADLINESTART DEADLINESTART
 * @param text Deadline text as written in the plan.
 * @param [period] Plan period: «2021», «2021-2022», «2020-2021 учебный год»; default: the years in the text.
 * @returns The start date, or empty text when the deadline names no date.
 */
export function deadlineStart(
  text: string | number | boolean | null,
  period?: string | number | boolean | null,
): number | string {
  return excelValue(deadlineStartFormula(cell(text, "срок"), cell(period, "период_плана")));
}

/**
 * End of the window a plan deadline names.
 * @customfunction DEADLINEEND DEADLINEEND
 * @param text Deadline text as written in the plan.
 * @param [period] Plan period: «2021», «2021-2022», «2020-2021 учебный год»; default: the years in the text.
 * @returns The end date, or empty text when the deadline names no date.
 */
export function deadlineEnd(
  text: string | number | boolean | null,
  period?: string | number | boolean | null,
): number | string {
  return excelValue(deadlineEndFormula(cell(text, "срок"), cell(period, "период_плана")));
}

/**
 * The deadline's next control point on or after the date.
 * @customfunction NEXTCONTROL NEXTCONTROL
 * @volatile
 * @param text Deadline text as written in the plan.
 * @param [asOf] As of this date; default: today.
 * @param [period] Plan period; default: the years in the text, else the year of the date.
 * @returns The date of the next control point, or empty text when none is left.
 */
export function nextControl(
  text: string | number | boolean | null,
  asOf?: string | number | boolean | null,
  period?: string | number | boolean | null,
): number | string {
  return excelValue(
    nextControlFormula(cell(text, "срок"), cell(asOf, "на_дату"), cell(period, "период_плана"), today()),
  );
}

/**
 * Status of a plan item at a date: «Выполнено», «В работе», «Просрочено», ….
 * @customfunction PLANSTATUS PLANSTATUS
 * @volatile
 * @param text Deadline text as written in the plan.
 * @param doneMark Done mark: «да», «выполнено», «проведено 12.03.2021», a date, or empty.
 * @param [doneDate] Date the item was done.
 * @param [asOf] As of this date; default: today.
 * @param [period] Plan period; default: the years in the text, else the year of the date.
 * @returns The status.
 */
export function planStatus(
  text: string | number | boolean | null,
  doneMark: string | number | boolean | null,
  doneDate?: string | number | boolean | null,
  asOf?: string | number | boolean | null,
  period?: string | number | boolean | null,
): string {
  return excelValue(
    planStatusFormula(
      cell(text, "срок"),
      cell(doneMark, "отметка"),
      cell(doneDate, "дата_выполнения"),
      cell(asOf, "на_дату"),
      cell(period, "период_плана"),
      today(),
    ),
  );
}

/**
 * Days a plan item is overdue at a date (0 when it is not overdue).
 * @customfunction OVERDUE OVERDUE
 * @volatile
 * @param text Deadline text as written in the plan.
 * @param doneMark Done mark: «да», «выполнено», «проведено 12.03.2021», a date, or empty.
 * @param [asOf] As of this date; default: today.
 * @param [period] Plan period; default: the years in the text, else the year of the date.
 * @returns Days overdue.
 */
export function overdue(
  text: string | number | boolean | null,
  doneMark: string | number | boolean | null,
  asOf?: string | number | boolean | null,
  period?: string | number | boolean | null,
): number {
  return excelValue(
    overdueFormula(
      cell(text, "срок"),
      cell(doneMark, "отметка"),
      cell(asOf, "на_дату"),
      cell(period, "период_плана"),
      today(),
    ),
  );
}

/**
 * Due date of the quarterly report: the 5th day of the month after the quarter that holds the date.
 * @customfunction REPORTDUE REPORTDUE
 * @param date A date inside the reporting quarter (an Excel date or dd.mm.yyyy text).
 * @returns The due date as an Excel date.
 */
export function reportDueDate(date: string | number | boolean | null): number {
  return excelValue(reportDueFormula(cell(date, "дата")));
}

/**
 * Whether a school shows low results by the default rule: at least the threshold of participants got «2» in two
 * or more procedures of one year, or in the same procedure in two consecutive years.
 * @customfunction LOWRESULT LOWRESULT
 * @param shares The school's row of shares of «2» (percent numbers such as 30, or fractions such as 0.3).
 * @param headers The header row naming each column's procedure and year, e.g. «ВПР-2021 рус 5».
 * @param [threshold] Threshold in percent; default 30.
 * @returns TRUE or FALSE.
 */
export function lowResult(shares: any[][], headers: any[][], threshold?: string | number | boolean | null): boolean {
  return excelValue(lowResultFormula(range(shares, "доли_2"), range(headers, "заголовки"), cell(threshold, "порог")));
}
