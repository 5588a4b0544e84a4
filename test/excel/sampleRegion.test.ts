/**
 * The sample region (test/fixtures/sample-region/sample-region.xlsx, its cells copied into fixtures/) through the whole
 * Office door at «на дату» 15.06.2021: what the report sheets written into the workbook say must match the
 * expected contents, cell by cell, as a user would read them in Excel.
 */
import type { Cell, SheetGrid } from "../../src/core/cell";
import { mustDayOf, parseIsoDay } from "../../src/core/calendar";
import { runReports } from "../../src/excel/api";
import { createFakeExcel, type FakeSheetSnapshot } from "../helpers/fakeExcel";
import expected from "../fixtures/sample-region/sample-region.expected.json";
import grids from "./fixtures/sample-region.grids.json";

/**
 * Rows under the header row whose first cell is `first`, as objects keyed by header: the last such row, the main
 * table's (summaries above it may start with the same header, «№»).
 */
function table(sheet: FakeSheetSnapshot, first: string): Record<string, Cell>[] {
  const at = sheet.cells.map((row) => row[0]).lastIndexOf(first);
  expect(at).toBeGreaterThanOrEqual(0);
  const header = sheet.cells[at];
  const out: Record<string, Cell>[] = [];
  for (const row of sheet.cells.slice(at + 1)) {
    if (row[0] === null) break;
    out.push(Object.fromEntries(header.map((h, i) => [String(h), row[i]])));
  }
  return out;
}

let sheets: FakeSheetSnapshot[];

beforeAll(async () => {
  const fake = createFakeExcel({
    sheets: (grids as SheetGrid[]).map((g) => ({
      name: g.name,
      // The fixture grids start at A1 (origin 0,0), as the sample's used ranges do.
      cells: g.cells,
      merges: g.merges,
    })),
  });
  Object.assign(globalThis, { Excel: fake.Excel, Office: fake.Office });
  const summary = await runReports("all", { asOf: mustDayOf(2021, 6, 15) });
  expect(summary.written.map((w) => w.sheetName)).toEqual(
    expect.arrayContaining([
      "Группы риска",
      "Сводка рисков",
      "Кураторы",
      "Показатели",
      "Исполнение плана",
      "Замечания",
    ]),
  );
  sheets = fake.workbookSnapshot().sheets;
});

const sheet = (name: string): FakeSheetSnapshot => sheets.find((s) => s.name === name)!;

it("«Сводка рисков»: schools per factor and with more than 5 factors, per municipality", () => {
  const rows = table(sheet("Сводка рисков"), "Муниципалитет");
  for (const [municipality, want] of Object.entries(expected.byMuni)) {
    const row = rows.find((r) => r["Муниципалитет"] === municipality)!;
    const factors = Object.keys(row).filter((h) => /^РФ\d+/.test(h));
    expect(factors.map((h) => row[h])).toEqual(want.factor);
    expect(row["Всего ОО"]).toBe(want.schools);
    expect(row["ОО с >5 факторами высокой значимости"]).toBe(want.over5);
  }
});

it("«Кураторы»: schools per curator", () => {
  const rows = table(sheet("Кураторы"), "Куратор");
  expect(Object.fromEntries(rows.map((r) => [r["Куратор"], r["Число ОО"]]))).toEqual(expected.curatorLoad);
});

it("«Группы риска»: each school's groups as text", () => {
  const rows = table(sheet("Группы риска"), "Муниципалитет");
  for (const school of expected.perSchool) {
    const row = rows.find((r) => r["Наименование ОО"] === school.name)!;
    // No group: an empty cell.
    expect(row["Группы риска"]).toBe(school.groups.length > 0 ? school.groups.join(", ") : null);
    expect(row["Факторов высокой значимости"]).toBe(school.highCount);
  }
});

it("«Исполнение плана»: real dates, statuses and days overdue per item", () => {
  const rows = table(sheet("Исполнение плана"), "№");
  for (const item of expected.plan) {
    const row = rows.find((r) => String(r["№"]) === String(item.n))!;
    expect(row["Начало"]).toBe(parseIsoDay(item.start));
    expect(row["Окончание"]).toBe(parseIsoDay(item.end));
    expect(row["Статус"]).toBe(item.status);
    expect(row["Просрочка, дней"]).toBe(item.overdue);
  }
  const plan = sheet("Исполнение плана");
  const header = plan.cells.map((row) => row[0]).lastIndexOf("№");
  expect(plan.formatAt(header + 1, 4).numberFormat).toBe("dd.mm.yyyy");
  // The summaries above the plan make a frozen part taller than a screen: the header is repeated on paper instead.
  expect(plan.frozenRows).toBe(0);
  expect(plan.pageLayout.printTitleRows).toBe(`$${header + 1}:$${header + 1}`);
});
