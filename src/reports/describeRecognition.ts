/** What the add-in understood of a workbook, in the user's words (task pane and «Замечания»). */
import { formatDay, ymd } from "../core/calendar";
import type { PlanPeriod } from "../core/period";
import { cellAddress, columnLetters } from "../core/a1";
import { meaningInWords } from "../core/tables/meaningWords";
import type { WorkbookData } from "../core/tables/records";
import type { FoundTable, TableKind } from "../core/tables/types";
import { planLabels } from "../core/plan/planLabels";
import type { Recognition, RecognizedPlan, RecognizedTable } from "./recognition";
import { availableReports } from "./registry";

const KIND_WORDS: Record<TableKind, string> = {
  schools: "список школ",
  plan: "план мероприятий",
  results: "результаты оценочных процедур",
  context: "контекстные данные",
};

const SOURCE_WORDS: Record<PlanPeriod["source"], string> = {
  run: "задан для этого запуска",
  settings: "из настроек",
  title: "из заголовка",
  deadlines: "по годам в сроках",
  asOf: "по году «на дату»",
};

/** «2021 год (из заголовка: «на 2021 год»)», «01.09.2020–31.08.2021 (из заголовка: «2020-2021 учебный год»)». */
export function periodInWords(period: PlanPeriod): string {
  const start = ymd(period.start);
  const end = ymd(period.end);
  const wholeYears = start.month === 1 && start.day === 1 && end.month === 12 && end.day === 31;
  const span = !wholeYears
    ? `${formatDay(period.start)}–${formatDay(period.end)}`
    : start.year === end.year
      ? `${start.year} год`
      : `${start.year}–${end.year} годы`;
  const text = period.text ? `: «${period.text}»` : "";
  return `${span} (${SOURCE_WORDS[period.source]}${text})`;
}

function describeTable(table: FoundTable, years: string | undefined): RecognizedTable {
  const { top, left, bottom, right } = table.range;
  const described: RecognizedTable = {
    sheet: table.sheet,
    range: `${cellAddress(top, left)}:${cellAddress(bottom, right)}`,
    kind: KIND_WORDS[table.kind],
    columns: table.columns.map((c) => ({
      header: c.header,
      meaning: `${c.header === "" ? `колонка ${columnLetters(c.col)} без заголовка` : c.header} → ${meaningInWords(c.meaning, c.factor)}${c.overridden ? " (из настроек)" : c.fromValues ? " (по значениям колонки)" : ""}`,
      col: c.col,
    })),
  };
  if (table.period) described.period = periodInWords(table.period);
  if (years) described.profileYears = years;
  return described;
}

function describePlans(data: WorkbookData): RecognizedPlan[] {
  const labels = planLabels(data.plans);
  return data.plans.map((plan, i) => {
    const { top, left, bottom, right } = plan.range;
    const described: RecognizedPlan = {
      key: plan.key,
      label: labels[i],
      sheet: plan.sheet,
      range: `${cellAddress(top, left)}:${cellAddress(bottom, right)}`,
    };
    if (plan.period) described.period = periodInWords(plan.period);
    return described;
  });
}

export function describeRecognition(data: WorkbookData): Recognition {
  return {
    tables: data.tables.map((t) => describeTable(t, data.tableYears?.get(t))),
    plans: describePlans(data),
    problems: data.problems,
    notes: data.notes,
    available: availableReports(data),
  };
}
