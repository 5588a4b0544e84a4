/** «Кураторы»: schools per curator, «да» when above the cap (default 2), the curator's schools (SPEC §2, §6). */
import { curatorLoads } from "../core/risk/curators";
import { municipalityNote, schoolsOfMunicipality } from "../core/risk/scope";
import type { SchoolRecord, WorkbookData } from "../core/tables/records";
import { furtherSheet, reportFrame, seeSheet } from "./common";
import type { ReportContext } from "./context";
import { listInCell } from "./cellList";
import type { SheetDescription, TableBlock } from "./model";
import { table } from "./table";

const OVER_CAP = { fill: "#FFC7CE", fontColor: "#9C0006", bold: true };

export function buildCuratorsReport(data: WorkbookData, ctx: ReportContext): SheetDescription[] {
  const schools = schoolsOfMunicipality(data.schools, ctx.municipality);
  const cap = ctx.settings.curatorCap;
  const { loads, withoutCurator } = curatorLoads(schools, cap);
  // Lists too long for a cell are written whole on a sheet of their own, a school a row.
  const fullLists: ListedSchool[] = [];
  const listed = (who: string, list: readonly SchoolRecord[]): string => {
    const cell = listInCell(
      list.map((s) => s.name),
      "; ",
      `полный список — ${seeSheet("curators", 1)}`,
    );
    if (cell.hidden > 0) list.forEach((school, i) => fullLists.push({ who, n: i + 1, school }));
    return cell.text;
  };
  // Before the note on schools without a curator: the full lists keep the curators' order, theirs last.
  const main = table(loads, [
    { header: "Куратор", format: "text", width: 28, value: (l) => l.curator },
    { header: "Число ОО", format: "integer", width: 10, value: (l) => l.schools.length },
    {
      header: "Превышение нормы",
      format: "text",
      width: 14,
      value: (l) => (l.overCap ? "да" : "нет"),
      highlight: (l) => (l.overCap ? OVER_CAP : undefined),
    },
    { header: "Школы", format: "text", width: 70, wrap: true, value: (l) => listed(l.curator, l.schools) },
  ]);
  const withoutCuratorNote =
    withoutCurator.length === 0
      ? []
      : [`Без куратора (${withoutCurator.length}): ${listed("без куратора", withoutCurator)}`];
  const over = loads.filter((l) => l.overCap).length;
  const sheet: SheetDescription = {
    ...reportFrame("curators", ctx),
    notes: [
      ...municipalityNote(ctx.municipality, schools.length),
      `Норма: не более ${cap} ОО на куратора; превышение у ${over} из ${loads.length}`,
      ...withoutCuratorNote,
    ],
    main,
    above: [],
    problems: [],
  };
  if (fullLists.length === 0) return [sheet];
  return [
    sheet,
    furtherSheet(
      "curators",
      ctx,
      1,
      ["Полные списки школ там, где ячейка «Школы» листа «Кураторы» сокращена"],
      fullListsBlock(fullLists),
    ),
  ];
}

function fullListsBlock(rows: ListedSchool[]): TableBlock {
  return table(rows, [
    { header: "Куратор", format: "text", width: 28, value: (r) => r.who },
    { header: "№", format: "integer", width: 10, value: (r) => r.n },
    { header: "Муниципалитет", format: "text", width: 14, wrap: true, value: (r) => r.school.municipality },
    { header: "Наименование ОО", format: "text", width: 70, wrap: true, value: (r) => r.school.name },
  ]);
}

/** A school of a list too long for its cell, with its curator (or «без куратора») and its place in the list. */
interface ListedSchool {
  who: string;
  n: number;
  school: SchoolRecord;
}
