/**
 * Each input file's own settings sheet applies to its own plans (SPEC §5: a plan takes its period from its own title
 * or settings, never another plan's): the engine on the grids the file door hands it — every sheet knowing its file,
 * a later file's settings sheet kept under its own name, a sheet renamed beside a namesake knowing its own name.
 */
import { isoDay, mustDayOf } from "../../src/core/calendar";
import type { Cell, SheetGrid } from "../../src/core/cell";
import { SETTINGS_SHEET_NAME } from "../../src/core/settingsSheet";
import { runEngine } from "../../src/reports/engine";
import type { SheetDescription } from "../../src/reports/model";
import { MUNICIPAL, REGIONAL } from "../fixtures/plans/twoPlans";

const A = "а.xlsx";
const B = "б.xlsx";
const asOf = mustDayOf(2021, 10, 1);

function grid(file: string, name: string, rows: Cell[][], ownName?: string): SheetGrid {
  const width = Math.max(...rows.map((r) => r.length));
  const cells = rows.map((r) => [...r, ...new Array<Cell>(width - r.length).fill(null)]);
  return { name, file, cells, origin: { row: 0, col: 0 }, merges: [], ...(ownName ? { ownName } : {}) };
}

const settingsSheet = (file: string, rows: Cell[][]) =>
  grid(file, SETTINGS_SHEET_NAME, [["Параметр", "Значение"], ...rows]);
/** The municipal road map without a period in its title: only its file's settings can give it one. */
const ROAD_MAP: Cell[][] = [
  ["Дорожная карта по поддержке школ с низкими результатами обучения Калачинского муниципального района"],
  ...MUNICIPAL.rows.slice(1),
];

/** «Исполнение плана»'s main rows as [plan label, №, start, end, status]. */
function statuses(sheets: SheetDescription[]): string[][] {
  const report = sheets.find((s) => s.reportId === "planStatus")!;
  const at = (h: string) => report.main.columns.findIndex((c) => c.header === h);
  const day = (v: unknown) => (typeof v === "number" ? isoDay(v) : "");
  return report.main.rows.map((r) => [
    String(r[at("№")]),
    day(r[at("Начало")]),
    day(r[at("Окончание")]),
    String(r[at("Статус")]),
  ]);
}

const remarksText = (sheets: SheetDescription[]) => JSON.stringify(sheets.find((s) => s.reportId === "remarks"));

describe("a later file's settings sheet is applied to that file's plans", () => {
  const run = (withOwnSettings: boolean) =>
    runEngine(
      [
        grid(A, REGIONAL.sheet, REGIONAL.rows),
        settingsSheet(A, [["Норма кураторов", 3]]),
        grid(B, MUNICIPAL.sheet, ROAD_MAP),
        ...(withOwnSettings
          ? [
              settingsSheet(B, [
                ["Период плана", "2021-2022 учебный год"],
                ["Конец учебного года", "31.05"],
                ["Срок отчёта за квартал", 10],
                ["Норма кураторов", 2],
              ]),
            ]
          : []),
      ],
      new Set(),
      { asOf },
    );

  test("its «Период плана» and «Конец учебного года» read its deadlines; the first file's plan is untouched", () => {
    // Without it the road map's period is the year of its deadlines (2021): «май» is May 2021, overdue on 01.10.2021.
    expect(statuses(run(false).sheets).slice(4)).toEqual([
      ["1", "2021-05-01", "2021-05-31", "Просрочено"],
      ["2", "2021-09-01", "2021-10-31", "В работе"],
      ["3", "2021-01-01", "2021-12-25", "В работе"],
    ]);
    const { sheets } = run(true);
    expect(statuses(sheets)).toEqual([
      ["1", "2021-03-01", "2021-03-31", "Выполнено"],
      ["2", "2021-05-01", "2021-05-31", "Просрочено"],
      ["3", "2021-09-01", "2022-10-31", "В работе"],
      ["4", "", "", "Срок не распознан"],
      // The school year 2021-2022 ending 31.05 (its own «Конец учебного года»): «май» is May 2022.
      ["1", "2022-05-01", "2022-05-31", "Не начато"],
      ["2", "2021-09-01", "2021-10-31", "В работе"],
      ["3", "2021-09-01", "2021-12-25", "В работе"],
    ]);
    const notes = sheets.find((s) => s.reportId === "planStatus")!.notes;
    expect(notes.some((n) => n.includes("01.09.2021–31.05.2022") && n.includes("«2021-2022 учебный год»"))).toBe(true);
  });

  test("its «Срок отчёта за квартал» dates its plan's quarterly report; the first file's plan keeps the 5th", () => {
    const due = run(true)
      .sheets.filter((s) => s.reportId === "quarterReport")
      .map((s) => s.notes.find((n) => n.startsWith("Срок представления")));
    expect(due).toEqual(["Срок представления: 05.10.2021", "Срок представления: 10.10.2021"]);
  });

  test("its rows about the schools list are not applied, and «Замечания» says which and whose are in force", () => {
    const { sheets, settings } = run(true);
    expect(settings.curatorCap).toBe(3);
    expect(remarksText(sheets)).toContain(
      `Лист «${SETTINGS_SHEET_NAME}» файла «${B}» применён к листам и планам этого файла (период плана, конец учебного года, учебные четверти, значения колонок, срок отчёта за квартал); его строки о списке школ (норма кураторов) не применены: действуют настройки файла «${A}»`,
    );
  });
});

test.each([
  ["the first file has no settings sheet (the second's is the run's)", false],
  ["the first file has a settings sheet of its own", true],
])(
  "a sheet renamed beside its namesake is found by its file's own name for it; a bad row names its file: %s",
  (_name, firstHasSettings) => {
    const plan = (title: string): Cell[][] => [[title], ...MUNICIPAL.rows.slice(1)];
    const { sheets, problems } = runEngine(
      [
        grid(A, "План", plan("План мероприятий на 2021 год")),
        ...(firstHasSettings ? [settingsSheet(A, [["Норма кураторов", 3]])] : []),
        grid(B, "План [б.xlsx]", plan("План мероприятий Калачинского района"), "План"),
        settingsSheet(B, [
          ["Период плана: План", "2021-2022 учебный год"],
          ["Норма кураторов", "три"],
        ]),
      ],
      new Set(),
      { asOf },
    );
    // «май»: May 2021 in the first file's calendar-year plan, May 2022 in the second's school year.
    expect(statuses(sheets).map((r) => r.slice(0, 3))).toEqual([
      ["1", "2021-05-01", "2021-05-31"],
      ["2", "2021-09-01", "2021-10-31"],
      ["3", "2021-01-01", "2021-12-25"],
      ["1", "2022-05-01", "2022-05-31"],
      ["2", "2021-09-01", "2021-10-31"],
      ["3", "2021-09-01", "2021-12-25"],
    ]);
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: B,
        sheet: SETTINGS_SHEET_NAME,
        row: 2,
        col: 1,
        message: expect.stringContaining("«Норма кураторов»: «три»"),
      }),
    );
  },
);

test("a later file's column meanings read its own sheets, beside the run's", () => {
  const { sheets } = runEngine(
    [
      grid(A, REGIONAL.sheet, REGIONAL.rows),
      settingsSheet(A, [["Колонка: Комплекс мер / Ответственный исполнитель", "нет"]]),
      grid(B, MUNICIPAL.sheet, MUNICIPAL.rows),
      settingsSheet(B, [["Колонка: Дорожная карта / Ответственные", "нет"]]),
    ],
    new Set(),
    { asOf },
  );
  const report = sheets.find((s) => s.reportId === "planStatus")!;
  const executor = report.main.columns.findIndex((c) => c.header === "Ответственный");
  expect(report.main.rows.map((r) => r[executor] ?? "")).toEqual(["", "", "", "", "", "", ""]);
});
