import fc from "fast-check";
import { mustDayOf } from "../../../src/core/calendar";
import type { Cell } from "../../../src/core/cell";
import {
  DEFAULT_IDENTIFICATION_SETTINGS as D,
  type IdentificationSettings,
} from "../../../src/core/identification/settings";
import {
  identificationSettingsToRows,
  readIdentificationSettingsRows,
} from "../../../src/core/identification/settingsRows";

const asRows = (cells: Cell[][]) =>
  cells.map(([key, value], i) => ({ key: String(key), value: value ?? null, row: i + 5 }));

describe("identification settings rows", () => {
  test("defaults read back to themselves", () => {
    const { settings, problems } = readIdentificationSettingsRows(
      asRows(identificationSettingsToRows(D)),
      "Настройки ШНОР",
    );
    expect(problems).toEqual([]);
    expect(settings).toEqual(D);
  });

  test("changed values, components and a pinned first day round-trip", () => {
    const s: IdentificationSettings = {
      ...D,
      threshold: 25,
      proceduresPerYear: 3,
      consecutiveYears: 0,
      years: [2022, 2023],
      stableHighShare: 15,
      unfavourableShare: 20,
      partnerCap: 3,
      indexComponents: [
        { column: "Доля обучающихся с ОВЗ, %", direction: -1, weight: 0.5, normalisation: "z" },
        { column: "Доля педагогов высшей категории, %", direction: 1, weight: null, normalisation: "minmax" },
      ],
      timetable: {
        firstDay: mustDayOf(2024, 3, 25),
        days: 3,
        dayStart: 9 * 60 + 30,
        dayEnd: 16 * 60,
        slotMinutes: 20,
        lunchStart: 12 * 60,
        lunchEnd: 12 * 60 + 45,
      },
    };
    const rows = identificationSettingsToRows(s);
    expect(rows).toContainEqual(["Собеседования: первый день", "25.03.2024"]);
    expect(rows).toContainEqual(["ИСБШ 1: направление", "-"]);
    expect(readIdentificationSettingsRows(asRows(rows), "Настройки ШНОР")).toEqual({ settings: s, problems: [] });
  });

  test("values as users type them: 0.3 (a percent cell), «13.00-14.00», an Excel time, «обратное»", () => {
    const { settings, problems } = readIdentificationSettingsRows(
      asRows([
        ["Выявление ШНОР: порог доли «2», %", 0.3],
        ["Собеседования: начало дня", 0.375],
        ["Собеседования: обед", "13.00 - 14.00"],
        ["ИСБШ 1: колонка", "Доля семей с низким доходом, %"],
        ["ИСБШ 1: направление", "обратное"],
        ["ИСБШ 1: вес", "2,5"],
      ]),
      "Настройки ШНОР",
    );
    expect(problems).toEqual([]);
    expect(settings.threshold).toBeCloseTo(30);
    expect(settings.timetable.dayStart).toBe(9 * 60);
    expect([settings.timetable.lunchStart, settings.timetable.lunchEnd]).toEqual([780, 840]);
    expect(settings.indexComponents).toEqual([
      { column: "Доля семей с низким доходом, %", direction: -1, weight: 2.5, normalisation: "minmax" },
    ]);
  });

  test("bad values are reported with their cell and the default stays", () => {
    const { settings, problems } = readIdentificationSettingsRows(
      asRows([
        ["Выявление ШНОР: порог доли «2», %", "тридцать"],
        ["Сетевые пары: ШНОР на партнёра", 0],
        ["Собеседования: обед", "после обеда"],
        ["ИСБШ 2: вес", 1],
      ]),
      "Настройки ШНОР",
    );
    expect(settings.threshold).toBe(30);
    expect(settings.partnerCap).toBe(2);
    expect(settings.indexComponents).toEqual([]);
    expect(problems.map((p) => [p.row, p.col])).toEqual([
      [5, 1],
      [6, 1],
      [7, 1],
      [8, 0],
    ]);
    expect(problems[0].message).toContain("«тридцать»");
    expect(problems[3].message).toContain("ИСБШ 2");
  });

  test("any cells in → settings and problems, never an exception", () => {
    const cellArb: fc.Arbitrary<Cell> = fc.oneof(
      fc.constant(null),
      fc.boolean(),
      fc.double(),
      fc.string(),
      fc.integer(),
    );
    const keyArb = fc.oneof(
      fc.string(),
      fc.constantFrom(
        ...identificationSettingsToRows({
          ...D,
          indexComponents: [{ column: "x", direction: 1, weight: 1, normalisation: "z" }],
        }).map((r) => String(r[0])),
      ),
    );
    fc.assert(
      fc.property(fc.array(fc.record({ key: keyArb, value: cellArb, row: fc.nat(100) })), (rows) => {
        const { settings } = readIdentificationSettingsRows(rows, "Настройки ШНОР");
        expect(settings.timetable.dayEnd).toBeGreaterThan(settings.timetable.dayStart);
      }),
    );
  });

  test.each([
    ["Выявление ШНОР: порог доли «2», %", "много", "нужен процент от 0 до 100; действует 30 %"],
    ["Выявление ШНОР: процедур в одном году", 0, "нужно целое число не меньше 1; действует 2"],
    [
      "Выявление ШНОР: лет подряд по одной процедуре",
      1,
      "нужно целое число лет не меньше 2 (0 — правило не применяется); действует 2",
    ],
    [
      "Выявление ШНОР: годы",
      "2021 и 2022",
      "нужны годы через запятую, например «2021, 2022»; действует все годы таблицы результатов",
    ],
    ["Стабильно высокие: нижняя доля региона, %", 150, "нужен процент от 0 до 100; действует 10 %"],
    ["ИСБШ: доля неблагоприятных, %", -5, "нужен процент от 0 до 100; действует 10 %"],
    ["Сетевые пары: ШНОР на партнёра", 2.5, "нужно целое число не меньше 1; действует 2"],
    [
      "Собеседования: первый день",
      "25 марта",
      "нужна дата дд.мм.гггг; действует первый рабочий день после даты отчёта",
    ],
    ["Собеседования: число дней", "неделя", "нужно целое число дней не меньше 1; действует 5"],
    ["Собеседования: начало дня", "утро", "нужно время чч:мм; действует 10:00"],
    ["Собеседования: конец дня", "25:00", "нужно время чч:мм; действует 17:00"],
    ["Собеседования: слот, минут", 3, "нужно целое число минут от 5 до 480; действует 30"],
    ["Собеседования: обед", "14:00-13:00", "нужен интервал «13:00-14:00» или «нет»; действует 13:00-14:00"],
  ])("«%s» = «%s» cannot be read: its cell, what is wanted, the value in force", (key, value, said) => {
    const { settings, problems } = readIdentificationSettingsRows(asRows([[key, value]]), "Настройки ШНОР");
    expect(settings).toEqual(D);
    expect(problems).toEqual([
      { sheet: "Настройки ШНОР", row: 5, col: 1, severity: "error", message: `«${key}»: «${value}» — ${said}` },
    ]);
  });
});

describe("ИСБШ component rows", () => {
  const column: Cell[] = ["ИСБШ 1: колонка", "Доля обучающихся с ОВЗ, %"];

  test.each([
    [
      "ИСБШ 1: направление",
      "вверх",
      "нужно «+» (больше — благополучнее) или «-» (больше — неблагополучнее); действует «+»",
    ],
    ["ИСБШ 1: вес", -1, "нужно неотрицательное число; действует «вес не задан»"],
    ["ИСБШ 1: вес", "тяжёлый", "нужно неотрицательное число; действует «вес не задан»"],
    ["ИСБШ 1: нормировка", "логарифм", "нужно «мин-макс» или «z-оценка»; действует «мин-макс»"],
  ])("«%s» = «%s» cannot be read: its cell, what is wanted, the value in force", (key, value, said) => {
    const { settings, problems } = readIdentificationSettingsRows(asRows([column, [key, value]]), "Настройки ШНОР");
    expect(settings.indexComponents).toEqual([
      { column: "Доля обучающихся с ОВЗ, %", direction: 1, weight: null, normalisation: "minmax" },
    ]);
    expect(problems).toEqual([
      { sheet: "Настройки ШНОР", row: 6, col: 1, severity: "error", message: `«${key}»: «${value}» — ${said}` },
    ]);
  });

  test("a blank column is said with its cell; a component without a column is not counted, at its first row's key", () => {
    const { settings, problems } = readIdentificationSettingsRows(
      asRows([
        ["  ИСБШ 2: вес", 1],
        ["ИСБШ 2: колонка  ", null],
        ["иСбШ 3 : НОРМИРОВКА", "z-оценка"],
        ["ИСБШ 3:колонка", "Доля семей с низким доходом, %"],
        ["ИСБШ 3: вес", null],
      ]),
      "Настройки ШНОР",
    );
    expect(settings.indexComponents).toEqual([
      { column: "Доля семей с низким доходом, %", direction: 1, weight: null, normalisation: "z" },
    ]);
    expect(problems).toEqual([
      {
        sheet: "Настройки ШНОР",
        row: 6,
        col: 1,
        severity: "error",
        message: "«ИСБШ 2: колонка»: не указан заголовок колонки контекстных данных",
      },
      {
        sheet: "Настройки ШНОР",
        row: 5,
        col: 0,
        severity: "error",
        message: "компонент ИСБШ 2: не указана колонка («ИСБШ 2: колонка»); компонент не учтён",
      },
    ]);
  });

  test("any components are written in four rows each, in order, and read back to themselves", () => {
    const component = fc.record({
      column: fc.string({ minLength: 1 }).filter((t) => t.trim() !== "" && t === t.trim()),
      direction: fc.constantFrom<1 | -1>(1, -1),
      weight: fc.option(fc.double({ min: 0, max: 1000, noNaN: true }), { nil: null }),
      normalisation: fc.constantFrom<"minmax" | "z">("minmax", "z"),
    });
    fc.assert(
      fc.property(fc.array(component, { maxLength: 4 }), (indexComponents) => {
        const rows = identificationSettingsToRows({ ...D, indexComponents });
        const componentRows = rows.slice(rows.length - 4 * indexComponents.length);
        expect(componentRows.map((r) => r[0])).toEqual(
          indexComponents.flatMap((_, i) =>
            ["колонка", "направление", "вес", "нормировка"].map((word) => `ИСБШ ${i + 1}: ${word}`),
          ),
        );
        const { settings, problems } = readIdentificationSettingsRows(asRows(rows), "Настройки ШНОР");
        expect(problems).toEqual([]);
        expect(settings.indexComponents).toEqual(indexComponents);
      }),
    );
  });
});
