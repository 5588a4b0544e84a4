import fc from "fast-check";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { readWorkbook } from "../../src/core/tables/readWorkbook";
import { buildIdentificationReport } from "../../src/reports/identificationReport";
import { buildInterviewsReport } from "../../src/reports/interviewsReport";
import { buildPartnersReport } from "../../src/reports/partnersReport";
import { buildStableHighReport } from "../../src/reports/stableHighReport";
import { anyResultsRows } from "../fixtures/identification/anyResults";
import { grid } from "../fixtures/identification/generated";
import { cellOf, columnValues, rowsByHeader } from "../helpers/table";
import {
  smallContext,
  smallResults,
  smallCtx as ctx,
  smallData as data,
  WEIGHTED,
  withRules,
} from "../fixtures/identification/smallRegion";

describe("«Выявление ШНОР»", () => {
  test("columns of SPEC §8; flags with their grounds; missing years; «веса не заданы» until weights are set", () => {
    const [sheet] = buildIdentificationReport(data, ctx);
    expect(sheet.sheetName).toBe("Выявление ШНОР");
    expect(sheet.reportId).toBe("identification");
    expect(sheet.title).toBe("Выявление ШНОР по состоянию на 15.06.2021");
    expect(sheet.main.columns.map((c) => c.header)).toEqual([
      "Муниципалитет",
      "Наименование ОО",
      "Логин",
      "Признак низких результатов",
      "Основания",
      "ИСБШ",
      "Неблагоприятные условия",
    ]);
    expect(sheet.main.rows).toEqual([
      [
        "Вяземский район",
        "МБОУ СОШ № 1 г. Вязьмы",
        "v1",
        "да",
        "2021: ВПР 5 класс, русский язык (40,0 %), ВПР 5 класс, математика (35,0 %); нет результатов за 2022 (оценено по 2021)",
        "веса не заданы",
        "",
      ],
      ["Вяземский район", "МБОУ СОШ № 2 г. Вязьмы", "v2", "нет", "", "веса не заданы", ""],
      ["Вяземский район", "МБОУ СОШ № 3 г. Вязьмы", "v3", "нет", "", "веса не заданы", ""],
      [
        "Город Смоленск",
        "МБОУ «Гимназия № 1»",
        "g1",
        "да",
        "ВПР 5 класс, русский язык: 2021 (31,0 %), 2022 (33,0 %) — 2 года подряд",
        "веса не заданы",
        "",
      ],
      ["Город Смоленск", "МБОУ СОШ № 7", "s7", "нет", "", "веса не заданы", ""],
    ]);
    expect(sheet.main.highlights.map((h) => h.row)).toEqual([0, 3]);
    expect(sheet.problems).toEqual([]);
  });

  test("with weights: the index and «Неблагоприятные условия» for the bottom share", () => {
    const [sheet] = buildIdentificationReport(data, withRules(ctx, WEIGHTED));
    // ОВЗ 0…20 and low income 10…50, both «−»: v1 (20, 50) → 0; v2 (0, 10) → 1; v3 → 0.5; g1 (5, 20) → 0.75; s7 (15, 40) → 0.25.
    expect(rowsByHeader(sheet.main, ["Логин", "ИСБШ", "Неблагоприятные условия"]).map(Object.values)).toEqual([
      ["v1", 0, "да"],
      ["v2", 1, "нет"],
      ["v3", 0.5, "нет"],
      ["g1", 0.75, "нет"],
      ["s7", 0.25, "нет"],
    ]);
  });

  test("the municipality filter shows one municipality's schools, judged against the region", () => {
    const [sheet] = buildIdentificationReport(data, withRules({ ...ctx, municipality: "город смоленск" }, WEIGHTED));
    expect(columnValues(sheet.main, "Логин")).toEqual(["g1", "s7"]);
    expect(cellOf(sheet.main, 0, "ИСБШ")).toBe(0.75);
  });
});

test("schools of the schools list without results are named; the list's names win", () => {
  const list = grid("Список ШНОР", [
    ["№", "Муниципалитет", "Наименование ОО", "Логин", "Куратор"],
    [1, "Вяземский район", "МБОУ «СОШ № 1» г. Вязьмы", "v1", "Иванова И.И."],
    [2, "Вяземский район", "МБОУ ООШ д. Новое", "v9", "Петров П.П."],
  ]);
  const wb = readWorkbook([list, smallResults], DEFAULT_SETTINGS, new Set());
  const [sheet] = buildIdentificationReport(wb, ctx);
  expect(
    rowsByHeader(sheet.main, ["Муниципалитет", "Наименование ОО", "Логин", "Признак низких результатов"]).map(
      Object.values,
    )[0],
  ).toEqual(["Вяземский район", "МБОУ «СОШ № 1» г. Вязьмы", "v1", "да"]);
  expect(sheet.notes).toContain("Нет результатов оценочных процедур у 1 ОО списка школ: МБОУ ООШ д. Новое");
});

describe("a workbook without results", () => {
  test("a workbook without results: empty sheets that say what is missing", () => {
    const none = readWorkbook([smallContext], DEFAULT_SETTINGS, new Set());
    const [sheet] = buildIdentificationReport(none, ctx);
    expect(sheet.main.rows).toEqual([]);
    expect(sheet.notes.join(" ")).toContain("Таблица результатов оценочных процедур не найдена");
    expect(buildPartnersReport(none, ctx).main.rows).toEqual([]);
  });
});

test("any cells in a results-like sheet: the four builders never throw", () => {
  fc.assert(
    fc.property(anyResultsRows, (rows) => {
      const wb = readWorkbook([grid("Лист1", rows)], DEFAULT_SETTINGS, new Set());
      for (const build of [
        buildIdentificationReport,
        buildStableHighReport,
        buildPartnersReport,
        buildInterviewsReport,
      ]) {
        for (const sheet of [build(wb, withRules(ctx, WEIGHTED))].flat()) {
          for (const row of sheet.main.rows) expect(row).toHaveLength(sheet.main.columns.length);
        }
      }
    }),
    { numRuns: 100 },
  );
});
