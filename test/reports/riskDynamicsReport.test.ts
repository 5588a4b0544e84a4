/**
 * «Динамика рисков» on hand-made workbooks of two profile years: a renumbered catalogue (the later year's header row
 * names the factors in its own order), a later table whose factor columns do not match (bad input), and one long table
 * with a «Год» column. Every school's row is checked against the separate reference of test/cli/riskDynamicsReference.
 */
import { mustDayOf } from "../../src/core/calendar";
import type { Cell, SheetGrid } from "../../src/core/cell";
import { DEFAULT_FACTORS } from "../../src/core/risk/catalogue";
import { runEngine } from "../../src/reports/engine";
import { layoutSheet, mainTablePage } from "../../src/reports/layout";
import type { SheetDescription } from "../../src/reports/model";
import { type RefYear, referenceDynamics } from "../cli/riskDynamicsReference";
import { cellOf, columnValues, rowsByHeader } from "../helpers/table";

const asOf = mustDayOf(2021, 6, 15);
const D = (n: number): string => DEFAULT_FACTORS[n - 1].name;

function grid(name: string, rows: Cell[][]): SheetGrid {
  const width = Math.max(0, ...rows.map((r) => r.length));
  return {
    name,
    cells: rows.map((r) => [...r, ...new Array<Cell>(width - r.length).fill(null)]),
    origin: { row: 0, col: 0 },
    merges: [],
  };
}

interface SpecSchool {
  login?: string;
  municipality: string;
  name: string;
  /** Default-catalogue numbers of its high factors. */
  high: number[];
  /** Numbers written «средний» (neither high nor absent). */
  medium?: number[];
}

/** How the workbook writes a high level: a different word per school, as municipalities do. */
const HIGH_WORDS = ["высокий", "В", "+", "высокая значимость"];

/** A school's row: a level per column, each column naming a default factor by number. */
function levels(school: SpecSchool, columns: number[], i: number): Cell[] {
  return columns.map((n) =>
    school.high.includes(n)
      ? HIGH_WORDS[i % HIGH_WORDS.length]
      : school.medium?.includes(n)
        ? "средний"
        : i % 2
          ? "-"
          : null,
  );
}

function profileSheet(
  name: string,
  title: string,
  schools: SpecSchool[],
  columns: number[],
  header: "numbers" | string[],
): SheetGrid {
  const ids = schools.some((s) => s.login);
  const lead = ids ? ["Муниципалитет", "Наименование ОО", "Логин"] : ["Муниципалитет", "Наименование ОО"];
  const data = schools.map((s, i) => [
    s.municipality,
    s.name,
    ...(ids ? [s.login ?? null] : []),
    ...levels(s, columns, i),
  ]);
  if (header === "numbers") return grid(name, [[title], [...lead, ...columns.map((n) => `РФ${n}`)], ...data]);
  // Two header rows: «Рисковые факторы» over the factors' own names, as a later FIOKO list writes them.
  return grid(name, [[title], [...lead, "Рисковые факторы"], [...lead.map(() => null), ...header], ...data]);
}

function refYear(label: string, schools: SpecSchool[], columns: number[]): RefYear {
  return {
    label,
    factors: columns.map(D),
    schools: schools.map((s) => ({
      key: s.login ?? `${s.name}|${s.municipality}`,
      municipality: s.municipality,
      name: s.name,
      high: new Set(s.high.map(D)),
    })),
  };
}

function dynamicsSheet(sheets: SheetDescription[]): SheetDescription {
  const found = sheets.find((s) => s.reportId === "riskDynamics");
  if (!found) throw new Error("«Динамика рисков» не построена");
  return found;
}

const EARLIER: SpecSchool[] = [
  { login: "sch1", municipality: "Тарский МР", name: "МБОУ «СОШ № 1»", high: [1, 2, 6], medium: [3] },
  { login: "sch2", municipality: "Тарский МР", name: "МКОУ «Лесная ООШ»", high: [9] },
  { login: "sch3", municipality: "Калачинский МР", name: "МБОУ «СОШ № 3»", high: [4, 7, 8, 10] },
  { login: "sch4", municipality: "Калачинский МР", name: "МБОУ «Речная СОШ»", high: [], medium: [5] },
  { login: "sch5", municipality: "Калачинский МР", name: "МКОУ «Степная ООШ»", high: [5] },
];
const LATER: SpecSchool[] = [
  { login: "sch1", municipality: "Тарский МР", name: "МБОУ «СОШ № 1»", high: [2, 6, 3] },
  { login: "sch2", municipality: "Тарский МР", name: "МКОУ «Лесная ООШ»", high: [], medium: [9] },
  { login: "sch3", municipality: "Калачинский МР", name: "МБОУ «СОШ № 3»", high: [4, 7, 8, 10, 1] },
  { login: "sch6", municipality: "Тарский МР", name: "МБОУ «СОШ № 6»", high: [1] },
  { login: "sch4", municipality: "Калачинский МР", name: "МБОУ «Речная СОШ»", high: [5] },
];
const ALL = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
/** The later year's own order: its factor k is the default factor RENUMBERED[k-1]. */
const RENUMBERED = [2, 6, 1, 9, 3, 10, 4, 7, 8, 5];
/** How the later header names them; factor 4 (ОВЗ) by a clear part of its name. */
const LATER_NAMES = RENUMBERED.map((n) => (n === 4 ? "Высокая доля обучающихся с ОВЗ" : D(n)));

describe("«Динамика рисков» with a renumbered catalogue", () => {
  const grids = [
    profileSheet("Профили 2020", "Рисковые профили ООНОР", EARLIER, ALL, "numbers"),
    profileSheet("ООНОР", "Рисковые профили ООНОР Энской области, 2021 год", LATER, RENUMBERED, LATER_NAMES),
  ];
  const result = runEngine(grids, new Set(), { asOf });
  const sheet = dynamicsSheet(result.sheets);
  const numberAfter = new Map(RENUMBERED.map((n, i) => [D(n), i + 1]));
  const ref = referenceDynamics(refYear("2020", EARLIER, ALL), refYear("2021", LATER, RENUMBERED), numberAfter);

  it("gives every school of both years the row the reference gives, in the later year's numbering", () => {
    expect(sheet.main.columns.map((c) => c.header)).toEqual([
      "Муниципалитет",
      "Наименование ОО",
      "Высокой значимости, 2020",
      "Высокой значимости, 2021",
      "Устранены",
      "Сохраняются",
      "Новые",
      "Вышла из групп риска",
    ]);
    // then the schools found in one year only (their own test)
    expect(sheet.main.rows.slice(0, ref.rows.length)).toEqual(ref.rows);
    // The school with its only high factor gone has left the risk groups.
    expect(sheet.main.rows.find((_r, i) => cellOf(sheet.main, i, "Наименование ОО") === "МКОУ «Лесная ООШ»")).toEqual([
      "Тарский МР",
      "МКОУ «Лесная ООШ»",
      "4",
      "",
      "4",
      "",
      "",
      "да",
    ]);
  });

  it("lists the schools found in one year only as rows of the main table, and says how schools and factors were matched", () => {
    const oneYear = rowsByHeader(sheet.main, [
      "Наименование ОО",
      "Высокой значимости, 2020",
      "Высокой значимости, 2021",
      "Устранены",
    ])
      .map(Object.values)
      .filter((r) => r.some((c) => String(c).startsWith("нет в профилях")));
    expect(oneYear).toEqual([
      ["МБОУ «СОШ № 6»", "нет в профилях 2020", expect.any(String), null],
      ["МКОУ «Степная ООШ»", expect.any(String), "нет в профилях 2021", null],
    ]);
    expect(ref.onlyAfter).toEqual(["МБОУ «СОШ № 6»"]);
    expect(ref.onlyBefore).toEqual(["МКОУ «Степная ООШ»"]);
    expect(sheet.notes).toContainEqual(
      expect.stringMatching(/по идентификатору ОО: в обоих годах — 4, только в 2020 — 1, только в 2021 — 1/),
    );
    expect(sheet.notes).toContain(
      "Сравниваются рисковые профили 2020 (лист «Профили 2020», из названия листа) и 2021 (лист «ООНОР», из заголовка таблицы)",
    );
    expect(sheet.notes).toContainEqual(
      expect.stringMatching(
        /сопоставлены по наименованию \(РФ2 2020 = РФ1 2021, РФ6 2020 = РФ2 2021, .*РФ4 2020 = РФ7 2021/,
      ),
    );
    expect(sheet.problems.filter((p) => p.severity !== "info")).toEqual([]);
  });

  it("sums per municipality and per factor as the reference does, with a chart of both years", () => {
    // Ten factors and the chart above the table: the municipalities over them would push the main table to the
    // sheet's third A4 page, so they stand on a sheet of their own (issue 23), named on the first one.
    const byMunicipality = result.sheets.find((s) => s.sheetName === "Динамика по муниципалитетам")!.main;
    const [byFactor] = sheet.above;
    expect(sheet.notes).toContain("По муниципалитетам — см. лист «Динамика по муниципалитетам»");
    expect(byMunicipality.columns.map((c) => c.header)).toEqual([
      "Муниципалитет",
      "ОО",
      "Факторов устранено",
      "ОО с уменьшением",
      "ОО вне групп риска",
    ]);
    expect(byMunicipality.rows).toEqual([...[...ref.byMunicipality].map(([m, v]) => [m, ...v]), ["Итого", 4, 2, 1, 1]]);
    expect(byFactor.columns.map((c) => c.header)).toEqual(["РФ", "Фактор", "ОО в 2020", "ОО в 2021", "Изменение"]);
    expect(
      rowsByHeader(byFactor).map((r) => [
        Number(/^РФ(\d+)$/.exec(String(r["РФ"]))![1]),
        r["ОО в 2020"],
        r["ОО в 2021"],
        r["Изменение"],
      ]),
    ).toEqual([...ref.byFactor].sort(([a], [b]) => a - b).map(([n, [b, a]]) => [n, b, a, a - b]));
    expect(rowsByHeader(byFactor, ["РФ", "Фактор"]).map(Object.values)[6]).toEqual([
      "РФ7",
      "Высокая доля обучающихся с ОВЗ (2020: РФ4)",
    ]);
    const chart = layoutSheet(sheet).chart!;
    expect(chart.kind).toBe("column");
    expect(chart.seriesTitle).toBe("ОО в 2020");
    expect(chart.moreSeries?.map((s) => s.seriesTitle)).toEqual(["ОО в 2021"]);
    expect(chart.moreSeries![0].values.bottom - chart.moreSeries![0].values.top).toBe(9);
  });

  it("leaves the other reports on the later year: no school is a duplicate of its own earlier row", () => {
    const groups = result.sheets.find((s) => s.reportId === "riskGroups")!;
    expect(columnValues(groups.main, "Наименование ОО")).toEqual(LATER.map((s) => s.name));
    expect(rowsByHeader(groups.main).find((r) => r["Наименование ОО"] === "МБОУ «СОШ № 1»")!["Группы риска"]).toBe(
      "1, 2, 5",
    );
    expect(result.problems.filter((p) => /записана дважды|одна и та же ОО/.test(p.message))).toEqual([]);
    expect(result.recognition.tables.map((t) => t.profileYears)).toEqual([
      "2020 (из названия листа)",
      "2021 (из заголовка таблицы)",
    ]);
    expect(result.recognition.notes).toContainEqual(
      expect.stringMatching(/^Найдены рисковые профили разных лет: 2020 .*2021 .*построены по профилям 2021 года/),
    );
  });
});

describe("«Динамика рисков» when the later table's factors do not match the earlier one's", () => {
  /** Four factors of the earlier list and one that list does not have. */
  const laterColumns = [2, 6, 1, 9];
  const NEW_FACTOR = "Риски низкой адаптивности учебного процесса";
  const later = LATER.map((s) => ({ ...s, high: s.high.filter((n) => laterColumns.includes(n)) }));
  const sheetGrid = profileSheet(
    "ООНОР 2021",
    "Рисковые профили",
    later,
    [...laterColumns, 0],
    [...laterColumns.map(D), NEW_FACTOR],
  );
  // The unknown factor's column: high for the first school.
  sheetGrid.cells[3][3 + laterColumns.length] = "высокий";
  const result = runEngine(
    [profileSheet("ООНОР 2020", "Рисковые профили", EARLIER, ALL, "numbers"), sheetGrid],
    new Set(),
    { asOf },
  );
  const sheet = dynamicsSheet(result.sheets);

  it("reports the unmatched columns with their header cells and the differing counts", () => {
    const warnings = sheet.problems.filter((p) => p.severity === "warning");
    expect(warnings[0]).toMatchObject({ sheet: "ООНОР 2021", row: 2, col: 3 });
    expect(warnings[0].message).toMatch(
      /колонок факторов 5, в профилях 2020 — 10: динамика рисков построена только по общим факторам \(4\)/,
    );
    const unmatched = warnings.slice(1).map((p) => [p.sheet, p.row, p.col]);
    // РФ3, РФ4, РФ5, РФ7, РФ8, РФ10 of 2020 (row 2, columns D…M) and the new factor of 2021 (row 3, column H).
    expect(unmatched).toEqual([...[3, 4, 5, 7, 8, 10].map((n) => ["ООНОР 2020", 1, 2 + n]), ["ООНОР 2021", 2, 7]]);
    expect(warnings.at(-1)!.message).toContain(
      `колонке «Рисковые факторы / ${NEW_FACTOR}» (H3) нет соответствующего фактора в профилях 2020`,
    );
    expect(result.problems).toEqual(expect.arrayContaining(warnings));
  });

  it("builds the dynamics for the four shared factors only", () => {
    const numberAfter = new Map(laterColumns.map((n, i) => [D(n), i + 1]));
    const ref = referenceDynamics(refYear("2020", EARLIER, ALL), refYear("2021", later, laterColumns), numberAfter);
    // then the schools found in one year only (their own test)
    expect(sheet.main.rows.slice(0, ref.rows.length)).toEqual(ref.rows);
    expect(sheet.above[1].rows).toHaveLength(4);
    // four factors leave room: the municipalities stay above, the main table still starts on page 1 or 2
    expect(sheet.above[0].caption).toBe("По муниципалитетам");
    expect(result.sheets.map((s) => s.sheetName)).not.toContain("Динамика по муниципалитетам");
    expect(mainTablePage(layoutSheet(sheet))).toBeLessThanOrEqual(2);
    expect(sheet.notes).toContainEqual(expect.stringContaining(`«Рисковые факторы / ${NEW_FACTOR}» (2021)`));
  });
});

describe("«Динамика рисков» from one long table with a «Год» column", () => {
  const rows: Cell[][] = [
    ["Рисковые профили ООНОР"],
    ["Год", "Муниципалитет", "Наименование ОО", "РФ1", "РФ2", "РФ3"],
    [2020, "Тарский МР", "МБОУ «СОШ №14»", "высокий", "высокий", null],
    [2020, "Тарский МР", "МКОУ «Лесная ООШ»", null, "В", null],
    ["2020", "Калачинский МР", "МБОУ «СОШ №14»", "+", null, null],
    ["прошлый", "Калачинский МР", "МБОУ «Речная СОШ»", "+", null, null],
    [2021, "Тарский МР", "МБОУ «СОШ № 14»", null, "высокий", "высокий"],
    [2021, "Тарский МР", "МКОУ «Лесная ООШ»", null, "средний", null],
    ["2021 г.", "Калачинский МР", "МБОУ «СОШ № 14»", "+", null, null],
  ];
  const result = runEngine([grid("Профили", rows)], new Set(), { asOf });
  const sheet = dynamicsSheet(result.sheets);

  it("splits the table by year and joins the years by normalised name and municipality", () => {
    expect(sheet.main.rows).toEqual([
      ["Тарский МР", "МБОУ «СОШ № 14»", "1, 2", "2, 3", "1", "2", "3", "нет"],
      ["Тарский МР", "МКОУ «Лесная ООШ»", "2", "", "2", "", "", "да"],
      ["Калачинский МР", "МБОУ «СОШ № 14»", "1", "1", "", "1", "", "нет"],
    ]);
    expect(sheet.notes).toContainEqual(expect.stringMatching(/по наименованию ОО и муниципалитету: в обоих годах — 3/));
    expect(result.recognition.tables[0].profileYears).toBe("2020, 2021 (колонка «Год»)");
  });

  it("reports a row whose year is unreadable, and gives the other reports the latest year only", () => {
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        sheet: "Профили",
        row: 5,
        col: 0,
        message: expect.stringContaining("«прошлый» — не год"),
      }),
    );
    const groups = result.sheets.find((s) => s.reportId === "riskGroups")!;
    expect(rowsByHeader(groups.main, ["Муниципалитет", "Наименование ОО", "Группы риска"]).map(Object.values)).toEqual([
      ["Тарский МР", "МБОУ «СОШ № 14»", "2, 3"],
      ["Тарский МР", "МКОУ «Лесная ООШ»", ""],
      ["Калачинский МР", "МБОУ «СОШ № 14»", "1"],
    ]);
    expect(result.problems.filter((p) => /одна и та же ОО/.test(p.message))).toEqual([]);
  });
});

describe("a workbook with profiles of one year", () => {
  it("has no «Динамика рисков» and says why", () => {
    const result = runEngine(
      [profileSheet("Профили", "Рисковые профили, 2021 год", LATER, ALL, "numbers")],
      new Set(),
      { asOf },
    );
    expect(result.sheets.map((s) => s.reportId)).not.toContain("riskDynamics");
    expect(result.summary).toContainEqual(
      expect.stringMatching(/^Отчёт «Динамика рисков» не построен: не найдены рисковые профили двух разных лет/),
    );
    expect(result.recognition.tables[0].profileYears).toBe("2021 (из заголовка таблицы)");
  });
});
