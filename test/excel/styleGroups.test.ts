import fc from "fast-check";
import type { CellRange } from "../../src/core/cell";
import { rangeAddress } from "../../src/core/a1";
import { groupStyles, joinRectangles } from "../../src/excel/styleGroups";
import type { StyledArea } from "../../src/reports/layout";

const RED = { fill: "#FFC7CE", fontColor: "#9C0006" };
const GREEN = { fill: "#C6EFCE" };
const cell = (row: number, col: number): CellRange => ({ top: row, left: col, bottom: row, right: col });

describe("groupStyles", () => {
  it("gathers the statuses of a plan by colour, header and wrapped column kept", () => {
    const styles: StyledArea[] = [
      { range: { top: 4, left: 0, bottom: 4, right: 9 }, bold: true, fill: "#D9E1F2", wrap: true },
      { range: { top: 5, left: 1, bottom: 400, right: 1 }, wrap: true },
      ...Array.from({ length: 396 }, (_, i): StyledArea => ({ range: cell(5 + i, 6), ...(i % 2 ? RED : GREEN) })),
    ];
    const groups = groupStyles(styles);
    expect(groups[0]).toEqual({
      look: { bold: true, fill: "#D9E1F2", wrap: true },
      ranges: [{ top: 4, left: 0, bottom: 4, right: 9 }],
    });
    expect(groups[2].look).toEqual(GREEN);
    expect(groups[2].ranges.slice(0, 3).map(rangeAddress)).toEqual(["G6", "G8", "G10"]);
    // One group per look; alternating cells stay one rectangle each, nothing else is cut.
    expect(groups.length).toBe(4);
    expect(groups.flatMap((g) => g.ranges).length).toBe(styles.length);
  });

  it("joins a look's cells that meet into rectangles: a column of «Просрочено» rows, a block of equal cells", () => {
    const red = [
      ...Array.from({ length: 300 }, (_, i) => cell(10 + i, 6)),
      ...Array.from({ length: 300 }, (_, i) => cell(10 + i, 7)),
    ];
    expect(joinRectangles(red).map(rangeAddress)).toEqual(["G11:H310"]);
    expect(joinRectangles([cell(1, 1), cell(3, 1), cell(2, 1), cell(2, 2)]).map(rangeAddress)).toEqual(["B2:B4", "C3"]);
  });

  it("keeps the layout's order when overlapping areas set one property differently", () => {
    const styles: StyledArea[] = [
      { range: cell(5, 0), fill: "#FF0000" },
      { range: { top: 5, left: 0, bottom: 5, right: 3 }, fill: "#00FF00" },
      { range: cell(7, 0), fill: "#FF0000" },
    ];
    expect(groupStyles(styles).map((g) => g.ranges.length)).toEqual([1, 1, 1]);
  });

  it("gives every cell the look the layout's order gives it, joined or not (any areas)", () => {
    const area = fc.record({
      top: fc.integer({ min: 0, max: 8 }),
      left: fc.integer({ min: 0, max: 4 }),
      h: fc.integer({ min: 0, max: 3 }),
      w: fc.integer({ min: 0, max: 2 }),
      fill: fc.option(fc.constantFrom("#FF0000", "#00FF00"), { nil: undefined }),
      bold: fc.option(fc.boolean(), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(area, { maxLength: 12 }), (raw) => {
        const styles: StyledArea[] = raw.map((a) => ({
          range: { top: a.top, left: a.left, bottom: a.top + a.h, right: a.left + a.w },
          ...(a.fill !== undefined ? { fill: a.fill } : {}),
          ...(a.bold !== undefined ? { bold: a.bold } : {}),
        }));
        const paint = (areas: { look: Omit<StyledArea, "range">; ranges: CellRange[] }[]): string => {
          const grid = new Map<string, string>();
          for (const { look, ranges } of areas)
            for (const r of ranges)
              for (let y = r.top; y <= r.bottom; y++)
                for (let x = r.left; x <= r.right; x++) {
                  if (look.fill !== undefined) grid.set(`${y},${x},fill`, look.fill);
                  if (look.bold !== undefined) grid.set(`${y},${x},bold`, String(look.bold));
                }
          return JSON.stringify([...grid.entries()].sort());
        };
        const inOrder = styles.map(({ range, ...look }) => ({ look, ranges: [range] }));
        expect(paint(groupStyles(styles))).toBe(paint(inOrder));
      }),
    );
  });
});
