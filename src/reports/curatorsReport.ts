/** «Кураторы»: schools per curator, «да» when above the cap (default 2), the curator's schools (SPEC §2, §6). */
import { curatorLoads } from "../core/risk/curators";
import { municipalityNote, schoolsOfMunicipality } from "../core/risk/scope";
import type { SchoolRecord, WorkbookData } from "../core/tables/records";
import { furtherSheet, reportFrame, seeSheet } from "./common";
import type { ReportContext } from "./context";
import { listInCell } from "./cellList";
import type { Highlight, OutValue, SheetDescription, TableBlock } from "./model";

const OVER_CAP = { fill: "#FFC7CE", fontColor: "#9C0006", bold: true };

export function buildCuratorsReport(data: WorkbookData, ctx: ReportContext): SheetDescription[] {
  const schools = schoolsOfMunicipality(data.schools, ctx.municipality);
  const cap = ctx.settings.curatorCap;
  const { loads, withoutCurator } = curatorLoads(schools, cap);
  const highlights: Highlight[] = [];
  // Lists too long for a cell are written whole on a sheet of their own, a school a row.
  const fullLists: OutValue[][] = [];
  const listed = (who: string, list: readonly SchoolRecord[]): string => {
    const cell = listInCell(list.map((s) => s.name), "; ", `полный список — ${seeSheet("curators", 1)}`);
    if (cell.hidden > 0) list.forEach((school, i) => fullLists.push([who, i + 1, school.municipality, school.name]));
    return cell.text;
  };
  const rows = loads.map((load, i) => {
    if (load.overCap) highlights.push({ row: i, col: 2, ...OVER_CAP });
    return [load.curator, load.schools.length, load.overCap ? "да" : "нет", listed(load.curator, load.schools)];
  });
  const withoutCuratorNote = withoutCurator.length === 0 ? [] : [`Без куратора (${withoutCurator.length}): ${listed("без куратора", withoutCurator)}`];
  const over = loads.filter((l) => l.overCap).length;
  const sheet: SheetDescription = {
    ...reportFrame("curators", ctx),
    notes: [
      ...municipalityNote(ctx.municipality, schools.length),
      `Норма: не более ${cap} ОО на куратора; превышение у ${over} из ${loads.length}`,
      ...withoutCuratorNote,
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
    problems: [],
  };
  if (fullLists.length === 0) return [sheet];
  return [sheet, furtherSheet("curators", ctx, 1, ["Полные списки школ там, где ячейка «Школы» листа «Кураторы» сокращена"], fullListsBlock(fullLists))];
}

function fullListsBlock(rows: OutValue[][]): TableBlock {
  return {
    columns: [
      { header: "Куратор", format: "text", width: 28 },
      { header: "№", format: "integer", width: 10 },
      { header: "Муниципалитет", format: "text", width: 14, wrap: true },
      { header: "Наименование ОО", format: "text", width: 70, wrap: true },
    ],
    rows,
    highlights: [],
  };
}
