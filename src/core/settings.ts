/**
 * Settings of a workbook (SPEC §8). Stored in the workbook's settings sheet so that the add-in and
 * the command line read the same; a one-run choice («на дату», municipality, --period) overrides them.
 */
import { DEFAULT_IDENTIFICATION_SETTINGS, type IdentificationSettings } from "./identification/settings";
import type { SchoolQuarters } from "./deadlines/schoolQuarters";
import type { PlanPeriod } from "./period";
import { REPORT_DAY_OF_MONTH } from "./plan/reportDue";

export interface ColumnOverride {
  /** Sheet and header text of the column as the user's table has it. */
  sheet: string;
  header: string;
  /** The meaning chosen by the user (a ColumnMeaning) or «нет» to ignore the column. */
  meaning: string;
}

/** The user's choice of which way a dynamics measure improves (SPEC §4: «пользователь может переопределить»). */
export interface DynamicsBetter {
  /** The measure without its «вход»/«итог» word, as the pair finder names it: «Неуспевающих, %». */
  measure: string;
  better: "больше" | "меньше";
}

export interface PlanPeriodSetting {
  /** PlanInfo.key: the plan's sheet, or «<лист>, строка N». */
  plan: string;
  period: PlanPeriod;
}

export interface IndicatorTie {
  /** The start of a plan indicator's text, as the user wrote it. */
  start: string;
  /** The header of the schools column that measures it. */
  header: string;
}

export interface Settings {
  /** A curator accompanies at most this many schools (Omsk plan: 2). */
  curatorCap: number;
  /** Last day of a school year, month and day (31 August by default; some regions use 31.05 or 30.06). */
  schoolYearEnd: { month: number; day: number };
  /** The region's school quarters, a row «Учебные четверти 2021-2022» per school year (SPEC §5); default bounds otherwise. */
  schoolQuarters?: SchoolQuarters;
  /**
   * The plan period set by the user for the workbook (the row «Период плана»): every plan's when the workbook has one
   * plan, else the period of the plans with none of their own; when absent it is taken from the plan's title.
   */
  planPeriod?: PlanPeriod;
  /** Periods set for one plan each (rows «Период плана: <план>»), by the plan's key (its sheet). */
  planPeriods: PlanPeriodSetting[];
  columnOverrides: ColumnOverride[];
  /** Indicator columns (by header) the user switched off. */
  indicatorsOff: string[];
  /** Dynamics directions set by the user; other measures take the direction guessed from their name. */
  dynamicsBetter: DynamicsBetter[];
  /** «Срок отчёта за квартал»: the day of the month after the quarter its report is due (5 by default, SPEC §9). */
  quarterReportDay: number;
  /** Rows «Показатель: <начало текста>» → a schools column's header: ties the settings sheet makes (SPEC §9). */
  indicatorTies: IndicatorTie[];
  /** Identification rules, ИСБШ, partner cap and interview timetable (SPEC §8, the steps before a plan). */
  identification: IdentificationSettings;
}

export const DEFAULT_SETTINGS: Settings = {
  curatorCap: 2,
  schoolYearEnd: { month: 8, day: 31 },
  planPeriods: [],
  columnOverrides: [],
  indicatorsOff: [],
  dynamicsBetter: [],
  quarterReportDay: REPORT_DAY_OF_MONTH,
  indicatorTies: [],
  identification: DEFAULT_IDENTIFICATION_SETTINGS,
};

/** What the user chose for one run only: never stored. */
export interface RunOptions {
  asOf: number;
  /** Only this municipality's schools (a municipal coordinator's view). */
  municipality?: string;
  /** Overrides the stored and the found plan period for this run. */
  planPeriod?: PlanPeriod;
}
