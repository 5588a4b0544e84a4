/**
 * «Отчёт за квартал» (SPEC §9): one sheet per plan, the items the quarter concerns with their status on its last
 * day, whether each was done in it, the due day of the report and the quarter's figures. Which items and which
 * status is core's (core/plan/quarter.ts, the SPEC §5 status at the quarter's end).
 */
import { formatDay } from "../core/calendar";
import { completionLine } from "../core/plan/completion";
import { type EvaluatedItem, type EvaluatedPlan, planPeriods, settingsOfPlan } from "../core/plan/evaluate";
import { describePlanPeriod } from "../core/plan/planPeriod";
import {
  doneInQuarterText,
  type Quarter,
  quarterEnd,
  quarterForPlan,
  quarterInWords,
  type QuarterItem,
  quarterKey,
  type QuarterReport,
  quarterReport,
  quartersOfPeriods,
} from "../core/plan/quarter";
import { reportDue } from "../core/plan/reportDue";
import type { WorkbookData } from "../core/tables/records";
import { listInCell } from "./cellList";
import { type ReportContext, type RunFacts, runFacts } from "./context";
import type { SheetDescription, TableBlock } from "./model";
import { statusStyle } from "./planStatusReport";
import { type BuiltSheets, REPORT_SHEET_NAMES } from "./registry";
import { table } from "./table";

export const CARRIED_OVER = "с прошлых кварталов";

/** «Контрольные сроки в квартале»: the dates; for an item carried over, the mark and the end it missed. */
export function controlPointsText(q: QuarterItem<EvaluatedItem>): string {
  if (q.carriedOver) return `${CARRIED_OVER} (срок ${formatDay(q.item.deadline.end!)})`;
  if (q.controlPoints.length === 0) return `в квартале нет (окончание ${formatDay(q.item.deadline.end!)})`;
  return listInCell(q.controlPoints.map(formatDay), ", ").text;
}

/** «Отчёт о выполнении плана за III квартал 2021 года», naming the plan when the run reads several. */
export function quarterReportTitle(quarter: Quarter, planLabel: string): string {
  return `Отчёт о выполнении плана${planLabel === "" ? "" : ` «${planLabel}»`} за ${quarterInWords(quarter)}`;
}

/** The quarters a run can choose (those of the plans' periods): key «2021-3», label «III квартал 2021 года». */
export function quarterChoices(data: WorkbookData, ctx: ReportContext): { key: string; label: string }[] {
  return quartersOfPeriods(planPeriods(data, ctx)).map((q) => ({ key: quarterKey(q), label: quarterInWords(q) }));
}

export function buildQuarterReports(
  data: WorkbookData,
  ctx: ReportContext,
  run: RunFacts = runFacts(data, ctx),
): BuiltSheets {
  const evaluation = run.plan;
  const several = evaluation.plans.length > 1;
  const sheets: SheetDescription[] = [];
  const notBuilt: string[] = [];
  for (const plan of evaluation.plans) {
    const chosen = quarterForPlan(plan.period, ctx.asOf, ctx.quarter);
    const name = several
      ? `«${REPORT_SHEET_NAMES.quarterReport}» плана «${plan.label}»`
      : `«${REPORT_SHEET_NAMES.quarterReport}»`;
    if (chosen.kind === "none") notBuilt.push(`Отчёт ${name} не построен: ${chosen.reason}.`);
    else sheets.push(quarterSheet(plan, chosen.quarter, several, ctx));
  }
  return { sheets, notBuilt };
}

function quarterSheet(plan: EvaluatedPlan, quarter: Quarter, several: boolean, ctx: ReportContext): SheetDescription {
  const report = quarterReport(plan.items, quarter);
  const due = reportDue(quarterEnd(quarter), settingsOfPlan(ctx, plan.info.file).quarterReportDay);
  const notes = [`Срок представления: ${formatDay(due)}`, describePlanPeriod(plan.period)];
  if (report.end > ctx.asOf)
    notes.push(
      `Квартал ещё не закончился на ${formatDay(ctx.asOf)}: статусы — на ${formatDay(report.end)} по отметкам о выполнении на сегодня`,
    );
  const undated = plan.items.filter((i) => i.deadline.end === undefined).length;
  if (undated > 0)
    notes.push(
      `Пункты без срока или с нераспознанным сроком в отчёт не входят: ${undated} (см. «${REPORT_SHEET_NAMES.planStatus}»)`,
    );
  return {
    reportId: "quarterReport",
    sheetName: REPORT_SHEET_NAMES.quarterReport,
    title: quarterReportTitle(quarter, several ? plan.label : ""),
    asOf: ctx.asOf,
    notes,
    main: mainBlock(report.items),
    above: [summaryBlock(report, quarter)],
    problems: [],
  };
}

function mainBlock(items: QuarterItem<EvaluatedItem>[]): TableBlock {
  return table(items, [
    { header: "№", format: "text", width: 6, value: (q) => q.item.record.number },
    { header: "Мероприятие", format: "text", width: 50, wrap: true, value: (q) => q.item.record.measure },
    { header: "Сроки (как в плане)", format: "text", width: 24, wrap: true, value: (q) => q.item.written },
    { header: "Ответственный", format: "text", width: 24, wrap: true, value: (q) => q.item.record.executor },
    {
      header: "Контрольные сроки в квартале",
      format: "text",
      width: 22,
      wrap: true,
      value: controlPointsText,
      highlight: (q) => (q.carriedOver ? { bold: true } : undefined),
    },
    {
      header: "Статус на конец квартала",
      format: "text",
      width: 18,
      wrap: true,
      value: (q) => q.status.status,
      highlight: (q) => statusStyle(q.status.status),
    },
    { header: "Выполнено в квартале", format: "text", width: 14, wrap: true, value: (q) => doneInQuarterText(q.done) },
  ]);
}

/**
 * The quarter's figures; the line under them says what «Процент исполнения за квартал» counts (issue 23 item 5): the
 * report's items whose end has come by the quarter's last day (SPEC §5 at that day), not those with a control point in it.
 */
function summaryBlock(report: QuarterReport<EvaluatedItem>, quarter: Quarter): TableBlock {
  return table(
    [report],
    [
      { header: "Пунктов в отчёте", format: "integer", width: 10, value: (r) => r.items.length },
      { header: "Со сроком в квартале", format: "integer", width: 12, wrap: true, value: (r) => r.dueInQuarter },
      { header: "Выполнено", format: "integer", width: 10, value: (r) => r.done },
      { header: "Просрочено на конец квартала", format: "integer", width: 12, wrap: true, value: (r) => r.overdue },
      {
        header: "Окончание к концу квартала",
        format: "integer",
        width: 12,
        wrap: true,
        value: (r) => r.completion.due,
      },
      { header: "Из них выполнено", format: "integer", width: 11, wrap: true, value: (r) => r.completion.doneOfDue },
      {
        header: "Процент исполнения за квартал",
        format: "percent",
        width: 12,
        wrap: true,
        value: (r) => r.completion.share,
      },
    ],
    {
      caption: `Итоги: ${quarterInWords(quarter)} (${formatDay(report.start)}–${formatDay(report.end)})`,
      line: completionLine(report.completion, report.end, "quarter"),
    },
  );
}
