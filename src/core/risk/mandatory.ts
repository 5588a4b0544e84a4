/**
 * Mandatory measures (обязательные мероприятия, SPEC §2): a plan measure names the risk groups it is
 * mandatory for («1, 3», «2-4, 9», «1 и 3», «все»); a school's mandatory measures are those whose groups meet
 * its own, plus every «все» measure. An empty cell makes a measure mandatory for no school in particular.
 */
import { type Cell, cellText, isBlank } from "../cell";
import { cellProblem, type Problem } from "../problems";
import type { PlanRecord } from "../tables/records";

export type MeasureGroups = { kind: "all" } | { kind: "groups"; groups: number[] } | { kind: "none" };

const ALL_WORDS = /^(все|всех|все группы|для всех групп|всех групп|для всех)$/;
const RANGE = /^(\d+)-(\d+)$/;

/**
 * Reads a groups cell. `known` is the set of factor numbers of the catalogue in force; a number outside it
 * is an error (null `known` accepts any positive number, for formulas without a catalogue).
 */
export function parseMeasureGroups(value: Cell, known: ReadonlySet<number> | null): MeasureGroups | { error: string } {
  if (isBlank(value)) return { kind: "none" };
  const original = cellText(value);
  const text = original.toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ").trim().replace(/\.$/, "").trim();
  if (ALL_WORDS.test(text)) return { kind: "all" };
  const body = text
    .replace(/^(для\s+)?(групп[аы]?|гр)\.?\s*/, "")
    .replace(/\s*[-–—]\s*/g, "-")
    .replace(/\sи\s/g, ",");
  const parts = body.split(/[,;\s]+/).filter((p) => p !== "");
  const groups = new Set<number>();
  for (const part of parts) {
    const range = RANGE.exec(part);
    const [from, to] = range
      ? [Number(range[1]), Number(range[2])]
      : /^\d+$/.test(part)
        ? [Number(part), Number(part)]
        : [NaN, NaN];
    if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to)) {
      return { error: `группы «${original}» не распознаны (ожидается, например, «1, 3», «2-4, 9» или «все»)` };
    }
    if (from > to) return { error: `в группах «${original}» диапазон «${part}» записан в обратном порядке` };
    if (to - from > 1000) return { error: `в группах «${original}» слишком длинный диапазон «${part}»` };
    for (let g = from; g <= to; g++) {
      if (g < 1 || (known !== null && !known.has(g))) {
        const range = known === null ? "" : ` (${compactNumberList([...known])})`;
        return { error: `группа ${g} в «${original}» вне каталога рисковых факторов${range}` };
      }
      groups.add(g);
    }
  }
  if (groups.size === 0) return { error: `группы «${original}» не распознаны` };
  return { kind: "groups", groups: [...groups].sort((a, b) => a - b) };
}

/** True when a measure with these groups is mandatory for a school of these groups. */
export function isMandatoryFor(measure: MeasureGroups, schoolGroups: readonly number[]): boolean {
  if (measure.kind === "all") return true;
  if (measure.kind === "none") return false;
  return measure.groups.some((g) => schoolGroups.includes(g));
}

/** «1–5, 7, 9–12»: runs of three or more become a range with an en dash. */
export function compactNumberList(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    if (j - i >= 2) parts.push(`${sorted[i]}–${sorted[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(sorted[k]));
    i = j + 1;
  }
  return parts.join(", ");
}

/** Item numbers as a list: compact when all are whole numbers («1.» counts as 1), else as written. */
export function formatItemNumbers(numbers: readonly string[]): string {
  const whole = numbers.map((n) => (/^\d+\.?$/.test(n.trim()) ? Number.parseInt(n, 10) : null));
  if (whole.every((n): n is number => n !== null)) return compactNumberList(whole);
  return numbers.join(", ");
}

export interface PlanMeasureGroups {
  /** The item's number as written, or «стр. N» (its sheet row) when it has none. */
  number: string;
  groups: MeasureGroups;
}

/** Groups of every plan item; a bad cell is an error naming it and the item counts as mandatory for nobody. */
export function readPlanGroups(
  plan: readonly PlanRecord[],
  known: ReadonlySet<number>,
): { measures: PlanMeasureGroups[]; problems: Problem[] } {
  const measures: PlanMeasureGroups[] = [];
  const problems: Problem[] = [];
  plan.forEach((item) => {
    const number = item.number.trim() || `стр. ${item.ref.row + 1}`;
    if (!item.groups) {
      measures.push({ number, groups: { kind: "none" } });
      return;
    }
    const parsed = parseMeasureGroups(item.groups.value, known);
    if ("error" in parsed) {
      const { sheet, row, col } = item.groups.ref;
      problems.push(
        cellProblem(
          sheet,
          row,
          col,
          `Мероприятие ${number}: ${parsed.error}; мероприятие не отнесено ни к одной группе`,
        ),
      );
      measures.push({ number, groups: { kind: "none" } });
    } else measures.push({ number, groups: parsed });
  });
  return { measures, problems };
}

/** Numbers of the measures mandatory for a school of these groups, written compactly. */
export function mandatoryMeasures(measures: readonly PlanMeasureGroups[], schoolGroups: readonly number[]): string {
  return formatItemNumbers(measures.filter((m) => isMandatoryFor(m.groups, schoolGroups)).map((m) => m.number));
}

/**
 * mandatoryMeasures for many schools at once: schools with the same groups share one answer, so a national
 * workbook (40 000 schools, a 2 000-item plan) costs a plan scan per distinct group set, not per school.
 */
export function mandatoryMeasuresBySchool(
  measures: readonly PlanMeasureGroups[],
): (schoolGroups: readonly number[]) => string {
  const answers = new Map<string, string>();
  return (schoolGroups) => {
    const key = schoolGroups.join(",");
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = mandatoryMeasures(measures, schoolGroups);
      answers.set(key, answer);
    }
    return answer;
  };
}
