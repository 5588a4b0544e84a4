/**
 * Plan items (мероприятия плана) read out of plan tables as written: the item's own number, measure, the deadline
 * cell, executor, groups, done mark and date, and the section heading above. Interpreting them (deadlines,
 * marks, groups) belongs to the plan and risk modules.
 */
import { type Cell, cellText, isBlank } from "../cell";
import { cellAddress } from "../a1";
import { cellProblem, type Problem } from "../problems";
import type { LabelledCell, PlanInfo, PlanRecord, ScheduleCell, SourcedCell } from "./records";
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
  return {
    value: row.cells[column.col - table.range.left] ?? null,
    ref: { sheet: table.sheet, row: row.row, col: column.col },
  };
}

function scheduleCells(table: FoundTable, row: TableRow): ScheduleCell[] {
  return table.columns.flatMap((c) => {
    const unit = c.meaning === "scheduleMark" ? scheduleUnitOf(ownPart(c.header)) : null;
    if (!unit) return [];
    return [
      {
        ...unit,
        value: row.cells[c.col - table.range.left] ?? null,
        ref: { sheet: table.sheet, row: row.row, col: c.col },
      },
    ];
  });
}

/** Every column of a meaning that may repeat (Omsk writes two indicators of one item in two columns). */
function cellsOf(table: FoundTable, row: TableRow, meaning: ColumnMeaning): SourcedCell[] {
  return table.columns
    .filter((c) => c.meaning === meaning)
    .map((column) => ({
      value: row.cells[column.col - table.range.left] ?? null,
      ref: { sheet: table.sheet, row: row.row, col: column.col },
    }));
}

/** The first letter of a text is lowercase: a text cut by a page break («образования в разделе …»). */
function startsLowercase(value: Cell): boolean {
  const letter = /\p{L}/u.exec(cellText(value));
  return letter !== null && letter[0] !== letter[0].toUpperCase();
}

/** Appends a continuation's text to the item's cell of the same column. */
function joinText(above: string, more: Cell): string {
  const text = cellText(more);
  return above === "" ? text : `${above} ${text}`;
}

/** «3» after «2», «1.4» after «1.3»: the number an item after `number` would carry. */
function nextNumber(number: string): string {
  const m = /^(.*?)(\d+)(\.?)$/.exec(number);
  return m ? `${m[1]}${Number(m[2]) + 1}${m[3]}` : "";
}

/**
 * Is this row the rest of the item above (SPEC §3, issue 24)? Either no number, no deadline and no executor (today's
 * rule, in a numbered plan), or no deadline, a number missing or repeating an earlier item's out of sequence, and
 * every filled cell starting in lowercase (a text cut by a page break: Omsk's «1 | образования в разделе …»).
 * The answer says why, for the remark; null when the row is an item.
 */
function continues(
  table: FoundTable,
  row: TableRow,
  records: PlanRecord[],
  number: string,
  executor: Cell,
  deadlineBlank: boolean,
): string | null {
  const previous = records[records.length - 1];
  if (!previous || !deadlineBlank) return null;
  const numberCol = table.columns.find((c) => c.meaning === "itemNumber")?.col;
  if (numberCol !== undefined && number === "" && isBlank(executor)) return "строка без номера, срока и ответственного";
  const repeated = number !== "" && number !== nextNumber(previous.number) && records.some((r) => r.number === number);
  const texts = row.cells.filter((v, i) => !isBlank(v) && table.range.left + i !== numberCol);
  if ((number === "" || repeated) && texts.length > 0 && texts.every(startsLowercase))
    return number === ""
      ? "строка без номера и срока, текст со строчной буквы"
      : `строка без срока с номером ${number}, уже встречавшимся выше, текст со строчной буквы`;
  return null;
}

/**
 * Joins a continuation row to the item above cell by cell (SPEC §3): the measure always; the executor and indicators
 * when their text starts in lowercase (a capitalised text there is a text of its own: named in the remark, not joined).
 */
function joinContinuation(
  table: FoundTable,
  row: TableRow,
  previous: PlanRecord,
  why: string,
  problems: Problem[],
): void {
  const left: string[] = [];
  let joined = 0;
  for (const column of table.columns) {
    const value = row.cells[column.col - table.range.left] ?? null;
    if (isBlank(value) || column.meaning === "itemNumber") continue;
    joined++;
    if (column.meaning === "measure") previous.measure = joinText(previous.measure, value);
    else if (column.meaning === "executor" && startsLowercase(value))
      previous.executor = joinText(previous.executor, value);
    else if (column.meaning === "indicator" && startsLowercase(value)) {
      const cell = previous.indicators?.find((c) => c.ref.col === column.col);
      if (cell) cell.value = joinText(cellText(cell.value), value);
      else (previous.indicators ??= []).push({ value, ref: { sheet: table.sheet, row: row.row, col: column.col } });
    } else {
      joined--;
      left.push(`«${cellText(value)}» (колонка «${column.header}»)`);
    }
  }
  const item = previous.number !== "" ? `№ ${previous.number}` : `в строке ${previous.ref.row + 1}`;
  const unjoined = `${left.join(", ")} не ${left.length > 1 ? "присоединены" : "присоединён"} к пункту: ${left.length > 1 ? "начинаются" : "начинается"} с заглавной буквы`;
  const message =
    joined === 0
      ? `строка ${row.row + 1} плана — ${why}, не пункт плана; текст ${unjoined}`
      : `строка ${row.row + 1} плана — ${why}: продолжение пункта ${item} (перенос текста на новую страницу), присоединена к нему${left.length > 0 ? `; ${unjoined}` : ""}`;
  const first = row.cells.findIndex((v) => !isBlank(v));
  problems.push(cellProblem(table.sheet, row.row, table.range.left + Math.max(0, first), message, "info"));
}

function readTable(table: FoundTable, problems: Problem[]): PlanRecord[] {
  const records: PlanRecord[] = [];
  const deadlineColumns = table.columns.filter((c) => c.meaning === "deadline");
  for (const row of table.rows) {
    const measure = cellOf(table, row, "measure")!;
    const number = cellOf(table, row, "itemNumber");
    const cellAt = (col: number): Cell => row.cells[col - table.range.left] ?? null;
    const labelled: LabelledCell[] = deadlineColumns.map((c) => ({
      value: cellAt(c.col),
      ref: { sheet: table.sheet, row: row.row, col: c.col },
      label: ownPart(c.header),
    }));
    const start = cellOf(table, row, "deadlineStart");
    const end = cellOf(table, row, "deadlineEnd");
    const schedule = scheduleCells(table, row);
    const deadline = labelled.find((c) => !isBlank(c.value)) ??
      labelled[0] ??
      start ?? { value: null, ref: measure.ref };
    const executor = cellOf(table, row, "executor");
    const deadlineBlank = [...labelled, ...(start ? [start] : []), ...(end ? [end] : []), ...schedule].every((c) =>
      isBlank(c.value),
    );
    const numberText = cellText(number?.value ?? null);
    const why = continues(table, row, records, numberText, executor?.value ?? null, deadlineBlank);
    if (why !== null) {
      joinContinuation(table, row, records[records.length - 1], why, problems);
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
      number: numberText,
      measure: cellText(measure.value),
      deadline: { value: deadline.value, ref: deadline.ref },
      executor: cellText(executor?.value ?? null),
      ref: measure.ref,
    };
    if (labelled.length > 1) record.deadlineColumns = labelled;
    if (start && end) record.window = { start, end };
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
  const plan: PlanInfo = {
    key: sheetHasMore ? `${table.sheet}, строка ${table.range.top + 1}` : table.sheet,
    sheet: table.sheet,
    range: table.range,
    items,
  };
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
      readTable(t, problems),
    ),
  );
  if (plans.length > 1)
    notes.push(
      `Планов: ${plans.length} (${plans.map((p) => `«${p.key}»`).join(", ")}); у каждого свой период, своя нумерация и свой процент исполнения`,
    );
  for (const t of planTables) {
    if (
      !t.columns.some((c) => c.meaning === "deadline" || c.meaning === "deadlineStart" || c.meaning === "scheduleMark")
    )
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
