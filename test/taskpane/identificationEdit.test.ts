/** «Выявление ШНОР» as the pane sets it reads back the same through the settings sheet the command line reads. */
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings";
import { readSettingsRows, SETTINGS_SHEET_NAME, settingsToRows } from "../../src/core/settingsSheet";
import { mustDayOf } from "../../src/core/calendar";
import { runEngine } from "../../src/reports/engine";
import { contextColumns, draftErrors, draftOf, hasErrors, newComponent, withIdentificationDraft } from "../../src/taskpane/identificationEdit";
import { smallContext, smallResults, WEIGHTED } from "../fixtures/identification/smallRegion";

const roundTrip = (settings: Settings) =>
  readSettingsRows({ name: SETTINGS_SHEET_NAME, cells: settingsToRows(settings), origin: { row: 0, col: 0 }, merges: [] });

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
  draft.components.push({ column: "Доля педагогов старше 60 лет, %", direction: -1, weight: "0.5", normalisation: "minmax" });
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
  expect(roundTrip({ ...DEFAULT_SETTINGS, identification: withIdentificationDraft(WEIGHTED, draft)! }).settings.identification.indexComponents).toEqual([WEIGHTED.indexComponents[1]]);
  const none = withIdentificationDraft(WEIGHTED, { ...draft, components: [] })!;
  expect(settingsToRows({ ...DEFAULT_SETTINGS, identification: none }).some((row) => String(row[0]).startsWith("ИСБШ 1"))).toBe(false);
});

test("a new component takes a context column not used yet", () => {
  const columns = ["Доля обучающихся с ОВЗ, %", "Доля семей с низким доходом, %"];
  expect(newComponent(columns, draftOf(WEIGHTED).components.slice(0, 1))).toEqual({ column: columns[1], direction: 1, weight: "1", normalisation: "minmax" });
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
  expect(draftErrors(draft).components[1]).toEqual({ column: "Укажите колонку контекстных данных.", weight: "«-1»: нужно неотрицательное число." });
  expect(hasErrors(draftErrors(draftOf(WEIGHTED)))).toBe(false);
});
