/**
 * The quarterly round consolidated (SPEC §10): which returned forms count (this plan, this quarter, a municipality of
 * the list, the later saved of two), and for every municipality and item of its form the status «Исполнение плана»
 * would show with that mark and date in the plan's own columns — the same readItemDone and planItemStatus, never a
 * rule of its own. A municipality without a returned form answers nothing: its items count as not done.
 */
import type { Day } from "../calendar";
import { normalizeText } from "../cell";
import { type PlanCompletion, planCompletion } from "../plan/completion";
import { readItemDone } from "../plan/doneMark";
import type { EvaluatedItem, EvaluatedPlan } from "../plan/evaluate";
import { type Quarter, quarterInWords, quarterKey } from "../plan/quarter";
import { isDoneAt, type PlanItemStatus, planItemStatus } from "../plan/status";
import type { Problem } from "../problems";
import type { FormReading, ReturnedForm, ReturnedItem } from "./formReturn";
import { fingerprint, planInWords } from "./identity";
import { itemsForMunicipality } from "./municipalBody";

/** The number an item carries in forms: the plan's own, else its place in the plan («3»). */
export function formItemNumber(item: EvaluatedItem, index: number): string {
  return item.record.number !== "" ? item.record.number : String(index + 1);
}

/** The plan's name in a form's identity: its title, else its sheet. */
export function formPlanName(plan: EvaluatedPlan): string {
  return plan.info.title ?? plan.info.key;
}

export interface RoundAnswer {
  /** The item's index in the plan. */
  item: number;
  /** What the form says; absent when no form was returned. */
  returned?: ReturnedItem;
  status: PlanItemStatus;
}

export interface MunicipalityRound {
  municipality: string;
  /** The returned form that counts; absent when none did. */
  form?: ReturnedForm;
  /** One per item of the municipality's form, in plan order. */
  answers: RoundAnswer[];
  completion: PlanCompletion;
}

export interface Round {
  plan: EvaluatedPlan;
  quarter: Quarter;
  municipalities: MunicipalityRound[];
  /** Every returned form's own remarks, and why a form did not count. */
  problems: Problem[];
}

export interface RoundInput {
  plan: EvaluatedPlan;
  quarter: Quarter;
  /** The schools list's municipalities, in its order. */
  municipalities: readonly string[];
  readings: readonly FormReading[];
  asOf: Day;
  /** A file's own modified date (docProps/core.xml), ISO text, by file name: of two forms, the later saved counts. */
  modified: ReadonlyMap<string, string>;
}

export function consolidateRound({ plan, quarter, municipalities, readings, asOf, modified }: RoundInput): Round {
  const problems: Problem[] = [];
  const byMunicipality = new Map<string, ReturnedForm[]>();
  const known = new Map(municipalities.map((m) => [normalizeText(m), m]));
  for (const reading of readings) {
    if (reading.kind === "damaged") {
      problems.push(...reading.problems);
      continue;
    }
    const { form } = reading;
    const { identity } = form;
    const tell = (message: string): void => {
      problems.push({ file: form.file, message, severity: "error" });
    };
    if (
      normalizeText(identity.plan) !== normalizeText(formPlanName(plan)) ||
      identity.period.start !== plan.period.start ||
      identity.period.end !== plan.period.end
    ) {
      tell(
        `Форма другого плана (${planInWords(identity)}, а сводится ${planInWords({ plan: formPlanName(plan), period: plan.period })}): не учтена как представленная`,
      );
      continue;
    }
    if (quarterKey(identity.quarter) !== quarterKey(quarter)) {
      tell(
        `Форма за ${quarterInWords(identity.quarter)}, а сводится ${quarterInWords(quarter)}: не учтена как представленная`,
      );
      continue;
    }
    const municipality = known.get(normalizeText(identity.municipality));
    if (municipality === undefined) {
      tell(`Форма муниципалитета «${identity.municipality}», которого нет в списке школ: не учтена`);
      continue;
    }
    problems.push(...form.problems);
    byMunicipality.set(municipality, [...(byMunicipality.get(municipality) ?? []), form]);
  }
  const numbers = plan.items.map(formItemNumber);
  const rounds = municipalities.map((municipality): MunicipalityRound => {
    const form = latest(byMunicipality.get(municipality) ?? [], modified, problems);
    const answers: RoundAnswer[] = form
      ? answersOf(form, plan, numbers, asOf, problems)
      : itemsOf(plan, municipality, municipalities).map((item) => ({
          item,
          status: planItemStatus(plan.items[item].deadline, readItemDone(null, null), asOf),
        }));
    const completion = planCompletion(
      answers.map((a) => ({
        deadline: plan.items[a.item].deadline,
        done: readItemDone(a.returned?.mark ?? null, a.returned?.date ?? null),
      })),
      asOf,
    );
    return { municipality, ...(form ? { form } : {}), answers, completion };
  });
  return { plan, quarter, municipalities: rounds, problems };
}

/** Is the item done at «на дату» by this answer (what «Выполнили» counts)? */
export function answerDone(answer: RoundAnswer, asOf: Day): boolean {
  return answer.returned !== undefined && isDoneAt(readItemDone(answer.returned.mark, answer.returned.date), asOf);
}

function itemsOf(plan: EvaluatedPlan, municipality: string, municipalities: readonly string[]): number[] {
  const indexed = plan.items.map((item, index) => ({ index, executor: item.record.executor }));
  return itemsForMunicipality(indexed, municipality, municipalities).map((i) => i.index);
}

/** Of two forms of one municipality the later saved counts; the other is named. */
function latest(
  forms: ReturnedForm[],
  modified: ReadonlyMap<string, string>,
  problems: Problem[],
): ReturnedForm | undefined {
  if (forms.length <= 1) return forms[0];
  const sorted = [...forms].sort((a, b) => (modified.get(b.file) ?? "").localeCompare(modified.get(a.file) ?? ""));
  const [used, ...others] = sorted;
  for (const other of others) {
    problems.push({
      file: other.file,
      message: `Две формы муниципалитета «${used.identity.municipality}»: учтена сохранённая позже «${used.file}»${dateWords(modified.get(used.file))}, эта${dateWords(modified.get(other.file))} не учтена`,
      severity: "warning",
    });
  }
  return used;
}

function dateWords(iso: string | undefined): string {
  const day = iso === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})/.exec(iso);
  return day ? ` (сохранена ${day[3]}.${day[2]}.${day[1]} ${day[4]})` : "";
}

/**
 * The form's items against the plan: by number and the text's fingerprint; an item the plan no longer has, or whose
 * text the plan has changed since the form was made, is told.
 */
function answersOf(
  form: ReturnedForm,
  plan: EvaluatedPlan,
  numbers: string[],
  asOf: Day,
  problems: Problem[],
): RoundAnswer[] {
  const answers: RoundAnswer[] = [];
  for (const returned of form.items) {
    let item = numbers.findIndex(
      (n, i) => n === returned.number && fingerprint(plan.items[i].record.measure) === returned.fingerprint,
    );
    if (item < 0) item = plan.items.findIndex((i) => fingerprint(i.record.measure) === returned.fingerprint);
    if (item < 0) item = numbers.indexOf(returned.number);
    if (item < 0) {
      problems.push({
        file: form.file,
        message: `Пункта ${returned.number} формы нет в плане: не учтён`,
        severity: "error",
      });
      continue;
    }
    if (fingerprint(plan.items[item].record.measure) !== returned.fingerprint) {
      problems.push({
        file: form.file,
        message: `Текст пункта ${numbers[item]} в плане изменён после того, как форма была составлена: отметка учтена по номеру пункта`,
        severity: "warning",
      });
    }
    const done = readItemDone(returned.mark, returned.date);
    answers.push({ item, returned, status: planItemStatus(plan.items[item].deadline, done, asOf) });
  }
  return answers.sort((a, b) => a.item - b.item);
}

/** «Не представили форму: …», or nothing when every municipality did. */
export function missingFormsLine(round: Round): string | undefined {
  const missing = round.municipalities.filter((m) => m.form === undefined).map((m) => m.municipality);
  return missing.length === 0 ? undefined : `Не представили форму: ${missing.join(", ")}`;
}
