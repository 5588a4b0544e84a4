/**
 * A plan item's deadline from the cells its plan writes it in (SPEC §3, §5): one deadline cell, parsed as written;
 * a window in two cells («Срок» over «начало | окончание»): its start from the first cell, its end from the second,
 * each read by the same parser; a Gantt-style plan («Сроки» over months or quarters): one window per marked
 * sub-column, in each year of the plan period; several deadline columns (a session or a year each): one window per
 * filled cell, read in the period its column's header names.
 */
import { type Cell, cellText, isBlank } from "../cell";
import { type Day, type DaySpan, endOfMonth, firstOfMonth, formatDay, isPlausibleDateSerial, ymd } from "../calendar";
import { type DeadlineOptions, parseDeadline } from "../deadlines/parseDeadline";
import type { DeadlineResult } from "../deadlines/result";
import type { PlanPeriod } from "../period";
import { cellProblem, type Problem } from "../problems";
import { findPeriodInTitle } from "../periodText";
import { DEFAULT_SETTINGS } from "../settings";
import type { LabelledCell, PlanRecord, ScheduleCell, SourcedCell } from "../tables/records";

/** Marks of a Gantt cell (SPEC §3: х, +, ✓, v), Latin and Cyrillic alike. */
const SCHEDULE_MARKS = new Set(["х", "x", "+", "✓", "✔", "v", "*", "да", "1"]);

const MONTH_NAMES = [
  "январь",
  "февраль",
  "март",
  "апрель",
  "май",
  "июнь",
  "июль",
  "август",
  "сентябрь",
  "октябрь",
  "ноябрь",
  "декабрь",
];
const QUARTER_NAMES = ["I", "II", "III", "IV"];

export interface ItemDeadline {
  deadline: DeadlineResult;
  /** The deadline as the plan shows it, for «Сроки (как в плане)». */
  written: string;
  /** Cells that could not be read (a Gantt cell with another text than a mark); they explain an unparsed deadline. */
  problems: Problem[];
}

/** The deadline as the plan shows it: a date Excel converted is shown dd.mm.yyyy, a year as the year. */
export function writtenCell(value: Cell): string {
  if (typeof value === "number" && isPlausibleDateSerial(value)) return formatDay(Math.floor(value));
  return cellText(value);
}

/** Every cell an item's deadline is written in, with its columns' headers: what the plan period's fallback reads years from. */
export function deadlineCells(record: PlanRecord): Cell[] {
  return [
    record.deadline.value,
    ...(record.window ? [record.window.start.value, record.window.end.value] : []),
    ...(record.deadlineColumns ?? []).flatMap((c) => [c.value, c.label]),
  ];
}

export function itemDeadline(record: PlanRecord, period: PlanPeriod, options: DeadlineOptions): ItemDeadline {
  if (record.window) return windowDeadline(record.window.start, record.window.end, period, options);
  if (record.deadlineColumns) return columnsDeadline(record.deadlineColumns, period, options);
  if (record.schedule && (isBlank(record.deadline.value) || record.schedule.some((c) => !isBlank(c.value))))
    return scheduleDeadline(record.schedule, period);
  return {
    deadline: parseDeadline(record.deadline.value, period, options),
    written: writtenCell(record.deadline.value),
    problems: [],
  };
}

function unparsed(message: string, part: string): DeadlineResult {
  return { kind: "unparsed", windows: [], controlPoints: [], implied: false, message, unparsedPart: part };
}

/** «с <начало> по <окончание>» written in two cells: each cell read by the parser, the window between them. */
function windowDeadline(
  startCell: SourcedCell,
  endCell: SourcedCell,
  period: PlanPeriod,
  options: DeadlineOptions,
): ItemDeadline {
  const written = `${writtenCell(startCell.value)} – ${writtenCell(endCell.value)}`;
  if (isBlank(startCell.value) && isBlank(endCell.value))
    return { deadline: parseDeadline(null, period, options), written: "", problems: [] };
  const from = parseDeadline(isBlank(startCell.value) ? endCell.value : startCell.value, period, options);
  const to = parseDeadline(isBlank(endCell.value) ? startCell.value : endCell.value, period, options);
  for (const [part, cell] of [
    [from, startCell],
    [to, endCell],
  ] as const) {
    if (part.start === undefined || part.end === undefined) {
      const why = part.kind === "unparsed" ? part.message : "в ячейке нет даты";
      const message = `срок «${written}» не распознан: «${writtenCell(cell.value)}» — ${why}`;
      return {
        deadline: unparsed(message, writtenCell(cell.value)),
        written,
        problems: [cellProblem(cell.ref.sheet, cell.ref.row, cell.ref.col, message)],
      };
    }
  }
  const start = from.start!;
  const end = to.end!;
  if (start > end) {
    const message = `срок «${written}» не распознан: начало ${formatDay(start)} позже окончания ${formatDay(end)}`;
    return {
      deadline: unparsed(message, written),
      written,
      problems: [cellProblem(endCell.ref.sheet, endCell.ref.row, endCell.ref.col, message)],
    };
  }
  const implied = [...(from.impliedParts ?? []), ...(to.impliedParts ?? [])];
  const deadline: DeadlineResult = {
    kind: "period",
    windows: [{ start, end }],
    controlPoints: [end],
    start,
    end,
    implied: implied.length > 0,
  };
  if (implied.length > 0) deadline.impliedParts = implied;
  return { deadline, written, problems: [] };
}

/**
 * The period a deadline column's cells are read in: the years its header names («Срок 2022 год»: «март» is March
 * 2022), the window its header is («II полугодие»), else the plan's. The parser is given it as the plan period.
 */
export function columnPeriod(label: string, period: PlanPeriod, options: DeadlineOptions): PlanPeriod {
  const years = findPeriodInTitle(label, options.schoolYearEnd ?? DEFAULT_SETTINGS.schoolYearEnd);
  if (years) return { ...years, source: period.source };
  const own = label === "" ? null : parseDeadline(label, period, options);
  return own?.kind === "period" && own.windows.length === 1
    ? { start: own.windows[0].start, end: own.windows[0].end, source: period.source, text: label }
    : period;
}

/** «Дата: 1 декабря 2021»; a blank header adds nothing. */
function labelled(cell: LabelledCell): string {
  return cell.label === "" ? writtenCell(cell.value) : `${cell.label}: ${writtenCell(cell.value)}`;
}

/**
 * Several deadline columns (SPEC §3: a session or a year each): each filled cell is read in its column's period and
 * gives its windows; the item runs from the first window's start to the last window's end (SPEC §5).
 */
function columnsDeadline(cells: LabelledCell[], period: PlanPeriod, options: DeadlineOptions): ItemDeadline {
  const filled = cells.filter((c) => !isBlank(c.value));
  const written = filled.map(labelled).join("; ");
  const parts = filled.map((cell) => ({
    cell,
    read: parseDeadline(cell.value, columnPeriod(cell.label, period, options), options),
  }));
  const bad = parts.find((p) => p.read.kind === "unparsed");
  if (bad) {
    const message = `срок «${labelled(bad.cell)}» не распознан: ${bad.read.message ?? "непонятный текст"}`;
    return {
      deadline: unparsed(message, writtenCell(bad.cell.value)),
      written,
      problems: [cellProblem(bad.cell.ref.sheet, bad.cell.ref.row, bad.cell.ref.col, message)],
    };
  }
  const dated = parts.filter((p) => p.read.start !== undefined && p.read.end !== undefined).map((p) => p.read);
  const notes = parts.map((p) => p.read.note).filter((n): n is string => n !== undefined);
  if (dated.length === 0) {
    const deadline: DeadlineResult = { kind: "none", windows: [], controlPoints: [], implied: false };
    if (notes.length > 0) deadline.note = notes.join("; ");
    return { deadline, written, problems: [] };
  }
  const windows = dated.flatMap((d) => d.windows).sort((a, b) => a.start - b.start);
  const kinds = new Set(dated.map((d) => d.kind));
  const implied = dated.flatMap((d) => d.impliedParts ?? []);
  const deadline: DeadlineResult = {
    kind: kinds.size === 1 ? dated[0].kind : "period",
    windows,
    controlPoints: [...new Set(dated.flatMap((d) => d.controlPoints))].sort((a, b) => a - b),
    start: Math.min(...dated.map((d) => d.start!)),
    end: Math.max(...dated.map((d) => d.end!)),
    implied: dated.some((d) => d.implied),
  };
  if (implied.length > 0) deadline.impliedParts = implied;
  if (notes.length > 0) deadline.note = notes.join("; ");
  return { deadline, written, problems: [] };
}

function isMark(value: Cell): boolean {
  return typeof value === "number" ? value === 1 : SCHEDULE_MARKS.has(cellText(value).toLowerCase().replace(/\.$/, ""));
}

/** Windows of a month or quarter in every year of the plan period that it overlaps. */
function windowsOf(cell: ScheduleCell, period: PlanPeriod): DaySpan[] {
  const out: DaySpan[] = [];
  for (let year = ymd(period.start).year; year <= ymd(period.end).year; year++) {
    const first = cell.unit === "month" ? cell.n : 3 * cell.n - 2;
    const last = cell.unit === "month" ? cell.n : 3 * cell.n;
    const window = { start: firstOfMonth(year, first), end: endOfMonth(year, last) };
    if (window.end >= period.start && window.start <= period.end) out.push(window);
  }
  return out;
}

function scheduleDeadline(cells: ScheduleCell[], period: PlanPeriod): ItemDeadline {
  const problems: Problem[] = [];
  const marked: ScheduleCell[] = [];
  for (const cell of cells) {
    if (isBlank(cell.value)) continue;
    if (isMark(cell.value)) marked.push(cell);
    else
      problems.push(
        cellProblem(
          cell.ref.sheet,
          cell.ref.row,
          cell.ref.col,
          `в графике плана отметка «${cellText(cell.value)}» не понята: отметьте месяц или квартал знаком «х», «+», «✓» или «v»; ячейка не учтена`,
        ),
      );
  }
  const names = marked.map((c) => (c.unit === "month" ? MONTH_NAMES[c.n - 1] : `${QUARTER_NAMES[c.n - 1]} квартал`));
  const written = names.length > 0 ? `по графику: ${names.join(", ")}` : "";
  const windows = marked.flatMap((c) => windowsOf(c, period)).sort((a, b) => a.start - b.start);
  if (windows.length === 0) {
    // Nothing marked but a text that is no mark: the deadline was not understood, never «Без срока».
    const deadline: DeadlineResult =
      marked.length > 0
        ? unparsed(
            `отмеченные в графике ${names.join(", ")} не попадают в период плана ${formatDay(period.start)}–${formatDay(period.end)}`,
            written,
          )
        : problems.length > 0
          ? unparsed("в графике нет отметки, которую можно прочитать", "")
          : {
              kind: "none",
              windows: [],
              controlPoints: [],
              implied: false,
              note: "в графике не отмечен ни один месяц или квартал",
            };
    return { deadline, written, problems };
  }
  const deadline: DeadlineResult = {
    kind: "period",
    windows,
    controlPoints: [...new Set(windows.map((w) => w.end as Day))].sort((a, b) => a - b),
    start: windows[0].start,
    end: Math.max(...windows.map((w) => w.end)),
    implied: false,
  };
  return { deadline, written, problems };
}
