/**
 * The region's school quarters on the settings sheet (SPEC §5, issue 13): a row «Учебные четверти 2023-2024» per school
 * year, read in core with problems naming the cell, written back unchanged, and threaded to the deadline parser of
 * «Исполнение плана». The bounds below are a St Petersburg school's for 2023-2024 (school247spb.ru, «Учебные периоды
 * (четверти): 1 сентября — 27 октября …»).
 */
import fc from "fast-check";
import { dayOf, isoDay } from "../../src/core/calendar";
import type { Cell } from "../../src/core/cell";
import { parseSchoolQuarters, schoolQuartersText } from "../../src/core/deadlines/schoolQuarters";
import { evaluatePlan } from "../../src/core/plan/evaluate";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { readSettingsRows, SETTINGS_SHEET_NAME, settingsToRows } from "../../src/core/settingsSheet";
import type { PlanInfo, WorkbookData } from "../../src/core/tables/records";
import { runEngine } from "../../src/reports/engine";
import { grid } from "../fixtures/layouts/grids";

const SPB_2023 = "01.09–27.10; 06.11–29.12; 09.01–15.03; 27.03–20.05";

function read(rows: Cell[][]) {
  return readSettingsRows(grid(SETTINGS_SHEET_NAME, [["Параметр", "Значение"], ...rows]));
}

const spans = (q: readonly { start: number; end: number }[]) => q.map((s) => `${isoDay(s.start)}..${isoDay(s.end)}`);

describe("reading «Учебные четверти <учебный год>»", () => {
  test("four day ranges, each in its year of the school year", () => {
    const { settings, problems } = read([["Учебные четверти 2023-2024", SPB_2023]]);
    expect(problems).toEqual([]);
    expect(settings.schoolQuarters).toHaveLength(1);
    expect(settings.schoolQuarters![0].schoolYear).toBe(2023);
    expect(spans(settings.schoolQuarters![0].quarters)).toEqual([
      "2023-09-01..2023-10-27",
      "2023-11-06..2023-12-29",
      "2024-01-09..2024-03-15",
      "2024-03-27..2024-05-20",
    ]);
  });
  test("a row per school year; «2021/2022», dd.mm.yyyy and «-» are read too", () => {
    const { settings, problems } = read([
      [
        "Учебные четверти 2021/2022",
        "01.09.2021-24.10.2021; 08.11.2021-28.12.2021; 10.01.2022-20.03.2022; 28.03.2022-31.05.2022",
      ],
      ["Учебные четверти 2022-2023", "01.09–28.10; 07.11–28.12; 09.01–24.03; 03.04–31.05"],
    ]);
    expect(problems).toEqual([]);
    expect(settings.schoolQuarters!.map((q) => q.schoolYear)).toEqual([2021, 2022]);
  });
  test("written back as read: settingsToRows and readSettingsRows agree", () => {
    const { settings } = read([["Учебные четверти 2023-2024", SPB_2023]]);
    const rows = settingsToRows(settings);
    expect(rows).toContainEqual(["Учебные четверти 2023-2024", SPB_2023]);
    expect(readSettingsRows(grid(SETTINGS_SHEET_NAME, rows)).settings.schoolQuarters).toEqual(settings.schoolQuarters);
  });
  test.each([
    ["01.09–27.10; 06.11–29.12; 09.01–15.03", "нужно четыре четверти"],
    ["01.09–27.10; 06.11–29.12; 09.01–31.02; 27.03–20.05", "3-я четверть «09.01–31.02» не понята"],
    [
      "01.09–27.10; 20.10–29.12; 09.01–15.03; 27.03–20.05",
      "2-я четверть начинается 20.10.2023, до окончания 1-й (27.10.2023)",
    ],
    ["01.09–27.10; 29.12–06.11; 09.01–15.03; 27.03–20.05", "начало позже окончания"],
    ["01.09.2022–27.10.2022; 06.11–29.12; 09.01–15.03; 27.03–20.05", "1-я четверть"],
  ])("«%s» is reported on the value's cell and the default bounds stay", (value, message) => {
    const { settings, problems } = read([["Учебные четверти 2023-2024", value]]);
    expect(settings.schoolQuarters).toBeUndefined();
    expect(problems).toEqual([
      expect.objectContaining({
        sheet: SETTINGS_SHEET_NAME,
        row: 1,
        col: 1,
        message: expect.stringContaining(message),
      }),
    ]);
    expect(problems[0].message).toContain("действуют четверти по умолчанию");
  });
  test("a key without a school year is reported on the key's cell", () => {
    const { problems } = read([["Учебные четверти 2023", SPB_2023]]);
    expect(problems).toEqual([
      expect.objectContaining({ row: 1, col: 0, message: expect.stringContaining("«Учебные четверти 2021-2022»") }),
    ]);
  });
  test("a school year given twice: the first row stays, the second is a warning", () => {
    const { settings, problems } = read([
      ["Учебные четверти 2023-2024", SPB_2023],
      ["Учебные четверти 2023-2024", "01.09–31.10; 01.11–31.12; 01.01–31.03; 01.04–31.05"],
    ]);
    expect(schoolQuartersText(settings.schoolQuarters![0].quarters)).toBe(SPB_2023);
    expect(problems).toEqual([expect.objectContaining({ row: 2, col: 0, severity: "warning" })]);
  });
});

test("parseSchoolQuarters: a day dd.mm takes the school year's first year from September on", () => {
  const q = parseSchoolQuarters(SPB_2023, 2023);
  expect(Array.isArray(q) && q[2].start).toBe(dayOf(2024, 1, 9));
});

test("«Исполнение плана» reads «II четверть» with the settings sheet's bounds", () => {
  const { settings } = read([["Учебные четверти 2023-2024", SPB_2023]]);
  const sheet = "План";
  const item = (number: string, deadline: string) => ({
    number,
    measure: `Мероприятие ${number}`,
    executor: "ОО",
    deadline: { value: deadline, ref: { sheet, row: 3, col: 3 } },
    section: "",
    ref: { sheet, row: 3, col: 0 },
  });
  const period = {
    start: dayOf(2023, 9, 1)!,
    end: dayOf(2024, 8, 31)!,
    source: "title" as const,
    text: "2023-2024 учебный год",
  };
  const plan = [item("1", "II четверть"), item("2", "по итогам четверти")];
  const info: PlanInfo = { key: sheet, sheet, range: { top: 2, left: 0, bottom: 4, right: 5 }, period, items: plan };
  const data: WorkbookData = {
    tables: [],
    schools: [],
    factors: [],
    extraHeaders: [],
    plan,
    plans: [info],
    planHasGroups: false,
    problems: [],
    notes: [],
  };
  const [second, each] = evaluatePlan(data, { asOf: dayOf(2024, 1, 10)!, settings }).items;
  expect([isoDay(second.deadline.start!), isoDay(second.deadline.end!)]).toEqual(["2023-11-06", "2023-12-29"]);
  expect(each.deadline.controlPoints.map(isoDay)).toEqual(["2023-10-27", "2023-12-29", "2024-03-15", "2024-05-20"]);
  // without the row the default bounds hold
  const plain = evaluatePlan(data, { asOf: dayOf(2024, 1, 10)!, settings: DEFAULT_SETTINGS }).items[0];
  expect(isoDay(plain.deadline.end!)).toBe("2023-12-31");
});

describe("through the engine, as both doors run it (a school's plan and its settings sheet)", () => {
  const planGrid = grid("План", [
    ["План мероприятий по повышению качества образования на 2023-2024 учебный год"],
    ["№", "Мероприятие", "Сроки", "Ответственный"],
    [1, "Мониторинг успеваемости", "по итогам четверти", "Заместитель директора по УВР"],
    [2, "Контрольные работы в 9 классе", "II четверть", "Учителя-предметники"],
    [3, "Отчёт в управление образования", "ежемесячно до 5 числа", "Директор"],
    [4, "Родительские собрания", "по графику", "Классные руководители"],
  ]);
  const run = (settingsRows: Cell[][]) =>
    runEngine(
      [planGrid, grid(SETTINGS_SHEET_NAME, [["Параметр", "Значение"], ...settingsRows])],
      new Set(),
      { asOf: dayOf(2024, 1, 10)! },
      ["planStatus"],
    );
  const column = (s: ReturnType<typeof run>, header: string) => {
    const main = s.sheets.find((x) => x.reportId === "planStatus")!.main;
    const k = main.columns.findIndex((c) => c.header === header);
    return main.rows.map((r) => (typeof r[k] === "number" ? isoDay(r[k] as number) : r[k]));
  };
  test("the region's quarters set the windows; the other phrases read as the plan writes them", () => {
    const result = run([["Учебные четверти 2023-2024", SPB_2023]]);
    expect(column(result, "Начало")).toEqual(["2023-09-01", "2023-11-06", "2023-09-01", null]);
    expect(column(result, "Окончание")).toEqual(["2024-05-20", "2023-12-29", "2024-08-05", null]);
    expect(column(result, "Статус")).toEqual(["В работе", "Просрочено", "В работе", "Без срока"]);
  });
  test("an unreadable row is a remark with its cell, and the default quarters hold", () => {
    const result = run([["Учебные четверти 2023-2024", "01.09–27.10; 06.11–29.12"]]);
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        sheet: SETTINGS_SHEET_NAME,
        row: 1,
        col: 1,
        message: expect.stringContaining("нужно четыре четверти"),
      }),
    );
    expect(column(result, "Окончание")[1]).toBe("2023-12-31");
  });
});

describe("properties of the quarters value", () => {
  test("any text gives quarters or a Russian message, never an exception", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc
            .array(fc.constantFrom("01.09", "–", "-", ";", "27.10", "31.02", "05.11", "2023", " ", "\n"), {
              maxLength: 12,
            })
            .map((a) => a.join("")),
        ),
        fc.integer({ min: 1990, max: 2100 }),
        (text, year) => {
          const q = parseSchoolQuarters(text, year);
          if ("error" in q) expect(q.error).toMatch(/[а-я]/);
          else expect(q).toHaveLength(4);
        },
      ),
    );
  });
  test("four ordered ranges written by schoolQuartersText read back to the same days", () => {
    const daysOfYear = (y: number) => Array.from({ length: 273 }, (_, k) => dayOf(y, 9, 1)! + k); // 1 September … 31 May
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2090 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 272 }), { minLength: 8, maxLength: 8 }),
        (y, picks) => {
          const days = picks.sort((a, b) => a - b).map((k) => daysOfYear(y)[k]);
          const spans = [0, 2, 4, 6].map((k) => ({ start: days[k], end: days[k + 1] }));
          expect(parseSchoolQuarters(schoolQuartersText(spans), y)).toEqual(spans);
        },
      ),
    );
  });
});
