import fc from "fast-check";
import {
  CELL_LIST_CHARS,
  CELL_LIST_ITEMS,
  CELL_MAX_CHARS,
  listInCell,
  listInRows,
  textInCell,
} from "../../src/reports/cellList";
import { buildCuratorsReport } from "../../src/reports/curatorsReport";
import { readWorkbook } from "../../src/core/tables/readWorkbook";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { mustDayOf } from "../../src/core/calendar";
import type { Cell } from "../../src/core/cell";

const schools = (n: number): string[] =>
  Array.from({ length: n }, (_, i) => `МБОУ «Средняя общеобразовательная школа № ${i + 1}»`);

describe("listInCell", () => {
  it("keeps a short list whole", () => {
    expect(listInCell(["СОШ № 1", "СОШ № 2"])).toEqual({ text: "СОШ № 1; СОШ № 2", hidden: 0 });
    expect(listInCell([])).toEqual({ text: "", hidden: 0 });
  });

  it("clips 850 schools to the first 20 with «… и ещё 830» and says where the whole list is", () => {
    const cell = listInCell(schools(850), "; ", "полный список — ниже");
    expect(cell.hidden).toBe(830);
    expect(cell.text.split("; ")).toHaveLength(21);
    expect(cell.text).toMatch(
      /^МБОУ «Средняя общеобразовательная школа № 1»; .* № 20»; … и ещё 830 \(полный список — ниже\)$/,
    );
  });

  it("clips by characters too: long items make fewer than 20 fit, an over-long item is cut", () => {
    const long = Array.from({ length: 30 }, (_, i) => `${"Очень длинное наименование ".repeat(10)}${i}`);
    const cell = listInCell(long);
    expect(cell.hidden).toBeGreaterThan(10);
    expect(listInCell(["я".repeat(40_000)]).text).toHaveLength(CELL_LIST_CHARS);
  });

  it("property: any list gives a cell within the limits, and the rows give every item back in order", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 300 }), { maxLength: 200 }), (items) => {
        const cell = listInCell(items, "; ", "полный список — ниже");
        expect(cell.text.length).toBeLessThan(CELL_LIST_CHARS + 60);
        const shown = items.length - cell.hidden;
        expect(shown).toBeLessThanOrEqual(CELL_LIST_ITEMS);
        if (items.length > 0) expect(shown).toBeGreaterThan(0);
        const rows = listInRows(items, "\u0000");
        expect(rows.flatMap((r) => r.split("\u0000"))).toEqual(items.length === 0 ? [] : items);
        for (const row of rows) expect(row.length).toBeLessThanOrEqual(CELL_LIST_CHARS);
      }),
    );
  });
});

it("textInCell cuts a text over Excel's limit, saying how long it was", () => {
  expect(textInCell("коротко")).toBe("коротко");
  const cut = textInCell("а".repeat(100_000));
  expect(cut.length).toBeLessThan(CELL_MAX_CHARS);
  expect(cut).toMatch(/а… \(сокращено: всего 100000 символов\)$/);
});

it("«Кураторы»: a curator of 850 schools gets 20 in the cell and the whole list on «Кураторы — списки школ», a school a row", () => {
  const rows: Cell[][] = [
    ["Муниципалитет", "Наименование ОО", "Куратор"],
    ...schools(850).map((s) => ["Тарский район", s, "Иванова М. П."]),
  ];
  const data = readWorkbook(
    [{ name: "Школы", cells: rows, origin: { row: 0, col: 0 }, merges: [] }],
    DEFAULT_SETTINGS,
    new Set(),
  );
  const [sheet, lists] = buildCuratorsReport(data, { asOf: mustDayOf(2021, 6, 15), settings: DEFAULT_SETTINGS });
  const cell = String(sheet.main.rows[0][3]);
  expect(cell.length).toBeLessThan(2_100);
  expect(cell).toMatch(/… и ещё 830 \(полный список — см\. лист «Кураторы — списки школ»\)$/);
  expect(lists.sheetName).toBe("Кураторы — списки школ");
  expect(lists.title).toBe("Кураторы — списки школ по состоянию на 15.06.2021");
  const full = lists.main;
  expect(full.columns.map((c) => c.header)).toEqual(["Куратор", "№", "Муниципалитет", "Наименование ОО"]);
  expect(full.rows).toHaveLength(850);
  expect(full.rows[849]).toEqual([
    "Иванова М. П.",
    850,
    "Тарский район",
    "МБОУ «Средняя общеобразовательная школа № 850»",
  ]);
});
