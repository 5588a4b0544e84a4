/** «Сетевые пары» (SPEC §8): a partner from the stable-high register for each flagged school, with the reason. */
import { inMunicipality } from "../core/identification/identify";
import { municipalityNote } from "../core/risk/scope";
import type { WorkbookData } from "../core/tables/records";
import { listInCell } from "./cellList";
import { reportFrame } from "./common";
import { type ReportContext, type RunFacts, runFacts } from "./context";
import type { Highlight, SheetDescription } from "./model";

const UNPAIRED = { fill: "#FFC7CE", fontColor: "#9C0006" };

export function buildPartnersReport(data: WorkbookData, ctx: ReportContext, run: RunFacts = runFacts(data, ctx)): SheetDescription {
  const settings = ctx.settings.identification;
  const found = run.identification;
  const shown = found.pairs.filter((p) => inMunicipality(p.flagged, ctx.municipality));
  const highlights: Highlight[] = [];
  const rows = shown.map((p, i) => {
    if (!p.partner) highlights.push({ row: i, ...UNPAIRED });
    return [p.flagged.municipality, p.flagged.name, p.partner?.school.name ?? "", p.partner?.school.municipality ?? "", p.reason];
  });
  const unpaired = shown.filter((p) => !p.partner);
  return {
    ...reportFrame("partners", ctx),
    notes: [
      ...municipalityNote(ctx.municipality, shown.length),
      `Партнёры — из реестра «Стабильно высокие результаты» (${found.register.length} ОО): сначала свой муниципалитет, затем другие; не более ${settings.partnerCap} ШНОР на партнёра`,
      unpaired.length === 0
        ? `Пары подобраны для всех ${shown.length} ШНОР`
        : `Без партнёра ${unpaired.length} из ${shown.length} ШНОР: ${listInCell(unpaired.map((p) => p.flagged.name), "; ", "все — в таблице, строки без партнёра выделены").text}`,
    ],
    main: {
      columns: [
        { header: "Муниципалитет ШНОР", format: "text", width: 22 },
        { header: "ШНОР", format: "text", width: 40, wrap: true },
        { header: "Партнёр", format: "text", width: 40, wrap: true },
        { header: "Муниципалитет партнёра", format: "text", width: 22 },
        { header: "Основание подбора", format: "text", width: 60, wrap: true },
      ],
      rows,
      highlights,
    },
    above: [],
    problems: found.data.problems,
  };
}
