/**
 * src/r7/door.ts without an editor: the commands it sends, answered by a stand-in that knows them by identity.
 * Reading goes in chunks of CHUNK_ROWS rows; report sheets (found by their markers) are not read.
 */
import { addSheet, describeWorkbook, readRows } from "../../src/r7/commands";
import { CHUNK_ROWS, type CallCommand, formattingChunks, readWorkbook } from "../../src/r7/door";
import type { SheetLayout } from "../../src/reports/layout";

describe("чтение книги командами по CHUNK_ROWS строк", () => {
  const ROWS = 2 * CHUNK_ROWS + 500;
  const calls: { command: string; scope: Record<string, unknown> }[] = [];
  const call: CallCommand = async (command, scope) => {
    calls.push({ command: command.name, scope });
    if (command === describeWorkbook) {
      return {
        decimal: ",",
        sheets: [
          { name: "Школы", rows: ROWS, cols: 2 },
          { name: "Сводка рисков", rows: 5, cols: 5 },
          { name: "Пустой", rows: 1, cols: 1 },
        ],
        markers: { SHNOR_REPORT_riskSummary: "'Сводка рисков'!$A$1", SHNOR_REPORT_curators: "#REF!" },
      };
    }
    if (command === readRows) {
      const { sheet, top, rows } = scope as { sheet: string; top: number; rows: number };
      if (sheet === "Пустой") return { values: [[""]], merges: [] };
      const values = Array.from({ length: rows }, (_, i) => [`Школа ${top + i + 1}`, String((top + i) / 10)]);
      return { values, merges: top === 0 ? [[0, 0, 0, 1]] : [] };
    }
    throw new Error(`неожиданная команда ${command.name}`);
  };

  it("строки приходят кусками, собираются по порядку; значения — по правилу values.ts; отчёты не читаются", async () => {
    const progress: string[] = [];
    const book = await readWorkbook(call, (text) => progress.push(text));
    const reads = calls
      .filter((c) => c.command === readRows.name)
      .map((c) => [c.scope.sheet, c.scope.top, c.scope.rows]);
    expect(reads).toEqual([
      ["Школы", 0, CHUNK_ROWS],
      ["Школы", CHUNK_ROWS, CHUNK_ROWS],
      ["Школы", 2 * CHUNK_ROWS, 500],
      ["Пустой", 0, 1],
    ]);
    expect(book.reportSheets).toEqual(new Set(["Сводка рисков"]));
    const [schools, empty] = book.grids;
    expect(schools.cells).toHaveLength(ROWS);
    expect(schools.cells[ROWS - 1]).toEqual([`Школа ${ROWS}`, (ROWS - 1) / 10]);
    expect(schools.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    expect(empty).toEqual({ name: "Пустой", cells: [], origin: { row: 0, col: 0 }, merges: [] });
    expect(progress[1]).toBe(`Чтение листа «Школы»: строки ${CHUNK_ROWS + 1}–${2 * CHUNK_ROWS} из ${ROWS}`);
    expect(calls.some((c) => c.command === addSheet.name)).toBe(false);
  });
});

describe("оформление листа командами по CHUNK_ROWS строк", () => {
  const ROWS = 2 * CHUNK_ROWS + 500;
  const layout = {
    size: { rows: ROWS, cols: 3 },
    columnWidths: [10, 20, 30],
    rowHeights: Array.from({ length: ROWS }, (_, r) => (r === 0 ? 30 : 15)),
    merges: [
      { range: { top: 0, left: 0, bottom: 0, right: 2 }, across: false },
      { range: { top: CHUNK_ROWS + 10, left: 0, bottom: CHUNK_ROWS + 11, right: 0 }, across: false },
    ],
    styles: [{ range: { top: 2, left: 1, bottom: ROWS - 1, right: 1 }, fill: "#FFC7CE" }],
    borders: [{ top: 2, left: 0, bottom: ROWS - 1, right: 2 }],
    blocks: [
      {
        rows: [[1]],
        numberFormats: ["General", "0.0%", "dd.mm.yyyy"],
        spans: [0, 1, 2].map((c) => ({ left: c, right: c })),
        firstDataRow: 3,
        lastRow: ROWS - 1,
      },
    ],
    page: { margins: { left: 0.25, right: 0.25, top: 0.75, bottom: 0.75 } },
  } as unknown as SheetLayout;

  it("каждый диапазон обрезан по строкам своей части; объединение — в части, где начинается; ширины — в первой", () => {
    const parts = formattingChunks(layout) as {
      formats: { range: number[] }[];
      widths: number[];
      heights: { top: number; bottom: number; height: number }[];
      merges: { range: number[] }[];
      styles: { range: number[] }[];
      borders: number[][];
    }[];
    expect(parts).toHaveLength(3);
    expect(parts.map((p) => p.borders)).toEqual([
      [[2, 0, CHUNK_ROWS - 1, 2]],
      [[CHUNK_ROWS, 0, 2 * CHUNK_ROWS - 1, 2]],
      [[2 * CHUNK_ROWS, 0, ROWS - 1, 2]],
    ]);
    expect(parts.map((p) => p.merges.map((m) => m.range[0]))).toEqual([[0], [CHUNK_ROWS + 10], []]);
    expect(parts.map((p) => p.widths)).toEqual([[10, 20, 30], [], []]);
    expect(parts[2].formats.map((f) => f.range)).toEqual([
      [2 * CHUNK_ROWS, 1, ROWS - 1, 1],
      [2 * CHUNK_ROWS, 2, ROWS - 1, 2],
    ]);
    // every row's height is set once, by the part holding it
    const heightRows = parts.flatMap((p) =>
      p.heights.flatMap((h) => Array.from({ length: h.bottom - h.top + 1 }, (_, i) => h.top + i)),
    );
    expect(heightRows).toEqual(Array.from({ length: ROWS }, (_, r) => r));
    expect(parts.map((p) => p.styles.reduce((n, s) => n + s.range[2] - s.range[0] + 1, 0))).toEqual([
      CHUNK_ROWS - 2,
      CHUNK_ROWS,
      500,
    ]);
  });
});
