/** The report registry (src/reports/registry.ts): one list that the engine, the usage and the pane all read. */
import { USAGE } from "../../src/cli/args";
import { safeSheetName } from "../../src/reports/sheetNames";
import {
  DATA_REPORT_IDS,
  DATA_SHEET_NAMES,
  REMARKS,
  REPORT_SHEET_NAMES,
  REPORTS,
  reportSheetNameOf,
} from "../../src/reports/registry";
import { REPORT_BUTTONS } from "../../src/taskpane/strings";

describe("report registry", () => {
  it("gives each report its own id and an Excel-proof sheet name of its own", () => {
    const names = [...REPORTS.map((r) => r.sheetName), REMARKS.sheetName];
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(new Set(DATA_REPORT_IDS).size).toBe(REPORTS.length);
    for (const name of names) expect(safeSheetName(name)).toBe(name);
    expect(Object.keys(REPORT_SHEET_NAMES)).toEqual([...DATA_REPORT_IDS, "remarks"]);
  });

  it("is what the command line's usage lists, «Замечания» last", () => {
    const listed = [...USAGE.matchAll(/«([^»]+)»/g)].map((m) => m[1]);
    expect(listed.slice(0, DATA_SHEET_NAMES.length + 1)).toEqual([...DATA_SHEET_NAMES, REMARKS.sheetName]);
  });

  it("is what the pane always offers: the five reports of a plan, in the registry's order", () => {
    expect(REPORT_BUTTONS).toEqual([
      { id: "riskGroups", label: "Группы риска" },
      { id: "riskSummary", label: "Сводка рисков" },
      { id: "curators", label: "Кураторы" },
      { id: "indicators", label: "Показатели" },
      { id: "planStatus", label: "Исполнение плана" },
    ]);
  });

  it("names a report's first sheet by its registry line, «Замечания» too", () => {
    expect(reportSheetNameOf("quarterReport")).toBe("Отчёт за квартал");
    expect(reportSheetNameOf("remarks")).toBe("Замечания");
  });

  it("holds every builder when a builder's module is loaded before the registry (they import each other)", () => {
    jest.isolateModules(() => {
      // A builder first: its reportFrame reaches the registry, which imports that builder back while it loads.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require("../../src/reports/quarterReport");
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { REPORTS: loaded } = require("../../src/reports/registry") as typeof import("../../src/reports/registry");
      expect(loaded.map((r) => typeof r.build)).toEqual(REPORTS.map(() => "function"));
    });
  });
});
