import fc from "fast-check";
import { mustDayOf } from "../../src/core/calendar";
import type { Cell } from "../../src/core/cell";
import { DEFAULT_IDENTIFICATION_SETTINGS } from "../../src/core/identification/settings";
import { identificationSettingsToRows } from "../../src/core/identification/settingsRows";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings";
import { readSettingsRows, SETTINGS_SHEET_NAME, settingsToRows } from "../../src/core/settingsSheet";
import { grid } from "../fixtures/layouts/grids";

function sheet(rows: Cell[][]) {
  return grid(SETTINGS_SHEET_NAME, rows);
}

const custom: Settings = {
  curatorCap: 3,
  schoolYearEnd: { month: 5, day: 31 },
  planPeriod: {
    start: mustDayOf(2020, 9, 1),
    end: mustDayOf(2021, 5, 31),
    source: "settings",
    text: "2020-2021 учебный год",
  },
  planPeriods: [
    {
      plan: "Дорожная карта",
      period: {
        start: mustDayOf(2021, 9, 1),
        end: mustDayOf(2022, 5, 31),
        source: "settings",
        text: "2021-2022 учебный год",
      },
    },
  ],
  columnOverrides: [
    { sheet: "План-график", header: "Когда", meaning: "deadline" },
    { sheet: "Профили", header: "Рисковые факторы / 3", meaning: "рисковый фактор 3" },
    { sheet: "Профили", header: "Примечание", meaning: "нет" },
  ],
  indicatorsOff: ["Неуспевающих, % (вход)"],
  dynamicsBetter: [
    { measure: "Неуспевающих, %", better: "больше" },
    { measure: "Средний балл ВПР", better: "меньше" },
  ],
  quarterReportDay: 10,
  indicatorTies: [{ start: "Доля ОО, разместивших", header: "Программа на сайте" }],
  identification: {
    ...DEFAULT_IDENTIFICATION_SETTINGS,
    threshold: 25,
    years: [2022, 2023],
    partnerCap: 3,
    indexComponents: [{ column: "Доля обучающихся с ОВЗ, %", direction: -1, weight: 2, normalisation: "z" }],
    timetable: { ...DEFAULT_IDENTIFICATION_SETTINGS.timetable, firstDay: mustDayOf(2024, 3, 25), slotMinutes: 20 },
  },
};

describe("settingsToRows", () => {
  test("a readable «Параметр | Значение» table in Russian", () => {
    expect(settingsToRows(custom)).toEqual([
      ["Параметр", "Значение"],
      ["Норма кураторов", 3],
      ["Конец учебного года", "31.05"],
      ["Период плана", "2020-2021 учебный год"],
      ["Период плана: Дорожная карта", "2021-2022 учебный год"],
      ["Колонка: План-график / Когда", "срок"],
      ["Колонка: Профили / Рисковые факторы / 3", "рисковый фактор 3"],
      ["Колонка: Профили / Примечание", "не учитывается"],
      ["Показатель отключён", "Неуспевающих, % (вход)"],
      ["Динамика: Неуспевающих, %", "больше"],
      ["Динамика: Средний балл ВПР", "меньше"],
      ["Срок отчёта за квартал", 10],
      ["Показатель: Доля ОО, разместивших", "Программа на сайте"],
      ...identificationSettingsToRows(custom.identification),
    ]);
    expect(settingsToRows(custom)).toContainEqual(["Выявление ШНОР: порог доли «2», %", 25]);
    expect(settingsToRows(custom)).toContainEqual(["ИСБШ 1: вес", 2]);
  });

  test("the defaults: cap 2, 31.08, no period", () => {
    expect(settingsToRows(DEFAULT_SETTINGS).slice(1)).toEqual([
      ["Норма кураторов", 2],
      ["Конец учебного года", "31.08"],
      ["Период плана", ""],
      ...identificationSettingsToRows(DEFAULT_IDENTIFICATION_SETTINGS),
    ]);
  });
});

describe("readSettingsRows", () => {
  test("round trip: what is written is read back", () => {
    const { settings, problems } = readSettingsRows(sheet(settingsToRows(custom)));
    expect(problems).toEqual([]);
    expect(settings).toEqual(custom);
    expect(readSettingsRows(sheet(settingsToRows(DEFAULT_SETTINGS)))).toEqual({
      settings: DEFAULT_SETTINGS,
      problems: [],
    });
  });

  test("a period without its own words is written as ISO days and read back", () => {
    const period = { start: mustDayOf(2021, 3, 1), end: mustDayOf(2022, 2, 28), source: "settings" as const };
    const rows = settingsToRows({ ...DEFAULT_SETTINGS, planPeriod: period });
    expect(rows[3]).toEqual(["Период плана", "2021-03-01..2022-02-28"]);
    expect(readSettingsRows(sheet(rows)).settings.planPeriod).toMatchObject({
      start: period.start,
      end: period.end,
      source: "settings",
    });
  });

  test("a school-year end Excel turned into a date, or typed as the number 31.05, is read", () => {
    expect(readSettingsRows(sheet([["Конец учебного года", mustDayOf(2024, 6, 30)]])).settings.schoolYearEnd).toEqual({
      month: 6,
      day: 30,
    });
    expect(readSettingsRows(sheet([["Конец учебного года", 31.05]])).settings.schoolYearEnd).toEqual({
      month: 5,
      day: 31,
    });
  });

  test.each([
    [["Норма кураторов", "abc"], 1, "«Норма кураторов»: «abc»"],
    [["Норма кураторов", 0], 1, "нужно целое число не меньше 1; действует 2"],
    [["Норма кураторов", 2.5], 1, "«Норма кураторов»: «2.5»"],
    [["Конец учебного года", "31.02"], 1, "«Конец учебного года»: «31.02» — нужна дата в виде дд.мм"],
    [["Период плана", "когда-нибудь"], 1, "«Период плана»: «когда-нибудь» не понят"],
    [["Период плана: Дорожная карта", "скоро"], 1, "«Период плана: Дорожная карта»: «скоро» не понят"],
    [["Период плана:", "2021"], 0, "нужно «Период плана: <лист плана>»"],
    [["Колонка: План / Когда", "иногда"], 1, "значение «иногда» не понято"],
    [["Колонка: без листа", "срок"], 0, "нужно «Колонка: <лист> / <заголовок колонки>»"],
    [["Цвет шапки", "синий"], 0, "неизвестный параметр «Цвет шапки»"],
    [
      ["Динамика: Неуспевающих, %", "лучше"],
      1,
      "«Динамика: Неуспевающих, %»: значение «лучше» не понято — напишите «больше»",
    ],
    [["Динамика: Неуспевающих, %", null], 1, "«Динамика: Неуспевающих, %»: значение «» не понято"],
    [["Динамика:", "меньше"], 0, "нужно «Динамика: <мера>»"],
  ])("%j: a problem at the cell, the default stays", (row, col, message) => {
    const { settings, problems } = readSettingsRows(sheet([["Параметр", "Значение"], row as Cell[]]));
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toEqual([
      expect.objectContaining({ sheet: SETTINGS_SHEET_NAME, row: 1, col, message: expect.stringContaining(message) }),
    ]);
  });

  test("a nonsense identification value: a Russian problem at its cell (the sheet's origin counted), the default stays", () => {
    const rows: Cell[][] = [
      ["Параметр", "Значение"],
      ["Норма кураторов", 3],
      ["Сетевые пары: ШНОР на партнёра", "много"],
      ["Выявление ШНОР: порог доли «2», %", 40],
      ["ИСБШ 1: нормировка", "логарифм"],
    ];
    const { settings, problems } = readSettingsRows({
      name: SETTINGS_SHEET_NAME,
      cells: rows,
      origin: { row: 2, col: 1 },
      merges: [],
    });
    expect(settings.curatorCap).toBe(3);
    expect(settings.identification.threshold).toBe(40);
    expect(settings.identification.partnerCap).toBe(2);
    expect(problems).toEqual([
      expect.objectContaining({
        sheet: SETTINGS_SHEET_NAME,
        row: 4,
        col: 2,
        message: "«Сетевые пары: ШНОР на партнёра»: «много» — нужно целое число не меньше 1; действует 2",
      }),
      expect.objectContaining({
        sheet: SETTINGS_SHEET_NAME,
        row: 6,
        col: 2,
        message: expect.stringContaining("«ИСБШ 1: нормировка»: «логарифм» — нужно «мин-макс» или «z-оценка»"),
      }),
      expect.objectContaining({
        sheet: SETTINGS_SHEET_NAME,
        row: 6,
        col: 1,
        message: expect.stringContaining("компонент ИСБШ 1: не указана колонка"),
      }),
    ]);
  });

  test("an unknown key names the identification parameters among the known ones", () => {
    const { problems } = readSettingsRows(sheet([["Порог ШНОР", 30]]));
    expect(problems[0].message).toMatch(/^неизвестный параметр «Порог ШНОР»; известны: .*«Выявление ШНОР: …»/);
  });

  test("a parameter given twice: the first stays, the second is reported", () => {
    const { settings, problems } = readSettingsRows(
      sheet([
        ["Норма кураторов", 3],
        ["Норма кураторов", 4],
      ]),
    );
    expect(settings.curatorCap).toBe(3);
    expect(problems).toEqual([expect.objectContaining({ row: 1, col: 0, severity: "warning" })]);
  });

  test("a dynamics direction: synonyms are read as «больше»/«меньше»; the same measure again is a warning", () => {
    const { settings, problems } = readSettingsRows(
      sheet([
        ["Динамика: Доля «2», %", "Ниже"],
        ["Динамика: Охват, %", "рост"],
        ["Динамика: доля «2»,  % (вход)", "больше"],
      ]),
    );
    expect(settings.dynamicsBetter).toEqual([
      { measure: "Доля «2», %", better: "меньше" },
      { measure: "Охват, %", better: "больше" },
    ]);
    expect(problems).toEqual([
      expect.objectContaining({
        row: 2,
        col: 0,
        severity: "warning",
        message: expect.stringContaining("задано ещё раз"),
      }),
    ]);
  });

  test("the quarterly report's day and indicator ties: bad cells are named, the default day stays", () => {
    const { settings, problems } = readSettingsRows(
      sheet([
        ["Срок отчёта за квартал", "пятое"],
        ["Показатель:", "Программа на сайте"],
        ["Показатель: Доля ОО, разместивших", null],
        ["Показатель: Доля ОО, разместивших программу", "Программа на сайте"],
      ]),
    );
    expect(settings.quarterReportDay).toBe(5);
    expect(settings.indicatorTies).toEqual([
      { start: "Доля ОО, разместивших программу", header: "Программа на сайте" },
    ]);
    expect(problems).toEqual([
      expect.objectContaining({
        row: 0,
        col: 1,
        message: "«Срок отчёта за квартал»: «пятое» — нужно число месяца от 1 до 31 (например, 5); действует 5",
      }),
      expect.objectContaining({
        row: 1,
        col: 0,
        message: expect.stringContaining("нужно «Показатель: <начало текста показателя>»"),
      }),
      expect.objectContaining({ row: 2, col: 1, message: expect.stringContaining("не указан заголовок колонки") }),
    ]);
    expect(readSettingsRows(sheet([["Срок отчёта за квартал", "10"]])).settings.quarterReportDay).toBe(10);
  });

  test("the school-year end applies to the period whatever the row order", () => {
    const { settings } = readSettingsRows(
      sheet([
        ["Период плана", "2020-2021 учебный год"],
        ["Конец учебного года", "30.06"],
      ]),
    );
    expect(settings.planPeriod).toMatchObject({ start: mustDayOf(2020, 9, 1), end: mustDayOf(2021, 6, 30) });
  });

  const cell: fc.Arbitrary<Cell> = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.integer({ min: -100, max: 80000 }),
    fc.string({ maxLength: 15 }),
    fc.constantFrom(
      "Норма кураторов",
      "Конец учебного года",
      "Период плана",
      "Колонка: Лист / Заголовок",
      "Показатель отключён",
      "31.02",
      "2021",
      "срок",
      "Колонка:",
      "Выявление ШНОР: порог доли «2», %",
      "ИСБШ 1: вес",
      "Собеседования: обед",
    ),
  );

  test("any grid gives settings and problems, never an exception", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 10 }), (rows) => {
        const { settings, problems } = readSettingsRows(sheet(rows));
        expect(Number.isInteger(settings.curatorCap) && settings.curatorCap >= 1).toBe(true);
        expect(settings.identification.threshold > 0 && settings.identification.threshold <= 100).toBe(true);
        for (const p of problems) expect(p.sheet).toBe(SETTINGS_SHEET_NAME);
      }),
      { numRuns: 500 },
    );
  });
});
