/**
 * «Исполнение плана» (SPEC §5, §6): each plan item with its deadline as written, its window, status, days
 * overdue and next control point; above it the counts by status, overdue items by executor, «Процент
 * исполнения» and the control points of the next 30 days. Notes say which plan period was used and where from.
 * Several plans stay several: each is read against its own period, the items carry a «План» column, and the
 * counts and «Процент исполнения» are given per plan and in total.
 */
import { type Day, formatDay, plusDays } from "../core/calendar";
import { percentText } from "../core/numberText";
import type { PlanCompletion } from "../core/plan/completion";
import { type EvaluatedItem, itemLabel, type PlanEvaluation } from "../core/plan/evaluate";
import { describePlanPeriod } from "../core/plan/planPeriod";
import { PLAN_STATUS, PLAN_STATUS_ORDER, type PlanStatus } from "../core/plan/status";
import type { WorkbookData } from "../core/tables/records";
import { listInCell } from "./cellList";
import { reportFrame } from "./common";
import { type ReportContext, type RunFacts, runFacts } from "./context";
import type { ColumnSpec, Highlight, OutValue, SheetDescription, TableBlock } from "./model";

/** «Ближайшие сроки»: control points within this many days of «на дату». */
export const UPCOMING_DAYS = 30;

/** Every status its own colour; «Просрочено» red. */
export const STATUS_COLORS: Record<PlanStatus, { fill: string; fontColor: string }> = {
  [PLAN_STATUS.doneLate]: { fill: "#FCE4D6", fontColor: "#833C0B" },
  [PLAN_STATUS.done]: { fill: "#C6EFCE", fontColor: "#006100" },
  [PLAN_STATUS.noDeadline]: { fill: "#EDEDED", fontColor: "#404040" },
  [PLAN_STATUS.unparsed]: { fill: "#FFF2CC", fontColor: "#7F6000" },
  [PLAN_STATUS.notStarted]: { fill: "#DDEBF7", fontColor: "#1F4E78" },
  [PLAN_STATUS.inProgress]: { fill: "#E4DFEC", fontColor: "#5B2C6F" },
  [PLAN_STATUS.overdue]: { fill: "#FFC7CE", fontColor: "#9C0006" },
};

/** «Просрочено: 4 из 22, процент исполнения 68,2 %» — the pane's line for some items. */
function summaryLine(items: EvaluatedItem[], completion: PlanCompletion): string {
  const overdue = items.filter((i) => i.status.status === PLAN_STATUS.overdue).length;
  const share = completion.share;
  const percent = share === null ? "процент исполнения не определён: сроки пунктов ещё не наступили" : `процент исполнения ${percentText(share)}`;
  return `Просрочено: ${overdue} из ${items.length}, ${percent}`;
}

/** The pane's and the command line's lines: one for one plan; one per plan and «Всего» for several. */
export function planSummaryLines(evaluation: PlanEvaluation): string[] {
  if (evaluation.plans.length <= 1) return [summaryLine(evaluation.items, evaluation.completion)];
  return [
    ...evaluation.plans.map((p) => `План «${p.label}»: ${summaryLine(p.items, p.completion)}`),
    `Всего по ${evaluation.plans.length} планам: ${summaryLine(evaluation.items, evaluation.completion)}`,
  ];
}

/** The plan's own problems are the evaluation's: the engine lists them once for all the reports that read it. */
export function buildPlanStatusReport(data: WorkbookData, ctx: ReportContext, run: RunFacts = runFacts(data, ctx)): SheetDescription {
  const evaluation = run.plan;
  const several = evaluation.plans.length > 1;
  return {
    ...reportFrame("planStatus", ctx),
    notes: notesOf(evaluation, ctx),
    main: mainBlock(evaluation.items, several),
    above: [
      statusCounts(evaluation),
      overdueByExecutor(evaluation.items),
      completionBlock(evaluation, ctx.asOf),
      upcoming(evaluation.items, ctx.asOf, several),
    ],
    problems: [],
  };
}

function notesOf(e: PlanEvaluation, ctx: ReportContext): string[] {
  const notes =
    e.plans.length <= 1
      ? e.plans.map((p) => describePlanPeriod(p.period))
      : e.plans.map((p) => `План «${p.label}» (лист «${p.info.sheet}»${p.info.file ? `, файл «${p.info.file}»` : ""}): ${describePlanPeriod(p.period)}`);
  notes.push(...planSummaryLines(e));
  if (ctx.planPeriod && e.plans.length > 1) {
    const applied = e.plans.filter((p) => p.period.source === "run").map((p) => `«${p.label}»`);
    notes.push(
      applied.length > 0
        ? `Период «${ctx.planPeriod.text ?? describePlanPeriod(ctx.planPeriod)}», заданный для этого запуска, применён к планам без своего периода: ${applied.join(", ")}`
        : `Период «${ctx.planPeriod.text ?? describePlanPeriod(ctx.planPeriod)}», заданный для этого запуска, не применён: у каждого плана свой период`,
    );
  }
  const implied = e.items.filter((i) => i.deadline.implied);
  if (implied.length > 0) {
    const list = listInCell(implied.map((i) => `${itemLabel(i)} («${i.deadline.impliedParts!.join("», «")}»)`), ", ", "все пункты — в таблице");
    notes.push(`Год взят из периода плана: ${list.text}`);
  }
  const remarks = e.items.filter((i) => i.deadline.note !== undefined);
  if (remarks.length > 0) {
    const list = listInCell(remarks.map((i) => `${itemLabel(i)} — «${i.deadline.note}»`), "; ", "все — в столбце «Сроки (как в плане)»");
    notes.push(`Примечания к срокам не меняют срок: ${list.text}`);
  }
  return notes;
}

function colored(row: number, col: number, status: PlanStatus): Highlight {
  return { row, col, ...STATUS_COLORS[status], ...(status === PLAN_STATUS.overdue ? { bold: true } : {}) };
}

/** The «План» column after «№» (SPEC §6), only when the run reads more than one plan. */
const PLAN_COLUMN: ColumnSpec = { header: "План", format: "text", width: 28, wrap: true };

function mainBlock(items: EvaluatedItem[], several: boolean): TableBlock {
  const rows: OutValue[][] = items.map(({ record, deadline, written, status, plan }) => [
    record.number,
    ...(several ? [plan] : []),
    record.measure,
    written,
    record.executor,
    deadline.start ?? null,
    deadline.end ?? null,
    status.status,
    status.overdueDays,
    status.nextControlPoint ?? null,
    record.section ?? "",
  ]);
  const statusCol = several ? 7 : 6;
  return {
    columns: [
      { header: "№", format: "text", width: 6 },
      ...(several ? [PLAN_COLUMN] : []),
      { header: "Мероприятие", format: "text", width: 50, wrap: true },
      { header: "Сроки (как в плане)", format: "text", width: 24, wrap: true },
      { header: "Ответственный", format: "text", width: 24, wrap: true },
      { header: "Начало", format: "date", width: 11 },
      { header: "Окончание", format: "date", width: 11 },
      { header: "Статус", format: "text", width: 18, wrap: true },
      { header: "Просрочка, дней", format: "integer", width: 10 },
      { header: "Ближайший контрольный срок", format: "date", width: 14 },
      { header: "Раздел", format: "text", width: 36, wrap: true },
    ],
    rows,
    highlights: items.map((i, row) => colored(row, statusCol, i.status.status)),
  };
}

/** Counts by status: one column for one plan; a column per plan and «Всего» for several. */
function statusCounts(e: PlanEvaluation): TableBlock {
  const present = PLAN_STATUS_ORDER.filter((s) => e.items.some((i) => i.status.status === s));
  const count = (items: EvaluatedItem[], s: PlanStatus): number => items.filter((i) => i.status.status === s).length;
  const parts = e.plans.length > 1 ? e.plans.map((p) => p.items) : [];
  const row = (s: PlanStatus): OutValue[] => [s, ...parts.map((items) => count(items, s)), count(e.items, s)];
  return {
    caption: "Количество по статусам",
    columns: [
      { header: "Статус", format: "text", width: 28 },
      ...(e.plans.length > 1 ? e.plans.map((p): ColumnSpec => ({ header: p.label, format: "integer", width: 14, wrap: true })) : []),
      { header: e.plans.length > 1 ? "Всего" : "Пунктов", format: "integer", width: 10 },
    ],
    rows: [...present.map(row), ["Всего", ...parts.map((items) => items.length), e.items.length]],
    highlights: [...present.map((s, r) => colored(r, 0, s)), { row: present.length, bold: true }],
  };
}

/** «МОЦ, СОИРО» names two executors, each answerable for the item; a list without commas stays one name. */
function executorsOf(executor: string): string[] {
  const names = executor.split(/[,;\n]/).map((n) => n.trim()).filter((n) => n !== "");
  return names.length > 0 ? names : ["(не указан)"];
}

function overdueByExecutor(items: EvaluatedItem[]): TableBlock {
  const byExecutor = new Map<string, EvaluatedItem[]>();
  for (const i of items.filter((x) => x.status.status === PLAN_STATUS.overdue)) {
    for (const who of executorsOf(i.record.executor)) byExecutor.set(who, [...(byExecutor.get(who) ?? []), i]);
  }
  const rows = [...byExecutor.entries()]
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0], "ru"))
    .map(([who, list]) => [who, list.length, listInCell(list.map(itemLabel), ", ", "все — в таблице, статус «Просрочено»").text]);
  return {
    caption: "Просрочено по исполнителям",
    columns: [
      { header: "Ответственный", format: "text", width: 28, wrap: true },
      { header: "Просрочено", format: "integer", width: 10 },
      { header: "Пункты", format: "text", width: 24, wrap: true },
    ],
    rows: rows.length > 0 ? rows : [["просроченных пунктов нет", 0, ""]],
    highlights: [],
  };
}

/** «Процент исполнения»: one row for one plan; a row per plan and «Всего» for several (SPEC §6). */
function completionBlock(e: PlanEvaluation, asOf: Day): TableBlock {
  const several = e.plans.length > 1;
  const row = (c: PlanCompletion): OutValue[] => [c.share, c.doneOfDue, c.due, c.withoutDate];
  return {
    caption: `Исполнение сроков на ${formatDay(asOf)}`,
    columns: [
      ...(several ? [PLAN_COLUMN] : []),
      { header: "Процент исполнения", format: "percent", width: 12 },
      { header: "Выполнено", format: "integer", width: 10 },
      { header: `Со сроком до ${formatDay(asOf)}`, format: "integer", width: 14 },
      { header: "Без срока или с нераспознанным сроком", format: "integer", width: 16, wrap: true },
    ],
    rows: several ? [...e.plans.map((p) => [p.label, ...row(p.completion)]), ["Всего", ...row(e.completion)]] : [row(e.completion)],
    highlights: several ? [{ row: e.plans.length, bold: true }] : [],
  };
}

function upcoming(items: EvaluatedItem[], asOf: Day, several: boolean): TableBlock {
  const last = plusDays(asOf, UPCOMING_DAYS);
  const soon = items
    .filter((i) => i.status.nextControlPoint !== undefined && i.status.nextControlPoint <= last)
    .sort((a, b) => a.status.nextControlPoint! - b.status.nextControlPoint!);
  return {
    caption: `Ближайшие сроки (до ${formatDay(last)})`,
    columns: [
      { header: "№", format: "text", width: 6 },
      ...(several ? [PLAN_COLUMN] : []),
      { header: "Мероприятие", format: "text", width: 40, wrap: true },
      { header: "Контрольный срок", format: "date", width: 12 },
      { header: "Ответственный", format: "text", width: 24, wrap: true },
    ],
    rows: soon.map((i) => [i.record.number, ...(several ? [i.plan] : []), i.record.measure, i.status.nextControlPoint!, i.record.executor]),
    highlights: [],
  };
}
