/**
 * src/r7/door.ts without an editor: the commands it sends, answered by a stand-in that knows them by identity.
 * Reading goes in chunks of CHUNK_ROWS rows; report sheets (found by their markers) are not read.
 */
import { addSheet, describeWorkbook, readRows } from "../../src/r7/commands";
import { CHUNK_ROWS, type CallCommand, readWorkbook } from "../../src/r7/door";

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
