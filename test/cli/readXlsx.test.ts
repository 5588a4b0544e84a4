import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { mustDayOf } from "../../src/core/calendar";
import { cellFromExcelJs, gridOfWorksheet } from "../helpers/excelJsGrid";
import { InputFileError } from "../../src/files/inputFileError";

import { REGION_OWN_SHEETS } from "../fixtures/regionOwnSheets";
import { readXlsxFile, tempFolder, writeWorkbook } from "../helpers/workbooks";

const folder = tempFolder();

describe("readXlsx", () => {
  let path: string;
  beforeAll(async () => {
    path = await writeWorkbook(join(folder, "region.xlsx"), REGION_OWN_SHEETS);
  });

  it("keeps a merged value in the top-left cell only and converts every kind of value", async () => {
    const { grids } = await readXlsxFile(path);
    const grid = grids.find((g) => g.name === "ШНОР 2021")!;
    expect(grid.origin).toEqual({ row: 0, col: 0 });
    expect(grid.cells).toEqual([
      ["Перечень ОО с низкими образовательными результатами на 2021 год", null, null, null, null, null, null],
      ["Муниципалитет", "Наименование ОО", "Рисковые факторы", null, null, "Дата визита", "Размещено в ИС МЭДК"],
      [null, null, 1, 2, 3, null, null],
      ["Азовский МР", "МБОУ «Азовская СОШ № 1»", "высокий", "С", "+", mustDayOf(2021, 3, 15), true],
      ["Исилькульский МР", "МКОУ «Лесная ООШ»", "низкий", null, "В", mustDayOf(2021, 12, 31), false],
      ["Итого", null, 1, "#DIV/0!", 2.5, mustDayOf(2021, 6, 15), null],
      ["Омский р-н & «Тара»", "<СОШ> 'кавычки' \"двойные\"", "#N/A", null, " ", -0.125, 1e21],
    ]);
    expect(grid.merges).toEqual(
      expect.arrayContaining([
        { top: 0, left: 0, bottom: 0, right: 6 },
        { top: 1, left: 2, bottom: 1, right: 4 },
        { top: 1, left: 0, bottom: 2, right: 0 },
      ]),
    );
    expect(grid.merges).toHaveLength(6);
  });

  it("gives the used range with its origin when the table does not start at A1", async () => {
    const { grids } = await readXlsxFile(path);
    const plan = grids.find((g) => g.name === "План")!;
    expect(plan.origin).toEqual({ row: 2, col: 1 });
    expect(plan.cells).toEqual([
      ["№", "Мероприятие", "Сроки"],
      [1, "Семинар для кураторов", "март 2021"],
    ]);
    expect(grids.find((g) => g.name === "Пустой")!.cells).toEqual([]);
  });

  it("tells the add-in's own report sheets by their marker name and does not read them", async () => {
    const { reportSheets, grids } = await readXlsxFile(path);
    expect([...reportSheets]).toEqual(["Сводка рисков"]);
    expect(grids.map((g) => g.name)).toEqual(["ШНОР 2021", "План", "Скрытый", "Пустой", "Объединение без значения"]);
  });

  it("refuses a file that is not a workbook with a Russian message naming it", async () => {
    const bad = join(folder, "not-a-book.xlsx");
    writeFileSync(bad, "Муниципалитет;Школа\nАзовский;СОШ 1\n");
    await expect(readXlsxFile(bad)).rejects.toThrow(InputFileError);
    await expect(readXlsxFile(bad)).rejects.toThrow(/not-a-book\.xlsx.*повреждён или записан не полностью/);
  });

  it("says in Russian only that a truncated workbook is damaged (no English words of the zip reader)", async () => {
    const cut = join(folder, "обрезанный.xlsx");
    writeFileSync(cut, readFileSync(path).subarray(0, Math.floor(readFileSync(path).length / 2)));
    const error = await readXlsxFile(cut).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(InputFileError);
    expect(error!.message).toMatch(/^файл «.*обрезанный\.xlsx» повреждён или записан не полностью/);
    // Latin letters only in «Excel» and «.xlsx».
    expect(error!.message.replace(cut, "").replace(/Excel|\.xlsx/g, "")).not.toMatch(/[A-Za-z]/);
  });
});

describe("the ExcelJS oracle (test/helpers/excelJsGrid.ts): cellFromExcelJs", () => {
  it("reads a date as the same calendar day in any time zone", () => {
    expect(cellFromExcelJs(new Date(Date.UTC(2021, 1, 28)))).toBe(mustDayOf(2021, 2, 28));
    expect(cellFromExcelJs(new Date(Date.UTC(2020, 11, 31, 23, 59)))).toBe(mustDayOf(2020, 12, 31));
  });

  it("takes a formula's cached date result and a hyperlink with rich text", () => {
    expect(cellFromExcelJs({ formula: "TODAY()", result: new Date(Date.UTC(2021, 5, 15)) })).toBe(
      mustDayOf(2021, 6, 15),
    );
    expect(cellFromExcelJs({ formula: "A1" })).toBeNull();
    expect(cellFromExcelJs({ text: { richText: [{ text: "СОШ " }, { text: "№ 5" }] }, hyperlink: "x" } as never)).toBe(
      "СОШ № 5",
    );
  });

  it("never throws and always gives a Cell, whatever ExcelJS hands over", () => {
    const value = fc.oneof(
      fc.constant(null),
      fc.constant(undefined),
      fc.string(),
      fc.boolean(),
      fc.double(),
      fc.date({ noInvalidDate: false }),
      fc.record({ richText: fc.array(fc.record({ text: fc.string() })) }),
      fc.record({ error: fc.constantFrom("#N/A", "#REF!", "#NAME?", "#DIV/0!", "#NULL!", "#VALUE!", "#NUM!") }),
      fc.record({ text: fc.string(), hyperlink: fc.webUrl() }),
      fc.record(
        { formula: fc.string(), result: fc.oneof(fc.double(), fc.string(), fc.boolean(), fc.date()) },
        { requiredKeys: ["formula"] },
      ),
    );
    fc.assert(
      fc.property(value, (v) => {
        const cell = cellFromExcelJs(v as never);
        expect(cell === null || ["string", "number", "boolean"].includes(typeof cell)).toBe(true);
        if (typeof cell === "number") expect(Number.isFinite(cell)).toBe(true);
      }),
    );
  });
});

describe("the ExcelJS oracle (test/helpers/excelJsGrid.ts): gridOfWorksheet", () => {
  it("never throws on any sheet content and keeps every filled cell inside the used range", () => {
    const value = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.boolean(),
      fc.date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }),
      fc.record({ richText: fc.array(fc.record({ text: fc.string() }), { maxLength: 3 }) }),
    );
    const cell = fc.record({ row: fc.integer({ min: 1, max: 30 }), col: fc.integer({ min: 1, max: 12 }), value });
    fc.assert(
      fc.property(
        fc.array(cell, { maxLength: 40 }),
        fc.option(fc.tuple(fc.integer({ min: 1, max: 29 }), fc.integer({ min: 1, max: 11 }))),
        (cells, merge) => {
          const sheet = new ExcelJS.Workbook().addWorksheet("Лист1");
          for (const c of cells) sheet.getCell(c.row, c.col).value = c.value as ExcelJS.CellValue;
          if (merge) sheet.mergeCells(merge[0], merge[1], merge[0] + 1, merge[1] + 1);
          const grid = gridOfWorksheet(sheet);
          const width = grid.cells[0]?.length ?? 0;
          expect(grid.cells.every((row) => row.length === width)).toBe(true);
          const last = new Map(cells.map((c) => [`${c.row}:${c.col}`, c]));
          for (const c of last.values()) {
            const slave =
              merge &&
              c.row >= merge[0] &&
              c.row <= merge[0] + 1 &&
              c.col >= merge[1] &&
              c.col <= merge[1] + 1 &&
              !(c.row === merge[0] && c.col === merge[1]);
            const expected = slave ? null : cellFromExcelJs(c.value as ExcelJS.CellValue);
            const got = grid.cells[c.row - 1 - grid.origin.row]?.[c.col - 1 - grid.origin.col] ?? null;
            expect(got).toEqual(expected === "" ? null : expected);
          }
          if (merge) {
            const [r, c] = [merge[0] - 1 - grid.origin.row, merge[1] - 1 - grid.origin.col];
            // only the top-left cell of the merged area may hold its value
            expect(
              [grid.cells[r]?.[c + 1], grid.cells[r + 1]?.[c], grid.cells[r + 1]?.[c + 1]].every(
                (v) => v === null || v === undefined,
              ),
            ).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
