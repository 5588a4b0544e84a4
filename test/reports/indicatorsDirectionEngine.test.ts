import { mustDayOf } from "../../src/core/calendar";
import type { Cell, SheetGrid } from "../../src/core/cell";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { SETTINGS_SHEET_NAME, settingsToRows } from "../../src/core/settingsSheet";
import { runEngine } from "../../src/reports/engine";
import type { SheetDescription } from "../../src/reports/model";
import { sampleGrids } from "../fixtures/risk/sample";
import { rowsByHeader } from "../helpers/table";

const asOf = mustDayOf(2021, 6, 15);
const DYNAMICS = "Положительная динамика: Неуспевающих, %";

function grid(name: string, rows: Cell[][]): SheetGrid {
  const width = Math.max(0, ...rows.map((r) => r.length));
  return {
    name,
    cells: rows.map((r) => [...r, ...new Array<Cell>(width - r.length).fill(null)]),
    origin: { row: 0, col: 0 },
    merges: [],
  };
}

function sample(): SheetGrid[] {
  return Object.entries(sampleGrids()).map(([name, rows]) => grid(name, rows));
}

/** «Итого по региону» of the dynamics indicator: [numerator, denominator]. */
function regionalDynamics(sheets: SheetDescription[]): unknown[] {
  const report = sheets.find((s) => s.reportId === "indicators")!;
  const total = rowsByHeader(report.main).find(
    (r) => r["Показатель"] === DYNAMICS && r["Муниципалитет"] === "Итого по региону",
  )!;
  return [total["Числитель"], total["Знаменатель"]];
}

describe("runEngine with a dynamics direction in the settings sheet", () => {
  it("«Динамика: Неуспевающих, %» → «больше» changes «Показатели»; a bad value is a remark and the guess stays", () => {
    const byGuess = runEngine(sample(), new Set(), { asOf });
    expect(regionalDynamics(byGuess.sheets)).toEqual([14, 24]);

    const rows = settingsToRows({
      ...DEFAULT_SETTINGS,
      dynamicsBetter: [{ measure: "Неуспевающих, %", better: "больше" }],
    });
    expect(rows).toContainEqual(["Динамика: Неуспевающих, %", "больше"]);
    const overridden = runEngine([...sample(), grid(SETTINGS_SHEET_NAME, rows)], new Set(), { asOf });
    expect(overridden.settings.dynamicsBetter).toEqual([{ measure: "Неуспевающих, %", better: "больше" }]);
    const [numerator, denominator] = regionalDynamics(overridden.sheets) as number[];
    expect(denominator).toBe(24);
    expect(numerator).toBeLessThan(14);
    expect(overridden.sheets.find((s) => s.reportId === "indicators")!.notes).toContain(
      "Направление динамики задано в настройках: Положительная динамика: Неуспевающих, % — лучше больше",
    );

    const bad = runEngine(
      [
        ...sample(),
        grid(SETTINGS_SHEET_NAME, [
          ["Параметр", "Значение"],
          ["Динамика: Неуспевающих, %", "вверх"],
        ]),
      ],
      new Set(),
      { asOf },
    );
    expect(regionalDynamics(bad.sheets)).toEqual([14, 24]);
    const remarks = bad.sheets.find((s) => s.reportId === "remarks")!;
    expect(JSON.stringify(remarks)).toContain("«Динамика: Неуспевающих, %»: значение «вверх» не понято");
  });
});
