/**
 * The adapter the task pane and the ribbon call (src/excel/api.ts), end to end over the strict fake: read the
 * workbook, run the same engine as the command line, write the report sheets, store settings.
 */
import type { Cell } from "../../src/core/cell";
import { mustDayOf } from "../../src/core/calendar";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { SETTINGS_SHEET_NAME } from "../../src/core/settingsSheet";
import { insertFormulaIfEmpty, loadSettings, recognizeWorkbook, runReports, saveSettings } from "../../src/excel/api";
import { createFakeExcel, type FakeExcel, type FakeSheetInit } from "../helpers/fakeExcel";

const asOf = mustDayOf(2021, 6, 15);
const LEVELS = ["высокий", "средний", "низкий", null, "В", "+"];

/** A regional schools list: 12 schools in 3 municipalities, curators, РФ1…РФ10, one indicator column. */
function schools(): FakeSheetInit {
  const header: Cell[] = [
    "Муниципалитет",
    "Наименование ОО",
    "Логин",
    "Куратор",
    ...Array.from({ length: 10 }, (_, i) => `РФ${i + 1}`),
    "Размещены материалы в ИС МЭДК",
  ];
  const mos = ["Сысертский ГО", "Ирбитское МО", "Тавдинский ГО"];
  const rows: Cell[][] = Array.from({ length: 12 }, (_, i) => [
    mos[i % 3],
    `МАОУ СОШ № ${i + 1}`,
    `sch66${String(i + 1).padStart(4, "0")}`,
    ["Иванова И. И.", "Петров П. П.", "Сидорова С. С."][i % 3],
    ...Array.from({ length: 10 }, (_, k) => LEVELS[(i + k) % LEVELS.length]),
    i % 2 === 0 ? "да" : "нет",
  ]);
  return { name: "ООНОР 2021", cells: [["Перечень школ с низкими образовательными результатами"], header, ...rows] };
}

function install(fake: FakeExcel): void {
  Object.assign(globalThis, { Excel: fake.Excel, Office: fake.Office });
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).Office;
});

describe("runReports", () => {
  it("writes every report the data allows and «Замечания», beside a user's «Сводка рисков» which stays intact", async () => {
    const fake = createFakeExcel({ sheets: [schools(), { name: "Сводка рисков", cells: [["мои заметки"]] }] });
    install(fake);
    const summary = await runReports("all", { asOf });
    const names = summary.written.map((w) => w.sheetName);
    expect(names).toContain("Группы риска");
    expect(names).toContain("Сводка рисков (2)");
    expect(names).toContain("Кураторы");
    expect(names.slice(-2)).toEqual(["Замечания", "Что распознано"]);
    expect(summary.summary.join("\n")).toMatch(/Построены отчёты/);

    const snap = fake.workbookSnapshot();
    expect(snap.sheets.find((s) => s.name === "Сводка рисков")!.cells).toEqual([["мои заметки"]]);
    const groups = snap.sheets.find((s) => s.name === "Группы риска")!;
    expect(groups.cells[0][0]).toBe("Группы риска по состоянию на 15.06.2021");
    const headerRow = groups.cells.find((row) => row[0] === "Муниципалитет")!;
    expect(headerRow.slice(0, 7)).toEqual([
      "Муниципалитет",
      "Наименование ОО",
      "Куратор",
      "Группы риска",
      "Факторов высокой значимости",
      "Приоритет мониторинга",
      "Обязательные мероприятия",
    ]);
    expect(groups.formulas).toEqual([]);
    // A report's further sheet («Показатели — списки школ», «Что распознано») is its part 2: SHNOR_REPORT_<id>_2.
    expect(snap.names.map((n) => n.name).sort()).toEqual([
      "SHNOR_REPORT_curators",
      "SHNOR_REPORT_indicators",
      "SHNOR_REPORT_indicators_2",
      "SHNOR_REPORT_remarks",
      "SHNOR_REPORT_remarks_2",
      "SHNOR_REPORT_riskGroups",
      "SHNOR_REPORT_riskSummary",
    ]);
    expect(snap.names).toHaveLength(summary.written.length);
    expect(snap.activeSheet).toBe(names[0]);
  });

  it("run twice: each report replaces its own sheet, the user's sheets and the sheet count stay", async () => {
    const fake = createFakeExcel({ sheets: [schools(), { name: "Сводка рисков", cells: [["мои заметки"]] }] });
    install(fake);
    await runReports("all", { asOf });
    const first = fake.workbookSnapshot().sheets.map((s) => s.name);
    fake.resetCounters();
    const again = await runReports("all", { asOf: mustDayOf(2021, 9, 1) });
    const snap = fake.workbookSnapshot();
    expect(snap.sheets.map((s) => s.name)).toEqual(first);
    expect(snap.sheets.find((s) => s.name === "Группы риска")!.cells[0][0]).toBe(
      "Группы риска по состоянию на 01.09.2021",
    );
    expect(again.written.find((w) => w.reportId === "riskSummary")?.sheetName).toBe("Сводка рисков (2)");
    // Reading: sheets + used ranges + one chunk; writing: load + write + charts/print.
    expect(fake.syncCount()).toBe(3 + 3);
  });

  it("builds only the chosen report (plus «Замечания»)", async () => {
    const fake = createFakeExcel({ sheets: [schools()] });
    install(fake);
    const summary = await runReports(["curators"], { asOf });
    expect(summary.written.map((w) => w.sheetName)).toEqual(["Кураторы", "Замечания", "Что распознано"]);
  });

  it("says in Russian when this Excel is below the floor, before touching the workbook, at every door", async () => {
    const fake = createFakeExcel({ sheets: [schools()] }, { apiVersion: "1.8" });
    install(fake);
    const tooOld = /не поддерживает набор API ExcelApi 1\.9/;
    await expect(runReports("all", { asOf })).rejects.toThrow(tooOld);
    await expect(recognizeWorkbook()).rejects.toThrow(tooOld);
    await expect(insertFormulaIfEmpty((area) => [`=SHNOR.RISKGROUPS(${area})`])).rejects.toThrow(tooOld);
    await expect(saveSettings(DEFAULT_SETTINGS)).rejects.toThrow(tooOld);
    expect(fake.syncCount()).toBe(0);
  });

  it("on the floor (ExcelApi 1.9) writes the report with its print setup, and says that merged cells were not read", async () => {
    const fake = createFakeExcel({ sheets: [schools()] }, { apiVersion: "1.9" });
    install(fake);
    const summary = await runReports(["riskGroups"], { asOf });
    expect(summary.written[0].sheetName).toBe("Группы риска");
    expect(summary.skipped).toEqual([expect.stringMatching(/^Объединённые ячейки/)]);
    expect(fake.workbookSnapshot().sheets.find((s) => s.name === "Группы риска")!.pageLayout).toMatchObject({
      orientation: "Landscape",
    });
  });
});

describe("errors from Excel", () => {
  it("reach the pane in Russian, with Excel's own words kept", async () => {
    const fake = createFakeExcel({ sheets: [schools()] });
    const refusing = {
      run: () => Promise.reject(new Error("This operation is not permitted for the current object.")),
    };
    Object.assign(globalThis, { Excel: refusing, Office: fake.Office });
    await expect(runReports("all", { asOf })).rejects.toThrow(
      "Отчёты не записаны: Excel сообщил «This operation is not permitted for the current object.».",
    );
    await expect(saveSettings(DEFAULT_SETTINGS)).rejects.toThrow(/^Настройки не сохранены: Excel сообщил/);
  });
});

describe("recognizeWorkbook", () => {
  it("describes the schools table without writing anything", async () => {
    const fake = createFakeExcel({ sheets: [schools()] });
    install(fake);
    const recognition = await recognizeWorkbook();
    expect(recognition.tables.map((t) => t.sheet)).toContain("ООНОР 2021");
    expect(recognition.available).toEqual(expect.arrayContaining(["riskGroups", "riskSummary", "curators"]));
    expect(fake.workbookSnapshot().sheets.map((s) => s.name)).toEqual(["ООНОР 2021"]);
    expect(recognition.notes.join("\n")).not.toMatch(/Объединённые ячейки/);
  });

  it("says when an older Excel could not read merged cells", async () => {
    install(createFakeExcel({ sheets: [schools()] }, { apiVersion: "1.12" }));
    const recognition = await recognizeWorkbook();
    expect(recognition.notes.join("\n")).toMatch(/Объединённые ячейки исходных листов не прочитаны/);
  });
});

describe("settings", () => {
  it("are the defaults in a workbook without a settings sheet", async () => {
    install(createFakeExcel({ sheets: [schools()] }));
    await expect(loadSettings()).resolves.toEqual(DEFAULT_SETTINGS);
  });

  it("round-trip through the hidden «Настройки ШНОР» sheet, which is overwritten, not duplicated", async () => {
    const fake = createFakeExcel({ sheets: [schools()] });
    install(fake);
    await saveSettings({
      ...DEFAULT_SETTINGS,
      curatorCap: 3,
      schoolYearEnd: { month: 6, day: 30 },
      indicatorsOff: ["Размещены материалы в ИС МЭДК"],
    });
    await saveSettings({ ...DEFAULT_SETTINGS, curatorCap: 4, schoolYearEnd: { month: 5, day: 31 } });
    const settings = await loadSettings();
    expect(settings.curatorCap).toBe(4);
    expect(settings.schoolYearEnd).toEqual({ month: 5, day: 31 });
    expect(settings.indicatorsOff).toEqual([]);
    const sheets = fake.workbookSnapshot().sheets;
    expect(sheets.filter((s) => s.name === SETTINGS_SHEET_NAME).map((s) => s.visibility)).toEqual(["Hidden"]);
    expect(sheets.find((s) => s.name === SETTINGS_SHEET_NAME)!.formulas).toEqual([]);
  });

  it("stored settings reach the reports, and the settings sheet is not taken for data", async () => {
    const overCap = async (cap?: number): Promise<Cell[]> => {
      const fake = createFakeExcel({ sheets: [schools()] });
      install(fake);
      if (cap !== undefined) await saveSettings({ ...DEFAULT_SETTINGS, curatorCap: cap });
      const summary = await runReports(["curators"], { asOf });
      expect(summary.problems.filter((p) => p.sheet === SETTINGS_SHEET_NAME)).toEqual([]);
      const curators = fake.workbookSnapshot().sheets.find((s) => s.name === "Кураторы")!;
      const header = curators.cells.findIndex((row) => row[0] === "Куратор");
      return curators.cells
        .slice(header + 1)
        .filter((row) => row[2] === "да")
        .map((row) => row[0]);
    };
    // Each curator has 4 schools: over the default cap of 2, within a stored cap of 10.
    expect(await overCap()).toEqual(["Иванова И. И.", "Петров П. П.", "Сидорова С. С."]);
    expect(await overCap(10)).toEqual([]);
  });
});
