/** The report registry (src/reports/registry.ts): one list that the engine, the usage and the pane all read. */
import { USAGE } from "../../src/cli/args";
import { mustDayOf } from "../../src/core/calendar";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { readWorkbook } from "../../src/core/tables/readWorkbook";
import type { ReportContext } from "../../src/reports/context";
import { safeSheetName } from "../../src/reports/sheetNames";
import {
  DATA_REPORT_IDS,
  DATA_SHEET_NAMES,
  REMARKS,
  REPORT_SHEET_NAMES,
  reportEntry,
  REPORTS,
  reportSheetNameOf,
} from "../../src/reports/registry";
import { REPORT_BUTTONS } from "../../src/taskpane/strings";
import { grid } from "../fixtures/identification/generated";
import { PLAN_SHEET, sampleGrids } from "../fixtures/risk/sample";

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

describe("a run choice a report rests on is the registry's, not the engine's", () => {
  const data = () => readWorkbook([grid(PLAN_SHEET, sampleGrids()[PLAN_SHEET])], DEFAULT_SETTINGS, new Set());
  const ctx = (): ReportContext => ({ asOf: mustDayOf(2021, 6, 15), settings: DEFAULT_SETTINGS });

  it("only «Отчёт за квартал» rests on one: the quarter, as the command line's --quarter", () => {
    expect(REPORTS.filter((r) => "choice" in r).map((r) => [r.id, r.choice.option])).toEqual([
      ["quarterReport", "quarter"],
    ]);
  });

  it("reads the quarter into the run's context, and refuses one it cannot read or outside the plan's period", () => {
    const quarter = reportEntry("quarterReport").choice!;
    const within = ctx();
    expect(quarter.read({ asOf: within.asOf, quarterText: " III квартал 2021 " }, data(), within)).toBeUndefined();
    expect(within.quarter).toEqual({ year: 2021, quarter: 3 });
    const none = ctx();
    expect(quarter.read({ asOf: none.asOf, quarterText: "  " }, data(), none)).toBeUndefined();
    expect(none.quarter).toBeUndefined();
    const outside = quarter.read({ asOf: none.asOf, quarterText: "2022-1" }, data(), ctx());
    expect(outside).toBe("I квартал 2022 года вне периода плана (01.01.2021–31.12.2021).");
    expect(quarter.read({ asOf: none.asOf, quarterText: "третий" }, data(), ctx())).toBe(
      "квартал «третий» не распознан: укажите год и номер квартала, например «2021-3».",
    );
  });
});
