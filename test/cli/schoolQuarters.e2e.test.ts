/**
 * Issue 13 through both doors: a school's plan in the deadline style real plans use, with the region's school quarters
 * on the (hidden) settings sheet, read by the command line's ExcelJS reader from an .xlsx file and by the add-in's
 * Office.js reader from a fake Excel holding the same cells; the engine gives both the same «Исполнение плана».
 */
import { join } from "path";
import { isoDay, mustDayOf } from "../../src/core/calendar";
import type { Cell, SheetGrid } from "../../src/core/cell";
import { readWorkbookSheets } from "../../src/excel/readSheets";
import { runEngine } from "../../src/reports/engine";
import { createFakeExcel } from "../helpers/fakeExcel";
import { readXlsxFile, tempFolder, writeWorkbook } from "../helpers/workbooks";

const PLAN: Cell[][] = [
  ["План мероприятий по повышению качества образования на 2023-2024 учебный год"],
  ["№", "Мероприятие", "Сроки", "Ответственный"],
  [1, "Мониторинг успеваемости", "по итогам четверти", "Заместитель директора по УВР"],
  [2, "Контрольные работы в 9 классе", "II четверть", "Учителя-предметники"],
  [3, "Отчёт в управление образования", "ежеквартально до 5 числа месяца, следующего за отчетным", "Директор"],
  [4, "Родительские собрания", "сентябрь, в течение года", "Классные руководители"],
  [5, "Предметные недели", "в теч-е года", "Руководители ШМО"],
  [6, "Всероссийские проверочные работы", "по графику ФИОКО", "Заместитель директора по УВР"],
];
const SETTINGS: Cell[][] = [
  ["Параметр", "Значение"],
  ["Учебные четверти 2023-2024", "01.09–27.10; 06.11–29.12; 09.01–15.03; 27.03–20.05"],
];

function statusRows(grids: SheetGrid[]) {
  const main = runEngine(grids, new Set(), { asOf: mustDayOf(2024, 1, 10) }, ["planStatus"]).sheets.find(
    (s) => s.reportId === "planStatus",
  )!.main;
  const col = (header: string) => main.columns.findIndex((c) => c.header === header);
  const iso = (v: unknown) => (typeof v === "number" ? isoDay(v) : null);
  return main.rows.map((r) => [
    r[col("Сроки (как в плане)")],
    iso(r[col("Начало")]),
    iso(r[col("Окончание")]),
    r[col("Статус")],
    iso(r[col("Ближайший контрольный срок")]),
  ]);
}

test("both doors read the plan's deadlines alike, with the region's quarters", async () => {
  const path = await writeWorkbook(join(tempFolder(), "school-quarters.xlsx"), [
    { name: "План", rows: PLAN },
    { name: "Настройки ШНОР", rows: SETTINGS, hidden: true },
  ]);
  const fromFile = await readXlsxFile(path);
  const fake = createFakeExcel({
    sheets: [
      { name: "План", cells: PLAN },
      { name: "Настройки ШНОР", cells: SETTINGS, visibility: "Hidden" as const },
    ],
  });
  const fromExcel = await fake.Excel.run((ctx) =>
    readWorkbookSheets(ctx as unknown as Excel.RequestContext, { mergedAreas: true }),
  );
  const expected = [
    ["по итогам четверти", "2023-09-01", "2024-05-20", "В работе", "2024-03-15"],
    ["II четверть", "2023-11-06", "2023-12-29", "Просрочено", null],
    ["ежеквартально до 5 числа месяца, следующего за отчетным", "2023-09-01", "2024-10-05", "В работе", "2024-04-05"],
    ["сентябрь, в течение года", "2023-09-01", "2024-08-31", "В работе", "2024-08-31"],
    ["в теч-е года", "2023-09-01", "2024-08-31", "В работе", "2024-08-31"],
    ["по графику ФИОКО", null, null, "Без срока", null],
  ];
  expect(statusRows(fromFile.grids)).toEqual(expected);
  expect(statusRows(fromExcel.grids)).toEqual(expected);
});
