/**
 * Empty cells inside a formula's range argument. Excel on the desktop passes an empty cell as 0, Excel on the web as
 * null or "" (office-js #4702 «its value is 0 in desktop and null in office web», #5262 «Excel sends 0 for empty
 * cells», #1951 «cannot disambiguate from legitimate zero cells»; Microsoft treats it as by design: SUM does the same).
 * So the custom functions read a 0 as an empty cell wherever the argument's meaning rules a 0 out: names,
 * municipalities, measure numbers and their groups, a base column, header rows. Where a 0 is a real value (TREND's
 * numbers, shares of «2», a «0» mark) it stays a 0, and the function's description asks not to select empty cells.
 */
import { type Cell, isBlank } from "./cell";

/** The range with every 0 read as an empty cell: for arguments whose meaning rules a 0 out. */
export function zeroAsBlank(range: Cell[][]): Cell[][] {
  return range.map((row) => row.map((cell) => (cell === 0 ? null : cell)));
}

/** An empty cell as any platform passes it: null, "", spaces, or 0. */
export function isBlankOrZero(cell: Cell | undefined): boolean {
  return cell === 0 || isBlank(cell);
}
