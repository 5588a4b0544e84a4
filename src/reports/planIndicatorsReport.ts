/**
 * «Показатели плана» (SPEC §9): the plan's indicators, each with the items serving it (numbers compact), their
 * counts by status at «на дату» and the indicator's regional share from «Показатели» when a schools column
 * measures it (core/indicators/planTies.ts), else «нет данных».
 */
import { cellText, normalizeText } from "../core/cell";
import { findIndicators } from "../core/indicators/indicatorColumns";
import {
  indicatorTexts,
  type IndicatorTieResult,
  tieIndicator,
  tiesToUnknownColumns,
} from "../core/indicators/planTies";
import { indicatorShares, NO_DATA } from "../core/indicators/shares";
import type { EvaluatedItem } from "../core/plan/evaluate";
import { PLAN_STATUS, type PlanStatus } from "../core/plan/status";
import { cellProblem, type Problem } from "../core/problems";
import { formatItemNumbers } from "../core/risk/mandatory";
import { municipalityNote, schoolsOfMunicipality } from "../core/risk/scope";
import { SETTINGS_SHEET_NAME } from "../core/settingsSheet";
import type { WorkbookData } from "../core/tables/records";
import { reportFrame, scopeLabel, totalLabel } from "./common";
import { REPORT_SHEET_NAMES } from "./registry";
import { type ReportContext, type RunFacts, runFacts } from "./context";
import type { SheetDescription } from "./model";
import { table } from "./table";

export interface PlanIndicatorGroup {
  /** The plan's label when the run reads several, else empty. */
  plan: string;
  /** The indicator as the plan first writes it. */
  text: string;
  items: EvaluatedItem[];
  tie: IndicatorTieResult;
}

const DONE: PlanStatus[] = [PLAN_STATUS.done, PLAN_STATUS.doneLate];
/** The statuses outside «Выполнено», «В работе» and «Просрочено»: with them every item is counted once in «Всего». */
const OTHER: PlanStatus[] = [PLAN_STATUS.notStarted, PLAN_STATUS.noDeadline, PLAN_STATUS.unparsed];

/** Items grouped by indicator (texts alike after normalising are one), in the order the plan first names them. */
export function groupByIndicator(
  items: readonly EvaluatedItem[],
  headers: readonly string[],
  ctx: ReportContext,
): PlanIndicatorGroup[] {
  const groups = new Map<string, PlanIndicatorGroup>();
  for (const item of items) {
    const texts = indicatorTexts((item.record.indicators ?? []).map((c) => cellText(c.value)));
    for (const text of new Set(texts)) {
      const key = `${item.plan}\u0000${normalizeText(text)}`;
      const group = groups.get(key) ?? {
        plan: item.plan,
        text,
        items: [],
        tie: tieIndicator(text, headers, ctx.settings.indicatorTies),
      };
      // One item naming the same indicator in two columns is counted once.
      if (!group.items.includes(item)) group.items.push(item);
      groups.set(key, group);
    }
  }
  return [...groups.values()];
}

function tieInWords(tie: IndicatorTieResult): string {
  switch (tie.kind) {
    case "tied":
      return tie.by === "settings" ? `«${tie.header}» (настройка)` : `«${tie.header}»`;
    case "none":
      return "не связан ни с одной колонкой списка школ";
    case "several":
      return `связан с несколькими колонками: ${tie.headers.map((h) => `«${h}»`).join(", ")} — доля не выбрана`;
  }
}

/** The plan's indicators with their items and ties, and each schools indicator's regional share. */
function planIndicators(data: WorkbookData, ctx: ReportContext, run: RunFacts) {
  const evaluation = run.plan;
  const schools = schoolsOfMunicipality(data.schools, ctx.municipality);
  const { indicators } = findIndicators(schools, data.extraHeaders, ctx.settings);
  const shareOf = new Map(indicators.map((i) => [i.name, indicatorShares(i).total.share]));
  return { evaluation, schools, shareOf, groups: groupByIndicator(evaluation.items, [...shareOf.keys()], ctx) };
}

/** «Что найдено»: each plan indicator and the column it is tied to, or why none. */
export function planIndicatorTieNotes(data: WorkbookData, ctx: ReportContext, run: RunFacts): string[] {
  return planIndicators(data, ctx, run).groups.map(
    (g) =>
      `Показатель плана «${g.text}»: ${g.tie.kind === "tied" ? `колонка ${tieInWords(g.tie)}` : tieInWords(g.tie)}`,
  );
}

export function buildPlanIndicatorsReport(
  data: WorkbookData,
  ctx: ReportContext,
  run: RunFacts = runFacts(data, ctx),
): SheetDescription {
  const { evaluation, schools, shareOf, groups } = planIndicators(data, ctx, run);
  const several = evaluation.plans.length > 1;
  const problems: Problem[] = [];
  for (const g of groups.filter((x) => x.tie.kind === "several")) {
    const first =
      g.items[0].record.indicators!.find((c) => normalizeText(cellText(c.value)).includes(normalizeText(g.text))) ??
      g.items[0].record.indicators![0];
    problems.push({
      ...cellProblem(
        first.ref.sheet,
        first.ref.row,
        first.ref.col,
        `показатель «${g.text}» ${tieInWords(g.tie)}; укажите нужную строкой «Показатель: <начало текста>» на листе «${SETTINGS_SHEET_NAME}»`,
      ),
      severity: "warning",
    });
  }
  for (const t of tiesToUnknownColumns([...shareOf.keys()], ctx.settings.indicatorTies)) {
    problems.push({
      sheet: SETTINGS_SHEET_NAME,
      message: `«Показатель: ${t.start}»: колонки «${t.header}» нет среди показателей списка школ; показатель не связан`,
      severity: "warning",
    });
  }
  const count = (g: PlanIndicatorGroup, statuses: PlanStatus[]): number =>
    g.items.filter((i) => statuses.includes(i.status.status)).length;
  const tied = groups.filter((g) => g.tie.kind === "tied").length;
  return {
    ...reportFrame("planIndicators", ctx),
    notes: [
      ...municipalityNote(ctx.municipality, schools.length),
      `Показателей в плане: ${groups.length}, связаны с колонками списка школ: ${tied}`,
      "«Всего» = «Выполнено» (вместе с выполненными с нарушением срока) + «В работе» + «Просрочено» + «Не начато или без срока» (также с нераспознанным сроком)",
      `«${scopeLabel("Доля", ctx)}» — доля показателя на листе «${REPORT_SHEET_NAMES.indicators}», строка «${totalLabel(ctx)}»: Числитель / Знаменатель по колонке списка школ`,
    ],
    main: table(groups, [
      several && { header: "План", format: "text", width: 28, wrap: true, value: (g) => g.plan },
      { header: "Показатель", format: "text", width: 50, wrap: true, value: (g) => g.text },
      {
        header: "Мероприятия",
        format: "text",
        width: 14,
        wrap: true,
        value: (g) => formatItemNumbers(g.items.map((i) => i.record.number || `стр. ${i.record.ref.row + 1}`)),
      },
      { header: "Выполнено", format: "integer", width: 10, value: (g) => count(g, DONE) },
      { header: "В работе", format: "integer", width: 10, value: (g) => count(g, [PLAN_STATUS.inProgress]) },
      { header: "Просрочено", format: "integer", width: 11, value: (g) => count(g, [PLAN_STATUS.overdue]) },
      { header: "Не начато или без срока", format: "integer", width: 12, wrap: true, value: (g) => count(g, OTHER) },
      { header: "Всего", format: "integer", width: 8, value: (g) => g.items.length },
      {
        header: scopeLabel("Доля", ctx),
        format: "percent",
        width: 11,
        value: (g) => (g.tie.kind === "tied" ? shareOf.get(g.tie.header) : undefined) ?? NO_DATA,
      },
      { header: "Колонка списка школ", format: "text", width: 30, wrap: true, value: (g) => tieInWords(g.tie) },
    ]),
    above: [],
    problems,
  };
}
