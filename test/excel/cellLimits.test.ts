/**
 * Excel's 32 767 characters a cell («Excel specifications and limits») on a region of 40 000 schools whose lists
 * are long everywhere: a curator with 850 schools, 1 000 schools without a curator, a plan of 300 items mandatory
 * for every school, 12 000 flagged schools of which a third find no partner (the register is the region's lowest 10 %, two ШНОР each). Both doors write every report: the Office
 * one into the strict fake (which refuses a longer text), the file one through ExcelJS (whose writer refuses it too);
 * every cell of both is checked.
 */
import type { Cell, SheetGrid } from "../../src/core/cell";
import { mustDayOf } from "../../src/core/calendar";
import { writeXlsx } from "../../src/cli/reportFile";
import { runReports } from "../../src/excel/api";
import { CELL_MAX_CHARS } from "../../src/reports/cellList";
import { runEngine } from "../../src/reports/engine";
import { layoutSheet, type SheetLayout } from "../../src/reports/layout";
import { createFakeExcel } from "../helpers/fakeExcel";
import { tempFolder } from "../helpers/workbooks";
import { join } from "path";

const SCHOOLS = 40_000;
const AS_OF = mustDayOf(2021, 6, 15);

function region(): { name: string; cells: Cell[][] }[] {
  const curator = (i: number): string =>
    i < 850 ? "Иванова Мария Петровна" : i < 1_850 ? "" : `Куратор ${Math.floor(i / 2)}`;
  const schools: Cell[][] = [
    ["Муниципалитет", "Наименование ОО", "Логин", "Куратор", ...Array.from({ length: 10 }, (_, k) => `РФ${k + 1}`)],
  ];
  const results: Cell[][] = [
    [
      "Муниципалитет",
      "Наименование ОО",
      "Логин",
      "ВПР-2021 рус 5 доля 2",
      "ВПР-2021 мат 5 доля 2",
      "ВПР-2022 рус 5 доля 2",
      "ВПР-2022 мат 5 доля 2",
    ],
  ];
  for (let i = 0; i < SCHOOLS; i++) {
    const base = [
      `МО ${i % 60}`,
      `МБОУ «Средняя общеобразовательная школа № ${i + 1} имени героя»`,
      `sch${String(i).padStart(6, "0")}`,
    ];
    schools.push([
      ...base,
      curator(i),
      ...Array.from({ length: 10 }, (_, k) => ((i + k) % 3 === 0 ? "высокий" : "низкий")),
    ]);
    const share = i < 12_000 ? 45 : 5 + (i % 20);
    results.push([...base, share, share, share, share]);
  }
  const plan: Cell[][] = [["№", "Мероприятие", "Сроки", "Ответственный", "Группы"]];
  for (let i = 0; i < 300; i++)
    plan.push([
      `${Math.floor(i / 10) + 1}.${(i % 10) + 1}`,
      `Мероприятие ${i + 1}`,
      "до 01.03.2021",
      "Министерство образования",
      "все",
    ]);
  return [
    { name: "Школы", cells: schools },
    { name: "Результаты ВПР", cells: results },
    { name: "План на 2021 год", cells: [["План мероприятий на 2021 год"], ...plan] },
  ];
}

function longestText(cells: readonly (readonly unknown[])[]): number {
  let longest = 0;
  for (const row of cells) for (const v of row) if (typeof v === "string" && v.length > longest) longest = v.length;
  return longest;
}

function layoutCells(layout: SheetLayout): unknown[][] {
  return [
    [layout.title.text],
    ...layout.notes.map((n) => [n.text]),
    ...layout.blocks.flatMap((b) => [[b.caption?.text], b.headers, ...b.rows]),
  ];
}

it("no cell written by either door passes 32 767 characters; the long lists are clipped and written whole on sheets of their own", async () => {
  const sheets = region();
  const fake = createFakeExcel({ sheets });
  Object.assign(globalThis, { Excel: fake.Excel, Office: fake.Office });
  const summary = await runReports("all", { asOf: AS_OF });
  expect(summary.written.map((w) => w.sheetName)).toEqual(
    expect.arrayContaining(["Кураторы", "Группы риска", "Сетевые пары", "Исполнение плана", "Выявление ШНОР"]),
  );
  const written = fake.workbookSnapshot().sheets.filter((s) => summary.written.some((w) => w.sheetName === s.name));
  expect(written.length).toBe(summary.written.length);
  for (const sheet of written)
    expect([sheet.name, longestText(sheet.cells) <= CELL_MAX_CHARS]).toEqual([sheet.name, true]);

  const curators = written.find((s) => s.name === "Кураторы")!;
  const ivanova = curators.cells.find((row) => row[0] === "Иванова Мария Петровна")!;
  expect(ivanova.slice(1, 3)).toEqual([850, "да"]);
  expect(String(ivanova[3])).toMatch(/; … и ещё \d+ \(полный список — см\. лист «Кураторы — списки школ»\)$/);
  const lists = written.find((s) => s.name === "Кураторы — списки школ")!;
  expect(lists.cells.filter((row) => row[0] === "Иванова Мария Петровна" && typeof row[1] === "number").length).toBe(
    850,
  );
  expect(lists.cells.filter((row) => row[0] === "без куратора").length).toBe(1_000);

  const partners = written.find((s) => s.name === "Сетевые пары")!;
  expect(
    partners.cells
      .flat()
      .some((v) => typeof v === "string" && /^Без партнёра \d+ из 12000 ШНОР: .*… и ещё \d+ \(все — в таблице/.test(v)),
  ).toBe(true);

  const grids: SheetGrid[] = sheets.map(({ name, cells }) => ({ name, cells, origin: { row: 0, col: 0 }, merges: [] }));
  const layouts = runEngine(grids, new Set(), { asOf: AS_OF }).sheets.map(layoutSheet);
  expect(Math.max(...layouts.map((l) => longestText(layoutCells(l))))).toBeLessThanOrEqual(CELL_MAX_CHARS);
  await expect(writeXlsx(layouts, join(tempFolder(), "отчёты.xlsx"))).resolves.toBeDefined();
}, 240_000);
