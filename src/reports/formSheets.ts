/**
 * A municipality's quarterly form (SPEC §10) as sheet descriptions, laid out and printed as every report is: «Отчёт
 * МОУО» with the plan items it reports on, «Показатели ОО» with its schools' indicator values from the list, and the
 * form's identity. Which columns the municipality fills in, and with what validation, each column declares beside its
 * header and value (reports/table.ts); the writer turns it into unlocked cells on a protected sheet.
 */
import { type Day, formatDay } from "../core/calendar";
import type { Cell } from "../core/cell";
import { FORM_HEADERS as H, FORM_MARKS, FORM_SHEETS } from "../core/forms/formReturn";
import { fingerprint, type FormIdentity } from "../core/forms/identity";
import { itemsForMunicipality } from "../core/forms/municipalBody";
import { findIndicators, dynamicsPairsOf } from "../core/indicators/indicatorColumns";
import { DYNAMICS_PREFIX } from "../core/indicators/dynamics";
import { readMark } from "../core/indicators/marks";
import { type Quarter, quarterEnd, quarterInWords } from "../core/plan/quarter";
import { reportDue } from "../core/plan/reportDue";
import { municipalitiesOf, schoolsOfMunicipality } from "../core/risk/scope";
import type { WorkbookData } from "../core/tables/records";
import { type EvaluatedItem, type EvaluatedPlan, settingsOfPlan } from "../core/plan/evaluate";
import type { ReportContext } from "./context";
import type { FormSheetDescription, OutValue, TableBlock } from "./model";
import { type Column, table } from "./table";

/** What a municipality may write into a main column of a form's sheet; null = a locked column of the plan or list. */
export type EntryColumn = null | {
  rule?: { kind: "list"; values: readonly string[] } | { kind: "date"; from: Day; to: Day } | { kind: "number" };
  message: string;
};

/** A form's column: a report column and what the municipality may write into it (no entry: locked). */
interface FormColumn<T> extends Column<T> {
  entry?: Exclude<EntryColumn, null>;
}

/** A form sheet's main table and each column's entry, from one list of columns (`false`: a column left out). */
function formTable<T>(
  items: readonly T[],
  columns: readonly (FormColumn<T> | false)[],
): { main: TableBlock; entry: EntryColumn[] } {
  const shown = columns.filter((c): c is FormColumn<T> => c !== false);
  return { main: table(items, shown), entry: shown.map((c) => c.entry ?? null) };
}

export interface FormSheet {
  description: FormSheetDescription;
  /** One per main column. */
  entry: EntryColumn[];
}

export interface MunicipalityForm {
  municipality: string;
  identity: FormIdentity;
  sheets: FormSheet[];
}

/** The number an item carries in forms: the plan's own, else its place in the plan («3»). */
export function formItemNumber(item: EvaluatedItem, index: number): string {
  return item.record.number !== "" ? item.record.number : String(index + 1);
}

/** The plan's name in a form's identity: its title, else its sheet. */
export function formPlanName(plan: EvaluatedPlan): string {
  return plan.info.title ?? plan.info.key;
}

/** The indicator columns of the schools list that «Показатели» uses: yes/no ones, then the numbers of dynamics pairs. */
export function formIndicatorColumns(
  data: WorkbookData,
  ctx: ReportContext,
): { header: string; kind: "yesNo" | "number" }[] {
  const { indicators } = findIndicators(data.schools, data.extraHeaders, ctx.settings);
  const pairs = dynamicsPairsOf(data.schools, data.extraHeaders, ctx.settings).filter((p) =>
    indicators.some((i) => i.name === DYNAMICS_PREFIX + p.measure),
  );
  return [
    ...indicators
      .filter((i) => !i.name.startsWith(DYNAMICS_PREFIX))
      .map((i) => ({ header: i.name, kind: "yesNo" as const })),
    ...pairs.flatMap((p) => [p.entryHeader, p.finalHeader]).map((header) => ({ header, kind: "number" as const })),
  ];
}

/** Every municipality's form of one plan and quarter, in the list's order of municipalities. */
export function buildForms(
  data: WorkbookData,
  plan: EvaluatedPlan,
  quarter: Quarter,
  ctx: ReportContext,
): MunicipalityForm[] {
  const municipalities = municipalitiesOf(data);
  const due = reportDue(quarterEnd(quarter), settingsOfPlan(ctx, plan.info.file).quarterReportDay);
  const numbered = plan.items.map((item, i) => ({
    item,
    number: formItemNumber(item, i),
    executor: item.record.executor,
  }));
  const indicators = formIndicatorColumns(data, ctx);
  return municipalities.map((municipality) => {
    const items = itemsForMunicipality(numbered, municipality, municipalities);
    const identity: FormIdentity = {
      plan: formPlanName(plan),
      period: { start: plan.period.start, end: plan.period.end },
      municipality,
      quarter,
      due,
      made: ctx.asOf,
      items: items.map(({ item, number }) => ({ number, fingerprint: fingerprint(item.record.measure) })),
    };
    type Row = (typeof items)[number];
    const { main, entry } = formTable<Row>(items, [
      { header: H.number, format: "text", width: 6, value: ({ number }) => number },
      { header: H.measure, format: "text", width: 50, wrap: true, value: ({ item }) => item.record.measure },
      { header: H.deadline, format: "text", width: 22, wrap: true, value: ({ item }) => item.written },
      { header: H.executor, format: "text", width: 24, wrap: true, value: ({ item }) => item.record.executor },
      {
        header: H.mark,
        format: "text",
        width: 14,
        wrap: true,
        value: () => null,
        entry: { rule: { kind: "list", values: FORM_MARKS }, message: `Выберите из списка: ${FORM_MARKS.join(", ")}` },
      },
      {
        header: H.date,
        format: "date",
        width: 12,
        wrap: true,
        value: () => null,
        entry: {
          rule: { kind: "date", from: plan.period.start, to: plan.period.end },
          message: `Дата дд.мм.гггг с ${formatDay(plan.period.start)} по ${formatDay(plan.period.end)}`,
        },
      },
      {
        header: H.comment,
        format: "text",
        width: 30,
        wrap: true,
        value: () => null,
        entry: { message: "Документ, подтверждающий выполнение" },
      },
    ]);
    const itemsSheet: FormSheet = {
      description: {
        reportId: "formItems",
        sheetName: FORM_SHEETS.items,
        title: `Отчёт о выполнении плана за ${quarterInWords(quarter)} — ${municipality}`,
        asOf: ctx.asOf,
        notes: [
          `Срок представления: ${formatDay(due)}`,
          `План: «${identity.plan}», период ${formatDay(plan.period.start)}–${formatDay(plan.period.end)}`,
          `Заполните «${H.mark}» (${FORM_MARKS.join(" / ")}), «${H.date}» (дд.мм.гггг, в периоде плана) и «${H.comment}»; столбцы плана защищены (защита листа без пароля)`,
        ],
        main,
        above: [],
        problems: [],
      },
      entry,
    };
    return { municipality, identity, sheets: [itemsSheet, schoolsSheet(data, municipality, indicators, ctx)] };
  });
}

function schoolsSheet(
  data: WorkbookData,
  municipality: string,
  indicators: { header: string; kind: "yesNo" | "number" }[],
  ctx: ReportContext,
): FormSheet {
  const schools = schoolsOfMunicipality(data.schools, municipality);
  const withIds = schools.some((s) => s.id !== undefined);
  const value = (cell: Cell | undefined, kind: "yesNo" | "number"): OutValue => {
    if (cell === undefined || cell === null) return null;
    if (kind === "yesNo") {
      const mark = readMark(cell);
      // a value the list itself has wrong stays as written: the list's remark names it
      return mark === "yes" ? "да" : mark === "no" ? "нет" : mark === "blank" ? null : cell;
    }
    return cell;
  };
  type School = (typeof schools)[number];
  const { main, entry } = formTable<School>(schools, [
    withIds && { header: H.schoolId, format: "text", width: 14, value: (s) => s.id ?? null },
    { header: H.school, format: "text", width: 44, wrap: true, value: (s) => s.name },
    ...indicators.map((i): FormColumn<School> => ({
      header: i.header,
      format: i.kind === "number" ? "general" : "text",
      width: 18,
      wrap: true,
      value: (s) => value(s.extra.get(i.header)?.value, i.kind),
      entry:
        i.kind === "yesNo"
          ? { rule: { kind: "list", values: ["да", "нет"] }, message: "Выберите «да» или «нет»" }
          : { rule: { kind: "number" }, message: "Введите число" },
    })),
  ]);
  return {
    description: {
      reportId: "formSchools",
      sheetName: FORM_SHEETS.schools,
      title: `Показатели ОО — ${municipality}`,
      asOf: ctx.asOf,
      notes: [
        indicators.length === 0
          ? "В списке школ нет столбцов-показателей: заполнять нечего"
          : "Проверьте и исправьте значения показателей ваших ОО (заполнены по списку школ региона); идентификатор и наименование ОО защищены",
      ],
      main,
      above: [],
      problems: [],
    },
    entry,
  };
}
