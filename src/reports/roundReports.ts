/**
 * The quarterly round's sheets (SPEC §10), from the returned forms the engine consolidated (core/forms/round.ts):
 * «Свод по муниципалитетам» (each municipality's status of each item, exactly as «Исполнение плана» would show it
 * with that mark and date), «Сдача форм» (who returned a form and how far each went) and «Изменения показателей»
 * (indicator values the forms changed). They are one report: one registry line, three sheets.
 */
import { formatDay } from "../core/calendar";
import { cellText, normalizeText } from "../core/cell";
import {
  applyIndicatorChanges,
  changesPerMunicipality,
  type IndicatorChange,
  indicatorChanges,
} from "../core/forms/indicatorChanges";
import {
  answerDone,
  consolidateRound,
  formItemNumber,
  formPlanName,
  missingFormsLine,
  type Round,
} from "../core/forms/round";
import { completionRuleLine } from "../core/plan/completion";
import type { EvaluatedPlan, PlanEvaluation } from "../core/plan/evaluate";
import { cellAddress } from "../core/a1";
import type { Problem } from "../core/problems";
import { quarterForPlan, quarterInWords } from "../core/plan/quarter";
import { municipalitiesOf } from "../core/risk/scope";
import { PLAN_STATUS, type PlanStatus } from "../core/plan/status";
import type { WorkbookData } from "../core/tables/records";
import { reportFrame } from "./common";
import type { ReportContext, RoundFacts, RunFacts } from "./context";
import type { SheetDescription } from "./model";
import { STATUS_COLORS, statusStyle } from "./planStatusReport";
import { type BuiltSheets, REPORT_SHEET_NAMES } from "./registry";
import { type Column, table } from "./table";

type Consolidated = Extract<RoundFacts, { round: Round }>;

export function buildRoundReports(_data: WorkbookData, ctx: ReportContext, run: RunFacts): BuiltSheets {
  const round = run.round;
  if (round === undefined) return { sheets: [], notBuilt: [] };
  if ("refused" in round)
    return { sheets: [], notBuilt: [`Отчёт «${REPORT_SHEET_NAMES.round}» не построен: ${round.refused}.`] };
  return {
    sheets: [summarySheet(round.round, ctx), returnsSheet(round.round, ctx), changesSheet(round, ctx)],
    notBuilt: [],
  };
}

function roundNotes(round: Round): string[] {
  const missing = missingFormsLine(round);
  return [
    `${quarterInWords(round.quarter)}; план «${round.plan.info.title ?? round.plan.info.key}»`,
    ...(missing ? [missing] : []),
  ];
}

function summarySheet(round: Round, ctx: ReportContext): SheetDescription {
  const lines = round.plan.items.flatMap((item, index) => {
    const answers = round.municipalities.map((m) => m.answers.find((a) => a.item === index));
    const holding = answers.filter((a) => a !== undefined);
    return holding.length === 0
      ? []
      : [{ item, index, answers, done: holding.filter((a) => answerDone(a, ctx.asOf)).length, of: holding.length }];
  });
  type Line = (typeof lines)[number];
  return {
    ...reportFrame("round", ctx),
    notes: [
      ...roundNotes(round),
      "Статус — как в «Исполнение плана» по отметке и дате из формы муниципалитета; пусто — пункта нет в его форме; не представившие форму считаются не выполнившими",
    ],
    // Dozens of municipalities print across pages, «№ | Мероприятие» repeated at the left of each.
    printTitleColumns: 2,
    main: table<Line>(lines, [
      { header: "№", format: "text", width: 6, value: (l) => formItemNumber(l.item, l.index) },
      { header: "Мероприятие", format: "text", width: 40, wrap: true, value: (l) => l.item.record.measure },
      ...round.municipalities.map((m, i): Column<Line> => ({
        header: m.municipality,
        format: "text",
        width: 14,
        wrap: true,
        value: (l) => l.answers[i]?.status.status ?? null,
        highlight: (l) => (l.answers[i] ? statusStyle(l.answers[i].status.status) : undefined),
      })),
      { header: "Выполнили", format: "text", width: 10, value: (l) => `${l.done} из ${l.of}` },
    ]),
    above: [],
    problems: [],
  };
}

/**
 * «Сдача форм» on the basis of «Процент исполнения» (SPEC §5): the items due by «на дату», of them done and not done,
 * so that the row adds up. An item done late or overdue is always due (its end passed before «на дату»), so those
 * status counts are parts of «Выполнено» and «Не выполнено»; an item done before its deadline has come is in none.
 */
function returnsSheet(round: Round, ctx: ReportContext): SheetDescription {
  type Municipality = Round["municipalities"][number];
  const count = (m: Municipality, status: PlanStatus): number =>
    m.answers.filter((a) => a.status.status === status).length;
  return {
    ...reportFrame("round", ctx, 1),
    notes: [...roundNotes(round), completionRuleLine(ctx.asOf)],
    main: table<Municipality>(round.municipalities, [
      { header: "Муниципалитет", format: "text", width: 28, wrap: true, value: (m) => m.municipality },
      {
        header: "Форма получена",
        format: "text",
        width: 10,
        value: (m) => (m.form ? "да" : "нет"),
        highlight: (m) => (m.form ? undefined : STATUS_COLORS[PLAN_STATUS.overdue]),
      },
      { header: "Файл", format: "text", width: 36, wrap: true, value: (m) => m.form?.file ?? null },
      {
        header: `Пунктов со сроком до ${formatDay(ctx.asOf)}`,
        format: "integer",
        width: 12,
        wrap: true,
        value: (m) => m.completion.due,
      },
      { header: "Выполнено", format: "integer", width: 11, value: (m) => m.completion.doneOfDue },
      {
        header: "в т. ч. с нарушением срока",
        format: "integer",
        width: 12,
        wrap: true,
        value: (m) => count(m, PLAN_STATUS.doneLate),
      },
      {
        header: "Не выполнено",
        format: "integer",
        width: 11,
        wrap: true,
        value: (m) => m.completion.due - m.completion.doneOfDue,
      },
      {
        header: "в т. ч. просрочено",
        format: "integer",
        width: 11,
        wrap: true,
        value: (m) => count(m, PLAN_STATUS.overdue),
      },
      { header: "Процент исполнения", format: "percent", width: 11, wrap: true, value: (m) => m.completion.share },
    ]),
    above: [],
    problems: [],
  };
}

function changesSheet({ changes }: Consolidated, ctx: ReportContext): SheetDescription {
  return {
    ...reportFrame("round", ctx, 2),
    notes: [
      changes.length === 0
        ? "Формы не изменили ни одного значения показателей списка школ"
        : "Значения из форм заменили значения списка школ во всех отчётах этого запуска",
    ],
    main: table<IndicatorChange>(changes, [
      { header: "Муниципалитет", format: "text", width: 24, wrap: true, value: (c) => c.municipality },
      { header: "Наименование ОО", format: "text", width: 36, wrap: true, value: (c) => c.school.name },
      { header: "Показатель", format: "text", width: 36, wrap: true, value: (c) => c.header },
      {
        header: "Было (список школ)",
        format: "general",
        width: 14,
        wrap: true,
        value: (c) => (c.before === null ? null : cellText(c.before)),
      },
      { header: "Стало (форма)", format: "general", width: 14, wrap: true, value: (c) => cellText(c.after) },
      {
        header: "Где в форме",
        format: "text",
        width: 36,
        wrap: true,
        value: (c) => `${c.file}, лист «${c.place.sheet}», ${cellAddress(c.place.row, c.place.col)}`,
      },
    ]),
    above: [],
    problems: [],
  };
}

/**
 * The round of this run, worked out before any report (the forms' indicator values replace the list's for all of
 * them): the plan the forms name (the first when none does), the run's quarter or the plan's last ended one. No facts
 * when no forms were given (the round is no part of the run); a refusal when forms were given but none can be used.
 */
export function consolidateForms(
  data: WorkbookData,
  ctx: ReportContext,
  plan: PlanEvaluation,
  modified: ReadonlyMap<string, string>,
): { facts?: RoundFacts; problems: Problem[] } {
  const readings = data.forms ?? [];
  if (readings.length === 0 || plan.plans.length === 0 || data.schools.length === 0) return { problems: [] };
  const named = (p: EvaluatedPlan): number =>
    readings.filter((r) => r.kind === "form" && normalizeText(r.form.identity.plan) === normalizeText(formPlanName(p)))
      .length;
  const chosen = [...plan.plans].sort((a, b) => named(b) - named(a))[0];
  const quarter = quarterForPlan(chosen.period, ctx.asOf, ctx.quarter);
  if (quarter.kind === "none") return { facts: { refused: quarter.reason }, problems: [] };
  const round = consolidateRound({
    plan: chosen,
    quarter: quarter.quarter,
    municipalities: municipalitiesOf(data),
    readings,
    asOf: ctx.asOf,
    modified,
  });
  const counted = round.municipalities.flatMap((m) => (m.form ? [{ municipality: m.municipality, form: m.form }] : []));
  // Forms were given but none is of this plan, quarter and list: a round of nobody would only mislead.
  if (counted.length === 0) {
    const why = `ни одна из указанных форм (${readings.length}) не относится к плану и кварталу свода (${quarterInWords(quarter.quarter)}) и к муниципалитетам списка школ — почему, сказано в замечаниях к каждой форме`;
    return { facts: { refused: why }, problems: round.problems };
  }
  const { changes, problems } = indicatorChanges(counted, data.schools, data.extraHeaders);
  applyIndicatorChanges(changes);
  return {
    facts: { round, changes },
    problems: [...round.problems, ...problems, ...changesPerMunicipality(changes, "Изменения показателей")],
  };
}
