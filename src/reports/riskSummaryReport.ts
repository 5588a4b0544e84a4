/** «Сводка рисков»: per municipality the schools per factor at high significance, with a region chart (SPEC §6). */
import { factorsInForce } from "../core/risk/factorsInForce";
import { municipalityNote, schoolsOfMunicipality } from "../core/risk/scope";
import { type RiskSummaryRow, summarizeRisk } from "../core/risk/summary";
import type { WorkbookData } from "../core/tables/records";
import { reportFrame, scopeLabel } from "./common";
import { type ReportContext, type RunFacts, runFacts } from "./context";
import type { SheetDescription } from "./model";
import { type Column, columnIndex, table } from "./table";

export function buildRiskSummaryReport(
  data: WorkbookData,
  ctx: ReportContext,
  run: RunFacts = runFacts(data, ctx),
): SheetDescription {
  const schools = schoolsOfMunicipality(data.schools, ctx.municipality);
  const { risks, problems } = run.risk(schools);
  const factors = factorsInForce(data);
  const { rows, total } = summarizeRisk(
    risks.map((r) => ({ municipality: r.school.municipality, levels: r.levels })),
    factors.map((f) => f.number),
  );
  const main = table(
    [...rows, total],
    [
      { header: "Муниципалитет", format: "text", width: 24, value: (r) => r.municipality },
      // Short «РФk» headers keep ten factors on an A4 landscape page; the summary above names them.
      ...factors.map((f, k): Column<RiskSummaryRow> => ({
        header: `РФ${f.number}`,
        format: "integer",
        width: 7,
        value: (r) => r.perFactor[k],
      })),
      { header: "Всего ОО", format: "integer", width: 10, value: (r) => r.schools },
      {
        header: "ОО с >5 факторами высокой значимости",
        format: "integer",
        width: 16,
        wrap: true,
        value: (r) => r.overFive,
      },
    ],
    { rowHighlight: (r) => (r === total ? { bold: true } : undefined) },
  );
  // The chart's categories are the short «РФk» of the main table's headers: long names would leave it no room.
  const byFactor = table(
    factors.map((f, k) => ({ factor: f, schools: total.perFactor[k] })),
    [
      { header: "РФ", format: "text", width: 6, value: (r) => `РФ${r.factor.number}` },
      { header: "Фактор", format: "text", width: 40, wrap: true, value: (r) => r.factor.name.trim() },
      { header: "Число ОО", format: "integer", width: 10, value: (r) => r.schools },
    ],
    { caption: scopeLabel("Школ по факторам", ctx, "(регион)") },
  );
  return {
    ...reportFrame("riskSummary", ctx),
    notes: [
      ...municipalityNote(ctx.municipality, schools.length),
      "В клетках — число ОО, у которых фактор высокой значимости",
    ],
    main,
    above: [byFactor],
    chart:
      factors.length === 0
        ? undefined
        : {
            kind: "column",
            title: "Школы по рисковым факторам (высокая значимость)",
            block: 0,
            categoryColumn: columnIndex(byFactor, "РФ"),
            valueColumn: columnIndex(byFactor, "Число ОО"),
            fromRow: 0,
            toRow: factors.length - 1,
          },
    problems,
  };
}
