/** «Выявление ШНОР» as the pane sets it reads back the same through the settings sheet the command line reads. */
import { DEFAULT_IDENTIFICATION_SETTINGS } from "../../src/core/identification/settings";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings";
import { readSettingsRows, SETTINGS_SHEET_NAME, settingsToRows } from "../../src/core/settingsSheet";
import { mustDayOf } from "../../src/core/calendar";
import { runEngine } from "../../src/reports/engine";
import {
  contextColumns,
  draftErrors,
  draftOf,
  hasErrors,
  newComponent,
  withIdentificationDraft,
} from "../../src/taskpane/identificationEdit";
import { smallContext, smallResults, WEIGHTED } from "../fixtures/identification/smallRegion";

const roundTrip = (settings: Settings) =>
  readSettingsRows({
    name: SETTINGS_SHEET_NAME,
    cells: settingsToRows(settings),
    origin: { row: 0, col: 0 },
    merges: [],
  });

test("the context table's describing columns are offered, not the school's name or login", () => {
  const { recognition } = runEngine([smallResults, smallContext], new Set(), { asOf: mustDayOf(2021, 6, 15) }, []);
  expect(recognition.available).toContain("identification");
  expect(contextColumns(recognition.tables)).toEqual(["Доля обучающихся с ОВЗ, %", "Доля семей с низким доходом, %"]);
});

test("threshold, partner cap and components typed in the pane survive the settings sheet", () => {
  const draft = draftOf(WEIGHTED);
  draft.threshold = "25,5";
  draft.partnerCap = "3";
  draft.components[0] = { ...draft.components[0], weight: "2,5", normalisation: "z" };
  draft.components.push({
    column: "Доля педагогов старше 60 лет, %",
    direction: -1,
    weight: "0.5",
    normalisation: "minmax",
  });
  const identification = withIdentificationDraft(WEIGHTED, draft)!;
  expect(identification).toMatchObject({ threshold: 25.5, partnerCap: 3, unfavourableShare: 20 });
  const back = roundTrip({ ...DEFAULT_SETTINGS, identification });
  expect(back.problems).toEqual([]);
  expect(back.settings.identification).toEqual(identification);
  expect(back.settings.identification.indexComponents).toEqual([
    { column: "Доля обучающихся с ОВЗ, %", direction: -1, weight: 2.5, normalisation: "z" },
    { column: "Доля семей с низким доходом, %", direction: -1, weight: 1, normalisation: "minmax" },
    { column: "Доля педагогов старше 60 лет, %", direction: -1, weight: 0.5, normalisation: "minmax" },
  ]);
  // What was saved shows again as typed (in numbers).
  expect(draftOf(back.settings.identification)).toMatchObject({ threshold: "25.5", partnerCap: "3" });
});

test("a removed component is gone from the sheet; none left means no ИСБШ rows", () => {
  const draft = draftOf(WEIGHTED);
  draft.components = draft.components.slice(1);
  expect(
    roundTrip({ ...DEFAULT_SETTINGS, identification: withIdentificationDraft(WEIGHTED, draft)! }).settings
      .identification.indexComponents,
  ).toEqual([WEIGHTED.indexComponents[1]]);
  const none = withIdentificationDraft(WEIGHTED, { ...draft, components: [] })!;
  expect(
    settingsToRows({ ...DEFAULT_SETTINGS, identification: none }).some((row) => String(row[0]).startsWith("ИСБШ 1")),
  ).toBe(false);
});

test("a new component takes a context column not used yet", () => {
  const columns = ["Доля обучающихся с ОВЗ, %", "Доля семей с низким доходом, %"];
  expect(newComponent(columns, draftOf(WEIGHTED).components.slice(0, 1))).toEqual({
    column: columns[1],
    direction: 1,
    weight: "1",
    normalisation: "minmax",
  });
  expect(newComponent([], []).column).toBe("");
});

test.each([
  ["threshold", { threshold: "0" }, "«0»: нужен процент от 1 до 100."],
  ["threshold", { threshold: "120" }, "«120»: нужен процент от 1 до 100."],
  ["threshold", { threshold: "0,5" }, "«0,5»: нужен процент от 1 до 100."],
  ["partnerCap", { partnerCap: "1,5" }, "«1,5»: нужно целое число не меньше 1."],
  ["partnerCap", { partnerCap: "" }, "«»: нужно целое число не меньше 1."],
] as const)("invalid %s %j: a Russian message and nothing to save", (field, change, message) => {
  const draft = { ...draftOf(WEIGHTED), ...change };
  expect(draftErrors(draft)[field]).toBe(message);
  expect(withIdentificationDraft(WEIGHTED, draft)).toBeNull();
});

test("a weight «abc», a negative weight or no column: the message is on that component", () => {
  const draft = draftOf(WEIGHTED);
  draft.components[1] = { ...draft.components[1], weight: "abc" };
  expect(draftErrors(draft).components).toEqual([{}, { weight: "«abc»: нужно неотрицательное число." }]);
  expect(withIdentificationDraft(WEIGHTED, draft)).toBeNull();
  draft.components[1] = { ...draft.components[1], weight: "-1", column: " " };
  expect(draftErrors(draft).components[1]).toEqual({
    column: "Укажите колонку контекстных данных.",
    weight: "«-1»: нужно неотрицательное число.",
  });
  expect(hasErrors(draftErrors(draftOf(WEIGHTED)))).toBe(false);
});

/** The engine's sheets for the small region with these identification settings stored in its settings sheet. */
function reportsWith(identification: Settings["identification"]) {
  const settingsSheet = {
    name: SETTINGS_SHEET_NAME,
    cells: settingsToRows({ ...DEFAULT_SETTINGS, identification }),
    origin: { row: 0, col: 0 },
    merges: [],
  };
  const { sheets, problems } = runEngine([smallResults, smallContext, settingsSheet], new Set(), {
    asOf: mustDayOf(2021, 6, 15),
  });
  expect(problems).toEqual([]);
  return (id: string) => sheets.find((s) => s.reportId === id)!;
}

test("procedures per year typed in the pane is the rule the next «Выявление ШНОР» applies", () => {
  const draft = draftOf(DEFAULT_IDENTIFICATION_SETTINGS);
  expect(draft.proceduresPerYear).toBe("2");
  const school1 = (rows: unknown[][]) => rows.find((row) => row[1] === "МБОУ СОШ № 1 г. Вязьмы")!;
  // СОШ № 1: 40 % and 35 % of «2» in two procedures of 2021, in no procedure two years running.
  expect(
    school1(
      reportsWith(withIdentificationDraft(DEFAULT_IDENTIFICATION_SETTINGS, draft)!)("identification").main.rows,
    )[3],
  ).toBe("да");
  const three = withIdentificationDraft(DEFAULT_IDENTIFICATION_SETTINGS, { ...draft, proceduresPerYear: "3" })!;
  expect(three.proceduresPerYear).toBe(3);
  expect(roundTrip({ ...DEFAULT_SETTINGS, identification: three }).settings.identification.proceduresPerYear).toBe(3);
  expect(school1(reportsWith(three)("identification").main.rows)[3]).toBe("нет");
});

test("the interview timetable typed in the pane survives the settings sheet and lays out «График собеседований»", () => {
  const draft = draftOf(DEFAULT_IDENTIFICATION_SETTINGS);
  expect(draft.timetable).toEqual({
    firstDay: "",
    days: "5",
    dayStart: "10:00",
    dayEnd: "17:00",
    slotMinutes: "30",
    lunch: "13:00-14:00",
  });
  draft.timetable = {
    firstDay: "2021-09-06",
    days: "2",
    dayStart: "9:30",
    dayEnd: "12:00",
    slotMinutes: "45",
    lunch: "нет",
  };
  const identification = withIdentificationDraft(DEFAULT_IDENTIFICATION_SETTINGS, draft)!;
  expect(identification.timetable).toEqual({
    firstDay: mustDayOf(2021, 9, 6),
    days: 2,
    dayStart: 570,
    dayEnd: 720,
    slotMinutes: 45,
    lunchStart: 0,
    lunchEnd: 0,
  });
  const back = roundTrip({ ...DEFAULT_SETTINGS, identification });
  expect(back.problems).toEqual([]);
  expect(back.settings.identification.timetable).toEqual(identification.timetable);
  expect(draftOf(back.settings.identification).timetable).toEqual(draft.timetable);
  // The flagged schools (СОШ № 1 and «Гимназия № 1», two municipalities) from 9:30 on Monday 6 September, 45 minutes each.
  const interviews = reportsWith(identification)("interviews");
  expect(interviews.main.rows).toEqual([
    [mustDayOf(2021, 9, 6), "09:30–10:15", "Вяземский район", "МБОУ СОШ № 1 г. Вязьмы"],
    [mustDayOf(2021, 9, 6), "10:15–11:00", "Город Смоленск", "МБОУ «Гимназия № 1»"],
  ]);
  // Cleared, the first day is again the first working day after «на дату».
  expect(
    withIdentificationDraft(identification, {
      ...draftOf(identification),
      timetable: { ...draftOf(identification).timetable, firstDay: "" },
    })!.timetable.firstDay,
  ).toBeNull();
});

test.each([
  ["proceduresPerYear", { proceduresPerYear: "0" }, "«0»: нужно целое число от 1 до 100."],
  ["proceduresPerYear", { proceduresPerYear: "2,5" }, "«2,5»: нужно целое число от 1 до 100."],
] as const)("invalid %s %j: a Russian message and nothing to save", (field, change, message) => {
  const draft = { ...draftOf(WEIGHTED), ...change };
  expect(draftErrors(draft)[field]).toBe(message);
  expect(withIdentificationDraft(WEIGHTED, draft)).toBeNull();
});

test.each([
  ["days", "0", "«0»: нужно целое число дней не меньше 1."],
  ["dayStart", "25:00", "«25:00»: нужно время чч:мм."],
  ["dayEnd", "9:00", "«9:00»: конец дня должен быть позже начала (10:00)."],
  ["dayEnd", "полдень", "«полдень»: нужно время чч:мм."],
  ["slotMinutes", "3", "«3»: нужно целое число минут от 5 до 480."],
  ["lunch", "14:00-13:00", "«14:00-13:00»: нужен интервал «13:00-14:00» или «нет»."],
  ["lunch", "обед", "«обед»: нужен интервал «13:00-14:00» или «нет»."],
] as const)("a timetable field %s «%s»: its message, nothing to save", (field, text, message) => {
  const draft = draftOf(DEFAULT_IDENTIFICATION_SETTINGS);
  draft.timetable = { ...draft.timetable, [field]: text };
  expect(draftErrors(draft).timetable).toEqual({ [field]: message });
  expect(hasErrors(draftErrors(draft))).toBe(true);
  expect(withIdentificationDraft(DEFAULT_IDENTIFICATION_SETTINGS, draft)).toBeNull();
});
