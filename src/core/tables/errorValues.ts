/**
 * Excel error values in input cells. Office.js gives a cell holding an error as «the error string» (Range.values),
 * ExcelJS as { error: "#N/A" }: both reach the engine as text. Which language Office.js uses for it is not
 * documented, so both Excel's English and Russian spellings are known. Such a cell is read as empty and reported
 * with its address, so that «#Н/Д» never becomes a school's name or a risk level.
 */
import type { SheetGrid } from "../cell";
import { cellAddress } from "../a1";
import { cellProblem, type Problem } from "../problems";

const ERROR_VALUES = new Set([
  ...[
    "#NULL!",
    "#DIV/0!",
    "#VALUE!",
    "#REF!",
    "#NAME?",
    "#NUM!",
    "#N/A",
    "#GETTING_DATA",
    "#SPILL!",
    "#CALC!",
    "#FIELD!",
    "#BLOCKED!",
    "#CONNECT!",
    "#BUSY!",
    "#UNKNOWN!",
  ],
  ...["#ПУСТО!", "#ДЕЛ/0!", "#ЗНАЧ!", "#ССЫЛКА!", "#ИМЯ?", "#ЧИСЛО!", "#Н/Д", "#ПЕРЕНОС!", "#ВЫЧИСЛ!", "#ПОЛЕ!"],
]);

export function isErrorValue(text: string): boolean {
  return text.startsWith("#") && ERROR_VALUES.has(text.trim().toUpperCase());
}

/** The grid with its error cells emptied (the grid itself when it has none), and a problem for each. */
export function withoutErrorValues(grid: SheetGrid): { grid: SheetGrid; problems: Problem[] } {
  const problems: Problem[] = [];
  let cells = grid.cells;
  grid.cells.forEach((row, r) =>
    row.forEach((value, c) => {
      if (typeof value !== "string" || !isErrorValue(value)) return;
      if (cells === grid.cells) cells = grid.cells.map((line) => [...line]);
      cells[r][c] = null;
      const [sheetRow, sheetCol] = [grid.origin.row + r, grid.origin.col + c];
      problems.push(
        cellProblem(
          grid.name,
          sheetRow,
          sheetCol,
          `Ячейка ${cellAddress(sheetRow, sheetCol)} содержит ошибку Excel «${value.trim()}»: прочитана как пустая`,
        ),
      );
    }),
  );
  return { grid: cells === grid.cells ? grid : { ...grid, cells }, problems };
}
