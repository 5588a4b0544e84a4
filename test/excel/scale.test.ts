/**
 * A region of 40 000 schools through the whole Office door (read → engine → layout → write) over the strict
 * fake: the number of syncs grows with the data only by the read chunks and the 4 MB write flushes, and no
 * request passes Excel on the web's 5 MB limit.
 */
import type { Cell } from "../../src/core/cell";
import { mustDayOf } from "../../src/core/calendar";
import { runReports } from "../../src/excel/api";
import { MAX_SYNC_CELLS } from "../../src/excel/readSheets";
import { createFakeExcel, REQUEST_LIMIT_BYTES } from "../helpers/fakeExcel";

const LEVELS = ["высокий", "средний", "низкий", null, "высокий", "+"];
const SCHOOLS = 40_000;

it("builds the reports of a 40 000-school workbook in bounded requests", async () => {
  const header: Cell[] = [
    "Муниципалитет",
    "Наименование ОО",
    "Логин",
    "Куратор",
    ...Array.from({ length: 10 }, (_, i) => `РФ${i + 1}`),
  ];
  const rows: Cell[][] = Array.from({ length: SCHOOLS }, (_, i) => [
    `МО ${i % 60}`,
    `МБОУ СОШ № ${i + 1}`,
    `sch${String(i).padStart(6, "0")}`,
    `Куратор ${Math.floor(i / 2)}`,
    ...Array.from({ length: 10 }, (_, k) => LEVELS[(i * 7 + k) % LEVELS.length]),
  ]);
  const fake = createFakeExcel({ sheets: [{ name: "Школы", cells: [header, ...rows] }] });
  Object.assign(globalThis, { Excel: fake.Excel, Office: fake.Office });

  const summary = await runReports(["riskGroups", "riskSummary", "curators"], { asOf: mustDayOf(2021, 6, 15) });

  expect(summary.written.map((w) => w.sheetName)).toEqual([
    "Группы риска",
    "Сводка рисков",
    "Кураторы",
    "Замечания",
    "Что распознано",
  ]);
  const groups = fake.workbookSnapshot().sheets.find((s) => s.name === "Группы риска")!;
  expect(groups.cells.filter((row) => typeof row[1] === "string" && row[1].startsWith("МБОУ СОШ №")).length).toBe(
    SCHOOLS,
  );
  const payloads = fake.syncPayloads();
  expect(Math.max(...payloads)).toBeLessThan(REQUEST_LIMIT_BYTES);
  expect(Math.max(...fake.syncResponses())).toBeLessThan(REQUEST_LIMIT_BYTES);
  const readChunks = 1 + Math.ceil(((SCHOOLS + 1) * header.length) / MAX_SYNC_CELLS);
  const written = payloads.reduce((a, b) => a + b, 0);
  expect(fake.syncCount()).toBeLessThanOrEqual(2 + readChunks + 3 + Math.ceil(written / (4 * 1024 * 1024)));
});
