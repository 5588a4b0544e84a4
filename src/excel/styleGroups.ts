/**
 * Styled areas of the same look, gathered so that a look's properties are set once per rectangle of cells instead of
 * once per cell: a «Группы риска» sheet of 40 000 schools has thousands of highlighted cells. Each rectangle is its
 * own range object (getRangeByIndexes): a list of addresses (worksheet.getRanges) would need the list separator of
 * the user's machine, which Excel on Windows with Russian settings requires as «;» and no API reports (office-js
 * #1167, #1985). Gathering reorders areas, so it is done only when no two overlapping areas give the same property
 * different values (then the order of the layout, later wins, does not matter).
 */
import type { CellRange } from "../core/cell";
import type { StyledArea } from "../reports/layout";

export type Look = Omit<StyledArea, "range">;

export interface StyleGroup {
  look: Look;
  ranges: CellRange[];
}

const PROPERTIES = ["fill", "fontColor", "bold", "fontSize", "wrap", "center"] as const;

/** Groups in the order their look first appears, each look's areas joined into as few rectangles as they make. */
export function groupStyles(styles: StyledArea[]): StyleGroup[] {
  if (hasConflicts(styles)) return styles.map(({ range, ...look }) => ({ look, ranges: [range] }));
  const byLook = new Map<string, StyleGroup>();
  for (const { range, ...look } of styles) {
    const key = JSON.stringify(PROPERTIES.map((p) => look[p] ?? null));
    const group = byLook.get(key);
    if (group) group.ranges.push(range);
    else byLook.set(key, { look, ranges: [range] });
  }
  return [...byLook.values()].map((g) => ({ look: g.look, ranges: joinRectangles(g.ranges) }));
}

/**
 * Areas of one look joined where they meet edge to edge: first each column span's runs of rows, then runs of equal
 * rows side by side. The cells covered stay exactly the same.
 */
export function joinRectangles(ranges: CellRange[]): CellRange[] {
  const down = joinRuns(
    ranges,
    (r) => [r.left, r.right, r.top],
    (a, b) => a.left === b.left && a.right === b.right && b.top <= a.bottom + 1,
    (a, b) => ({ ...a, bottom: Math.max(a.bottom, b.bottom) }),
  );
  return joinRuns(
    down,
    (r) => [r.top, r.bottom, r.left],
    (a, b) => a.top === b.top && a.bottom === b.bottom && b.left <= a.right + 1,
    (a, b) => ({ ...a, right: Math.max(a.right, b.right) }),
  );
}

function joinRuns(
  ranges: CellRange[],
  key: (r: CellRange) => number[],
  meets: (a: CellRange, b: CellRange) => boolean,
  join: (a: CellRange, b: CellRange) => CellRange,
): CellRange[] {
  const sorted = [...ranges].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    return ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2];
  });
  const out: CellRange[] = [];
  for (const range of sorted) {
    const last = out[out.length - 1];
    if (last && meets(last, range)) out[out.length - 1] = join(last, range);
    else out.push(range);
  }
  return out;
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
