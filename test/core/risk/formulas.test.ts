import fc from "fast-check";
import type { Cell } from "../../../src/core/cell";
import { parseDottedDay } from "../../../src/core/calendar";
import {
  inGroupFormula,
  mandatoryFormula,
  riskCountFormula,
  riskGroupsFormula,
  riskSummaryFormula,
} from "../../../src/core/risk/formulas";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { buildRiskGroupsReport } from "../../../src/reports/riskGroupsReport";
import { buildRiskSummaryReport } from "../../../src/reports/riskSummaryReport";
import { PLAN_SHEET, sampleData, sampleGrids, SCHOOLS_SHEET } from "../../fixtures/risk/sample";

const row = (...cells: Cell[]): Cell[][] => [cells];
const column = (...cells: Cell[]): Cell[][] => cells.map((c) => [c]);
const anyCell = fc.oneof(
  fc.string(),
  fc.double(),
  fc.integer({ min: -5, max: 15 }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom("высокий", "ср.", "Н", "+", "", "B", "очень высокий"),
);

describe("RISKGROUPS / RISKCOUNT / INGROUP", () => {
  const profile = row("высокий", "", "С", "в", "низкая", "+", "нет", "средний уровень", "выс.", 0);

  test("groups at high significance, the default", () => {
    expect(riskGroupsFormula(profile, "")).toEqual({ ok: true, value: "1, 4, 6, 9" });
    expect(riskCountFormula(profile, null)).toEqual({ ok: true, value: 4 });
  });
  test("a minimum level widens the groups", () => {
    expect(riskGroupsFormula(profile, "средняя")).toEqual({ ok: true, value: "1, 3, 4, 6, 8, 9" });
    expect(riskCountFormula(profile, "низкая")).toEqual({ ok: true, value: 7 });
  });
  test("a profile may be a column; no groups is empty text", () => {
    expect(riskGroupsFormula(column("", "высокая", ""), "")).toEqual({ ok: true, value: "2" });
    expect(riskGroupsFormula(row("", 0, "нет"), "")).toEqual({ ok: true, value: "" });
  });
  test("INGROUP", () => {
    expect(inGroupFormula(profile, 4)).toEqual({ ok: true, value: true });
    expect(inGroupFormula(profile, "3")).toEqual({ ok: true, value: false });
    expect(inGroupFormula(profile, 11)).toEqual({
      ok: false,
      error: "value",
      message: "Номер группы «11» не распознан: нужно целое число от 1 до 10 (число факторов в профиле)",
    });
    expect(inGroupFormula(profile, "")).toEqual(expect.objectContaining({ ok: false }));
  });
  test("errors name the argument and the value", () => {
    expect(riskGroupsFormula(row("высокий", "очень высокий"), "")).toEqual({
      ok: false,
      error: "value",
      message: expect.stringMatching(/^Профиль, фактор 2: «очень высокий» не является уровнем значимости/),
    });
    expect(riskCountFormula(profile, "очень")).toEqual({
      ok: false,
      error: "value",
      message: "Минимальный уровень «очень» не распознан: укажите «высокая», «средняя» или «низкая»",
    });
    expect(
      riskGroupsFormula(
        [
          ["в", "в"],
          ["в", "в"],
        ],
        "",
      ),
    ).toEqual({
      ok: false,
      error: "value",
      message: "Профиль: нужна одна строка или один столбец, а передан диапазон 2×2",
    });
  });
  test("any cells in, a result or a message out, never an exception", () => {
    fc.assert(
      fc.property(fc.array(fc.array(anyCell, { maxLength: 12 }), { maxLength: 3 }), anyCell, (profile, arg) => {
        for (const r of [
          riskGroupsFormula(profile, arg),
          riskCountFormula(profile, arg),
          inGroupFormula(profile, arg),
        ]) {
          if (r.ok) expect(r.value).not.toBeNaN();
          else expect(r.message.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});

describe("MANDATORY", () => {
  const numbers = column("", 1, 2, 3, 4, 5, 6, 7, 8);
  const groups = column("", "все", "все группы", "1, 2", "1", "4, 9", "3", "10", "6 и 8");

  test("from a groups text or a row of levels", () => {
    expect(mandatoryFormula(row("3, 4"), numbers, groups)).toEqual({ ok: true, value: "1, 2, 5, 6" });
    expect(mandatoryFormula(row("1–3, 10"), numbers, groups)).toEqual({ ok: true, value: "1–4, 6, 7" });
    expect(mandatoryFormula(row(""), numbers, groups)).toEqual({ ok: true, value: "1, 2" });
    expect(mandatoryFormula(row("высокий", "", "", "В"), numbers, groups)).toEqual({ ok: true, value: "1–5" });
  });
  test("errors: sizes, a bad groups cell, «все» as a school's groups", () => {
    expect(mandatoryFormula(row("1"), numbers, column("все"))).toEqual({
      ok: false,
      error: "value",
      message: "Столбец групп мероприятий другого размера: 1 строк против 9",
    });
    expect(mandatoryFormula(row("1"), column(1, 2), column("все", "по плану"))).toEqual({
      ok: false,
      error: "value",
      message: expect.stringMatching(/^Группы мероприятия 2: группы «по плану» не распознаны/),
    });
    expect(mandatoryFormula(row("все"), numbers, groups)).toEqual(expect.objectContaining({ ok: false }));
    expect(mandatoryFormula(row("1, 13"), numbers, groups)).toEqual({
      ok: false,
      error: "value",
      message: "Группы школы: группа 13 в «1, 13» вне каталога рисковых факторов (1–10)",
    });
  });
  test("measure groups are checked against the profile's factors, or the FIOKO catalogue for a groups text", () => {
    const withEleven = column("", 1, 2, 3, 4, 5, 6, 7, 8, 9);
    const groupsEleven = column("", "все", "все группы", "1, 2", "1", "4, 9", "3", "10", "6 и 8", "11");
    expect(mandatoryFormula(row("3"), withEleven, groupsEleven)).toEqual({
      ok: false,
      error: "value",
      message: "Группы мероприятия 9: группа 11 в «11» вне каталога рисковых факторов (1–10)",
    });
    const elevenFactors = row("", "", "", "", "", "", "", "", "", "", "в");
    expect(mandatoryFormula(elevenFactors, withEleven, groupsEleven)).toEqual({ ok: true, value: "1, 2, 9" });
    expect(mandatoryFormula(row(0), numbers, groups)).toEqual({ ok: true, value: "1, 2" });
  });
  test("any cells in, never an exception", () => {
    fc.assert(
      fc.property(
        fc.array(anyCell, { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(anyCell, anyCell), { maxLength: 8 }),
        (school, measures) => {
          const r = mandatoryFormula(
            [school],
            measures.map(([n]) => [n]),
            measures.map(([, g]) => [g]),
          );
          expect(typeof (r.ok ? r.value : r.message)).toBe("string");
        },
      ),
    );
  });
});

describe("RISKSUMMARY", () => {
  test("header, a row per municipality, «Итого»", () => {
    const profiles = [
      ["в", "", "в", "в", "в", "в", "в"],
      ["", "высокий", "", "", "", "", ""],
      ["н", "в", "", "", "", "", ""],
      ["", "", "", "", "", "", ""],
    ];
    const result = riskSummaryFormula(profiles, column("Тарский район", "г. Омск", "тарский район", ""));
    expect(result).toEqual({
      ok: true,
      value: [
        [
          "Муниципалитет",
          "РФ1",
          "РФ2",
          "РФ3",
          "РФ4",
          "РФ5",
          "РФ6",
          "РФ7",
          "Всего ОО",
          "ОО с >5 факторами высокой значимости",
        ],
        ["Тарский район", 1, 1, 1, 1, 1, 1, 1, 2, 1],
        ["г. Омск", 0, 1, 0, 0, 0, 0, 0, 1, 0],
        ["Итого", 1, 2, 1, 1, 1, 1, 1, 3, 1],
      ],
    });
  });
  test("without municipalities: header and «Итого»; size mismatch is an error", () => {
    expect(
      riskSummaryFormula(
        [
          ["в", ""],
          ["в", "в"],
        ],
        null,
      ),
    ).toEqual({
      ok: true,
      value: [
        ["Муниципалитет", "РФ1", "РФ2", "Всего ОО", "ОО с >5 факторами высокой значимости"],
        ["Итого", 2, 1, 2, 0],
      ],
    });
    expect(riskSummaryFormula([["в"], ["в"]], column("А", "Б", "В"))).toEqual({
      ok: false,
      error: "value",
      message: "Столбец муниципалитетов другого размера: 3 строк против 2",
    });
    expect(riskSummaryFormula([["в"], ["3?"]], null)).toEqual({
      ok: false,
      error: "value",
      message: expect.stringMatching(/^Профили, строка 2, фактор 1: «3\?»/),
    });
  });
});

describe("formula cores agree with the report builders on the sample", () => {
  const grids = sampleGrids();
  const schools = grids[SCHOOLS_SHEET].slice(2, 26);
  const plan = grids[PLAN_SHEET].slice(2, 11);
  const ctx = { asOf: parseDottedDay("15.06.2021")!, settings: DEFAULT_SETTINGS };
  const profileOf = (r: Cell[]) => [Array.from({ length: 10 }, (_, k) => r[5 + k] ?? null)];

  test("RISKGROUPS, RISKCOUNT and MANDATORY equal «Группы риска» school by school", () => {
    const [report] = buildRiskGroupsReport(sampleData(), ctx);
    schools.forEach((r, i) => {
      const [, , , groups, high, , mandatory] = report.main.rows[i];
      expect(riskGroupsFormula(profileOf(r), "")).toEqual({ ok: true, value: groups });
      expect(riskCountFormula(profileOf(r), "высокая")).toEqual({ ok: true, value: high });
      const numbers = plan.map((p) => [p[0] ?? ""]);
      const measureGroups = plan.map((p) => [p[4] ?? ""]);
      expect(mandatoryFormula([[groups as string]], numbers, measureGroups)).toEqual({ ok: true, value: mandatory });
      expect(mandatoryFormula(profileOf(r), numbers, measureGroups)).toEqual({ ok: true, value: mandatory });
    });
  });

  test("RISKSUMMARY equals «Сводка рисков», header included", () => {
    const report = buildRiskSummaryReport(sampleData(), ctx);
    const result = riskSummaryFormula(
      schools.map((r) => profileOf(r)[0]),
      schools.map((r) => [r[1]]),
    );
    expect(result).toEqual({ ok: true, value: [report.main.columns.map((c) => c.header), ...report.main.rows] });
  });
});
