/**
 * Every report sheet of SPEC §6, §8 and §9, in the order the sheets are written: its id, its sheet name (the
 * product's interface, kept exactly), its builder and what the workbook must hold for it. The engine's order,
 * `ReportId`, «Что найдено» (what can be built), «Замечания»'s reasons, the command line's usage and the pane's report
 * buttons are all read from this list.
 *
 * A new report: its builder in a file of its own (`(data, ctx, run) => SheetDescription`, or several sheets), and
 * one line here. A builder that returns further sheets names them in `moreSheets` and frames them with
 * `reportFrame(id, ctx, 1)`, `…2)`; they keep the report's id (their markers are «_2», «_3»: reports/sheetNames.ts).
 *
 * The builders import their names from here (reports/common.ts) only inside functions: this module imports them.
 */
import { planPeriods } from "../core/plan/evaluate";
import { parseQuarter, quarterInPeriod, quarterOutsideReason, unreadQuarterReason } from "../core/plan/quarter";
import type { WorkbookData } from "../core/tables/records";
import type { ReportContext, RunFacts } from "./context";
import type { RunChoice } from "./engine";
import { buildCuratorsReport } from "./curatorsReport";
import { buildIdentificationReport } from "./identificationReport";
import { buildIndicatorsReport } from "./indicatorsReport";
import { buildInterviewsReport } from "./interviewsReport";
import type { SheetDescription } from "./model";
import { buildPartnersReport } from "./partnersReport";
import { buildPlanIndicatorsReport } from "./planIndicatorsReport";
import { buildPlanStatusReport } from "./planStatusReport";
import { buildQuarterReports } from "./quarterReport";
import { buildRiskDynamicsReport } from "./riskDynamicsReport";
import { buildRoundReports } from "./roundReports";
import { buildRiskGroupsReport } from "./riskGroupsReport";
import { buildRiskSummaryReport } from "./riskSummaryReport";
import { buildStableHighReport } from "./stableHighReport";

/** A report written once per plan gives its sheets and why some plan has none («Отчёт за квартал»). */
export interface BuiltSheets {
  sheets: SheetDescription[];
  notBuilt: string[];
}

/** What a builder gives: one sheet, several, or several with the reasons some are missing. */
export type Built = SheetDescription | readonly SheetDescription[] | BuiltSheets;

/** `run` holds what the engine works out once per run (the plan evaluated): a builder takes what it needs from it. */
export type Builder = (data: WorkbookData, ctx: ReportContext, run: RunFacts) => Built;

/** What a report needs of the workbook, and the words «Замечания» and the summary say when it is not there. */
export interface Requirement {
  met: (data: WorkbookData) => boolean;
  /** «… не построен: <missing>.» */
  missing: string;
  /**
   * Whether the run was given what the report is about, for a report of inputs given beside the workbook (returned
   * forms): without them it is no part of the run — neither built nor listed as «не построен».
   */
  given?: (data: WorkbookData) => boolean;
}

/**
 * A choice of the run a report rests on, read into ctx before any report is built: when the report cannot be built
 * with it, the run is refused (the file doors write nothing) and the engine says why in «Замечания» («<Reason> Отчёт
 * «…» не построен.») and in the summary («Отчёт «…» не построен: <reason>»).
 */
export interface ChoiceRequirement {
  /** The run option as the doors name it (the command line's --quarter). */
  option: "quarter";
  /** Reads the run's choice into ctx; why the report cannot be built with it, else undefined. */
  read(choice: RunChoice, data: WorkbookData, ctx: ReportContext): string | undefined;
}

export interface ReportEntry {
  id: string;
  /** The sheet name of SPEC §6; the renderer may write «Имя (2)» beside a user's sheet of that name. */
  sheetName: string;
  /** Names of further sheets the builder returns after the first, in order. */
  moreSheets?: readonly string[];
  build: Builder;
  needs: Requirement;
  /** A choice of the run it rests on besides the data. */
  choice?: ChoiceRequirement;
  /** The pane offers its button even when the workbook lacks the data (the reports of a plan); else only when it can. */
  alwaysOffered?: true;
  /** A button of its own on the «500+» ribbon (manifest.xml), calling `run<Id>` (commands/actions.ts). */
  ribbon?: true;
}

const RISK_FACTORS: Requirement = {
  met: (data) => data.schools.length > 0 && data.schools.some((s) => s.factors.size > 0),
  missing: "не найден список школ с рисковыми факторами",
};

const CURATORS: Requirement = {
  met: (data) =>
    RISK_FACTORS.met(data) &&
    data.tables.some((t) => t.kind === "schools" && t.columns.some((c) => c.meaning === "curator")),
  missing: "в списке школ нет колонки «Куратор»",
};

const SCHOOLS: Requirement = { met: (data) => data.schools.length > 0, missing: "не найден список школ" };

const PLAN: Requirement = {
  met: (data) => data.plan.length > 0,
  missing: "не найден план мероприятий (колонки «Мероприятие» и «Сроки»)",
};

/** The steps before a plan rest on a results table; ИСБШ adds context when there is some, and says so when not. */
const RESULTS: Requirement = {
  met: (data) => data.tables.some((t) => t.kind === "results"),
  missing:
    "не найдена таблица результатов оценочных процедур (колонки «Год», «Процедура», «Доля «2», %» или «Участников» и «Получили «2»», либо колонки вида «ВПР-2021 рус 5 доля 2»)",
};

const PROFILES_OF_TWO_YEARS: Requirement = {
  met: (data) => (data.profileYears?.length ?? 0) >= 2,
  missing:
    "не найдены рисковые профили двух разных лет (год берётся из заголовка таблицы, названия листа или колонки «Год»)",
};

const PLAN_INDICATORS: Requirement = {
  met: (data) => data.plan.some((r) => r.indicators !== undefined),
  missing: "в плане нет колонки показателей («Региональный показатель реализации», «Показатель», «Целевой показатель»)",
};

const RETURNED_FORMS: Requirement = {
  met: (data) => (data.forms?.length ?? 0) > 0 && data.plan.length > 0 && data.schools.length > 0,
  missing:
    "с заполненными формами муниципалитетов не найдены план мероприятий и список школ, к которым они относятся (shnor report <книга.xlsx> <формы…>)",
  given: (data) => (data.forms?.length ?? 0) > 0,
};

/**
 * The quarter of «Отчёт за квартал» (SPEC §9: «a quarter outside every plan period is refused with the plan periods
 * named»); none chosen: each plan's last quarter ended by «на дату».
 */
const QUARTER: ChoiceRequirement = {
  option: "quarter",
  read(choice, data, ctx) {
    const text = choice.quarterText?.trim();
    if (!text) return undefined;
    const quarter = parseQuarter(text);
    if (quarter === null) return `${unreadQuarterReason(text)}.`;
    ctx.quarter = quarter;
    const periods = planPeriods(data, ctx);
    if (periods.length === 0 || periods.some((p) => quarterInPeriod(quarter, p))) return undefined;
    return `${quarterOutsideReason(quarter, periods)}.`;
  },
};

/** The builders of the steps before a plan take their rules from ctx.settings.identification (the settings sheet). */
export const REPORTS = [
  {
    id: "riskGroups",
    sheetName: "Группы риска",
    moreSheets: ["Группы риска — мероприятия"],
    build: buildRiskGroupsReport,
    needs: RISK_FACTORS,
    alwaysOffered: true,
    ribbon: true,
  },
  {
    id: "riskSummary",
    sheetName: "Сводка рисков",
    build: buildRiskSummaryReport,
    needs: RISK_FACTORS,
    alwaysOffered: true,
    ribbon: true,
  },
  {
    id: "curators",
    sheetName: "Кураторы",
    moreSheets: ["Кураторы — списки школ"],
    build: buildCuratorsReport,
    needs: CURATORS,
    alwaysOffered: true,
    ribbon: true,
  },
  {
    id: "indicators",
    sheetName: "Показатели",
    moreSheets: ["Показатели — списки школ"],
    build: buildIndicatorsReport,
    needs: SCHOOLS,
    alwaysOffered: true,
    ribbon: true,
  },
  {
    id: "planStatus",
    sheetName: "Исполнение плана",
    moreSheets: ["Просрочено по исполнителям", "Ближайшие сроки"],
    build: buildPlanStatusReport,
    needs: PLAN,
    alwaysOffered: true,
    ribbon: true,
  },
  // The steps before a plan (SPEC §8).
  {
    id: "identification",
    sheetName: "Выявление ШНОР",
    moreSheets: ["Выявление ШНОР — основания", "ОО без результатов процедур"],
    build: buildIdentificationReport,
    needs: RESULTS,
  },
  { id: "stableHigh", sheetName: "Стабильно высокие результаты", build: buildStableHighReport, needs: RESULTS },
  { id: "partners", sheetName: "Сетевые пары", build: buildPartnersReport, needs: RESULTS },
  { id: "interviews", sheetName: "График собеседований", build: buildInterviewsReport, needs: RESULTS },
  // The programme's results (SPEC §9).
  {
    id: "riskDynamics",
    sheetName: "Динамика рисков",
    moreSheets: ["Динамика по муниципалитетам"],
    build: buildRiskDynamicsReport,
    needs: PROFILES_OF_TWO_YEARS,
    // The programme's results (SPEC §9): the two the ministry asks for, every year and every quarter.
    ribbon: true,
  },
  {
    id: "quarterReport",
    sheetName: "Отчёт за квартал",
    build: buildQuarterReports,
    needs: PLAN,
    choice: QUARTER,
    ribbon: true,
  },
  { id: "planIndicators", sheetName: "Показатели плана", build: buildPlanIndicatorsReport, needs: PLAN_INDICATORS },
  // The quarterly round (SPEC §10): returned forms given with the workbook.
  {
    id: "round",
    sheetName: "Свод по муниципалитетам",
    moreSheets: ["Сдача форм", "Изменения показателей"],
    build: buildRoundReports,
    needs: RETURNED_FORMS,
  },
] as const satisfies readonly ReportEntry[];

/** «Замечания»: always built, last, from what the run met (the engine builds it; reports/remarksReport.ts). */
export const REMARKS = { id: "remarks", sheetName: "Замечания", moreSheets: ["Что распознано"] } as const;

export type DataReportId = (typeof REPORTS)[number]["id"];
export type ReportId = DataReportId | typeof REMARKS.id;

/** Every report the data may allow, in the engine's order. */
export const DATA_REPORT_IDS: readonly DataReportId[] = REPORTS.map((r) => r.id);

/** Sheet names by report id, «Замечания» last. */
export const REPORT_SHEET_NAMES = Object.fromEntries([...REPORTS, REMARKS].map((r) => [r.id, r.sheetName])) as Record<
  ReportId,
  string
>;

/** Every sheet name the data's reports may write, in order (the command line's usage lists them). */
export const DATA_SHEET_NAMES: readonly string[] = REPORTS.flatMap((r) => [r.sheetName, ...moreSheetsOf(r)]);

/** The entry of a report id; «Замечания» has none (it is not built from the data). */
export function reportEntry(id: DataReportId): ReportEntry {
  return REPORTS.find((r) => r.id === id)!;
}

/** The name of a report's `part`-th sheet (0 = its first). */
export function reportSheetNameOf(id: ReportId, part = 0): string {
  if (part === 0) return REPORT_SHEET_NAMES[id];
  const more: readonly string[] = id === REMARKS.id ? REMARKS.moreSheets : moreSheetsOf(reportEntry(id));
  return more[part - 1] ?? REPORT_SHEET_NAMES[id];
}

/** Reports the workbook's data allows, in the engine's order. */
export function availableReports(data: WorkbookData): DataReportId[] {
  return REPORTS.filter((r) => r.needs.met(data)).map((r) => r.id);
}

function moreSheetsOf(entry: ReportEntry): readonly string[] {
  return entry.moreSheets ?? [];
}
