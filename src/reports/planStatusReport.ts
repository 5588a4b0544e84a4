/**
 * «Исполнение плана» (SPEC §5, §6): each plan item with its deadline as written, its window, status, days
 * overdue and next control point; above it the counts by status, overdue items by executor, «Процент
 * исполнения» and the control points of the next 30 days. Notes say which plan period was used and where from.
 */
import { type Cell, cellText } from "../core/cell";
import { type Day, formatDay, isPlausibleDateSerial, plusDays } from "../core/calendar";
import { percentText } from "../core/numberText";
import { parseDeadline } from "../core/deadlines/parseDeadline";
import type { DeadlineResult } from "../core/deadlines/result";
import { type PlanCompletion, planCompletion } from "../core/plan/completion";
import { type DoneMark, readDoneMark } from "../core/plan/doneMark";
import { choosePlanPeriod, describePlanPeriod } from "../core/plan/planPeriod";
import { PLAN_STATUS, PLAN_STATUS_ORDER, type PlanItemStatus, type PlanStatus, planItemStatus } from "../core/plan/status";
import type { PlanPeriod } from "../core/period";
import { cellProblem, type Problem } from "../core/problems";
import type { PlanRecord, WorkbookData } from "../core/tables/records";
import { reportTitle } from "./common";
import type { ReportContext } from "./context";
import { type Highlight, type OutValue, REPORT_SHEET_NAMES, type SheetDescription, type TableBlock } from "./model";

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

export interface EvaluatedItem {
  record: PlanRecord;
  deadline: DeadlineResult;
  done: DoneMark;
  status: PlanItemStatus;
}

export interface PlanEvaluation {
  period: PlanPeriod;
  items: EvaluatedItem[];
  completion: PlanCompletion;
  problems: Problem[];
}

/** Reads every plan item against the chosen plan period at «на дату». */
export function evaluatePlan(data: WorkbookData, ctx: ReportContext): PlanEvaluation {
  const period = choosePlanPeriod(
    { run: ctx.planPeriod, settings: ctx.settings.planPeriod, title: data.planPeriod },
    data.plan.map((r) => r.deadline.value),
    ctx.asOf,
  );
  const problems: Problem[] = [];
  const items = data.plan.map((record) => {
    const deadline = parseDeadline(record.deadline.value, period, { schoolYearEnd: ctx.settings.schoolYearEnd });
    const done = readDoneMark(record.doneMark?.value ?? null, record.doneDate?.value ?? null);
    if (deadline.kind === "unparsed") {
      const { sheet, row, col } = record.deadline.ref;
      problems.push(cellProblem(sheet, row, col, `Пункт ${itemLabel(record)}: срок «${writtenDeadline(record.deadline.value)}» не распознан: ${deadline.message}`));
    }
    if (done.state === "invalid") {
      // the mark alone reads well: the done-date cell is the one to fix
      const markAlone = readDoneMark(record.doneMark?.value ?? null, null).state !== "invalid";
      const ref = (markAlone ? record.doneDate?.ref : record.doneMark?.ref) ?? record.ref;
      problems.push(cellProblem(ref.sheet, ref.row, ref.col, `Пункт ${itemLabel(record)}: ${done.message}; пункт считается невыполненным`));
    }
    return { record, deadline, done, status: planItemStatus(deadline, done, ctx.asOf) };
  });
  return { period, items, completion: planCompletion(items, ctx.asOf), problems };
}

function itemLabel(r: PlanRecord): string {
  return r.number !== "" ? `№ ${r.number}` : `в строке ${r.ref.row + 1}`;
}

/** The deadline as the plan shows it: a date Excel converted is shown dd.mm.yyyy, a year as the year. */
function writtenDeadline(value: Cell): string {
  if (typeof value === "number" && isPlausibleDateSerial(value)) return formatDay(Math.floor(value));
  return cellText(value);
}

/** «Просрочено: 4 из 22, процент исполнения 68,2 %» — the pane's line, rounded as the sheet's cell. */
export function planSummaryLine(evaluation: PlanEvaluation): string {
  const overdue = evaluation.items.filter((i) => i.status.status === PLAN_STATUS.overdue).length;
  const share = evaluation.completion.share;
  const percent = share === null ? "процент исполнения не определён: сроки пунктов ещё не наступили" : `процент исполнения ${percentText(share)}`;
  return `Просрочено: ${overdue} из ${evaluation.items.length}, ${percent}`;
}

/** The pane's line straight from the workbook's data. */
export function planStatusSummary(data: WorkbookData, ctx: ReportContext): string {
  return planSummaryLine(evaluatePlan(data, ctx));
}

export function buildPlanStatusReport(data: WorkbookData, ctx: ReportContext): SheetDescription {
  const evaluation = evaluatePlan(data, ctx);
  const name = REPORT_SHEET_NAMES.planStatus;
  return {
    reportId: "planStatus",
    sheetName: name,
    title: reportTitle(name, ctx.asOf),
    asOf: ctx.asOf,
    notes: notesOf(evaluation),
    main: mainBlock(evaluation.items),
    above: [statusCounts(evaluation.items), overdueByExecutor(evaluation.items), completionBlock(evaluation.completion, ctx.asOf), upcoming(evaluation.items, ctx.asOf)],
    below: [],
    problems: evaluation.problems,
  };
}

function notesOf(e: PlanEvaluation): string[] {
  const notes = [describePlanPeriod(e.period), planSummaryLine(e)];
  const implied = e.items.filter((i) => i.deadline.implied);
  if (implied.length > 0) {
    const list = implied.map((i) => `${itemLabel(i.record)} («${i.deadline.impliedParts!.join("», «")}»)`).join(", ");
    notes.push(`Год взят из периода плана: ${list}`);
  }
  const remarks = e.items.filter((i) => i.deadline.note !== undefined);
  if (remarks.length > 0) notes.push(`Примечания к срокам не меняют срок: ${remarks.map((i) => `${itemLabel(i.record)} — «${i.deadline.note}»`).join("; ")}`);
  return notes;
}

function colored(row: number, col: number, status: PlanStatus): Highlight {
  return { row, col, ...STATUS_COLORS[status], ...(status === PLAN_STATUS.overdue ? { bold: true } : {}) };
}

function mainBlock(items: EvaluatedItem[]): TableBlock {
  const rows: OutValue[][] = items.map(({ record, deadline, status }) => [
    record.number,
    record.measure,
    writtenDeadline(record.deadline.value),
    record.executor,
    deadline.start ?? null,
    deadline.end ?? null,
    status.status,
    status.overdueDays,
    status.nextControlPoint ?? null,
    record.section ?? "",
  ]);
  return {
    columns: [
      { header: "№", format: "text", width: 6 },
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
    highlights: items.map((i, row) => colored(row, 6, i.status.status)),
  };
}

function statusCounts(items: EvaluatedItem[]): TableBlock {
  const present = PLAN_STATUS_ORDER.filter((s) => items.some((i) => i.status.status === s));
  return {
    caption: "Количество по статусам",
    columns: [
      { header: "Статус", format: "text", width: 28 },
      { header: "Пунктов", format: "integer", width: 10 },
    ],
    rows: [...present.map((s) => [s, items.filter((i) => i.status.status === s).length]), ["Всего", items.length]],
    highlights: [...present.map((s, row) => colored(row, 0, s)), { row: present.length, bold: true }],
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
    .map(([who, list]) => [who, list.length, list.map((i) => itemLabel(i.record)).join(", ")]);
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

function completionBlock(c: PlanCompletion, asOf: Day): TableBlock {
  return {
    caption: `Исполнение сроков на ${formatDay(asOf)}`,
    columns: [
      { header: "Процент исполнения", format: "percent", width: 12 },
      { header: "Выполнено", format: "integer", width: 10 },
      { header: `Со сроком до ${formatDay(asOf)}`, format: "integer", width: 14 },
      { header: "Без срока или с нераспознанным сроком", format: "integer", width: 16, wrap: true },
    ],
    rows: [[c.share, c.doneOfDue, c.due, c.withoutDate]],
    highlights: [],
  };
}

function upcoming(items: EvaluatedItem[], asOf: Day): TableBlock {
  const last = plusDays(asOf, UPCOMING_DAYS);
  const soon = items
    .filter((i) => i.status.nextControlPoint !== undefined && i.status.nextControlPoint <= last)
    .sort((a, b) => a.status.nextControlPoint! - b.status.nextControlPoint!);
  return {
    caption: `Ближайшие сроки (до ${formatDay(last)})`,
    columns: [
      { header: "№", format: "text", width: 6 },
      { header: "Мероприятие", format: "text", width: 40, wrap: true },
      { header: "Контрольный срок", format: "date", width: 12 },
      { header: "Ответственный", format: "text", width: 24, wrap: true },
    ],
    rows: soon.map((i) => [i.record.number, i.record.measure, i.status.nextControlPoint!, i.record.executor]),
    highlights: [],
  };
}
