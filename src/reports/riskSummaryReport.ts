/** «Сводка рисков»: per municipality the schools per factor at high significance, with a region chart (SPEC §6). */
import { factorsInForce } from "../core/risk/factorsInForce";
import { schoolsRisk } from "../core/risk/groups";
import { municipalityNote, schoolsOfMunicipality } from "../core/risk/scope";
import { type RiskSummaryRow, summarizeRisk } from "../core/risk/summary";
import type { WorkbookData } from "../core/tables/records";
import { reportFrame, scopeLabel } from "./common";
import type { ReportContext } from "./context";
import type { ColumnSpec, SheetDescription } from "./model";


export function buildRiskSummaryReport(data: WorkbookData, ctx: ReportContext): SheetDescription {
  const schools = schoolsOfMunicipality(data.schools, ctx.municipality);
  const { risks, problems } = schoolsRisk(schools);
  const factors = factorsInForce(data);
  const { rows, total } = summarizeRisk(
    risks.map((r) => ({ municipality: r.school.municipality, levels: r.levels })),
    factors.map((f) => f.number),
  );
  const line = (row: RiskSummaryRow) => [row.municipality, ...row.perFactor, row.schools, row.overFive];
  const columns: ColumnSpec[] = [
    { header: "Муниципалитет", format: "text", width: 24 },
    // Short «РФk» headers keep ten factors on an A4 landscape page; the summary above names them.
    ...factors.map((f): ColumnSpec => ({ header: `РФ${f.number}`, format: "integer", width: 7 })),
    { header: "Всего ОО", format: "integer", width: 10 },
    { header: "ОО с >5 факторами высокой значимости", format: "integer", width: 16, wrap: true },
  ];
  return {
    ...reportFrame("riskSummary", ctx),
    notes: [...municipalityNote(ctx.municipality, schools.length), "В клетках — число ОО, у которых фактор высокой значимости"],
    main: { columns, rows: [...rows.map(line), line(total)], highlights: [{ row: rows.length, bold: true }] },
    above: [
      {
        caption: scopeLabel("Школ по факторам", ctx, "(регион)"),
        // The chart's categories are the short «РФk» of the main table's headers: long names would leave it no room.
        columns: [
          { header: "РФ", format: "text", width: 6 },
          { header: "Фактор", format: "text", width: 40, wrap: true },
          { header: "Число ОО", format: "integer", width: 10 },
        ],
        rows: factors.map((f, i) => [`РФ${f.number}`, f.name.trim(), total.perFactor[i]]),
        highlights: [],
      },
    ],
    chart:
      factors.length === 0
        ? undefined
        : { kind: "column", title: "Школы по рисковым факторам (высокая значимость)", block: 0, categoryColumn: 0, valueColumn: 2, fromRow: 0, toRow: factors.length - 1 },
    problems,
  };
}
