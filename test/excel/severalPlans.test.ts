/**
 * The Office door on the two plans of issue 13 (test/fixtures/plans/twoPlans.ts), both in one workbook: the same
 * statuses as the command line gives for the two files, each plan listed in «Что найдено» with its own period, and a
 * period chosen in the pane for one plan saved as its own settings row and read by the next run.
 */
import { isoDay, parseIsoDay } from "../../src/core/calendar";
import type { Cell } from "../../src/core/cell";
import { SETTINGS_SHEET_NAME } from "../../src/core/settingsSheet";
import { recognizeWorkbook, runReports, saveSettings } from "../../src/excel/api";
import { withPlanPeriod } from "../../src/taskpane/settingsEdit";
import {
  AS_OF,
  asExpected,
  EXPECTED,
  MAIN_HEADERS,
  MUNICIPAL,
  MUNICIPAL_LABEL,
  REGIONAL,
  REGIONAL_LABEL,
  tableUnder,
} from "../fixtures/plans/twoPlans";
import { createFakeExcel, type FakeExcel } from "../helpers/fakeExcel";

const asOf = parseIsoDay(AS_OF)!;

function install(extra: { name: string; cells: Cell[][] }[] = []): FakeExcel {
  const fake = createFakeExcel({
    sheets: [REGIONAL, MUNICIPAL].map((p) => ({ name: p.sheet, cells: p.rows })).concat(extra),
  });
  Object.assign(globalThis, { Excel: fake.Excel, Office: fake.Office });
  return fake;
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).Office;
});

function planRows(fake: FakeExcel): Record<string, Cell>[] {
  const sheet = fake.workbookSnapshot().sheets.find((s) => s.name === "Исполнение плана")!;
  return tableUnder(sheet.cells, MAIN_HEADERS);
}

const iso = (v: Cell): string | null => (typeof v === "number" ? isoDay(v) : null);

describe("two plans in one workbook", () => {
  it("give the statuses the command line gives for the two files, each plan named", async () => {
    const fake = install();
    const summary = await runReports(["planStatus"], { asOf });
    const got = asExpected(planRows(fake));
    expect(got).toEqual(EXPECTED);
    expect(summary.summary).toContain("Всего по 2 планам: Просрочено: 1 из 7, процент исполнения 50,0 %");
    // One workbook: no file to name.
    expect(summary.problems.every((p) => p.file === undefined)).toBe(true);
  });

  it("«Что найдено» lists the plans separately, each with the period of its own title", async () => {
    install();
    const view = await recognizeWorkbook();
    expect(view.plans).toEqual([
      {
        key: "Комплекс мер",
        label: REGIONAL_LABEL,
        sheet: "Комплекс мер",
        range: "A3:E7",
        period: "2021–2022 годы (из заголовка: «на 2021-2022 годы»)",
      },
      {
        key: "Дорожная карта",
        label: MUNICIPAL_LABEL,
        sheet: "Дорожная карта",
        range: "A2:E5",
        period: "01.09.2021–31.08.2022 (из заголовка: «2021-2022 учебный год»)",
      },
    ]);
  });

  it("a period chosen for one plan is its own settings row; the other plan keeps its title's", async () => {
    const fake = install();
    const view = await recognizeWorkbook();
    await saveSettings(withPlanPeriod(view.settings, "2022-2023 учебный год", "Дорожная карта"));
    const settingsCells = fake.workbookSnapshot().sheets.find((s) => s.name === SETTINGS_SHEET_NAME)!.cells;
    expect(settingsCells).toContainEqual(["Период плана: Дорожная карта", "2022-2023 учебный год"]);
    await runReports(["planStatus"], { asOf });
    const rows = planRows(fake);
    const municipalMay = rows.find((r) => r["План"] === MUNICIPAL_LABEL && r["№"] === "1")!;
    expect([iso(municipalMay["Начало"]), municipalMay["Статус"]]).toEqual(["2023-05-01", "Не начато"]);
    const regionalMay = rows.find((r) => r["План"] === REGIONAL_LABEL && r["№"] === "2")!;
    expect([iso(regionalMay["Начало"]), regionalMay["Статус"]]).toEqual(["2021-05-01", "Просрочено"]);
  });

  it("the pane's run period goes only to a plan without a period of its own, and the sheet names it", async () => {
    const school = {
      name: "План ОО",
      cells: [
        ["№", "Мероприятие", "Срок", "Ответственный"],
        ["1", "Педсовет по итогам ВПР", "октябрь", "Директор"],
      ] as Cell[][],
    };
    const fake = install([school]);
    await runReports(["planStatus"], { asOf, planPeriodText: "2022" });
    const rows = planRows(fake);
    expect(rows.find((r) => r["План"] === "План ОО")).toMatchObject({ Начало: parseIsoDay("2022-10-01") });
    expect(rows.filter((r) => r["План"] !== "План ОО").map((r) => r["Статус"])).toEqual(EXPECTED.map((e) => e.status));
    const cells = fake
      .workbookSnapshot()
      .sheets.find((s) => s.name === "Исполнение плана")!
      .cells.flat();
    expect(cells).toContain(
      "Период «2022», заданный для этого запуска, применён к планам без своего периода: «План ОО»",
    );
  });
});
