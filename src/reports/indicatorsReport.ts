/**
 * «Показатели»: per indicator a row per municipality, then «Итого по региону» («Итого: <муниципалитет>» in a
 * one-municipality run), with numerator, denominator, share and «нет данных»; above it the shares and their bar chart;
 * the schools behind «нет» and «нет данных» on a sheet of their own, «Показатели — списки школ».
 */
import { findIndicators } from "../core/indicators/indicatorColumns";
import { indicatorShares } from "../core/indicators/shares";
import { municipalityNote, schoolsOfMunicipality } from "../core/risk/scope";
import type { WorkbookData } from "../core/tables/records";
import { listInCell } from "./cellList";
import { furtherSheet, reportFrame, scopeLabel, seeSheet, totalLabel } from "./common";
import type { ReportContext } from "./context";

/** Where a clipped settings list stands whole. */
const IN_SETTINGS = "все — на листе «Настройки ШНОР»";
import type { SheetDescription } from "./model";
import { columnIndex, table } from "./table";

/** What a share counts (issue 23 item 5), under the shares above the table: the rule of core/indicators/shares.ts. */
export const SHARE_LINE =
  "Доля = Числитель / Знаменатель: ОО с ответом «да» (для динамики — с положительной динамикой) из всех ОО, включая «нет данных» (для динамики — из ОО с обоими значениями)";

export function buildIndicatorsReport(data: WorkbookData, ctx: ReportContext): SheetDescription[] {
  const schools = schoolsOfMunicipality(data.schools, ctx.municipality);
  const { indicators, problems } = findIndicators(schools, data.extraHeaders, ctx.settings);
  const shares = indicators.map((indicator) => ({ name: indicator.name, ...indicatorShares(indicator) }));
  // Each indicator's municipalities, then its total in bold.
  const lines = shares.flatMap(({ name, rows, total }) => [
    ...rows.map((row) => ({ name, row, total: false })),
    { name, row: total, total: true },
  ]);
  const main = table(
    lines,
    [
      { header: "Показатель", format: "text", width: 44, wrap: true, value: (l) => l.name },
      {
        header: "Муниципалитет",
        format: "text",
        width: 24,
        value: (l) => (l.total ? totalLabel(ctx) : l.row.municipality),
      },
      { header: "Числитель", format: "integer", width: 11, value: (l) => l.row.numerator },
      { header: "Знаменатель", format: "integer", width: 12, value: (l) => l.row.denominator },
      { header: "Доля", format: "percent", width: 10, value: (l) => l.row.share },
      { header: "Нет данных", format: "integer", width: 11, value: (l) => l.row.noData },
    ],
    { rowHighlight: (l) => (l.total ? { bold: true } : undefined) },
  );
  const regional = table(
    shares,
    [
      { header: "Показатель", format: "text", width: 44, wrap: true, value: (i) => i.name },
      { header: "Числитель", format: "integer", width: 11, value: (i) => i.total.numerator },
      { header: "Знаменатель", format: "integer", width: 12, value: (i) => i.total.denominator },
      { header: "Доля", format: "percent", width: 10, value: (i) => i.total.share },
    ],
    { caption: scopeLabel("Доли", ctx), line: SHARE_LINE },
  );
  const misses = table(
    shares.flatMap(({ name, total }) => total.misses.map((miss) => ({ name, miss }))),
    [
      { header: "Показатель", format: "text", width: 44, wrap: true, value: (m) => m.name },
      { header: "Муниципалитет", format: "text", width: 24, value: (m) => m.miss.school.municipality },
      { header: "Наименование ОО", format: "text", width: 42, wrap: true, value: (m) => m.miss.school.name },
      { header: "Значение", format: "text", width: 16, value: (m) => m.miss.label },
    ],
  );
  const off = ctx.settings.indicatorsOff;
  const chosen = indicators.flatMap((i) =>
    i.betterFromSettings ? [`${i.name} — лучше ${i.betterFromSettings === "lower" ? "меньше" : "больше"}`] : [],
  );
  const sheet: SheetDescription = {
    ...reportFrame("indicators", ctx),
    notes: [
      ...municipalityNote(ctx.municipality, schools.length),
      // what the shares count is said under them (SHARE_LINE)
      ...(indicators.length === 0
        ? ["Столбцы-показатели (отметки «да»/«нет» или пары «вход»/«итог») в списке школ не найдены"]
        : []),
      ...(off.length === 0 ? [] : [`Отключены в настройках: ${listInCell(off, "; ", IN_SETTINGS).text}`]),
      ...(chosen.length === 0
        ? []
        : [`Направление динамики задано в настройках: ${listInCell(chosen, "; ", IN_SETTINGS).text}`]),
      ...(misses.rows.length === 0 ? [] : [`Школы с ответом «нет» и без данных — ${seeSheet("indicators", 1)}`]),
    ],
    main,
    above: shares.length === 0 ? [] : [regional],
    chart:
      shares.length === 0
        ? undefined
        : {
            kind: "bar",
            title: scopeLabel("Доли", ctx),
            block: 0,
            categoryColumn: columnIndex(regional, "Показатель"),
            valueColumn: columnIndex(regional, "Доля"),
            fromRow: 0,
            toRow: shares.length - 1,
            percent: true,
          },
    problems,
  };
  if (misses.rows.length === 0) return [sheet];
  return [
    sheet,
    furtherSheet(
      "indicators",
      ctx,
      1,
      ["Школы с ответом «нет» и без данных по каждому показателю листа «Показатели»"],
      misses,
    ),
  ];
}
