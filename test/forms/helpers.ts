/**
 * The region of test/fixtures/forms read as the file door reads it, and its forms made; forms filled as a
 * municipality fills them; a region of many municipalities whose round prints across pages.
 */
import ExcelJS from "exceljs";
import { type Day, fileDateOfDay, mustDayOf, parseIsoDay } from "../../src/core/calendar";
import type { Cell, SheetGrid } from "../../src/core/cell";
import { FORM_SHEETS } from "../../src/core/forms/formReturn";
import { type FormsRun, makeForms } from "../../src/files/formsRun";
import { readInputs } from "../../src/files/inputs";
import { runEngine, type EngineResult } from "../../src/reports/engine";
import { AS_OF, PLAN_ROWS, QUARTER, SCHOOL_ROWS } from "../fixtures/forms/region";
import { buildWorkbook } from "../helpers/workbooks";

export const REGION_FILE = "Регион.xlsx";

export async function regionBytes(schoolRows: Cell[][] = SCHOOL_ROWS): Promise<Uint8Array> {
  return new Uint8Array(
    await buildWorkbook([
      { name: "План", rows: PLAN_ROWS },
      { name: "Школы", rows: schoolRows },
    ]).xlsx.writeBuffer(),
  );
}

export async function regionGrids(): Promise<{ grids: SheetGrid[]; reportSheets: Set<string> }> {
  return readInputs([{ label: REGION_FILE, name: REGION_FILE, bytes: await regionBytes() }]);
}

export async function regionForms(schoolRows: Cell[][] = SCHOOL_ROWS): Promise<Extract<FormsRun, { kind: "built" }>> {
  const { grids, reportSheets } = await readInputs([
    { label: REGION_FILE, name: REGION_FILE, bytes: await regionBytes(schoolRows) },
  ]);
  const run = await makeForms(grids, reportSheets, { asOf: parseIsoDay(AS_OF)!, quarter: QUARTER });
  if (run.kind !== "built") throw new Error(run.message);
  return run;
}

/** What a municipality writes: item number → [mark, date] on «Отчёт МОУО» (rows 7…, item numbers in column A). */
export type Fill = Record<string, [Cell, Cell?]>;

/** The form filled as a municipality fills it (ExcelJS, as any office suite saves it), saved at `saved` (ISO). */
export async function filled(
  bytes: Uint8Array,
  fill: Fill,
  saved: string,
  edit: (book: ExcelJS.Workbook) => void = () => undefined,
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = book.getWorksheet(FORM_SHEETS.items)!;
  sheet.eachRow((row) => {
    const answer = fill[String(row.getCell(1).value)];
    if (row.number > 6 && answer) {
      row.getCell(5).value = answer[0] as ExcelJS.CellValue;
      const date = answer[1];
      row.getCell(6).value = typeof date === "number" ? fileDateOfDay(date) : ((date ?? null) as ExcelJS.CellValue);
    }
  });
  edit(book);
  book.modified = new Date(saved);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The 32 districts and the city of the Omsk region, as a schools list names them. */
export const OMSK_MUNICIPALITIES = [
  "Азовский немецкий национальный МР",
  "Большереченский МР",
  "Большеуковский МР",
  "Горьковский МР",
  "Знаменский МР",
  "Исилькульский МР",
  "Калачинский МР",
  "Колосовский МР",
  "Кормиловский МР",
  "Крутинский МР",
  "Любинский МР",
  "Марьяновский МР",
  "Москаленский МР",
  "Муромцевский МР",
  "Называевский МР",
  "Нижнеомский МР",
  "Нововаршавский МР",
  "Одесский МР",
  "Оконешниковский МР",
  "Омский МР",
  "Павлоградский МР",
  "Полтавский МР",
  "Русско-Полянский МР",
  "Саргатский МР",
  "Седельниковский МР",
  "Таврический МР",
  "Тарский МР",
  "Тевризский МР",
  "Тюкалинский МР",
  "Усть-Ишимский МР",
  "Черлакский МР",
  "Шербакульский МР",
  "г. Омск",
];

/**
 * The round of `count` municipalities (one school each), consolidated at 06.10.2021 with every municipality's form
 * returned but every fifth; the marks vary with the municipality's place, so that every status shows.
 */
export async function wideRound(count: number): Promise<{ municipalities: string[]; result: EngineResult }> {
  const municipalities = OMSK_MUNICIPALITIES.slice(0, count);
  const schoolRows: Cell[][] = [
    SCHOOL_ROWS[0],
    ...municipalities.map((m, i) => [
      m,
      `МБОУ «СОШ № ${i + 1}»`,
      `sch55${String(i).padStart(4, "0")}`,
      "",
      "да",
      20,
      15,
    ]),
  ];
  const forms = await regionForms(schoolRows);
  const day = (m: number, d: number): Day => mustDayOf(2021, m, d);
  const fills: Fill[] = [
    { "1": ["выполнено", day(1, 20)], "4": ["выполнено", day(9, 20)] },
    { "1": ["выполнено", day(2, 15)], "3": ["выполняется"], "4": ["не выполнено"] },
    { "1": ["не выполнено"], "6": ["выполнено", day(9, 1)] },
    { "1": ["выполнено", day(1, 25)], "3": ["выполнено", day(9, 30)], "4": ["выполнено", day(10, 2)] },
  ];
  const returned = await Promise.all(
    forms.files
      .filter((_, i) => i % 5 !== 4)
      .map(async (f, i) => ({
        name: f.name,
        bytes: await filled(f.bytes, fills[i % fills.length], "2021-10-04T09:00:00Z"),
      })),
  );
  const { grids, reportSheets } = await readInputs([
    { label: REGION_FILE, name: REGION_FILE, bytes: await regionBytes(schoolRows) },
    ...returned.map((f) => ({ label: f.name, name: f.name, bytes: f.bytes })),
  ]);
  return { municipalities, result: runEngine(grids, reportSheets, { asOf: parseIsoDay("2021-10-06")! }) };
}
