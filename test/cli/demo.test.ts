/** The demo region (scripts/demo/generate.js): the same workbook every time, its flaws, and the reports it gives. */
import { spawnSync } from "child_process";
import { readdirSync } from "fs";
import { join, resolve } from "path";
import type ExcelJS from "exceljs";
import { gridOfWorksheet } from "../helpers/excelJsGrid";
import { openWorkbook, readXlsxFile, tempFolder } from "../helpers/workbooks";
import { dayOf } from "../../src/core/calendar";
import { percentText } from "../../src/core/numberText";
import { runEngine } from "../../src/reports/engine";
import { demoPlanItems, refIndicators, refQuarter } from "./planResultsReference";
import { blockRows, type RefYear, referenceDynamics } from "./riskDynamicsReference";
import { buildCli } from "../helpers/buildCli";

const ROOT = resolve(__dirname, "..", "..");
const QUARTER_COLUMNS = [
  "№",
  "Мероприятие",
  "Сроки (как в плане)",
  "Ответственный",
  "Контрольные сроки в квартале",
  "Статус на конец квартала",
  "Выполнено в квартале",
];
const QUARTER_FIGURES = [
  "Пунктов в отчёте",
  "Со сроком в квартале",
  "Выполнено",
  "Просрочено на конец квартала",
  "Окончание к концу квартала",
  "Из них выполнено",
  "Процент исполнения за квартал",
];
const PLAN_INDICATOR_COLUMNS = [
  "Показатель",
  "Мероприятия",
  "Выполнено",
  "В работе",
  "Просрочено",
  "Не начато или без срока",
  "Всего",
  "Доля по региону",
  "Колонка списка школ",
];

interface DemoModule {
  buildDemoWorkbook(schools?: number, seed?: number): ExcelJS.Workbook;
  generate(out: string, schools?: number): Promise<string>;
  DEMO_AS_OF: string;
}

let demo: DemoModule;

beforeAll(() => {
  buildCli();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  demo = require(join(ROOT, "scripts", "demo", "generate.js")) as DemoModule;
}, 120_000);

function cellsOf(workbook: ExcelJS.Workbook): Record<string, unknown[][]> {
  return Object.fromEntries(workbook.worksheets.map((s) => [s.name, gridOfWorksheet(s).cells]));
}

/** Data rows of a written report sheet's main table (from the row starting with `first` to the first empty row). */
/**
 * The data rows of a sheet's main table: under the widest header row that starts with `first` and has a header in
 * every column (a summary above it merges its columns over several of main's, leaving gaps).
 */
function mainRows(sheet: ExcelJS.Worksheet, first: string): unknown[][] {
  const cells = gridOfWorksheet(sheet).cells;
  const filled = (row: unknown[]): number => row.findIndex((v) => v === null || v === "");
  const width = (row: unknown[]): number => (filled(row) < 0 ? row.length : filled(row));
  const headerRows = cells
    .map((row, i) => ({ row, i }))
    .filter(({ row }) => row[0] === first && row.slice(width(row)).every((v) => v === null || v === ""));
  const top = headerRows.reduce((best, h) => (width(h.row) > width(best.row) ? h : best), headerRows[0]).i;
  const end = cells.findIndex((row, i) => i > top && row.every((v) => v === null));
  return cells.slice(top + 1, end < 0 ? undefined : end);
}

/** A demo profile sheet as the reference reads it: logins as keys (the first row of a login wins), «высокий», «В», «+» high. */
function demoYear(cells: unknown[][], label: string): RefYear {
  const header = cells.findIndex((row) => row.includes("Логин ОО"));
  const [m, n, l] = ["Муниципалитет", "Наименование ОО", "Логин ОО"].map((h) => cells[header].indexOf(h));
  // Factor k's column: «РФk» in the header row, or k under «Рисковые факторы» in the row below it.
  const columnOf = (k: number): number => {
    const named = cells[header].indexOf(`РФ${k}`);
    return named >= 0 ? named : cells[header + 1].indexOf(k);
  };
  const schools: RefYear["schools"] = [];
  for (const row of cells.slice(header + 1)) {
    const login = row[l];
    if (typeof login !== "string" || !login.startsWith("sch") || schools.some((s) => s.key === login)) continue;
    const high = new Set(
      [...Array(10).keys()]
        .map((i) => i + 1)
        .filter((k) => ["высокий", "В", "+"].includes(String(row[columnOf(k)])))
        .map(String),
    );
    schools.push({ key: login, municipality: String(row[m]), name: String(row[n]), high });
  }
  return { label, schools, factors: [...Array(10).keys()].map((i) => String(i + 1)) };
}

describe("demo region", () => {
  it("is the same workbook every time (fixed seed) and another one for another seed", () => {
    expect(cellsOf(demo.buildDemoWorkbook())).toEqual(cellsOf(demo.buildDemoWorkbook()));
    expect(cellsOf(demo.buildDemoWorkbook(100, 7))).not.toEqual(cellsOf(demo.buildDemoWorkbook()));
  });

  it("holds about 100 schools in several municipalities, levels written in words, letters and «+», and the planted flaws", () => {
    const cells = cellsOf(demo.buildDemoWorkbook());
    const profiles = cells["Рисковые профили"].slice(3) as (string | number | null)[][];
    const schools = profiles.filter((r) => typeof r[2] === "string" && r[2].startsWith("sch"));
    expect(schools.length).toBeGreaterThanOrEqual(100);
    expect(new Set(schools.map((r) => r[0])).size).toBeGreaterThanOrEqual(6);
    const levels = new Set(schools.flatMap((r) => r.slice(4)));
    for (const written of ["высокий", "В", "Н", "+", "ВС", "H"]) expect(levels).toContain(written);
    const logins = schools.map((r) => r[2]);
    expect(logins.length - new Set(logins).size).toBe(1);
    const perCurator = new Map<unknown, number>();
    for (const r of schools) perCurator.set(r[3], (perCurator.get(r[3]) ?? 0) + 1);
    expect(Math.max(...perCurator.values())).toBe(4);
    expect(cells["План-график"].flat()).toContain("31.02.2021");
    expect(cells["План-график"][0][0]).toMatch(/на 2021 год$/);
  });

  it("`npm run demo` says that the data errors it prints are planted in the demo book on purpose, then plays the quarterly round", async () => {
    const folder = tempFolder("shnor-demo-run-");
    const run = spawnSync(process.execPath, [join(ROOT, "scripts", "demo", "run.js"), folder], { encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^ошибка: /m);
    expect(run.stdout).toContain("ошибки в данных заложены в демонстрационную книгу намеренно");
    expect(run.stdout.indexOf("намеренно")).toBeLessThan(run.stdout.indexOf("Отчёты записаны"));
    expect(run.stdout).toContain(`Отчёты на ${demo.DEMO_AS_OF}: ${join(folder, "demo-reports.xlsx")}`);
    await checkRound(folder, run.stdout);
  });

  /**
   * The round `npm run demo` plays (scripts/demo/round.js, issue 27): a form per municipality, five of them «filled»
   * — one never returned — and the returned ones consolidated: «Сдача форм» names every municipality without a form.
   */
  async function checkRound(folder: string, stdout: string): Promise<void> {
    const made = readdirSync(join(folder, "Формы")).sort();
    const municipalities = new Set(
      mainRows(
        (await openWorkbook(join(folder, "demo-reports.xlsx"))).getWorksheet("Выявление ШНОР")!,
        "Муниципалитет",
      ).map((r) => String(r[0])),
    );
    expect(made).toEqual([...municipalities].map((m) => `Форма — ${m}.xlsx`).sort());
    const filled = [...stdout.matchAll(/^Форма — (.+)\.xlsx: заполнена /gm)].map((m) => m[1]);
    const never = [...stdout.matchAll(/^Форма — (.+)\.xlsx: не вернул форму$/gm)].map((m) => m[1]);
    expect(filled).toHaveLength(4);
    expect(never).toHaveLength(1);
    expect(readdirSync(join(folder, "Возвращённые формы")).sort()).toEqual(
      filled.map((m) => `Форма — ${m}.xlsx`).sort(),
    );
    expect(stdout).toContain(`Свод по формам муниципалитетов: ${join(folder, "demo-round.xlsx")}`);

    const round = await openWorkbook(join(folder, "demo-round.xlsx"));
    const handed = gridOfWorksheet(round.getWorksheet("Сдача форм")!).cells;
    const line = handed.flat().find((v) => typeof v === "string" && v.startsWith("Не представили форму: ")) as string;
    const missing = [...municipalities].filter((m) => !filled.includes(m));
    expect(missing).toContain(never[0]);
    expect(line.replace("Не представили форму: ", "").split(", ").sort()).toEqual(missing.sort());
    const received = mainRows(round.getWorksheet("Сдача форм")!, "Муниципалитет");
    expect(received.map((r) => [r[0], r[1]]).sort()).toEqual(
      [...municipalities].map((m) => [m, filled.includes(m) ? "да" : "нет"]).sort(),
    );
    // one column per municipality in «Свод по муниципалитетам», and «k из n» with n all of them
    const summary = mainRows(round.getWorksheet("Свод по муниципалитетам")!, "№");
    expect(summary.length).toBeGreaterThan(0);
    for (const row of summary) expect(row[row.length - 1]).toMatch(new RegExp(`^\\d+ из ${municipalities.size}$`));
  }

  it("gives every report at its «на дату», with a mix of statuses and the flaws pointed out", async () => {
    const folder = tempFolder("shnor-demo-");
    const input = await demo.generate(join(folder, "demo-region.xlsx"));
    const out = join(folder, "demo-reports.xlsx");
    const run = spawnSync(
      process.execPath,
      [join(ROOT, "bin", "shnor.js"), "report", input, "--out", out, "--as-of", demo.DEMO_AS_OF],
      { encoding: "utf8" },
    );
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/лист «Рисковые профили», ячейка G14: .*«ВС»/);
    expect(run.stderr).toMatch(/лист «План-график», ячейка D\d+: .*«31\.02\.2021»/);
    expect(run.stderr).toMatch(/записана дважды/);
    const written = await openWorkbook(out);
    expect(written.worksheets.map((s) => s.name)).toEqual([
      "Группы риска",
      "Сводка рисков",
      "Кураторы",
      "Показатели",
      "Показатели — списки школ",
      "Исполнение плана",
      "Выявление ШНОР",
      "Стабильно высокие результаты",
      "Сетевые пары",
      "График собеседований",
      "Динамика рисков",
      "Динамика по муниципалитетам",
      "Отчёт за квартал",
      "Показатели плана",
      "Замечания",
      "Что распознано",
    ]);
    // The demo's ИСБШ weights come from its settings sheet, which stays out of the file (no --with-settings).
    const plan = written.getWorksheet("Исполнение плана")!;
    let header = 0;
    plan.eachRow((row, n) => {
      if (header === 0 && (row.values as unknown[]).includes("Статус")) header = n;
    });
    const statusCol = (plan.getRow(header).values as unknown[]).indexOf("Статус");
    const statuses = new Set<unknown>();
    plan.eachRow((row, n) => n > header && statuses.add(row.getCell(statusCol).value));
    for (const status of ["Выполнено", "В работе", "Просрочено", "Не начато", "Срок не распознан", "Без срока"])
      expect(statuses).toContain(status);

    // The monitoring sheet's «Доля «2» ВПР, % (вход)/(итог)» pair is an indicator, not context data.
    const indicators = new Set(mainRows(written.getWorksheet("Показатели")!, "Показатель").map((r) => r[0]));
    expect(indicators).toContain("Положительная динамика: Доля «2» ВПР, %");
    expect(indicators).toContain("Размещено в ИС МЭДК");

    // The steps before a plan: some schools flagged, a register, pairs, a timetable, ИСБШ from the stored weights.
    const judged = mainRows(written.getWorksheet("Выявление ШНОР")!, "Муниципалитет");
    expect(judged).toHaveLength(100);
    const flagged = judged.filter((r) => r[3] === "да");
    expect(flagged.length).toBeGreaterThan(5);
    expect(flagged.length).toBeLessThan(50);
    expect(judged.some((r) => String(r[4]).includes("нет результатов за 2020"))).toBe(true);
    expect(judged.every((r) => typeof r[5] === "number")).toBe(true);
    expect(judged.some((r) => r[6] === "да")).toBe(true);
    expect(mainRows(written.getWorksheet("Стабильно высокие результаты")!, "Муниципалитет").length).toBeGreaterThan(0);
    expect(mainRows(written.getWorksheet("Сетевые пары")!, "Муниципалитет ШНОР")).toHaveLength(flagged.length);
    expect(mainRows(written.getWorksheet("График собеседований")!, "Дата")).toHaveLength(flagged.length);

    // «Динамика рисков»: last year's profiles against this year's, every school's row as the reference gives it.
    const cells = cellsOf(demo.buildDemoWorkbook());
    const ref = referenceDynamics(
      demoYear(cells["Рисковые профили 2020"], "2020"),
      demoYear(cells["Рисковые профили"], "2021"),
      new Map([...Array(10).keys()].map((i) => [String(i + 1), i + 1])),
    );
    const dynamics = gridOfWorksheet(written.getWorksheet("Динамика рисков")!).cells;
    const main = [
      "Муниципалитет",
      "Наименование ОО",
      "Высокой значимости, 2020",
      "Высокой значимости, 2021",
      "Устранены",
      "Сохраняются",
      "Новые",
      "Вышла из групп риска",
    ];
    // ExcelJS reads an empty text cell back as empty: the reference's «» is null here.
    const rows = blockRows(dynamics, main);
    expect(rows.slice(0, ref.rows.length)).toEqual(ref.rows.map((r) => r.map((v) => (v === "" ? null : v))));
    expect(ref.rows.length).toBeGreaterThan(90);
    expect(ref.rows.some((r) => r[7] === "да") && ref.rows.some((r) => r[4] !== "")).toBe(true);
    // the schools found in one year only: rows of the same table after the compared ones, the other year «нет в профилях»
    const oneYear = rows.slice(ref.rows.length);
    expect(oneYear.map((r) => r[1]).sort()).toEqual([...ref.onlyAfter, ...ref.onlyBefore].sort());
    expect(oneYear.every((r) => r[2] === "нет в профилях 2020" || r[3] === "нет в профилях 2021")).toBe(true);
    // the per-municipality summary (8 municipalities and «Итого») on a sheet of its own; the per-factor one above
    const byMunicipality = blockRows(gridOfWorksheet(written.getWorksheet("Динамика по муниципалитетам")!).cells, [
      "Муниципалитет",
      "ОО",
      "Факторов устранено",
      "ОО с уменьшением",
      "ОО вне групп риска",
    ]);
    expect(byMunicipality.slice(0, -1)).toEqual([...ref.byMunicipality].map(([name, v]) => [name, ...v]));
    const byFactor = blockRows(dynamics, ["РФ", "Фактор", "ОО в 2020", "ОО в 2021", "Изменение"]);
    expect(byFactor.map((r) => r.slice(2))).toEqual([...ref.byFactor.values()].map(([b, a]) => [b, a, a - b]));

    // «Отчёт за квартал»: at 15.06.2021 the last ended quarter is the first; every item's row as the reference gives it.
    const items = demoPlanItems();
    const quarter = gridOfWorksheet(written.getWorksheet("Отчёт за квартал")!).cells;
    expect(quarter[0][0]).toBe("Отчёт о выполнении плана за I квартал 2021 года");
    expect(quarter.flat()).toContain("Срок представления: 05.04.2021");
    const refQ1 = refQuarter(items, dayOf(2021, 1, 1)!, dayOf(2021, 3, 31)!);
    expect(blockRows(quarter, QUARTER_COLUMNS)).toEqual(refQ1.rows);
    expect(blockRows(quarter, QUARTER_FIGURES)).toEqual([refQ1.figures]);
    // the line under the figures says what the percentage counts, with the row's own figures (issue 23 item 5)
    // and the items left out, due later, with those of them done: «Выполнено» of the figures is both the done ones
    const [, , doneAll1, , due1, done1, share1] = refQ1.figures as number[];
    expect(quarter.flat()).toContain(
      `Процент исполнения за квартал = выполнено к 31.03.2021 из пунктов отчёта со сроком окончания до 31.03.2021: ${done1} из ${due1} = ${percentText(share1)}; не входят пункты с более поздним сроком — ${refQ1.rows.length - due1} (из них выполнено ${doneAll1 - done1})`,
    );
    expect(share1).toBeCloseTo(done1 / due1, 10);
    expect(refQ1.rows.length).toBeGreaterThan(10);
    // A quarter chosen for the run, not ended at «на дату», with an item carried over from the first: the same reference.
    const { grids } = await readXlsxFile(input);
    const q2 = runEngine(grids, new Set(), { asOf: dayOf(2021, 6, 15)!, quarterText: "2021-2" }).sheets.find(
      (s) => s.reportId === "quarterReport",
    )!;
    const refQ2 = refQuarter(items, dayOf(2021, 4, 1)!, dayOf(2021, 6, 30)!);
    expect(q2.title).toBe("Отчёт о выполнении плана за II квартал 2021 года");
    expect(q2.main.rows).toEqual(refQ2.rows);
    expect(q2.above[0].rows).toEqual([refQ2.figures]);
    expect(refQ2.rows.filter((r) => r[4].startsWith("с прошлых кварталов")).map((r) => r[0])).toEqual(["8"]);

    // «Показатели плана»: each indicator's items and counts at 15.06.2021, the share of its schools column in «Показатели».
    const regional = mainRows(written.getWorksheet("Показатели")!, "Показатель").filter(
      (r) => r[1] === "Итого по региону",
    );
    const shares = new Map(regional.map((r) => [String(r[0]), Number(r[4])]));
    const indicatorRows = blockRows(
      gridOfWorksheet(written.getWorksheet("Показатели плана")!).cells,
      PLAN_INDICATOR_COLUMNS,
    );
    expect(indicatorRows).toEqual(refIndicators(items, dayOf(2021, 6, 15)!, shares));
    expect(indicatorRows.filter((r) => typeof r[7] === "number")).toHaveLength(3);
    // «Всего» is the sum of the four counts before it (issue 23 item 5)
    for (const r of indicatorRows) expect(Number(r[2]) + Number(r[3]) + Number(r[4]) + Number(r[5])).toBe(r[6]);
  });
});
