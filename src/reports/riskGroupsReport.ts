/** «Группы риска»: per school its risk groups, high factors, monitoring priority and mandatory measures (SPEC §2, §6). */
import { factorsInForce } from "../core/risk/factorsInForce";
import { formatGroups, MONTHLY_VISIT, schoolsRisk } from "../core/risk/groups";
import { mandatoryMeasuresBySchool, readPlanGroups } from "../core/risk/mandatory";
import { municipalityNote, schoolsOfMunicipality } from "../core/risk/scope";
import type { WorkbookData } from "../core/tables/records";
import { reportTitle } from "./common";
import type { ReportContext } from "./context";
import { REPORT_SHEET_NAMES, type Highlight, type SheetDescription } from "./model";

const PRIORITY_FILL = "#FCE4D6";

function mandatoryNote(data: WorkbookData): string | null {
  if (data.plan.length === 0) return "План мероприятий не найден: обязательные мероприятия не определены";
  if (!data.planHasGroups) return "В плане нет столбца «Группы»: обязательные мероприятия не определены";
  return null;
}

export function buildRiskGroupsReport(data: WorkbookData, ctx: ReportContext): SheetDescription {
  const schools = schoolsOfMunicipality(data.schools, ctx.municipality);
  const { risks, problems } = schoolsRisk(schools);
  const noMandatory = mandatoryNote(data);
  const plan = noMandatory === null ? readPlanGroups(data.plan, new Set(factorsInForce(data).map((f) => f.number))) : { measures: [], problems: [] };
  const mandatoryOf = mandatoryMeasuresBySchool(plan.measures);
  const highlights: Highlight[] = [];
  const rows = risks.map((risk, i) => {
    if (risk.priority === MONTHLY_VISIT) highlights.push({ row: i, col: 5, fill: PRIORITY_FILL, bold: true });
    return [
      risk.school.municipality,
      risk.school.name,
      risk.school.curator,
      formatGroups(risk.groups),
      risk.highCount,
      risk.priority,
      noMandatory === null ? mandatoryOf(risk.groups) : "",
    ];
  });
  const title = REPORT_SHEET_NAMES.riskGroups;
  return {
    reportId: "riskGroups",
    sheetName: title,
    title: reportTitle(title, ctx.asOf),
    asOf: ctx.asOf,
    notes: [
      ...municipalityNote(ctx.municipality, schools.length),
      "Группа N — школы, у которых рисковый фактор N высокой значимости; «ежемесячный визит» — более 5 таких факторов",
      ...(noMandatory === null ? [] : [noMandatory]),
    ],
    main: {
      columns: [
        { header: "Муниципалитет", format: "text", width: 22 },
        { header: "Наименование ОО", format: "text", width: 42, wrap: true },
        { header: "Куратор", format: "text", width: 22 },
        { header: "Группы риска", format: "text", width: 18 },
        { header: "Факторов высокой значимости", format: "integer", width: 14 },
        { header: "Приоритет мониторинга", format: "text", width: 20 },
        { header: "Обязательные мероприятия", format: "text", width: 26, wrap: true },
      ],
      rows,
      highlights,
    },
    above: [],
    below: [],
    problems: [...problems, ...plan.problems],
  };
}
