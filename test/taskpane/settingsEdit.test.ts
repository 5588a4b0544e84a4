/** The pane's changes to the stored settings read back the same through the settings sheet the command line reads. */
import fc from "fast-check";
import { mustDayOf } from "../../src/core/calendar";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { readCuratorCap, readSettingsRows, SETTINGS_SHEET_NAME, settingsToRows } from "../../src/core/settingsSheet";
import {
  indicatorOn,
  meaningOptions,
  meaningWordOf,
  parseSchoolYearEnd,
  periodOptions,
  schoolYearEndText,
  storedDynamics,
  withColumnMeaning,
  withDynamicsBetter,
  withIndicator,
  withPlanPeriod,
} from "../../src/taskpane/settingsEdit";
import {
  formulaCandidates,
  PANE_FUNCTIONS,
  paneFunctions,
  russianNamespace,
  shownName,
} from "../../src/taskpane/formulas";

const roundTrip = (settings: typeof DEFAULT_SETTINGS) =>
  readSettingsRows({
    name: SETTINGS_SHEET_NAME,
    cells: settingsToRows(settings),
    origin: { row: 0, col: 0 },
    merges: [],
  });

test("a column's meaning as the pane shows it", () => {
  expect(meaningWordOf({ header: "Сроки реализации", meaning: "Сроки реализации → срок", col: 3 })).toBe("срок");
  expect(meaningWordOf({ header: "РФ → 3", meaning: "РФ → 3 → рисковый фактор 3 (из настроек)", col: 5 })).toBe(
    "рисковый фактор 3",
  );
});

test("the dropdown offers every meaning and factors up to the largest in the workbook", () => {
  const options = meaningOptions(["срок", "рисковый фактор 12"]);
  expect(options).toEqual(
    expect.arrayContaining(["срок", "куратор", "не учитывается", "рисковый фактор 1", "рисковый фактор 12"]),
  );
  expect(options).not.toContain("рисковый фактор 13");
  expect(meaningOptions([])).toContain("рисковый фактор 10");
});

test("a chosen meaning replaces the column's earlier choice and survives the settings sheet", () => {
  const once = withColumnMeaning(DEFAULT_SETTINGS, "План-график", "Отметка", "дата выполнения");
  const twice = withColumnMeaning(once, "План-график", "Отметка", "отметка о выполнении");
  expect(twice.columnOverrides).toEqual([{ sheet: "План-график", header: "Отметка", meaning: "отметка о выполнении" }]);
  const back = roundTrip(twice);
  expect(back.problems).toEqual([]);
  expect(back.settings.columnOverrides).toEqual([{ sheet: "План-график", header: "Отметка", meaning: "doneMark" }]);
  expect(() => withColumnMeaning(DEFAULT_SETTINGS, "План", "X", "непонятно что")).toThrow(
    "«непонятно что» не распознано",
  );
});

test("a chosen plan period is stored with its words; «как в заголовке» removes it", () => {
  const chosen = withPlanPeriod(DEFAULT_SETTINGS, "2020-2021 учебный год");
  expect(chosen.planPeriod).toMatchObject({
    start: mustDayOf(2020, 9, 1),
    end: mustDayOf(2021, 8, 31),
    text: "2020-2021 учебный год",
  });
  expect(roundTrip(chosen).settings.planPeriod).toMatchObject({
    start: mustDayOf(2020, 9, 1),
    end: mustDayOf(2021, 8, 31),
  });
  expect(withPlanPeriod(chosen, null)).not.toHaveProperty("planPeriod");
  expect(() => withPlanPeriod(DEFAULT_SETTINGS, "когда-нибудь")).toThrow("не распознан");
});

test("period options: calendar and school years around the years found", () => {
  expect(periodOptions([2021])).toEqual([
    "2020",
    "2019-2020 учебный год",
    "2021",
    "2020-2021 учебный год",
    "2022",
    "2021-2022 учебный год",
  ]);
  for (const text of periodOptions([2021, 2026]))
    expect(withPlanPeriod(DEFAULT_SETTINGS, text).planPeriod).toBeDefined();
});

test("school year end and curator cap as typed", () => {
  expect(parseSchoolYearEnd("31.05")).toEqual({ month: 5, day: 31 });
  expect(parseSchoolYearEnd(" 30.6 ")).toEqual({ month: 6, day: 30 });
  expect(parseSchoolYearEnd("29.02")).toBeNull();
  expect(parseSchoolYearEnd("31.06")).toBeNull();
  expect(schoolYearEndText({ month: 8, day: 31 })).toBe("31.08");
  expect(readCuratorCap("3")).toBe(3);
  expect(readCuratorCap("0")).toBeNull();
  expect(readCuratorCap("2,5")).toBeNull();
  // Texts as typed into the pane's boxes: mostly day.month and whole numbers, some noise.
  const typed = fc.oneof(
    {
      arbitrary: fc
        .tuple(
          fc.integer({ min: 0, max: 32 }),
          fc.integer({ min: 0, max: 13 }),
          fc.constantFrom(".", ".", "/"),
          fc.constantFrom("", " "),
        )
        .map(([d, m, sep, pad]) => `${pad}${d}${sep}${m}${pad}`),
      weight: 3,
    },
    {
      arbitrary: fc
        .tuple(fc.integer({ min: -1, max: 60 }), fc.constantFrom("", "", " ", ",5"))
        .map(([n, tail]) => `${n}${tail}`),
      weight: 3,
    },
    { arbitrary: fc.string(), weight: 1 },
  );
  const runs = 300;
  let ends = 0;
  let caps = 0;
  fc.assert(
    fc.property(typed, (text) => {
      const end = parseSchoolYearEnd(text);
      if (end !== null) {
        ends++;
        expect(parseSchoolYearEnd(schoolYearEndText(end))).toEqual(end);
        expect(roundTrip({ ...DEFAULT_SETTINGS, schoolYearEnd: end }).settings.schoolYearEnd).toEqual(end);
      }
      const cap = readCuratorCap(text);
      if (cap !== null) {
        caps++;
        expect(roundTrip({ ...DEFAULT_SETTINGS, curatorCap: cap }).settings.curatorCap).toBe(cap);
      }
    }),
    { numRuns: runs },
  );
  expect(ends).toBeGreaterThan(runs * 0.1);
  expect(caps).toBeGreaterThan(runs * 0.1);
});

test("formulas: every function of ru.json, examples around the selection", () => {
  expect(PANE_FUNCTIONS.map((f) => f.russianName)).toContain("SHNOR.ГРУППЫ_РИСКА");
  expect(PANE_FUNCTIONS.filter((f) => f.returnsDate).map((f) => f.id)).toEqual([
    "DEADLINESTART",
    "DEADLINEEND",
    "NEXTCONTROL",
    "REPORTDUE",
  ]);
  const riskGroups = PANE_FUNCTIONS.find((f) => f.id === "RISKGROUPS")!;
  expect(riskGroups.example!("'ООНОР 2021'!G3:P3")).toBe("=SHNOR.RISKGROUPS(G3:P3)");
  expect(PANE_FUNCTIONS.find((f) => f.id === "INGROUP")!.example!("Лист1!B2:K2")).toBe("=SHNOR.INGROUP(B2:K2,1)");
  expect(PANE_FUNCTIONS.find((f) => f.id === "MANDATORY")!.example).toBeNull();
  for (const f of PANE_FUNCTIONS) expect(f.description.length).toBeGreaterThan(10);
});

describe("switching an indicator off and on", () => {
  const medk = "Разместили материалы в ИС МЭДК";

  test("off adds it to the settings; on removes it whatever its spacing or case", () => {
    const off = withIndicator([], medk, false);
    expect(off).toEqual([medk]);
    expect(indicatorOn(off, medk)).toBe(false);
    expect(withIndicator(["разместили  материалы в ИС МЭДК"], medk, true)).toEqual([]);
  });

  test("the choice survives the settings sheet", () => {
    const settings = { ...DEFAULT_SETTINGS, indicatorsOff: withIndicator([], medk, false) };
    const grid = { name: SETTINGS_SHEET_NAME, cells: settingsToRows(settings), origin: { row: 0, col: 0 }, merges: [] };
    expect(readSettingsRows(grid).settings.indicatorsOff).toEqual([medk]);
  });
});

test("formulas: named as this Excel shows them; a Russian Excel gets the shown form as a second candidate", () => {
  const riskGroups = PANE_FUNCTIONS.find((f) => f.id === "RISKGROUPS")!;
  const inGroup = PANE_FUNCTIONS.find((f) => f.id === "INGROUP")!;
  expect(shownName(riskGroups, "ru-RU")).toBe("SHNOR.ГРУППЫ_РИСКА");
  expect(shownName(riskGroups, "en-US")).toBe("SHNOR.RISKGROUPS");
  expect(shownName(riskGroups, "de-DE")).toBe("SHNOR.RISKGROUPS");
  expect(shownName(riskGroups, "")).toBe("SHNOR.RISKGROUPS");
  expect(formulaCandidates(inGroup, "ru-RU", "'ООНОР 2021'!D3:G3")).toEqual([
    "=SHNOR.INGROUP(D3:G3,1)",
    "=SHNOR.В_ГРУППЕ(D3:G3,1)",
  ]);
  // A build with the Cyrillic namespace (webpack --env cyrillicNamespace) shows and tries «ШНОР».
  const cyrillic = paneFunctions(russianNamespace(true)).find((f) => f.id === "INGROUP")!;
  expect(shownName(cyrillic, "ru-RU")).toBe("ШНОР.В_ГРУППЕ");
  expect(formulaCandidates(cyrillic, "ru-RU", "'ООНОР 2021'!D3:G3")).toEqual([
    "=SHNOR.INGROUP(D3:G3,1)",
    "=ШНОР.В_ГРУППЕ(D3:G3,1)",
  ]);
  expect(formulaCandidates(inGroup, "en-US", "'ООНОР 2021'!D3:G3")).toEqual(["=SHNOR.INGROUP(D3:G3,1)"]);
  expect(
    formulaCandidates(
      PANE_FUNCTIONS.find((f) => f.id === "MANDATORY")!,
      "ru-RU",
      "A1:A3",
    ),
  ).toEqual([]);
});

test("a period chosen for one plan of several is that plan's own row; the workbook's row stays", () => {
  const shared = withPlanPeriod(DEFAULT_SETTINGS, "2021");
  const own = withPlanPeriod(shared, "2021-2022 учебный год", "Дорожная карта");
  expect(own.planPeriod).toMatchObject({ text: "2021" });
  expect(own.planPeriods).toEqual([
    {
      plan: "Дорожная карта",
      period: expect.objectContaining({ start: mustDayOf(2021, 9, 1), end: mustDayOf(2022, 8, 31) }),
    },
  ]);
  const back = roundTrip(own);
  expect(back.problems).toEqual([]);
  expect(back.settings.planPeriods).toEqual([
    {
      plan: "Дорожная карта",
      period: expect.objectContaining({ start: mustDayOf(2021, 9, 1), text: "2021-2022 учебный год" }),
    },
  ]);
  const again = withPlanPeriod(own, "2022", "дорожная  карта");
  expect(again.planPeriods.map((p) => p.period.text)).toEqual(["2022"]);
  expect(withPlanPeriod(again, null, "Дорожная карта").planPeriods).toEqual([]);
});

test("a dynamics direction chosen in the pane is the settings row «Динамика: <мера>», one per measure, and «по названию» removes it", () => {
  const lower = withDynamicsBetter(DEFAULT_SETTINGS, "Неуспевающих, %", "меньше");
  // The same measure written with its stage word, as a header, replaces the choice rather than adding a second row.
  const higher = withDynamicsBetter(lower, "неуспевающих, % (вход)", "больше");
  expect(higher.dynamicsBetter).toEqual([{ measure: "неуспевающих, % (вход)", better: "больше" }]);
  expect(storedDynamics(higher, "Неуспевающих, %")).toBe("больше");
  const back = roundTrip(higher);
  expect(back.problems).toEqual([]);
  expect(storedDynamics(back.settings, "Неуспевающих, %")).toBe("больше");
  const guessed = withDynamicsBetter(back.settings, "Неуспевающих, %", null);
  expect(guessed.dynamicsBetter).toEqual([]);
  expect(storedDynamics(guessed, "Неуспевающих, %")).toBeUndefined();
  expect(settingsToRows(guessed).some((row) => String(row[0]).startsWith("Динамика:"))).toBe(false);
});
