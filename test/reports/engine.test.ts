import fc from "fast-check";
import { mustDayOf } from "../../src/core/calendar";
import type { Cell, SheetGrid } from "../../src/core/cell";
import { parsePlanPeriod } from "../../src/core/periodText";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings";
import { SETTINGS_SHEET_NAME, settingsToRows } from "../../src/core/settingsSheet";
import { runEngine } from "../../src/reports/engine";
import type { SheetDescription } from "../../src/reports/model";
import { contextGrid, generateRegion, longGrid, wideGrid } from "../fixtures/identification/generated";
import { PLAN_SHEET, sampleGrids, SCHOOLS_SHEET } from "../fixtures/risk/sample";
import { namedFactorSchools, omskPlan, twoRowSchools } from "../fixtures/layouts/grids";
import sampleRegion from "../fixtures/layouts/sample-region.json";
import { columnValues, rowsByHeader } from "../helpers/table";

const asOf = mustDayOf(2021, 6, 15);

function grid(name: string, rows: Cell[][]): SheetGrid {
  const width = Math.max(0, ...rows.map((r) => r.length));
  return {
    name,
    cells: rows.map((r) => [...r, ...new Array<Cell>(width - r.length).fill(null)]),
    origin: { row: 0, col: 0 },
    merges: [],
  };
}

function sample(): SheetGrid[] {
  return Object.entries(sampleGrids()).map(([name, rows]) => grid(name, rows));
}

function settingsGrid(settings: Partial<Settings>): SheetGrid {
  return grid(SETTINGS_SHEET_NAME, settingsToRows({ ...DEFAULT_SETTINGS, ...settings }));
}

function sheet(sheets: SheetDescription[], id: SheetDescription["reportId"]): SheetDescription {
  const found = sheets.find((s) => s.reportId === id);
  if (!found) throw new Error(`нет отчёта ${id}`);
  return found;
}

/** «да» in «Превышение нормы» of «Кураторы». */
function overloaded(sheets: SheetDescription[]): number {
  const curators = sheet(sheets, "curators").main;
  const col = curators.columns.findIndex((c) => c.header === "Превышение нормы");
  return curators.rows.filter((r) => r[col] === "да").length;
}

describe("runEngine", () => {
  it("builds every report the sample region allows, in SPEC order, with «Замечания» last", () => {
    const result = runEngine(sample(), new Set(), { asOf });
    expect([...new Set(result.sheets.map((s) => s.reportId))]).toEqual([
      "riskGroups",
      "riskSummary",
      "curators",
      "indicators",
      "planStatus",
      "quarterReport",
      "remarks",
    ]);
    expect(result.sheets.every((s) => s.asOf === asOf)).toBe(true);
    // every sheet written is listed, a report's further sheets too (issue 23: one grid per sheet)
    expect(result.summary[0]).toBe(
      "Построены отчёты: «Группы риска», «Сводка рисков», «Кураторы», «Показатели», «Показатели — списки школ», «Исполнение плана», «Отчёт за квартал».",
    );
    expect(result.sheets.map((s) => s.sheetName).slice(-2)).toEqual(["Замечания", "Что распознано"]);
    expect(result.summary).toContainEqual(expect.stringMatching(/^Просрочено: \d+ из 8, процент исполнения/));
    expect(result.recognition.available).toContain("planStatus");
    expect(sheet(result.sheets, "riskGroups").main.rows).toHaveLength(24);
  });

  it("builds only the reports asked for, and always «Замечания»", () => {
    const result = runEngine(sample(), new Set(), { asOf }, ["curators"]);
    expect([...new Set(result.sheets.map((s) => s.reportId))]).toEqual(["curators", "remarks"]);
  });

  it("reads the settings sheet: its curator cap is in force", () => {
    const byDefault = overloaded(runEngine(sample(), new Set(), { asOf }).sheets);
    const strict = runEngine([...sample(), settingsGrid({ curatorCap: 1 })], new Set(), { asOf });
    expect(strict.settings.curatorCap).toBe(1);
    expect(overloaded(strict.sheets)).toBeGreaterThan(byDefault);
    // The settings sheet is not mistaken for a table of the user's.
    expect(strict.recognition.tables.map((t) => t.sheet)).not.toContain(SETTINGS_SHEET_NAME);
  });

  it("puts this run's period over the settings sheet's, and the settings sheet's over the plan title's", () => {
    const notes = (sheets: SheetDescription[]) => sheet(sheets, "planStatus").notes.join("\n");
    const schoolYear = parsePlanPeriod("2020-2021 учебный год", DEFAULT_SETTINGS.schoolYearEnd, "settings")!;
    expect(notes(runEngine(sample(), new Set(), { asOf }).sheets)).toMatch(/2021/);
    const fromSettings = runEngine([...sample(), settingsGrid({ planPeriod: schoolYear })], new Set(), { asOf });
    expect(notes(fromSettings.sheets)).toMatch(/01\.09\.2020/);
    const fromRun = runEngine([...sample(), settingsGrid({ planPeriod: schoolYear })], new Set(), {
      asOf,
      planPeriodText: "2021-2022",
    });
    expect(notes(fromRun.sheets)).toMatch(/2021–2022|31\.12\.2022/);
    expect(notes(fromRun.sheets)).not.toMatch(/01\.09\.2020/);
  });

  it("«Отчёт за квартал»: the run's quarter, the settings sheet's due day; a quarter outside the plan period is refused", () => {
    const quarterOf = (result: ReturnType<typeof runEngine>) => sheet(result.sheets, "quarterReport");
    const byDefault = quarterOf(runEngine(sample(), new Set(), { asOf }));
    expect(byDefault.title).toBe("Отчёт о выполнении плана за I квартал 2021 года");
    expect(byDefault.notes[0]).toBe("Срок представления: 05.04.2021");
    const chosen = quarterOf(
      runEngine([...sample(), settingsGrid({ quarterReportDay: 10 })], new Set(), {
        asOf,
        quarterText: "III квартал 2021",
      }),
    );
    expect(chosen.title).toBe("Отчёт о выполнении плана за III квартал 2021 года");
    expect(chosen.notes).toContain("Срок представления: 10.10.2021");
    expect(chosen.notes).toContain(
      "Квартал ещё не закончился на 15.06.2021: статусы — на 30.09.2021 по отметкам о выполнении на сегодня",
    );
    const refused = runEngine(sample(), new Set(), { asOf, quarterText: "2022-1" });
    expect(refused.choiceRefused).toEqual({
      option: "quarter",
      message: "I квартал 2022 года вне периода плана (01.01.2021–31.12.2021).",
    });
    expect(refused.problems[0]).toEqual({
      message: "I квартал 2022 года вне периода плана (01.01.2021–31.12.2021). Отчёт «Отчёт за квартал» не построен.",
      severity: "error",
    });
    expect(refused.sheets.map((s) => s.reportId)).not.toContain("quarterReport");
    expect(refused.summary).toContain(
      "Отчёт «Отчёт за квартал» не построен: I квартал 2022 года вне периода плана (01.01.2021–31.12.2021).",
    );
    const early = runEngine(sample(), new Set(), { asOf: mustDayOf(2021, 3, 1) });
    expect(early.sheets.map((s) => s.reportId)).not.toContain("quarterReport");
    expect(early.summary).toContain(
      "Отчёт «Отчёт за квартал» не построен: ни один квартал периода плана (01.01.2021–31.12.2021) не закончился к 01.03.2021.",
    );
    expect(runEngine(sample(), new Set(), { asOf, quarterText: " третий " }).choiceRefused).toEqual({
      option: "quarter",
      message: "квартал «третий» не распознан: укажите год и номер квартала, например «2021-3».",
    });
  });

  it("never reads the add-in's own report sheets as input", () => {
    const copy = grid("Группы риска", sampleGrids()[SCHOOLS_SHEET]);
    const marked = runEngine([...sample(), copy], new Set(["Группы риска"]), { asOf });
    expect(sheet(marked.sheets, "riskGroups").main.rows).toHaveLength(24);
    expect(marked.recognition.tables.map((t) => t.sheet)).not.toContain("Группы риска");
  });

  it("leaves out a report whose data is missing and says why in «Замечания»", () => {
    const result = runEngine([grid(PLAN_SHEET, sampleGrids()[PLAN_SHEET])], new Set(), { asOf });
    expect([...new Set(result.sheets.map((s) => s.reportId))]).toEqual(["planStatus", "quarterReport", "remarks"]);
    const remarksNotes = sheet(result.sheets, "remarks").notes;
    expect(remarksNotes).toContain(
      "Отчёты «Группы риска», «Сводка рисков» не построены: не найден список школ с рисковыми факторами.",
    );
    expect(result.summary).toContain("Отчёт «Кураторы» не построен: в списке школ нет колонки «Куратор».");
  });

  it("builds the four sheets of the steps before a plan when a results table is found, after the others", () => {
    const region = generateRegion(20260101);
    const result = runEngine([...sample(), longGrid(region), contextGrid(region)], new Set(), { asOf });
    expect([...new Set(result.sheets.map((s) => s.reportId))]).toEqual([
      "riskGroups",
      "riskSummary",
      "curators",
      "indicators",
      "planStatus",
      "identification",
      "stableHigh",
      "partners",
      "interviews",
      "quarterReport",
      "remarks",
    ]);
    expect(result.recognition.available).toEqual(
      expect.arrayContaining(["identification", "stableHigh", "partners", "interviews"]),
    );
    expect(sheet(result.sheets, "identification").main.rows).toHaveLength(region.length);
    expect(result.summary[0]).toMatch(
      /«Выявление ШНОР», «ОО без результатов процедур», «Стабильно высокие результаты», «Сетевые пары», «График собеседований», «Отчёт за квартал»\.$/,
    );
    expect(result.recognition.notes.join("\n")).not.toMatch(/пока не строятся/);
    const flagged = columnValues(sheet(result.sheets, "identification").main, "Признак низких результатов").filter(
      (v) => v === "да",
    ).length;
    const unpaired = columnValues(sheet(result.sheets, "partners").main, "Партнёр").filter((v) => v === "").length;
    expect(result.summary).toContain(
      `Признак низких результатов: ${flagged} из ${region.length} ОО; без партнёра ${unpaired}`,
    );
  });

  it("without a results table says why the four sheets are not built", () => {
    const result = runEngine(sample(), new Set(), { asOf });
    // one line for the four: they want the same table
    expect(result.summary.filter((line) => line.includes("не найдена таблица результатов оценочных процедур"))).toEqual(
      [
        expect.stringMatching(
          /^Отчёты «Выявление ШНОР», «Стабильно высокие результаты», «Сетевые пары», «График собеседований» не построены: не найдена таблица результатов оценочных процедур/,
        ),
      ],
    );
  });

  it("the settings sheet's identification rules are in force: a lower threshold flags more, a partner cap of 1 pairs fewer", () => {
    const region = generateRegion(777);
    const grids = [longGrid(region), contextGrid(region)];
    const flagged = (sheets: SheetDescription[]) =>
      columnValues(sheet(sheets, "identification").main, "Признак низких результатов").filter((v) => v === "да").length;
    const paired = (sheets: SheetDescription[]) =>
      columnValues(sheet(sheets, "partners").main, "Партнёр").filter((v) => v !== "").length;
    const byDefault = runEngine(grids, new Set(), { asOf });
    const identification = { ...DEFAULT_SETTINGS.identification, threshold: 20, partnerCap: 1 };
    const changed = runEngine([...grids, settingsGrid({ identification })], new Set(), { asOf });
    expect(changed.settings.identification).toEqual(identification);
    expect(flagged(changed.sheets)).toBeGreaterThan(flagged(byDefault.sheets));
    expect(sheet(changed.sheets, "identification").notes.join("\n")).toMatch(/не менее 20 % участников/);
    expect(sheet(changed.sheets, "partners").notes.join("\n")).toMatch(/не более 1 ШНОР на партнёра/);
    const partners = (sheets: SheetDescription[]) =>
      columnValues(sheet(sheets, "partners").main, "Партнёр").filter((p) => p !== "");
    // Cap 2 lets a partner take two schools in this region; cap 1 never does.
    expect(new Set(partners(byDefault.sheets)).size).toBeLessThan(partners(byDefault.sheets).length);
    expect(new Set(partners(changed.sheets)).size).toBe(partners(changed.sheets).length);
    expect(paired(changed.sheets)).toBeGreaterThan(0);
  });

  it("builds the steps before a plan for a region of 40 000 schools (wide results, context)", () => {
    const region = generateRegion(4, 40_000);
    const result = runEngine([wideGrid(region), contextGrid(region)], new Set(), { asOf }, [
      "identification",
      "stableHigh",
      "partners",
      "interviews",
    ]);
    expect(result.summary.join("\n")).not.toMatch(/внутренней ошибки/);
    // Every school with a result is judged (the generator leaves a rare school without any).
    const withResults = region.filter((s) => [...s.counts.values()].some((byYear) => byYear.size > 0)).length;
    expect(withResults).toBeGreaterThan(39_990);
    expect(sheet(result.sheets, "identification").main.rows).toHaveLength(withResults);
    expect(sheet(result.sheets, "partners").main.rows.length).toBeGreaterThan(1000);
  }, 60_000);

  it("says when nothing can be built", () => {
    const result = runEngine(
      [grid("Лист1", [["Протокол совещания от 12.03.2021"], ["Присутствовали: 14 человек"]])],
      new Set(),
      { asOf },
    );
    expect([...new Set(result.sheets.map((s) => s.reportId))]).toEqual(["remarks"]);
    expect(result.summary[0]).toBe("Ни один отчёт не построен: в книге не найдено нужных данных.");
  });

  it("filters by municipality, and reports a municipality that is not in the list instead of empty reports", () => {
    const tara = runEngine(sample(), new Set(), { asOf, municipality: "Тарский район" });
    expect(sheet(tara.sheets, "riskGroups").main.rows).toHaveLength(6);
    expect(tara.problems.filter((p) => /Муниципалитет/.test(p.message))).toEqual([]);
    const typo = runEngine(sample(), new Set(), { asOf, municipality: "Омский район" });
    expect(typo.problems).toContainEqual(
      expect.objectContaining({
        severity: "error",
        message: expect.stringMatching(
          /^Муниципалитет «Омский район» не найден в списке школ: ни одно название не содержит всех этих слов; ближайшие: «/,
        ),
      }),
    );
    expect(typo.municipalityRefused).toMatch(/^муниципалитет «Омский район» не найден/);
    expect(sheet(typo.sheets, "riskGroups").main.rows).toEqual([]);
    // Whole leading words name the municipality; the reports then name it in full.
    const short = runEngine(sample(), new Set(), { asOf, municipality: "тарский" });
    expect(short.municipalityRefused).toBeUndefined();
    expect(sheet(short.sheets, "riskGroups").main.rows).toHaveLength(6);
    expect(sheet(short.sheets, "riskGroups").notes[0]).toBe("Только муниципалитет «Тарский район»: 6 ОО");
  });

  it("reports a run period it cannot read, and still builds with the period of the plan", () => {
    const result = runEngine(sample(), new Set(), { asOf, planPeriodText: "весь проект" });
    expect(result.problems[0]).toMatchObject({
      severity: "error",
      message: expect.stringContaining("Период плана «весь проект» не распознан"),
    });
    expect([...new Set(result.sheets.map((s) => s.reportId))]).toContain("planStatus");
  });

  it("lists each problem once in «Замечания»", () => {
    const grids = sample();
    grids[0].cells[3][6] = "ВС"; // a factor cell every risk report reads
    const result = runEngine(grids, new Set(), { asOf });
    const remarks = sheet(result.sheets, "remarks");
    expect(remarks.main.rows).toHaveLength(result.problems.length);
    const g4 = rowsByHeader(remarks.main).filter((r) => r["Лист"] === SCHOOLS_SHEET && r["Ячейка"] === "G4");
    expect(g4).toHaveLength(1);
    expect(g4[0]["Важность"]).toBe("ошибка");
  });

  it("never throws and never crashes a builder on mutated real workbooks, and builds every report in most runs", () => {
    // Real layouts (the risk sample, the sample region, a generated results region, the layout fixtures), with
    // a few cells overwritten, rows dropped or repeated: close enough to real input that every builder runs.
    const bases: SheetGrid[][] = [
      [...sample(), wideGrid(generateRegion(3)), contextGrid(generateRegion(3))],
      [...(sampleRegion as SheetGrid[]), longGrid(generateRegion(5)), contextGrid(generateRegion(5))],
      [...sample(), omskPlan, twoRowSchools(true), namedFactorSchools, wideGrid(generateRegion(8))],
    ];
    const value = fc.oneof(
      fc.constant(null),
      fc.constantFrom(
        "Наименование ОО",
        "Муниципалитет",
        "Куратор",
        "РФ1",
        "Мероприятие",
        "Сроки",
        "Итого",
        "высокий",
        "В",
        "H",
        "+",
        "да",
        "нет",
        "частично",
      ),
      fc.constantFrom(
        "март 2021",
        "31.02.2021",
        "до 01.09.2021",
        "ежеквартально",
        "все",
        "1, 3",
        "2-4, 9",
        "#Н/Д",
        "#DIV/0!",
        "",
        " ",
      ),
      fc.string({ maxLength: 6 }),
      fc.integer({ min: -5, max: 50_000 }),
      fc.double({ noNaN: true }),
      fc.boolean(),
    );
    const edit = fc.record({
      sheet: fc.nat(),
      row: fc.nat(),
      col: fc.nat(),
      kind: fc.constantFrom("set", "set", "set", "drop", "repeat"),
      value,
    });
    const runs = 200;
    const built = new Map<string, number>();
    fc.assert(
      fc.property(
        fc.nat({ max: bases.length - 1 }),
        fc.array(edit, { maxLength: 8 }),
        fc.boolean(),
        (base, edits, filter) => {
          const grids = bases[base].map((g) => ({ ...g, cells: g.cells.map((row) => [...row]) }));
          for (const e of edits) {
            const g = grids[e.sheet % grids.length];
            if (g.cells.length === 0) continue;
            const r = e.row % g.cells.length;
            if (e.kind === "drop") g.cells.splice(r, 1);
            else if (e.kind === "repeat") g.cells.splice(r, 0, [...g.cells[r]]);
            else if (g.cells[r].length > 0) g.cells[r][e.col % g.cells[r].length] = e.value;
          }
          const result = runEngine(grids, new Set(), { asOf, municipality: filter ? "Тарский район" : undefined });
          expect(result.summary.join("\n")).not.toMatch(/внутренней ошибки/);
          // Each problem is produced once, at its source: no two remarks say the same of the same cell.
          const said = result.problems.map((p) => JSON.stringify([p.file, p.sheet, p.row, p.col, p.message]));
          expect(new Set(said).size).toBe(said.length);
          expect(result.sheets[result.sheets.length - 1].reportId).toBe("remarks");
          for (const s of result.sheets) built.set(s.reportId, (built.get(s.reportId) ?? 0) + 1);
        },
      ),
      { numRuns: runs },
    );
    // Each report is built in a good share of the runs, or the property would test nothing for it.
    for (const id of [
      "riskGroups",
      "riskSummary",
      "curators",
      "indicators",
      "planStatus",
      "identification",
      "stableHigh",
      "partners",
      "interviews",
    ]) {
      expect(built.get(id) ?? 0).toBeGreaterThan(runs * 0.4);
    }
  });

  it("handles a region of 40 000 schools", () => {
    const levels = ["высокий", "средний", "низкий", null];
    const rows: Cell[][] = [
      [
        "Муниципалитет",
        "Наименование ОО",
        "Логин",
        "Куратор",
        "РФ1",
        "РФ2",
        "РФ3",
        "РФ4",
        "РФ5",
        "РФ6",
        "РФ7",
        "РФ8",
        "РФ9",
        "РФ10",
        "Размещено в ИС МЭДК",
      ],
    ];
    for (let i = 0; i < 40_000; i++) {
      rows.push([
        `МР № ${i % 60}`,
        `МБОУ «СОШ № ${i}»`,
        `sch${i}`,
        `Куратор ${Math.floor(i / 2)}`,
        ...Array.from({ length: 10 }, (_, f) => levels[(i * 7 + f * 3) % 4]),
        i % 3 === 0 ? "нет" : "да",
      ]);
    }
    const result = runEngine([grid("ШНОР", rows), grid(PLAN_SHEET, sampleGrids()[PLAN_SHEET])], new Set(), { asOf });
    expect(sheet(result.sheets, "riskGroups").main.rows).toHaveLength(40_000);
  });
});
