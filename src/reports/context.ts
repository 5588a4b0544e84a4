/** What every report builder is given besides the workbook's data. */
import type { Day } from "../core/calendar";
import { type Identification, identify } from "../core/identification/identify";
import { evaluatePlan, type PlanEvaluation, type PlanRun } from "../core/plan/evaluate";
import type { Quarter } from "../core/plan/quarter";
import { type RiskReader, riskReader } from "../core/risk/groups";
import type { IndicatorChange } from "../core/forms/indicatorChanges";
import type { Round } from "../core/forms/round";
import type { WorkbookData } from "../core/tables/records";

/** «на дату», the settings, the run's plan period and the later files' settings (PlanRun), and the run's choices. */
export interface ReportContext extends PlanRun {
  /** Only this municipality's schools (municipality filter / --municipality). */
  municipality?: string;
  /** The quarter of «Отчёт за квартал» chosen for this run (--quarter, the pane's list); else each plan's last ended one. */
  quarter?: Quarter;
  /** «на дату» left at today while every plan period ended more than a quarter before it: the last period's end (issue 24). */
  planEnded?: Day;
}

/** What a run works out once and hands to every builder that needs it. */
export interface RunFacts {
  /** The plans evaluated at «на дату» (core/plan/evaluate.ts). */
  readonly plan: PlanEvaluation;
  /** The results table judged by the settings' rules (SPEC §8): the steps before a plan all show it. */
  readonly identification: Identification;
  /** The schools' factor levels (SPEC §2), each factor cell's problem told once a run, to the first report reading it. */
  readonly risk: RiskReader;
  /** The quarterly round, when returned forms came with the workbook (SPEC §10): consolidated once, before any report. */
  readonly round?: RoundFacts;
}

/** The round consolidated, or why the forms given could not be (a refusal, lower-case, for «… не построен: …»). */
export type RoundFacts =
  | {
      round: Round;
      /** Indicator values the counted forms changed (already applied to the schools). */
      changes: IndicatorChange[];
    }
  | { refused: string };

/** The facts of a run, each worked out on first use and kept. */
export function runFacts(data: WorkbookData, ctx: ReportContext): RunFacts {
  let plan: PlanEvaluation | undefined;
  let identification: Identification | undefined;
  const risk = riskReader();
  return {
    get plan() {
      return (plan ??= evaluatePlan(data, ctx));
    },
    get identification() {
      return (identification ??= identify(data.tables, data.schools, ctx.settings.identification));
    },
    risk,
  };
}
