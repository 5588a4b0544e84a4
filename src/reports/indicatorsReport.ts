/**
 * «Показатели»: per indicator a row per municipality, then «Итого по региону» («Итого: <муниципалитет>» in a
 * one-municipality run), with numerator, denominator, share and «нет данных»; above it the shares and their bar chart;
 * the schools behind «нет» and «нет данных» on a sheet of their own, «Показатели — списки школ».
 */
import { findIndicators } from "../core/indicators/indicatorColumns";
import { indicatorShares, type ShareRow } from "../core/indicators/shares";
import { municipalityNote, schoolsOfMunicipality } from "../core/risk/scope";
import type { WorkbookData } from "../core/tables/records";
import { listInCell } from "./cellList";
import { furtherSheet, reportFrame, scopeLabel, seeSheet, totalLabel } from "./common";
import type { ReportContext } from "./context";

/** Where a clipped settings list stands whole. */
const IN_SETTINGS = "все — на листе «Настройки ШНОР»";
import type { Highlight, OutValue, SheetDescription } from "./model";

export function buildIndicatorsReport(data: WorkbookData, ctx: ReportContext): SheetDescription[] {
  const schools = schoolsOfMunicipality(data.schools, ctx.municipality);
  const { indicators, problems } = findIndicators(schools, data.extraHeaders, ctx.settings);
  const rows: OutValue[][] = [];
  const highlights: Highlight[] = [];
  const regional: OutValue[][] = [];
  const misses: OutValue[][] = [];
  const line = (indicator: string, row: ShareRow): OutValue[] => [indicator, row.municipality, row.numerator, row.denominator, row.share, row.noData];
  for (const indicator of indicators) {
    const { rows: perMunicipality, total } = indicatorShares(indicator);
    rows.push(...perMunicipality.map((row) => line(indicator.name, row)));
    highlights.push({ row: rows.length, bold: true });
    rows.push(line(indicator.name, { ...total, municipality: totalLabel(ctx) }));
    regional.push([indicator.name, total.share]);
    misses.push(...total.misses.map((a) => [indicator.name, a.school.municipality, a.school.name, a.label]));
  }
  const off = ctx.settings.indicatorsOff;
  const chosen = indicators.flatMap((i) => (i.betterFromSettings ? [`${i.name} — лучше ${i.betterFromSettings === "lower" ? "меньше" : "больше"}`] : []));
  const shares = scopeLabel("Доли", ctx);
  const sheet: SheetDescription = {
    ...reportFrame("indicators", ctx),
    notes: [
      ...municipalityNote(ctx.municipality, schools.length),
      indicators.length === 0
        ? "Столбцы-показатели (отметки «да»/«нет» или пары «вход»/«итог») в списке школ не найдены"
        : "Знаменатель — все ОО; пустая ячейка — «нет данных» (в знаменателе); для динамики — ОО с обоими значениями",
      ...(off.length === 0 ? [] : [`Отключены в настройках: ${listInCell(off, "; ", IN_SETTINGS).text}`]),
      ...(chosen.length === 0 ? [] : [`Направление динамики задано в настройках: ${listInCell(chosen, "; ", IN_SETTINGS).text}`]),
      ...(misses.length === 0 ? [] : [`Школы с ответом «нет» и без данных — ${seeSheet("indicators", 1)}`]),
    ],
    main: {
      columns: [
        { header: "Показатель", format: "text", width: 44, wrap: true },
        { header: "Муниципалитет", format: "text", width: 24 },
        { header: "Числитель", format: "integer", width: 11 },
        { header: "Знаменатель", format: "integer", width: 12 },
        { header: "Доля", format: "percent", width: 10 },
        { header: "Нет данных", format: "integer", width: 11 },
      ],
      rows,
      highlights,
    },
    above:
      regional.length === 0
        ? []
        : [
            {
              caption: shares,
              columns: [
                { header: "Показатель", format: "text", width: 44, wrap: true },
                { header: "Доля", format: "percent", width: 10 },
              ],
              rows: regional,
              highlights: [],
            },
          ],
    chart: regional.length === 0 ? undefined : { kind: "bar", title: shares, block: 0, categoryColumn: 0, valueColumn: 1, fromRow: 0, toRow: regional.length - 1, percent: true },
    problems,
  };
  if (misses.length === 0) return [sheet];
  const list = furtherSheet("indicators", ctx, 1, ["Школы с ответом «нет» и без данных по каждому показателю листа «Показатели»"], {
    columns: [
      { header: "Показатель", format: "text", width: 44, wrap: true },
      { header: "Муниципалитет", format: "text", width: 24 },
      { header: "Наименование ОО", format: "text", width: 42, wrap: true },
      { header: "Значение", format: "text", width: 16 },
    ],
    rows: misses,
    highlights: [],
  });
  return [sheet, list];
}
