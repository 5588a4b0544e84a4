/** «Кураторы»: schools per curator, «да» when above the cap (default 2), the curator's schools (SPEC §2, §6). */
import { curatorLoads } from "../core/risk/curators";
import { municipalityNote, schoolsOfMunicipality } from "../core/risk/scope";
import type { WorkbookData } from "../core/tables/records";
import { reportTitle } from "./common";
import type { ReportContext } from "./context";
import { type Highlight, REPORT_SHEET_NAMES, type SheetDescription } from "./model";

const OVER_CAP = { fill: "#FFC7CE", fontColor: "#9C0006", bold: true };

export function buildCuratorsReport(data: WorkbookData, ctx: ReportContext): SheetDescription {
  const schools = schoolsOfMunicipality(data.schools, ctx.municipality);
  const cap = ctx.settings.curatorCap;
  const { loads, withoutCurator } = curatorLoads(schools, cap);
  const highlights: Highlight[] = [];
  const rows = loads.map((load, i) => {
    if (load.overCap) highlights.push({ row: i, col: 2, ...OVER_CAP });
    return [load.curator, load.schools.length, load.overCap ? "да" : "нет", load.schools.map((s) => s.name).join("; ")];
  });
  const over = loads.filter((l) => l.overCap).length;
  const title = REPORT_SHEET_NAMES.curators;
  return {
    reportId: "curators",
    sheetName: title,
    title: reportTitle(title, ctx.asOf),
    asOf: ctx.asOf,
    notes: [
      ...municipalityNote(ctx.municipality, schools.length),
      `Норма: не более ${cap} ОО на куратора; превышение у ${over} из ${loads.length}`,
      ...(withoutCurator.length === 0 ? [] : [`Без куратора (${withoutCurator.length}): ${withoutCurator.map((s) => s.name).join("; ")}`]),
    ],
    main: {
      columns: [
        { header: "Куратор", format: "text", width: 28 },
        { header: "Число ОО", format: "integer", width: 10 },
        { header: "Превышение нормы", format: "text", width: 14 },
        { header: "Школы", format: "text", width: 70, wrap: true },
      ],
      rows,
      highlights,
    },
    above: [],
    below: [],
    problems: [],
  };
}
