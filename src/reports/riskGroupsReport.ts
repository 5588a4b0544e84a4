/** «Группы риска»: per school its risk groups, high factors, monitoring priority and mandatory measures (SPEC §2, §6). */
import { factorsInForce } from "../core/risk/factorsInForce";
import { formatGroups, MONTHLY_VISIT } from "../core/risk/groups";
import { mandatoryMeasuresBySchool, type PlanMeasureGroups, readPlanGroups } from "../core/risk/mandatory";
import { municipalityNote, schoolsOfMunicipality } from "../core/risk/scope";
import type { WorkbookData } from "../core/tables/records";
import { furtherSheet, reportFrame, seeSheet } from "./common";
import { type ReportContext, type RunFacts, runFacts } from "./context";
import { listInCell, listInRows } from "./cellList";
import { planLabels } from "../core/plan/planLabels";
import type { SheetDescription, TableBlock } from "./model";
import { table } from "./table";

const PRIORITY_FILL = "#FCE4D6";

function mandatoryNote(data: WorkbookData): string | null {
  if (data.plan.length === 0) return "План мероприятий не найден: обязательные мероприятия не определены";
  if (!data.planHasGroups) return "В плане нет столбца «Группы»: обязательные мероприятия не определены";
  return null;
}

/**
 * The mandatory measures of a school: «1–5, 7»; with several plans naming groups, per plan, since each plan numbers
 * its own items (SPEC §5): «Комплекс мер …: 1, 3; Дорожная карта …: 2».
 */
function mandatoryByPlan(data: WorkbookData, measures: PlanMeasureGroups[]): (groups: readonly number[]) => string {
  const withGroups = data.plans.filter((p) => p.items.some((r) => r.groups !== undefined));
  if (withGroups.length <= 1) return mandatoryMeasuresBySchool(measures);
  const labels = planLabels(data.plans);
  // readPlanGroups keeps one measure per item of data.plan, which lists the plans' items plan after plan.
  let offset = 0;
  const parts = data.plans.flatMap((p, i) => {
    const own = measures.slice(offset, (offset += p.items.length));
    return withGroups.includes(p) ? [{ label: labels[i], of: mandatoryMeasuresBySchool(own) }] : [];
  });
  return (groups) =>
    parts
      .map(({ label, of }) => [label, of(groups)] as const)
      .filter(([, list]) => list !== "")
      .map(([label, list]) => `${label}: ${list}`)
      .join("; ");
}

export function buildRiskGroupsReport(
  data: WorkbookData,
  ctx: ReportContext,
  run: RunFacts = runFacts(data, ctx),
): SheetDescription[] {
  const schools = schoolsOfMunicipality(data.schools, ctx.municipality);
  const { risks, problems } = run.risk(schools);
  const noMandatory = mandatoryNote(data);
  const plan =
    noMandatory === null
      ? readPlanGroups(data.plan, new Set(factorsInForce(data).map((f) => f.number)))
      : { measures: [], problems: [] };
  const mandatoryOf = mandatoryByPlan(data, plan.measures);
  // A list too long for a cell is written whole on a sheet of its own, once per set of groups (schools of one set share it).
  const clipped = new Map<string, string[]>();
  // Schools of one set of groups share the cell: each set is listed once, not once per school (40 000 schools).
  const cells = new Map<string, string>();
  const mandatoryCell = (groups: readonly number[]): string => {
    const key = formatGroups(groups);
    let text = cells.get(key);
    if (text === undefined) {
      const parts = mandatoryOf(groups)
        .split(", ")
        .filter((p) => p !== "");
      const cell = listInCell(parts, ", ", `полностью — ${seeSheet("riskGroups", 1)}`);
      if (cell.hidden > 0) clipped.set(key, parts);
      cells.set(key, (text = cell.text));
    }
    return text;
  };
  const sheet: SheetDescription = {
    ...reportFrame("riskGroups", ctx),
    notes: [
      ...municipalityNote(ctx.municipality, schools.length),
      "Группа N — школы, у которых рисковый фактор N высокой значимости; «ежемесячный визит» — более 5 таких факторов",
      ...(noMandatory === null ? [] : [noMandatory]),
    ],
    main: table(risks, [
      { header: "Муниципалитет", format: "text", width: 22, value: (r) => r.school.municipality },
      { header: "Наименование ОО", format: "text", width: 42, wrap: true, value: (r) => r.school.name },
      { header: "Куратор", format: "text", width: 22, value: (r) => r.school.curator },
      { header: "Группы риска", format: "text", width: 18, value: (r) => formatGroups(r.groups) },
      { header: "Факторов высокой значимости", format: "integer", width: 14, value: (r) => r.highCount },
      {
        header: "Приоритет мониторинга",
        format: "text",
        width: 20,
        value: (r) => r.priority,
        highlight: (r) => (r.priority === MONTHLY_VISIT ? { fill: PRIORITY_FILL, bold: true } : undefined),
      },
      {
        header: "Обязательные мероприятия",
        format: "text",
        width: 26,
        wrap: true,
        value: (r) => (noMandatory === null ? mandatoryCell(r.groups) : ""),
      },
    ]),
    above: [],
    problems: [...problems, ...plan.problems],
  };
  if (clipped.size === 0) return [sheet];
  return [
    sheet,
    furtherSheet(
      "riskGroups",
      ctx,
      1,
      ["Обязательные мероприятия полностью там, где ячейка листа «Группы риска» сокращена, по группам риска"],
      fullMandatoryBlock(clipped),
    ),
  ];
}

/** Each clipped list whole, in cells of a printable size. */
function fullMandatoryBlock(lists: Map<string, string[]>): TableBlock {
  const rows = [...lists].flatMap(([groups, parts]) => listInRows(parts, ", ").map((cell) => ({ groups, cell })));
  return table(rows, [
    { header: "Группы риска", format: "text", width: 22, value: (r) => r.groups },
    { header: "Обязательные мероприятия", format: "text", width: 42, wrap: true, value: (r) => r.cell },
  ]);
}
