/**
 * The plans of a run evaluated at «на дату» (SPEC §5): each plan read against its own period, each item's deadline,
 * done mark and status, the completion per plan and over all, and the problems met on the way. The engine evaluates
 * once per run and hands the result to every report that shows the plan («Исполнение плана», «Отчёт за квартал»,
 * «Показатели плана») and to its summary lines.
 */
import { normalizeText } from "../cell";
import type { Day } from "../calendar";
import type { DeadlineResult } from "../deadlines/result";
import type { PlanPeriod } from "../period";
import { cellProblem, type Problem } from "../problems";
import type { Settings } from "../settings";
import type { PlanInfo, PlanRecord, WorkbookData } from "../tables/records";
import { type PlanCompletion, planCompletion } from "./completion";
import { type DoneMark, readDoneMark, readItemDone } from "./doneMark";
import { deadlineCells, itemDeadline } from "./itemDeadline";
import { planLabels } from "./planLabels";
import { choosePeriodOfPlan } from "./planPeriod";
import { type PlanItemStatus, planItemStatus } from "./status";

/** What a plan's reading takes from the run (the reports' context has all of it). */
export interface PlanRun {
  /** «на дату». */
  asOf: Day;
  /** The run's settings: the first file's settings sheet over the defaults. */
  settings: Settings;
  /** A plan period chosen for this run (--period); wins over the settings sheet and the title. */
  planPeriod?: PlanPeriod;
  /** A later input file's own settings sheet, by file: its plans read with it (core/fileSettings.ts). */
  fileSettings?: ReadonlyMap<string, Settings>;
}

export interface EvaluatedItem {
  record: PlanRecord;
  deadline: DeadlineResult;
  /** The deadline as the plan shows it («Сроки (как в плане)»). */
  written: string;
  done: DoneMark;
  status: PlanItemStatus;
  /** The «План» column's text: the item's plan (SPEC §6), empty when the run reads one plan. */
  plan: string;
}

/** One plan of the run, read against its own period (SPEC §5). */
export interface EvaluatedPlan {
  info: PlanInfo;
  /** The plan's title shortened, or file · sheet: how the report names it. */
  label: string;
  period: PlanPeriod;
  items: EvaluatedItem[];
  completion: PlanCompletion;
}

export interface PlanEvaluation {
  plans: EvaluatedPlan[];
  /** Every item of every plan, in reading order. */
  items: EvaluatedItem[];
  /** Over all the plans. */
  completion: PlanCompletion;
  problems: Problem[];
}

/** The settings a plan is read with: its file's own, else the run's. */
export function settingsOfPlan(run: PlanRun, file: string | undefined): Settings {
  return (file === undefined ? undefined : run.fileSettings?.get(file)) ?? run.settings;
}

/** Reads every plan's items against that plan's own period at «на дату». */
export function evaluatePlan(data: WorkbookData, run: PlanRun): PlanEvaluation {
  const several = data.plans.length > 1;
  const labels = planLabels(data.plans);
  const problems: Problem[] = [];
  const plans = data.plans.map((info, p): EvaluatedPlan => {
    const settings = settingsOfPlan(run, info.file);
    const period = periodOfPlan(data, info, run);
    const label = several ? labels[p] : "";
    const items = info.items.map((record) => evaluateItem(record, period, label, settings, run.asOf, problems));
    return { info, label: labels[p], period, items, completion: planCompletion(items, run.asOf) };
  });
  const items = plans.flatMap((p) => p.items);
  return { plans, items, completion: planCompletion(items, run.asOf), problems };
}

/** Each plan's period, without reading its items (the quarters a run may choose). */
export function planPeriods(data: WorkbookData, run: PlanRun): PlanPeriod[] {
  return data.plans.map((info) => periodOfPlan(data, info, run));
}

function periodOfPlan(data: WorkbookData, info: PlanInfo, run: PlanRun): PlanPeriod {
  const settings = settingsOfPlan(run, info.file);
  // the plan's own row in its file's settings, else in the run's (the first file's sheet may name any plan)
  const own = [settings, run.settings]
    .map((s) => s.planPeriods.find((row) => normalizeText(row.plan) === normalizeText(info.key))?.period)
    .find((p) => p !== undefined);
  return choosePeriodOfPlan(
    {
      run: run.planPeriod,
      own: own ?? ownFilePeriod(data, info, settings, run),
      shared: settings === run.settings ? run.settings.planPeriod : undefined,
      title: info.period,
    },
    data.plans.length > 1,
    info.items.flatMap(deadlineCells),
    run.asOf,
  );
}

/**
 * A later file's row «Период плана» is that file's workbook-wide period: the period of its plans that have none of
 * their own, as the run's row is for the first file's (never another file's plans).
 */
function ownFilePeriod(data: WorkbookData, info: PlanInfo, settings: Settings, run: PlanRun): PlanPeriod | undefined {
  if (settings === run.settings || settings.planPeriod === undefined) return undefined;
  const ofFile = data.plans.filter((p) => p.file === info.file).length;
  return ofFile === 1 || info.period === undefined ? settings.planPeriod : undefined;
}

function evaluateItem(
  record: PlanRecord,
  period: PlanPeriod,
  plan: string,
  settings: Settings,
  asOf: Day,
  problems: Problem[],
): EvaluatedItem {
  const {
    deadline,
    written,
    problems: cellProblems,
  } = itemDeadline(record, period, { schoolYearEnd: settings.schoolYearEnd, schoolQuarters: settings.schoolQuarters });
  const done = readItemDone(record.doneMark?.value, record.doneDate?.value);
  const item: EvaluatedItem = { record, deadline, written, done, status: planItemStatus(deadline, done, asOf), plan };
  // A cell of a two-cell window or of a Gantt row that cannot be read is named itself, not the item's first cell.
  problems.push(...cellProblems.map((p) => ({ ...p, message: `Пункт ${itemLabel(item)}: ${p.message}` })));
  if (deadline.kind === "unparsed" && cellProblems.length === 0) {
    const { sheet, row, col } = record.deadline.ref;
    problems.push(
      cellProblem(sheet, row, col, `Пункт ${itemLabel(item)}: срок «${written}» не распознан: ${deadline.message}`),
    );
  }
  if (done.state === "invalid") {
    // the mark alone reads well: the done-date cell is the one to fix
    const markAlone = record.doneMark !== undefined && readDoneMark(record.doneMark.value, null).state !== "invalid";
    const ref =
      (markAlone || record.doneMark === undefined ? record.doneDate?.ref : record.doneMark?.ref) ?? record.ref;
    problems.push(
      cellProblem(
        ref.sheet,
        ref.row,
        ref.col,
        `Пункт ${itemLabel(item)}: ${done.message}; пункт считается невыполненным`,
      ),
    );
  }
  return item;
}

/** «№ 3», or «№ 3 плана «Дорожная карта»» when the run reads several plans (numbers repeat across plans). */
export function itemLabel(item: EvaluatedItem): string {
  const r = item.record;
  const own = r.number !== "" ? `№ ${r.number}` : `в строке ${r.ref.row + 1}`;
  return item.plan === "" ? own : `${own} плана «${item.plan}»`;
}
