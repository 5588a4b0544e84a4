/**
 * Styled areas of the same look, gathered so that one call styles many of them (worksheet.getRanges with a list of
 * addresses, ExcelApi 1.9): a «Группы риска» sheet of 40 000 schools has thousands of highlighted cells, and one
 * call each would be thousands of calls. Gathering reorders areas, so it is done only when no two overlapping
 * areas give the same property different values (then the order of the layout, later wins, does not matter).
 */
import type { CellRange } from "../core/cell";
import { rangeAddress } from "../core/a1";
import type { StyledArea } from "../reports/layout";

export type Look = Omit<StyledArea, "range">;

export interface StyleGroup {
  look: Look;
  ranges: CellRange[];
}

/** Excel's own parser takes addresses of up to 255 characters in several places: stay within that. */
export const MAX_ADDRESS_LENGTH = 255;

const PROPERTIES = ["fill", "fontColor", "bold", "fontSize", "wrap", "center"] as const;

/** Groups in the order their look first appears, each with an address list within MAX_ADDRESS_LENGTH. */
export function groupStyles(styles: StyledArea[]): StyleGroup[] {
  if (hasConflicts(styles)) return styles.map(({ range, ...look }) => ({ look, ranges: [range] }));
  const byLook = new Map<string, StyleGroup[]>();
  const order: StyleGroup[] = [];
  for (const { range, ...look } of styles) {
    const key = JSON.stringify(PROPERTIES.map((p) => look[p] ?? null));
    const groups = byLook.get(key) ?? [];
    let last = groups[groups.length - 1];
    if (!last || addressLength(last.ranges) + 1 + rangeAddress(range).length > MAX_ADDRESS_LENGTH) {
      last = { look, ranges: [] };
      groups.push(last);
      order.push(last);
      byLook.set(key, groups);
    }
    last.ranges.push(range);
  }
  return order;
}

/** Ranges cut into lists whose address stays within MAX_ADDRESS_LENGTH, in order. */
export function addressLists(ranges: CellRange[]): CellRange[][] {
  const lists: CellRange[][] = [];
  let length = 0;
  for (const range of ranges) {
    const extra = rangeAddress(range).length + 1;
    if (lists.length === 0 || length + extra > MAX_ADDRESS_LENGTH) {
      lists.push([]);
      length = 0;
    }
    lists[lists.length - 1].push(range);
    length += extra;
  }
  return lists;
}

export function addressList(ranges: CellRange[]): string {
  return ranges.map(rangeAddress).join(",");
}

function addressLength(ranges: CellRange[]): number {
  return addressList(ranges).length;
}

/** Two overlapping areas setting one property to different values: their order matters. */
function hasConflicts(styles: StyledArea[]): boolean {
  for (const property of PROPERTIES) {
    const setting = styles.filter((s) => s[property] !== undefined).sort((a, b) => a.range.top - b.range.top);
    let active: StyledArea[] = [];
    for (const area of setting) {
      active = active.filter((a) => a.range.bottom >= area.range.top);
      const clash = active.some(
        (a) => a.range.left <= area.range.right && area.range.left <= a.range.right && a[property] !== area[property],
      );
      if (clash) return true;
      active.push(area);
    }
  }
  return false;
}
