/**
 * The demo region's data for the steps before a plan (SPEC §8): ВПР results of 2019–2021 in the wide layout
 * (a column per procedure and year, «ВПР-2021 рус 5 доля 2»), a context table for ИСБШ, and the ИСБШ weights
 * in the workbook's settings sheet, as the task pane stores them. Real-life flaws the reports must handle:
 *   - a school without 2020 results (the sheet says which year is missing);
 *   - a share written as a fraction column (2020 «мат 5» as 0.25, not 25);
 *   - «—» for a procedure a school did not write.
 * Its own seeded generator, so the other demo sheets stay exactly as they were.
 */
"use strict";
const path = require("path");
const CLI = path.join(__dirname, "..", "..", "build", "cli", "core");
const { DEFAULT_SETTINGS } = require(path.join(CLI, "settings.js"));
const { SETTINGS_SHEET_NAME, settingsToRows } = require(path.join(CLI, "settingsSheet.js"));

const YEARS = [2019, 2020, 2021];
const PROCEDURES = ["рус 5", "мат 5", "мат 8"];

/** How a school does: schools with many high-significance factors tend to fail, a few do very well. */
function profileOf(school, i) {
  const high = school.factors.filter((f) => f === "high").length;
  if (high >= 6 || i % 9 === 2) return "low";
  return i % 8 === 1 ? "high" : "mid";
}

function shareFor(random, kind) {
  if (kind === "low") return random.int(22, 55);
  if (kind === "high") return random.int(0, 3);
  return random.int(4, 28);
}

function addResultsSheet(workbook, schools, random) {
  const sheet = workbook.addWorksheet("Результаты ВПР");
  sheet.addRow(["Доля обучающихся, получивших «2» по результатам ВПР, 2019–2021 годы, %"]);
  const columns = YEARS.flatMap((year) => PROCEDURES.map((procedure) => ({ year, procedure })));
  sheet.addRow([
    "Муниципалитет",
    "Наименование ОО",
    "Логин ОО",
    ...columns.map((c) => `ВПР-${c.year} ${c.procedure} доля 2`),
  ]);
  schools.forEach((school, i) => {
    const kind = profileOf(school, i);
    const values = columns.map(({ year, procedure }) => {
      if (i % 13 === 6 && year === 2020) return null; // no results for 2020
      if (kind !== "low" && random.chance(0.05)) return "—"; // the procedure was not written
      const share = shareFor(random, kind);
      return year === 2020 && procedure === "мат 5" ? share / 100 : share;
    });
    sheet.addRow([school.municipality, school.name, school.login, ...values]);
  });
  sheet.getColumn(2).width = 40;
}

const CONTEXT_HEADERS = [
  "Доля обучающихся с ОВЗ, %",
  "Доля семей с низким доходом, %",
  "Доля педагогов высшей категории, %",
];

function addContextSheet(workbook, schools, random) {
  const sheet = workbook.addWorksheet("Контекстные данные");
  sheet.addRow(["Контекстные данные ОО для расчёта индекса социального благополучия школы (ИСБШ)"]);
  sheet.addRow(["Муниципалитет", "Наименование ОО", "Логин ОО", ...CONTEXT_HEADERS]);
  for (const school of schools)
    sheet.addRow([
      school.municipality,
      school.name,
      school.login,
      random.int(0, 25),
      random.int(5, 60),
      random.int(20, 80),
    ]);
  sheet.getColumn(2).width = 40;
}

/** The settings sheet as «Сохранить настройки» of the pane leaves it: hidden, ИСБШ components weighted. */
function addSettingsSheet(workbook) {
  const identification = {
    ...DEFAULT_SETTINGS.identification,
    indexComponents: [
      { column: CONTEXT_HEADERS[0], direction: -1, weight: 1, normalisation: "minmax" },
      { column: CONTEXT_HEADERS[1], direction: -1, weight: 2, normalisation: "minmax" },
      { column: CONTEXT_HEADERS[2], direction: 1, weight: 1, normalisation: "minmax" },
    ],
  };
  const sheet = workbook.addWorksheet(SETTINGS_SHEET_NAME, { state: "hidden" });
  for (const row of settingsToRows({ ...DEFAULT_SETTINGS, identification })) sheet.addRow(row);
}

function addBeforePlanSheets(workbook, schools, random) {
  addResultsSheet(workbook, schools, random);
  addContextSheet(workbook, schools, random);
  addSettingsSheet(workbook);
}

module.exports = { addBeforePlanSheets };
