/**
 * Plan items (мероприятия плана) read out of plan tables as written: the item's own number, measure, the deadline
 * cell, executor, groups, done mark and date, and the section heading above. Interpreting them (deadlines,
 * marks, groups) belongs to the plan and risk modules.
 */
import { cellText, isBlank } from "../cell";
import { cellAddress } from "../a1";
import { cellProblem, type Problem } from "../problems";
import type { PlanInfo, PlanRecord, ScheduleCell, SourcedCell } from "./records";
import { ownPart, scheduleUnitOf } from "./subColumns";
import type { ColumnMeaning, FoundTable, TableRow } from "./types";

export interface PlanReading {
  plan: PlanRecord[];
  plans: PlanInfo[];
  planHasGroups: boolean;
  problems: Problem[];
  notes: string[];
}

function cellOf(table: FoundTable, row: TableRow, meaning: ColumnMeaning): SourcedCell | undefined {
  const column = table.columns.find((c) => c.meaning === meaning);
  if (!column) return undefined;
  return { value: row.cells[column.col - table.range.left] ?? null, ref: { sheet: table.sheet, row: row.row, col: column.col } };
}

function scheduleCells(table: FoundTable, row: TableRow): ScheduleCell[] {
  return table.columns.flatMap((c) => {
    const unit = c.meaning === "scheduleMark" ? scheduleUnitOf(ownPart(c.header)) : null;
    if (!unit) return [];
    return [{ ...unit, value: row.cells[c.col - table.range.left] ?? null, ref: { sheet: table.sheet, row: row.row, col: c.col } }];
  });
}

/** Every column of a meaning that may repeat (Omsk writes two indicators of one item in two columns). */
function cellsOf(table: FoundTable, row: TableRow, meaning: ColumnMeaning): SourcedCell[] {
  return table.columns
    .filter((c) => c.meaning === meaning)
    .map((column) => ({ value: row.cells[column.col - table.range.left] ?? null, ref: { sheet: table.sheet, row: row.row, col: column.col } }));
}

function readTable(table: FoundTable, problems: Problem[], notes: string[]): PlanRecord[] {
  const records: PlanRecord[] = [];
  const hasNumbers = table.columns.some((c) => c.meaning === "itemNumber");
  for (const row of table.rows) {
    const measure = cellOf(table, row, "measure")!;
    const number = cellOf(table, row, "itemNumber");
    const deadline = cellOf(table, row, "deadline") ?? cellOf(table, row, "deadlineStart") ?? { value: null, ref: measure.ref };
    const executor = cellOf(table, row, "executor");
    const previous = records[records.length - 1];
    // A page break cuts an item's text: the rest comes without a number, deadline or executor.
    if (hasNumbers && previous && isBlank(number?.value ?? null) && isBlank(deadline.value) && isBlank(executor?.value ?? null)) {
      if (!isBlank(measure.value)) previous.measure = `${previous.measure} ${cellText(measure.value)}`;
      notes.push(
        `Лист «${table.sheet}», строка ${row.row + 1}: строка без номера, срока и ответственного — продолжение мероприятия ${previous.number || `в строке ${previous.ref.row + 1}`} (перенос на новую страницу)`,
      );
      continue;
    }
    if (isBlank(measure.value)) {
      problems.push({
        ...cellProblem(
          measure.ref.sheet,
          measure.ref.row,
          measure.ref.col,
          `в строке ${row.row + 1} плана не указано мероприятие (ячейка ${cellAddress(measure.ref.row, measure.ref.col)} пуста); строка учтена как пункт без названия`,
        ),
        severity: "warning",
      });
    }
    const record: PlanRecord = {
      number: cellText(number?.value ?? null),
      measure: cellText(measure.value),
      deadline,
      executor: cellText(executor?.value ?? null),
      ref: measure.ref,
    };
    const start = cellOf(table, row, "deadlineStart");
    const end = cellOf(table, row, "deadlineEnd");
    if (start && end) record.window = { start, end };
    const schedule = scheduleCells(table, row);
    if (schedule.length > 0) record.schedule = schedule;
    const groups = cellOf(table, row, "groups");
    const doneMark = cellOf(table, row, "doneMark");
    const doneDate = cellOf(table, row, "doneDate");
    if (groups) record.groups = groups;
    if (doneMark) record.doneMark = doneMark;
    if (doneDate) record.doneDate = doneDate;
    const indicators = cellsOf(table, row, "indicator").filter((c) => !isBlank(c.value));
    if (indicators.length > 0) record.indicators = indicators;
    if (row.section !== undefined) record.section = row.section;
    records.push(record);
  }
  return records;
}

/** Each plan table is a plan of its own (SPEC §5): its title, period and numbering are never another table's. */
function planOf(table: FoundTable, sheetHasMore: boolean, items: PlanRecord[]): PlanInfo {
  const plan: PlanInfo = { key: sheetHasMore ? `${table.sheet}, строка ${table.range.top + 1}` : table.sheet, sheet: table.sheet, range: table.range, items };
  if (table.file !== undefined) plan.file = table.file;
  if (table.title !== undefined) plan.title = table.title;
  if (table.period) plan.period = table.period;
  return plan;
}

export function readPlan(tables: FoundTable[]): PlanReading {
  const planTables = tables.filter((t) => t.kind === "plan");
  const problems: Problem[] = [];
  const notes: string[] = [];
  const plans = planTables.map((t) =>
    planOf(
      t,
      planTables.some((other) => other !== t && other.sheet === t.sheet),
      readTable(t, problems, notes),
    ),
  );
  if (plans.length > 1)
    notes.push(
      `Планов: ${plans.length} (${plans.map((p) => `«${p.key}»`).join(", ")}); у каждого свой период, своя нумерация и свой процент исполнения`,
    );
  for (const t of planTables) {
    if (!t.columns.some((c) => c.meaning === "deadline" || c.meaning === "deadlineStart" || c.meaning === "scheduleMark"))
      notes.push(`В плане на листе «${t.sheet}» нет колонки сроков: пункты учтены как пункты без срока`);
  }
  return {
    plan: plans.flatMap((p) => p.items),
    plans,
    planHasGroups: planTables.some((t) => t.columns.some((c) => c.meaning === "groups")),
    problems,
    notes,
  };
}
