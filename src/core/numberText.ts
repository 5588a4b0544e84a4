/**
 * One rounding for a figure wherever it is shown (SPEC §6): the text of a title line, a note or a reason says what
 * the table's cell shows. A share is shown with PERCENT_DECIMALS decimals both ways: the cells' number format
 * «0.0%» (layout/page.ts) and the text «57,1 %» (Russian decimal comma; the space before «%» as Russian typography has it).
 */
export const PERCENT_DECIMALS = 1;

/** The number format of a share cell (0…1 shown as «57,1%»), or of a cell already in percent points («57,1»). */
export function percentFormat(options: { points?: boolean } = {}): string {
  const digits = PERCENT_DECIMALS > 0 ? `0.${"0".repeat(PERCENT_DECIMALS)}` : "0";
  return options.points ? digits : `${digits}%`;
}

/** «57,1 %» for 0.5714 (a share), or for 57.14 with { points: true } (a value already in percent points). */
export function percentText(value: number, options: { points?: boolean } = {}): string {
  const points = options.points ? value : value * 100;
  const factor = 10 ** PERCENT_DECIMALS;
  // Excel rounds half away from zero; Math.round rounds half up: the same for the non-negative shares reports show.
  const rounded = Math.round(points * factor + Number.EPSILON * factor) / factor;
  return `${rounded.toFixed(PERCENT_DECIMALS).replace(".", ",")} %`;
}
