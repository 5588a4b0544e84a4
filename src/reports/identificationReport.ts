/**
 * «Выявление ШНОР» (SPEC §8): every school of the results table, whether the default rule flags it, the procedures
 * and years that triggered it (and the years it has no results for), ИСБШ and «Неблагоприятные условия».
 */
import { type Identification, inMunicipality } from "../core/identification/identify";
import { yearsWord } from "../core/identification/lowResults";
import { municipalityNote } from "../core/risk/scope";
import type { SchoolRef } from "../core/identification/resultsData";
import type { SchoolRecord, WorkbookData } from "../core/tables/records";
import { furtherSheet, reportFrame, seeSheet } from "./common";
import { type ReportContext, type RunFacts, runFacts } from "./context";
import { listInCell } from "./cellList";
import type { SheetDescription } from "./model";
import { type Column, table } from "./table";

/** The main table's first columns, repeated by the full lists on their own sheets. */
function schoolColumns<T>(of: (item: T) => { municipality: string; name: string; login: string }): Column<T>[] {
  return [
    { header: "Муниципалитет", format: "text", width: 22, value: (t) => of(t).municipality },
    { header: "Наименование ОО", format: "text", width: 40, wrap: true, value: (t) => of(t).name },
    { header: "Логин", format: "text", width: 14, value: (t) => of(t).login },
  ];
}

/** A ground of a school's flag, in the full list under the table. */
interface Ground {
  school: SchoolRef;
  n: number;
  ground: string;
}

const FLAGGED = { fill: "#FFC7CE", fontColor: "#9C0006", bold: true };
const UNFAVOURABLE = { fill: "#FFEB9C", fontColor: "#9C5700" };

function yearsText(years: readonly number[]): string {
  return years.join(", ");
}

/** One line for the pane and the command line: «ШНОР: 12 из 100 ОО; без партнёра 2». */
export function identificationSummary(found: Identification, ctx: ReportContext): string {
  const shown = found.judgements.filter((j) => inMunicipality(j.school, ctx.municipality));
  const unpaired = found.pairs.filter((p) => !p.partner && inMunicipality(p.flagged, ctx.municipality)).length;
  return `Признак низких результатов: ${shown.filter((j) => j.flagged).length} из ${shown.length} ОО${unpaired > 0 ? `; без партнёра ${unpaired}` : ""}`;
}

export function buildIdentificationReport(
  data: WorkbookData,
  ctx: ReportContext,
  run: RunFacts = runFacts(data, ctx),
): SheetDescription[] {
  const settings = ctx.settings.identification;
  const found = run.identification;
  const shown = found.judgements.filter((j) => inMunicipality(j.school, ctx.municipality));
  // Grounds too many for a cell are written whole on a sheet of their own, a ground a row.
  const allGrounds: Ground[] = [];
  const lines = shown.map((j) => {
    const grounds = [...j.triggers];
    if (j.yearsMissing.length > 0)
      grounds.push(
        `нет результатов за ${yearsText(j.yearsMissing)} (оценено по ${j.yearsPresent.length > 0 ? yearsText(j.yearsPresent) : "имеющимся"})`,
      );
    const index = found.index.missing ?? found.index.bySchool.get(j.school.key);
    const indexValue = typeof index === "string" ? index : (index?.index ?? "нет данных");
    const unfavourable =
      typeof index === "object" && index.unfavourable !== null ? (index.unfavourable ? "да" : "нет") : "";
    const cell = listInCell(grounds, "; ", `все — ${seeSheet("identification", 1)}`);
    if (cell.hidden > 0) grounds.forEach((ground, k) => allGrounds.push({ school: j.school, n: k + 1, ground }));
    return { school: j.school, flagged: j.flagged, grounds: cell.text, indexValue, unfavourable };
  });
  const flagged = shown.filter((j) => j.flagged).length;
  const judged = new Set(found.judgements.map((j) => j.school.key));
  const withoutResults = data.schools.filter((s) => !judged.has(s.key) && inMunicipality(s, ctx.municipality));
  const noResults = listInCell(
    withoutResults.map((s) => s.name),
    "; ",
    `все — ${seeSheet("identification", 2)}`,
  );
  const more: SheetDescription[] = [];
  if (allGrounds.length > 0) {
    more.push(
      furtherSheet(
        "identification",
        ctx,
        1,
        ["Основания полностью там, где ячейка «Основания» листа «Выявление ШНОР» сокращена"],
        table(allGrounds, [
          ...schoolColumns((g: Ground) => g.school),
          { header: "№", format: "integer", width: 14, value: (g) => g.n },
          { header: "Основание", format: "text", width: 60, wrap: true, value: (g) => g.ground },
        ]),
      ),
    );
  }
  if (noResults.hidden > 0 && found.years.length > 0) {
    const columns = schoolColumns((s: SchoolRecord) => ({
      municipality: s.municipality,
      name: s.name,
      login: s.id ?? "",
    }));
    more.push(
      furtherSheet(
        "identification",
        ctx,
        2,
        ["ОО списка школ без результатов оценочных процедур"],
        table(withoutResults, columns),
      ),
    );
  }
  const rule = [
    `не менее ${settings.threshold} % участников получили «2» в ${settings.proceduresPerYear} и более процедурах одного года`,
    ...(settings.consecutiveYears >= 2 ? [`или в одной процедуре ${yearsWord(settings.consecutiveYears)} подряд`] : []),
  ].join(" ");
  const sheet: SheetDescription = {
    ...reportFrame("identification", ctx),
    notes: [
      ...municipalityNote(ctx.municipality, shown.length),
      found.years.length === 0
        ? "Таблица результатов оценочных процедур не найдена: нужны колонки «Год», «Процедура», «Доля «2», %» или колонки вида «ВПР-2021 рус 5 доля 2»"
        : `Правило: ${rule}; годы: ${yearsText(found.years)}`,
      `Признак низких результатов: ${flagged} из ${shown.length} ОО`,
      ...(withoutResults.length === 0 || found.years.length === 0
        ? []
        : [`Нет результатов оценочных процедур у ${withoutResults.length} ОО списка школ: ${noResults.text}`]),
      ...found.index.notes,
      ...found.data.notes,
    ],
    main: table(lines, [
      ...schoolColumns((l: (typeof lines)[number]) => l.school),
      {
        header: "Признак низких результатов",
        format: "text",
        width: 14,
        value: (l) => (l.flagged ? "да" : "нет"),
        highlight: (l) => (l.flagged ? FLAGGED : undefined),
      },
      { header: "Основания", format: "text", width: 60, wrap: true, value: (l) => l.grounds },
      { header: "ИСБШ", format: "number", width: 12, value: (l) => l.indexValue },
      {
        header: "Неблагоприятные условия",
        format: "text",
        width: 14,
        value: (l) => l.unfavourable,
        highlight: (l) => (l.unfavourable === "да" ? UNFAVOURABLE : undefined),
      },
    ]),
    above: [],
    // The results table's own problems are the run's (engine.ts lists them once); the index's are this sheet's.
    problems: found.index.problems,
  };
  return [sheet, ...more];
}
