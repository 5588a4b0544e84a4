/**
 * One run of `shnor forms` over read workbooks, without files (SPEC §10): every municipality's form as bytes, named
 * «Форма — <Муниципалитет>.xlsx», or why none can be made — what the command line writes into its folder and the
 * report page zips.
 */
import type { Day } from "../core/calendar";
import type { SheetGrid } from "../core/cell";
import { readRunSettings } from "../core/fileSettings";
import { formFiles } from "../core/forms/formReturn";
import { IDENTITY_SHEET_NAME, identityRows } from "../core/forms/identity";
import { parseQuarter, type Quarter, quarterForPlan, quarterInWords, unreadQuarterReason } from "../core/plan/quarter";
import { parsePlanPeriod } from "../core/periodText";
import type { Problem } from "../core/problems";
import { municipalitiesOf } from "../core/risk/scope";
import { readWorkbook } from "../core/tables/readWorkbook";
import type { ReportContext } from "../reports/context";
import { buildForms, type FormSheet } from "../reports/formSheets";
import { type FormSheetLayout, layoutFormSheet } from "../reports/layout";
import { evaluatePlan } from "../core/plan/evaluate";
import { formWorkbookBytes, type SheetEntry } from "./writeXlsx";
import { safeFileNamePart } from "./split";

export interface FormsOptions {
  asOf: Day;
  /** The plan period as typed (--period). */
  period?: string;
  /** «2021-3»; default: the last quarter of the plan ended by «на дату». */
  quarter?: string;
}

export interface FormFile {
  municipality: string;
  /** «Форма — Тарский муниципальный район.xlsx». */
  name: string;
  bytes: Uint8Array;
}

export type FormsRun =
  | { kind: "refused"; option?: "quarter" | "period"; message: string; problems: Problem[] }
  | { kind: "built"; files: FormFile[]; summary: string[]; problems: Problem[] };

/** «Форма — <Муниципалитет>.xlsx», unique within the folder (two names that make one file name get « (2)»). */
export function formFileNames(municipalities: readonly string[]): string[] {
  const taken = new Set<string>();
  return municipalities.map((m) => {
    const base = `Форма — ${safeFileNamePart(m)}`;
    let name = `${base}.xlsx`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n}).xlsx`;
    taken.add(name.toLowerCase());
    return name;
  });
}

export async function makeForms(
  grids: SheetGrid[],
  reportSheets: Set<string>,
  options: FormsOptions,
): Promise<FormsRun> {
  // A returned form given with the workbook is no plan and no schools list.
  const forms = formFiles(grids);
  const own = grids.filter((g) => g.file === undefined || !forms.has(g.file));
  const { settings, byFile, problems } = readRunSettings(own);
  const ctx: ReportContext = { asOf: options.asOf, settings };
  if (byFile.size > 0) ctx.fileSettings = byFile;
  if (options.period !== undefined) {
    const period = parsePlanPeriod(options.period, settings.schoolYearEnd, "run");
    if (period === null)
      return {
        kind: "refused",
        option: "period",
        message: `период плана «${options.period}» не распознан: укажите 2021, 2021-2022 или "2020-2021 учебный год".`,
        problems,
      };
    ctx.planPeriod = { ...period, text: options.period.trim() };
  }
  const data = readWorkbook(own, settings, reportSheets, byFile);
  problems.push(...data.problems);
  const evaluation = evaluatePlan(data, ctx);
  problems.push(...evaluation.problems);
  if (evaluation.plans.length === 0)
    return {
      kind: "refused",
      message: "не найден план мероприятий (колонки «Мероприятие» и «Сроки»): формы не из чего составить.",
      problems,
    };
  if (evaluation.plans.length > 1) {
    const names = evaluation.plans.map((p) => `«${p.label}»`).join(", ");
    return {
      kind: "refused",
      message: `в книгах ${evaluation.plans.length} плана (${names}): форма составляется по одному плану — укажите книгу с одним планом.`,
      problems,
    };
  }
  const municipalities = municipalitiesOf(data);
  if (municipalities.length === 0)
    return {
      kind: "refused",
      message: "в списке школ не найдено ни одного муниципалитета (колонка «Муниципалитет»): некому составлять формы.",
      problems,
    };
  const plan = evaluation.plans[0];
  let chosen: Quarter | undefined;
  if (options.quarter !== undefined) {
    const read = parseQuarter(options.quarter);
    if (read === null)
      return {
        kind: "refused",
        option: "quarter",
        message: `${unreadQuarterReason(options.quarter)}.`,
        problems,
      };
    chosen = read;
  }
  const quarter = quarterForPlan(plan.period, options.asOf, chosen);
  if (quarter.kind === "none") return { kind: "refused", option: "quarter", message: `${quarter.reason}.`, problems };

  const built = buildForms(data, plan, quarter.quarter, ctx);
  const names = formFileNames(built.map((f) => f.municipality));
  const files: FormFile[] = [];
  for (const [i, form] of built.entries()) {
    const bytes = await formWorkbookBytes({
      sheets: form.sheets.map(laidOut),
      identity: { name: IDENTITY_SHEET_NAME, rows: identityRows(form.identity) },
      title: form.sheets[0].description.title,
    });
    files.push({ municipality: form.municipality, name: names[i], bytes });
  }
  const summary = [
    `Формы за ${quarterInWords(quarter.quarter)} по плану «${built[0]?.identity.plan ?? plan.label}»: ${files.length} (по муниципалитетам списка школ).`,
    ...built.map(
      (f) => `${f.municipality}: пунктов ${f.identity.items.length}, ОО ${f.sheets[1].description.main.rows.length}`,
    ),
  ];
  return { kind: "built", files, summary, problems };
}

/** The sheet laid out as every report is, and its entry columns as cell ranges of the main table's data rows. */
function laidOut(sheet: FormSheet): { layout: FormSheetLayout; entry: SheetEntry } {
  const layout = layoutFormSheet(sheet.description);
  const main = layout.blocks[0];
  const entry: SheetEntry = { unlocked: [], validations: [] };
  if (main.rows.length > 0) {
    sheet.entry.forEach((column, i) => {
      if (column === null) return;
      const range = {
        top: main.firstDataRow,
        bottom: main.lastRow,
        left: main.spans[i].left,
        right: main.spans[i].right,
      };
      entry.unlocked.push(range);
      if (column.rule) entry.validations.push({ range, rule: column.rule, message: column.message });
    });
  }
  return { layout, entry };
}
