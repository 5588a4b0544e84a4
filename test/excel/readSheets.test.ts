/** The Office.js reader against the strict fake: grids as the engine needs them, in few, bounded syncs. */
import type { Cell, CellRange } from "../../src/core/cell";
import { mustDayOf } from "../../src/core/calendar";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { readWorkbook } from "../../src/core/tables/readWorkbook";
import type { Capabilities } from "../../src/excel/capabilities";
import {
  FIRST_SYNC_CELLS,
  MAX_SYNC_CELLS,
  parseAreas,
  readWorkbookSheets,
  RESPONSE_TARGET_BYTES,
  type ReadOutcome,
} from "../../src/excel/readSheets";
import { createFakeExcel, type FakeExcel, REQUEST_LIMIT_BYTES } from "../helpers/fakeExcel";

const ALL: Capabilities = { mergedAreas: true };

async function read(fake: FakeExcel, caps = ALL, maxCellsPerSync?: number): Promise<ReadOutcome> {
  return fake.Excel.run((ctx) => readWorkbookSheets(ctx as unknown as Excel.RequestContext, caps, maxCellsPerSync));
}

/** A schools table as regions keep it: title rows, a merged «Рисковые факторы» group header over 1…3, a date. */
function schoolsSheet(): Cell[][] {
  return [
    [null, null, null, null, null, null],
    [null, "Перечень ООНОР Свердловской области на 2021 год", null, null, null, null],
    [null, "Наименование ОО", "Рисковые факторы", null, null, "Дата визита"],
    [null, null, 1, 2, 3, null],
    [null, "МАОУ СОШ № 1", "высокий", "В", null, mustDayOf(2021, 3, 12)],
    [null, "МКОУ ООШ № 14", "+", null, "низкий", null],
    [null, "Итого", 2, 1, 0, true],
  ];
}

describe("readWorkbookSheets", () => {
  it("reads the used range with its origin, values as Excel gives them and merged areas", async () => {
    const fake = createFakeExcel({
      sheets: [
        {
          name: "ООНОР 2021",
          cells: schoolsSheet(),
          merges: [
            { top: 2, left: 2, bottom: 2, right: 4 },
            { top: 2, left: 1, bottom: 3, right: 1 },
          ],
        },
        { name: "Пустой", cells: [] },
      ],
    });
    const { grids, reportSheets, syncs } = await read(fake);
    expect(reportSheets.size).toBe(0);
    const [schools, empty] = grids;
    expect(schools.name).toBe("ООНОР 2021");
    expect(schools.origin).toEqual({ row: 1, col: 1 });
    expect(schools.cells[0]).toEqual(["Перечень ООНОР Свердловской области на 2021 год", null, null, null, null]);
    expect(schools.cells[3]).toEqual(["МАОУ СОШ № 1", "высокий", "В", null, 44267]);
    expect(schools.cells[5]).toEqual(["Итого", 2, 1, 0, true]);
    expect(schools.merges).toEqual([
      { top: 2, left: 1, bottom: 3, right: 1 },
      { top: 2, left: 2, bottom: 2, right: 4 },
    ]);
    expect(empty).toEqual({ name: "Пустой", cells: [], origin: { row: 0, col: 0 }, merges: [] });
    expect(syncs).toBe(3);
    expect(fake.syncCount()).toBe(3);
  });

  it("never reads the add-in's own report sheets, found by their marker names", async () => {
    const fake = createFakeExcel({
      sheets: [
        { name: "ООНОР 2021", cells: [["Наименование ОО"], ["СОШ № 1"]] },
        { name: "Отчёт переименован", cells: [["Сводка рисков по состоянию на 15.06.2021"]] },
      ],
    });
    fake.addName("SHNOR_REPORT_riskSummary", "Отчёт переименован");
    const { grids, reportSheets } = await read(fake);
    expect([...reportSheets]).toEqual(["Отчёт переименован"]);
    expect(grids.map((g) => g.name)).toEqual(["ООНОР 2021"]);
  });

  it("reads 40 000 schools × 20 columns in row chunks: a small first sync, then up to 100 000 cells a sync", async () => {
    const rows: Cell[][] = Array.from({ length: 40_000 }, (_, r) =>
      Array.from({ length: 20 }, (_, c) =>
        c === 0 ? `МБОУ СОШ № ${r + 1}` : c < 11 ? ["высокий", "средний", null][(r + c) % 3] : r,
      ),
    );
    const fake = createFakeExcel({
      sheets: [
        { name: "Школы", cells: [["Наименование ОО", ...Array.from({ length: 19 }, (_, i) => `РФ${i + 1}`)], ...rows] },
      ],
    });
    const { grids, syncs } = await read(fake);
    expect(syncs).toBe(2 + 1 + Math.ceil((40_001 * 20 - FIRST_SYNC_CELLS) / MAX_SYNC_CELLS));
    expect(grids[0].cells.length).toBe(40_001);
    expect(grids[0].cells[40_000][0]).toBe("МБОУ СОШ № 40000");
    expect(grids[0].cells[12_345]).toEqual(rows[12_344]);
  });

  it("a sheet of long texts is read in smaller chunks, every response under 5 MB", async () => {
    const measure =
      "Проведение методических семинаров для педагогических работников по вопросам формирования функциональной грамотности обучающихся ".repeat(
        3,
      );
    const rows: Cell[][] = Array.from({ length: 6_000 }, (_, r) => [
      r + 1,
      `${measure}${r}`,
      `${measure}`,
      "Министерство образования и молодёжной политики",
      "ежеквартально",
    ]);
    const fake = createFakeExcel({ sheets: [{ name: "План", cells: rows }] });
    const { grids, syncs } = await read(fake);
    expect(grids[0].cells).toEqual(rows);
    const responses = fake.syncResponses();
    const total = responses.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(REQUEST_LIMIT_BYTES);
    expect(Math.max(...responses)).toBeLessThan(REQUEST_LIMIT_BYTES);
    expect(Math.max(...responses)).toBeLessThan(RESPONSE_TARGET_BYTES * 1.5);
    expect(syncs).toBeLessThanOrEqual(2 + 1 + Math.ceil(total / RESPONSE_TARGET_BYTES) + 1);
  });

  it("packs small sheets into one sync and keeps each sheet's rows in order", async () => {
    const sheet = (n: number): { name: string; cells: Cell[][] } => ({
      name: `МО ${n}`,
      cells: Array.from({ length: 30 }, (_, r) => [`школа ${n}.${r}`, r]),
    });
    const fake = createFakeExcel({ sheets: [sheet(1), sheet(2), sheet(3)] });
    const { grids, syncs } = await read(fake, ALL, 130);
    expect(syncs).toBe(2 + 2);
    expect(grids.map((g) => g.cells.map((row) => row[0]))).toEqual(
      [1, 2, 3].map((n) => Array.from({ length: 30 }, (_, r) => `школа ${n}.${r}`)),
    );
  });

  it("an Excel without merged-area support (below ExcelApi 1.13) is read without merges instead of failing", async () => {
    const fake = createFakeExcel(
      { sheets: [{ name: "ООНОР 2021", cells: schoolsSheet(), merges: [{ top: 2, left: 2, bottom: 2, right: 4 }] }] },
      { apiVersion: "1.12" },
    );
    const { grids } = await read(fake, { mergedAreas: false });
    expect(grids[0].merges).toEqual([]);
    expect(grids[0].cells[1][1]).toBe("Рисковые факторы");
  });
});

describe("a workbook in the 1904 date system", () => {
  it("reads a date cell (a number in a date format) as the engine's day, and leaves other numbers alone", async () => {
    const day = mustDayOf(2021, 3, 12);
    const cells: Cell[][] = [
      ["Наименование ОО", "Дата визита", "Баллы"],
      ["МАОУ СОШ № 1", day - 1462, day - 1462],
    ];
    const numberFormats = [{ range: { top: 1, left: 1, bottom: 1, right: 1 }, format: "dd.mm.yyyy" }];
    const in1904 = await read(
      createFakeExcel({ sheets: [{ name: "Визиты", cells, numberFormats }] }, { date1904: true }),
    );
    expect(in1904.state.date1904).toBe(true);
    expect(in1904.grids[0].cells[1]).toEqual(["МАОУ СОШ № 1", day, day - 1462]);
    const in1900 = await read(createFakeExcel({ sheets: [{ name: "Визиты", cells, numberFormats }] }));
    expect(in1900.state.date1904).toBe(false);
    expect(in1900.grids[0].cells[1]).toEqual(["МАОУ СОШ № 1", day - 1462, day - 1462]);
  });
});

describe("parseAreas", () => {
  it("reads the addresses Excel gives for merged areas, quoted sheet names included", () => {
    expect(parseAreas("'Школы 2021'!C3:E3,'Школы 2021'!B3:B4")).toEqual([
      { top: 2, left: 2, bottom: 2, right: 4 },
      { top: 2, left: 1, bottom: 3, right: 1 },
    ]);
    expect(parseAreas("Лист1!$AA$10:$AB$11")).toEqual([{ top: 9, left: 26, bottom: 10, right: 27 }]);
    expect(parseAreas("'It''s, ok'!A1")).toEqual([{ top: 0, left: 0, bottom: 0, right: 0 }]);
    expect(parseAreas("")).toEqual([]);
    // Whatever separates the areas: «,», «, » or a Windows list separator «;».
    expect(parseAreas("'Школы 2021'!C3:E3; 'Школы 2021'!B3:B4;Лист1!A1")).toEqual([
      { top: 2, left: 2, bottom: 2, right: 4 },
      { top: 2, left: 1, bottom: 3, right: 1 },
      { top: 0, left: 0, bottom: 0, right: 0 },
    ]);
  });
});

describe("merged areas over Excel's 512 cap", () => {
  it("reads 600 merges (a municipality merged over its two schools, 600 times) in pieces, a tall one whole in one more sync", async () => {
    const cells: Cell[][] = [["Муниципалитет", "Наименование ОО", "РФ1"]];
    const merges: CellRange[] = [];
    for (let m = 0; m < 600; m++) {
      cells.push([`МО ${m + 1}`, `МБОУ СОШ № ${2 * m + 1}`, "высокий"], [null, `МБОУ СОШ № ${2 * m + 2}`, "низкий"]);
      merges.push({ top: 1 + 2 * m, left: 0, bottom: 2 + 2 * m, right: 0 });
    }
    // One tall area crossing every piece: its first piece gives it cut (office-js #3611), the range around it whole.
    cells[1].push("Примечание ко всем школам");
    merges.push({ top: 1, left: 3, bottom: 1200, right: 3 });
    const fake = createFakeExcel({ sheets: [{ name: "Школы", cells, merges }] });
    const withMerges = await read(fake);
    const withoutMerges = await read(createFakeExcel({ sheets: [{ name: "Школы", cells }] }), {
      ...ALL,
      mergedAreas: false,
    });
    const inOrder = (list: CellRange[]): CellRange[] => [...list].sort((a, b) => a.top - b.top || a.left - b.left);
    expect(inOrder(withMerges.grids[0].merges)).toEqual(inOrder(merges));
    expect(withMerges.syncs).toBe(withoutMerges.syncs + 1);
    expect(withMerges.notes).toEqual([]);
  });

  it("a two-row header merged across a piece's edge is read whole, and its table found (office-js #3611, #1590)", async () => {
    // 40 columns: pieces of 12 rows (512 cells), so the header on rows 12–13 crosses the first piece's edge.
    const factors = Array.from({ length: 37 }, (_, i) => i + 1);
    const cells: Cell[][] = [
      ["Перечень ООНОР Свердловской области на 2021 год"],
      ...Array.from({ length: 10 }, (): Cell[] => []),
    ];
    cells.push([
      "Муниципалитет",
      "Наименование ОО",
      "Куратор",
      "Рисковые факторы",
      ...factors.slice(1).map(() => null),
    ]);
    cells.push([null, null, null, ...factors]);
    for (let s = 0; s < 30; s++)
      cells.push([
        ["Сысертский ГО", "Ирбитское МО"][s % 2],
        `МАОУ СОШ № ${s + 1}`,
        "Иванова И. И.",
        ...factors.map((f) => ((s + f) % 3 === 0 ? "высокий" : "низкий")),
      ]);
    const merges: CellRange[] = [
      { top: 11, left: 0, bottom: 12, right: 0 },
      { top: 11, left: 1, bottom: 12, right: 1 },
      { top: 11, left: 2, bottom: 12, right: 2 },
      { top: 11, left: 3, bottom: 11, right: 39 },
    ];
    for (const listSeparator of [",", ";"] as const) {
      const fake = createFakeExcel({ sheets: [{ name: "ООНОР 2021", cells, merges }] }, { listSeparator });
      const { grids } = await read(fake);
      expect(grids[0].merges).toEqual(merges);
      const found = readWorkbook(grids, DEFAULT_SETTINGS, new Set());
      expect(found.schools.length).toBe(30);
    }
  });

  it("the fake refuses more than 512 merged areas in one call, as its documentation says", async () => {
    const merges = Array.from({ length: 513 }, (_, i) => ({ top: 2 * i, left: 0, bottom: 2 * i + 1, right: 0 }));
    const fake = createFakeExcel({ sheets: [{ name: "Школы", cells: [["x"]], merges }] });
    await expect(
      fake.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Школы").getRange("A1:A1026").getMergedAreasOrNullObject().load("address");
        await ctx.sync();
      }),
    ).rejects.toThrow(/513 объединённых областей/);
  });
});
