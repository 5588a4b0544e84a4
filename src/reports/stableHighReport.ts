/** «Стабильно высокие результаты» (SPEC §8): the register of schools in the region's lowest share of «2» every year. */
import { inMunicipality } from "../core/identification/identify";
import { municipalityNote } from "../core/risk/scope";
import type { WorkbookData } from "../core/tables/records";
import { reportFrame } from "./common";
import { type ReportContext, type RunFacts, runFacts } from "./context";
import type { SheetDescription } from "./model";
import { table } from "./table";

export function buildStableHighReport(
  data: WorkbookData,
  ctx: ReportContext,
  run: RunFacts = runFacts(data, ctx),
): SheetDescription {
  const settings = ctx.settings.identification;
  const found = run.identification;
  const shown = found.register.filter((r) => inMunicipality(r.school, ctx.municipality));
  return {
    ...reportFrame("stableHigh", ctx),
    notes: [
      ...municipalityNote(ctx.municipality, shown.length),
      `Правило: доля «2» (среднее по процедурам года) — в нижних ${settings.stableHighShare} % ОО региона в каждом году, за который у ОО есть результаты; ОО с признаком низких результатов не включаются`,
      `В реестре ${shown.length} ОО; годы: ${found.years.join(", ") || "нет результатов"}`,
    ],
    main: table(shown, [
      { header: "Муниципалитет", format: "text", width: 22, value: (r) => r.school.municipality },
      { header: "Наименование ОО", format: "text", width: 40, wrap: true, value: (r) => r.school.name },
      { header: "Логин", format: "text", width: 14, value: (r) => r.school.login },
      { header: "Годы", format: "text", width: 20, value: (r) => r.years.join(", ") },
      { header: "Средняя доля «2», %", format: "percentPoints", width: 14, value: (r) => r.meanShare },
    ]),
    above: [],
    problems: [],
  };
}
