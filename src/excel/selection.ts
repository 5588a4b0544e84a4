/**
 * Which range a formula inserted into the active cell should take as its argument. In Excel the active cell
 * always lies inside the selection, so the user selects the data and then Ctrl+clicks the empty cell for the
 * formula: the selection is then two areas, and the active cell is the second one.
 */

/**
 * One sheet-qualified area: «'Лист, 1'!D3:G3» or «Лист1!I3». An unquoted sheet name is letters, digits, «_» and «.»
 * (Excel quotes any other), so areas are found by their shape whatever separates them: the reference shows «, »
 * (RangeAreas.address), and whether Windows with Russian settings puts its list separator «;» there is not documented.
 */
const AREA = /(?:'(?:[^']|'')*'|[\p{L}\p{N}_.]+)!\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?/gu;

/** The areas of a RangeAreas address («Лист1!D3:G3, Лист1!I3» or «Лист1!D3:G3;Лист1!I3»); quoted names may hold «,» and «;». */
export function areasOf(address: string): string[] {
  return address.match(AREA) ?? [];
}

/**
 * The data area for a formula in `activeAddress`: the first selected area that is not the active cell's own.
 * Null when the active cell is inside the only selected area: a formula there would refer to itself.
 */
export function formulaArgumentArea(selectionAddress: string, activeAddress: string): string | null {
  const areas = areasOf(selectionAddress);
  const data = areas.filter((area) => area !== activeAddress);
  return data.length === areas.length ? null : (data[0] ?? null);
}
