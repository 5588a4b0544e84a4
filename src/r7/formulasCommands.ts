/**
 * Command functions of the panel's formula list (#28), under the rules of commands.ts: sent as their text with
 * `Asc.scope` as JSON, they use nothing outside their own bodies and move only plain data. The registration command
 * itself is r7/formulas.js (src/r7/formulasCommand.js).
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const Api: any;
declare const Asc: { scope: any };

/**
 * The active cell: its sheet, address, formula (GetFormula: «= SHNOR_TREND(A2,B2)»; a cell without a formula gives
 * its value) and what it shows (GetValue: «#N/A»).
 */
export function readActiveCell(): unknown {
  const sheet = Api.GetActiveSheet();
  const cell = sheet.GetActiveCell();
  return {
    sheet: String(sheet.GetName()),
    address: String(cell.GetAddress(false, false)),
    row: cell.GetRow() - 1,
    col: cell.GetCol() - 1,
    formula: String(cell.GetFormula()),
    value: String(cell.GetValue()),
  };
}

/** The values (GetValue's strings) of ranges given as { sheet, address }, each as a 2-D array; null: no such sheet. */
export function readRanges(): unknown {
  return Asc.scope.ranges.map((r: { sheet: string; address: string }) => {
    const sheet = Api.GetSheet(r.sheet);
    if (!sheet) return null;
    const raw = sheet.GetRange(r.address).GetValue();
    return Array.isArray(raw) ? raw.map((row: unknown[]) => row.map(String)) : [[String(raw)]];
  });
}
