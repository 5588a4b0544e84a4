/** «Сетевые пары» (SPEC §8): a partner from the stable-high register for each flagged school, with the reason. */
import { inMunicipality } from "../core/identification/identify";
import { municipalityNote } from "../core/risk/scope";
import type { WorkbookData } from "../core/tables/records";
import { listInCell } from "./cellList";
import { reportFrame } from "./common";
import { type ReportContext, type RunFacts, runFacts } from "./context";
import type { SheetDescription } from "./model";
import { table } from "./table";

const UNPAIRED = { fill: "#FFC7CE", fontColor: "#9C0006" };

export function buildPartnersReport(
  data: WorkbookData,
  ctx: ReportContext,
  run: RunFacts = runFacts(data, ctx),
): SheetDescription {
  const settings = ctx.settings.identification;
  const found = run.identification;
  const shown = found.pairs.filter((p) => inMunicipality(p.flagged, ctx.municipality));
  const unpaired = shown.filter((p) => !p.partner);
  return {
    ...reportFrame("partners", ctx),
    notes: [
      ...municipalityNote(ctx.municipality, shown.length),
      `Партнёры — из реестра «Стабильно высокие результаты» (${found.register.length} ОО): сначала свой муниципалитет, затем другие; не более ${settings.partnerCap} ШНОР на партнёра`,
      unpaired.length === 0
        ? `Пары подобраны для всех ${shown.length} ШНОР`
        : `Без партнёра ${unpaired.length} из ${shown.length} ШНОР: ${
            listInCell(
              unpaired.map((p) => p.flagged.name),
              "; ",
              "все — в таблице, строки без партнёра выделены",
            ).text
          }`,
    ],
    main: table(
      shown,
      [
        { header: "Муниципалитет ШНОР", format: "text", width: 22, value: (p) => p.flagged.municipality },
        { header: "ШНОР", format: "text", width: 40, wrap: true, value: (p) => p.flagged.name },
        { header: "Партнёр", format: "text", width: 40, wrap: true, value: (p) => p.partner?.school.name ?? "" },
        {
          header: "Муниципалитет партнёра",
          format: "text",
          width: 22,
          value: (p) => p.partner?.school.municipality ?? "",
        },
        { header: "Основание подбора", format: "text", width: 60, wrap: true, value: (p) => p.reason },
      ],
      { rowHighlight: (p) => (p.partner ? undefined : UNPAIRED) },
    ),
    above: [],
    problems: [],
  };
}
