/**
 * «Исполнение плана» (SPEC §5, §6): each plan item with its deadline as written, its window, status, days
 * overdue and next control point; above it the counts by status, overdue items by executor, «Процент
 * исполнения» and the control points of the next 30 days. Notes say which plan period was used and where from.
 * Several plans stay several: each is read against its own period, the items carry a «План» column, and the
 * counts and «Процент исполнения» are given per plan and in total.
 */
import { type Day, formatDay, plusDays } from "../core/calendar";
import { percentText } from "../core/numberText";
import { completionLine, type PlanCompletion } from "../core/plan/completion";
import { type EvaluatedItem, itemLabel, type PlanEvaluation } from "../core/plan/evaluate";
import { executorsOf } from "../core/plan/executors";
import { describePlanPeriod } from "../core/plan/planPeriod";
import { PLAN_STATUS, PLAN_STATUS_ORDER, type PlanStatus } from "../core/plan/status";
import type { WorkbookData } from "../core/tables/records";
import { listInCell } from "./cellList";
import { furtherSheet, reportFrame, seeSheet } from "./common";
import { type ReportContext, type RunFacts, runFacts } from "./context";
import type { SheetDescription, TableBlock } from "./model";
import { type CellStyle, type Column, table } from "./table";

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
  // Unreadable is not future (issue 24): with no deadline read, the summary says so.
  const unreadable = items.filter((i) => i.status.status === PLAN_STATUS.unparsed).length;
  const noneRead = unreadable > 0 && items.every((i) => i.deadline.end === undefined);
  const why = noneRead
    ? `сроки не распознаны: ${unreadable} ${itemsWord(unreadable)}`
    : "сроки пунктов ещё не наступили";
  const percent =
    share === null ? `процент исполнения не определён: ${why}` : `процент исполнения ${percentText(share)}`;
  return `Просрочено: ${overdue} из ${items.length}, ${percent}`;
}

/** «1 пункт», «2 пункта», «5 пунктов». */
function itemsWord(n: number): string {
  const tens = n % 100;
  const ones = n % 10;
  if (tens >= 11 && tens <= 14) return "пунктов";
  return ones === 1 ? "пункт" : ones >= 2 && ones <= 4 ? "пункта" : "пунктов";
}

/** The pane's and the command line's lines: one for one plan; one per plan and «Всего» for several. */
export function planSummaryLines(evaluation: PlanEvaluation): string[] {
  if (evaluation.plans.length <= 1) return [summaryLine(evaluation.items, evaluation.completion)];
  return [
    ...evaluation.plans.map((p) => `План «${p.label}»: ${summaryLine(p.items, p.completion)}`),
    `Всего по ${evaluation.plans.length} планам: ${summaryLine(evaluation.items, evaluation.completion)}`,
  ];
}

/**
 * «Просрочено по исполнителям» and «Ближайшие сроки» stand above the plan with this many rows at most (issue 23);
 * a longer list is cut there with «и ещё N — см. лист …» and given whole on a sheet of its own.
 */
const LIST_ROWS_ABOVE = 5;
/** The further sheets' parts (the registry's moreSheets of «Исполнение плана», in order). */
const OVERDUE_PART = 1;
const UPCOMING_PART = 2;

/**
 * The plan's own problems are the evaluation's: the engine lists them once for all the reports that read it.
 * The first sheet is «Исполнение плана»; after it the full lists capped above the plan, each on a sheet of its own.
 */
export function buildPlanStatusReport(
  data: WorkbookData,
  ctx: ReportContext,
  run: RunFacts = runFacts(data, ctx),
): SheetDescription[] {
  const evaluation = run.plan;
  const several = evaluation.plans.length > 1;
  const byExecutor = overdueByExecutor(evaluation.items);
  const soon = upcoming(evaluation.items, ctx.asOf, several);
  const lists = [
    { part: OVERDUE_PART, full: byExecutor, notes: ["Просроченные пункты плана по каждому ответственному"] },
    {
      part: UPCOMING_PART,
      full: soon,
      notes: [`Контрольные сроки пунктов плана в ближайшие ${UPCOMING_DAYS} дней после ${formatDay(ctx.asOf)}`],
    },
  ];
  const sheet: SheetDescription = {
    ...reportFrame("planStatus", ctx),
    notes: notesOf(evaluation, ctx),
    main: mainBlock(evaluation.items, several),
    above: [
      statusCounts(evaluation),
      capped(byExecutor, OVERDUE_PART),
      completionBlock(evaluation, ctx.asOf),
      capped(soon, UPCOMING_PART),
    ],
    problems: [],
  };
  const further = lists
    .filter((l) => l.full.rows.length > LIST_ROWS_ABOVE)
    .map((l) => furtherSheet("planStatus", ctx, l.part, l.notes, l.full));
  return [sheet, ...further];
}

/** A list above the plan cut to LIST_ROWS_ABOVE rows, its line naming the sheet where it is whole. */
function capped(list: TableBlock, part: number): TableBlock {
  const more = list.rows.length - LIST_ROWS_ABOVE;
  if (more <= 0) return list;
  return {
    ...list,
    rows: list.rows.slice(0, LIST_ROWS_ABOVE),
    highlights: list.highlights.filter((h) => h.row < LIST_ROWS_ABOVE),
    line: `и ещё ${more} — ${seeSheet("planStatus", part)}`,
  };
}

function notesOf(e: PlanEvaluation, ctx: ReportContext): string[] {
  const notes =
    e.plans.length <= 1
      ? e.plans.map((p) => describePlanPeriod(p.period))
      : e.plans.map(
          (p) =>
            `План «${p.label}» (лист «${p.info.sheet}»${p.info.file ? `, файл «${p.info.file}»` : ""}): ${describePlanPeriod(p.period)}`,
        );
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
    const list = listInCell(
      implied.map((i) => `${itemLabel(i)} («${i.deadline.impliedParts!.join("», «")}»)`),
      ", ",
      "все пункты — в таблице",
    );
    notes.push(`Год взят из периода плана: ${list.text}`);
  }
  const remarks = e.items.filter((i) => i.deadline.note !== undefined);
  if (remarks.length > 0) {
    const list = listInCell(
      remarks.map((i) => `${itemLabel(i)} — «${i.deadline.note}»`),
      "; ",
      "все — в столбце «Сроки (как в плане)»",
    );
    notes.push(`Примечания к срокам не меняют срок: ${list.text}`);
  }
  return notes;
}

/** A status's cell: its colour, «Просрочено» also bold. */
export function statusStyle(status: PlanStatus): CellStyle {
  return { ...STATUS_COLORS[status], ...(status === PLAN_STATUS.overdue ? { bold: true } : {}) };
}

/** The «План» column after «№» (SPEC §6), only when the run reads more than one plan. */
function planColumn<T>(value: (item: T) => string): Column<T> {
  return { header: "План", format: "text", width: 28, wrap: true, value };
}

const BOLD: CellStyle = { bold: true };

function mainBlock(items: EvaluatedItem[], several: boolean): TableBlock {
  return table(items, [
    { header: "№", format: "text", width: 6, value: (i) => i.record.number },
    several && planColumn((i) => i.plan),
    { header: "Мероприятие", format: "text", width: 50, wrap: true, value: (i) => i.record.measure },
    { header: "Сроки (как в плане)", format: "text", width: 24, wrap: true, value: (i) => i.written },
    { header: "Ответственный", format: "text", width: 24, wrap: true, value: (i) => i.record.executor },
    { header: "Начало", format: "date", width: 11, value: (i) => i.deadline.start ?? null },
    { header: "Окончание", format: "date", width: 11, value: (i) => i.deadline.end ?? null },
    {
      header: "Статус",
      format: "text",
      width: 18,
      wrap: true,
      value: (i) => i.status.status,
      highlight: (i) => statusStyle(i.status.status),
    },
    { header: "Просрочка, дней", format: "integer", width: 10, value: (i) => i.status.overdueDays },
    {
      header: "Ближайший контрольный срок",
      format: "date",
      width: 14,
      value: (i) => i.status.nextControlPoint ?? null,
    },
    { header: "Раздел", format: "text", width: 36, wrap: true, value: (i) => i.record.section ?? "" },
  ]);
}

/** Counts by status: one column for one plan; a column per plan and «Всего» for several. */
function statusCounts(e: PlanEvaluation): TableBlock {
  const several = e.plans.length > 1;
  const present = PLAN_STATUS_ORDER.filter((s) => e.items.some((i) => i.status.status === s));
  // A row per status present, then «Всего» (status undefined): each counts the items of its status.
  const rows: { status?: PlanStatus }[] = [...present.map((status) => ({ status })), {}];
  const count = (items: EvaluatedItem[], r: { status?: PlanStatus }): number =>
    items.filter((i) => r.status === undefined || i.status.status === r.status).length;
  return table(
    rows,
    [
      {
        header: "Статус",
        format: "text",
        width: 28,
        value: (r) => r.status ?? "Всего",
        highlight: (r) => (r.status === undefined ? undefined : statusStyle(r.status)),
      },
      ...(several
        ? e.plans.map((p): Column<{ status?: PlanStatus }> => ({
            header: p.label,
            format: "integer",
            width: 14,
            wrap: true,
            value: (r) => count(p.items, r),
          }))
        : []),
      { header: several ? "Всего" : "Пунктов", format: "integer", width: 10, value: (r) => count(e.items, r) },
    ],
    { caption: "Количество по статусам", rowHighlight: (r) => (r.status === undefined ? BOLD : undefined) },
  );
}

/** «МОЦ, СОИРО» names two executors, each answerable for the item; a list without commas stays one name. */
function executorsOfItem(executor: string): string[] {
  const names = executorsOf(executor);
  return names.length > 0 ? names : ["(не указан)"];
}

function overdueByExecutor(items: EvaluatedItem[]): TableBlock {
  const byExecutor = new Map<string, EvaluatedItem[]>();
  for (const i of items.filter((x) => x.status.status === PLAN_STATUS.overdue)) {
    for (const who of executorsOfItem(i.record.executor)) byExecutor.set(who, [...(byExecutor.get(who) ?? []), i]);
  }
  const rows = [...byExecutor.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0], "ru"));
  return table(
    rows.length > 0 ? rows : [["просроченных пунктов нет", []] as [string, EvaluatedItem[]]],
    [
      { header: "Ответственный", format: "text", width: 28, wrap: true, value: ([who]) => who },
      { header: "Просрочено", format: "integer", width: 10, value: ([, list]) => list.length },
      {
        header: "Пункты",
        format: "text",
        width: 24,
        wrap: true,
        value: ([, list]) =>
          list.length === 0 ? "" : listInCell(list.map(itemLabel), ", ", "все — в таблице, статус «Просрочено»").text,
      },
    ],
    { caption: "Просрочено по исполнителям" },
  );
}

/** «Процент исполнения»: one row for one plan; a row per plan and «Всего» for several (SPEC §6). */
function completionBlock(e: PlanEvaluation, asOf: Day): TableBlock {
  const several = e.plans.length > 1;
  const total = { label: "Всего", completion: e.completion };
  return table(
    several ? [...e.plans, total] : [total],
    [
      several && planColumn((p) => p.label),
      { header: "Процент исполнения", format: "percent", width: 12, value: (p) => p.completion.share },
      { header: "Выполнено", format: "integer", width: 10, value: (p) => p.completion.doneOfDue },
      { header: `Со сроком до ${formatDay(asOf)}`, format: "integer", width: 14, value: (p) => p.completion.due },
      {
        header: "Без срока или с нераспознанным сроком",
        format: "integer",
        width: 16,
        wrap: true,
        value: (p) => p.completion.withoutDate,
      },
    ],
    {
      caption: `Исполнение сроков на ${formatDay(asOf)}`,
      rowHighlight: (p) => (several && p === total ? BOLD : undefined),
      line: completionLine(e.completion, asOf),
    },
  );
}

function upcoming(items: EvaluatedItem[], asOf: Day, several: boolean): TableBlock {
  const last = plusDays(asOf, UPCOMING_DAYS);
  const soon = items
    .filter((i) => i.status.nextControlPoint !== undefined && i.status.nextControlPoint <= last)
    .sort((a, b) => a.status.nextControlPoint! - b.status.nextControlPoint!);
  return table(
    soon,
    [
      { header: "№", format: "text", width: 6, value: (i) => i.record.number },
      several && planColumn((i) => i.plan),
      { header: "Мероприятие", format: "text", width: 40, wrap: true, value: (i) => i.record.measure },
      { header: "Контрольный срок", format: "date", width: 12, value: (i) => i.status.nextControlPoint! },
      { header: "Ответственный", format: "text", width: 24, wrap: true, value: (i) => i.record.executor },
    ],
    { caption: `Ближайшие сроки (до ${formatDay(last)})` },
  );
}
