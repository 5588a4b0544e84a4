/**
 * The file door on two plans in two files (issue 13): `shnor report` reads each plan against its own period, names
 * the plan of every item in a «План» column, counts per plan and in total, and names each remark's file.
 */
import { spawnSync } from "child_process";
import { existsSync } from "fs";
import { join, resolve } from "path";
import type { Cell } from "../../src/core/cell";
import { gridOfWorksheet } from "../helpers/excelJsGrid";
import {
  AS_OF,
  asExpected,
  EXPECTED,
  type ExpectedItem,
  MAIN_HEADERS as MAIN,
  MUNICIPAL,
  MUNICIPAL_LABEL,
  type PlanSheet,
  REGIONAL,
  REGIONAL_LABEL,
  tableUnder,
} from "../fixtures/plans/twoPlans";
import { openWorkbook, tempFolder, writeWorkbook } from "../helpers/workbooks";
import { buildCli } from "../helpers/buildCli";

const ROOT = resolve(__dirname, "..", "..");
const folder = tempFolder("shnor-plans-");

function shnor(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [join(ROOT, "bin", "shnor.js"), ...args], { encoding: "utf8", cwd: folder });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const write = (plan: PlanSheet): Promise<string> =>
  writeWorkbook(join(folder, plan.file), [{ name: plan.sheet, rows: plan.rows }]);

let files: string[];
let sheets: Record<string, Cell[][]>;
let run: ReturnType<typeof shnor>;

beforeAll(async () => {
  buildCli();
  files = [await write(REGIONAL), await write(MUNICIPAL)];
  const out = join(folder, "отчёты.xlsx");
  run = shnor("report", ...files, "--out", out, "--as-of", AS_OF);
  const book = await openWorkbook(out);
  sheets = Object.fromEntries(book.worksheets.map((s) => [s.name, gridOfWorksheet(s).cells]));
}, 120_000);

describe("two plans in two files", () => {
  it("each item is read against its own plan's period, and its plan is named", () => {
    expect(run.status).toBe(0);
    const got = asExpected(tableUnder(sheets["Исполнение плана"], MAIN));
    expect(got).toEqual(EXPECTED);
  });

  it("counts and «Процент исполнения» per plan and in total", () => {
    const cells = sheets["Исполнение плана"];
    expect(tableUnder(cells, ["Статус", REGIONAL_LABEL, MUNICIPAL_LABEL, "Всего"])).toEqual([
      { Статус: "Выполнено", [REGIONAL_LABEL]: 1, [MUNICIPAL_LABEL]: 0, Всего: 1 },
      { Статус: "Срок не распознан", [REGIONAL_LABEL]: 1, [MUNICIPAL_LABEL]: 0, Всего: 1 },
      { Статус: "Не начато", [REGIONAL_LABEL]: 0, [MUNICIPAL_LABEL]: 1, Всего: 1 },
      { Статус: "В работе", [REGIONAL_LABEL]: 1, [MUNICIPAL_LABEL]: 2, Всего: 3 },
      { Статус: "Просрочено", [REGIONAL_LABEL]: 1, [MUNICIPAL_LABEL]: 0, Всего: 1 },
      { Статус: "Всего", [REGIONAL_LABEL]: 4, [MUNICIPAL_LABEL]: 3, Всего: 7 },
    ]);
    const completion = tableUnder(cells, ["План", "Процент исполнения", "Выполнено", "Со сроком до 01.10.2021"]);
    expect(completion).toEqual([
      { План: REGIONAL_LABEL, "Процент исполнения": 0.5, Выполнено: 1, "Со сроком до 01.10.2021": 2 },
      { План: MUNICIPAL_LABEL, "Процент исполнения": null, Выполнено: 0, "Со сроком до 01.10.2021": 0 },
      { План: "Всего", "Процент исполнения": 0.5, Выполнено: 1, "Со сроком до 01.10.2021": 2 },
    ]);
    expect(run.stdout).toContain(`План «${REGIONAL_LABEL}»: Просрочено: 1 из 4, процент исполнения 50,0 %`);
    expect(run.stdout).toContain(`План «${MUNICIPAL_LABEL}»: Просрочено: 0 из 3, процент исполнения не определён`);
    expect(run.stdout).toContain("Всего по 2 планам: Просрочено: 1 из 7, процент исполнения 50,0 %");
  });

  it("the sheet says each plan's period and where it came from", () => {
    const notes = sheets["Исполнение плана"].flat().filter((v): v is string => typeof v === "string");
    expect(notes).toContain(
      `План «${REGIONAL_LABEL}» (лист «Комплекс мер», файл «${REGIONAL.file}»): Период плана: 01.01.2021–31.12.2022 (из заголовка плана: «на 2021-2022 годы»)`,
    );
    expect(notes).toContain(
      `План «${MUNICIPAL_LABEL}» (лист «Дорожная карта», файл «${MUNICIPAL.file}»): Период плана: 01.09.2021–31.08.2022 (из заголовка плана: «2021-2022 учебный год»)`,
    );
  });

  it("«Замечания» and stderr name each problem's file", () => {
    const remarks = tableUnder(sheets["Замечания"], ["Файл", "Лист", "Ячейка", "Замечание", "Важность"]);
    expect(remarks).toContainEqual(
      expect.objectContaining({
        Файл: REGIONAL.file,
        Лист: "Комплекс мер",
        Ячейка: "C7",
        Замечание: expect.stringMatching(/^Пункт № 4 плана «Комплекс мер.*«см\. протокол» не распознан/),
      }),
    );
    expect(remarks).toContainEqual(
      expect.objectContaining({
        Файл: MUNICIPAL.file,
        Лист: "Дорожная карта",
        Ячейка: "E5",
        Замечание: expect.stringContaining("«ожидаем ответы» не распознана"),
      }),
    );
    expect(run.stderr).toMatch(
      new RegExp(`файл «${MUNICIPAL.file}», лист «Дорожная карта», ячейка E5: Пункт № 3 плана «Дорожная карта`),
    );
  });

  it("each file's settings sheet is applied to its own plan; a later one's rows about the schools list are not, and «Замечания» says so", async () => {
    const settings = (rows: Cell[][]) => ({
      name: "Настройки ШНОР",
      rows: [["Параметр", "Значение"], ...rows],
      hidden: true,
    });
    const a = await writeWorkbook(join(folder, "а.xlsx"), [
      { name: REGIONAL.sheet, rows: REGIONAL.rows },
      settings([["Норма кураторов", 3]]),
    ]);
    // The road map's own settings move it a school year on: «май» is May 2023, «до 25.12.2021» falls before it.
    const b = await writeWorkbook(join(folder, "б.xlsx"), [
      { name: MUNICIPAL.sheet, rows: MUNICIPAL.rows },
      settings([
        ["Период плана", "2022-2023 учебный год"],
        ["Норма кураторов", 2],
      ]),
    ]);
    const out = join(folder, "две настройки.xlsx");
    const both = shnor("report", a, b, "--out", out, "--as-of", AS_OF);
    expect(both.status).toBe(0);
    expect(both.stderr).not.toMatch(/Настройки ШНОР \[/);
    const book = await openWorkbook(out);
    const rows = asExpected(
      tableUnder(gridOfWorksheet(book.getWorksheet("Исполнение плана")!).cells, MAIN),
    ) as ExpectedItem[];
    expect(rows.filter((r) => r.plan === "regional")).toEqual(EXPECTED.filter((e) => e.plan === "regional"));
    expect(rows.filter((r) => r.plan === "municipal").map((r) => [r.n, r.start, r.end])).toEqual([
      ["1", "2023-05-01", "2023-05-31"],
      ["2", "2022-09-01", "2022-10-31"],
      // a «до» date before the plan starts is a window of its own day (SPEC §5)
      ["3", "2021-12-25", "2021-12-25"],
    ]);
    const remarks = gridOfWorksheet(book.getWorksheet("Замечания")!).cells.flat();
    expect(remarks).toContain(
      "Лист «Настройки ШНОР» файла «б.xlsx» применён к листам и планам этого файла (период плана, конец учебного года, учебные четверти, значения колонок, срок отчёта за квартал); его строки о списке школ (норма кураторов) не применены: действуют настройки файла «а.xlsx»",
    );
  });

  it("a period chosen for the run goes to no plan that has its own, and the sheet says so", async () => {
    const out = join(folder, "с периодом.xlsx");
    const withPeriod = shnor("report", ...files, "--out", out, "--as-of", AS_OF, "--period", "2021");
    expect(withPeriod.status).toBe(0);
    const cells = gridOfWorksheet((await openWorkbook(out)).getWorksheet("Исполнение плана")!).cells;
    expect(tableUnder(cells, MAIN).map((r) => r["Статус"])).toEqual(EXPECTED.map((e) => e.status));
    expect(cells.flat()).toContain(
      "Период «2021», заданный для этого запуска, не применён: у каждого плана свой период",
    );
  });

  it("«Отчёт за квартал» is one sheet per plan, each titled with its plan, each marked apart", async () => {
    expect(Object.keys(sheets)).toEqual(expect.arrayContaining(["Отчёт за квартал", "Отчёт за квартал (2)"]));
    expect(sheets["Отчёт за квартал"][0][0]).toBe(
      `Отчёт о выполнении плана «${REGIONAL_LABEL}» за III квартал 2021 года`,
    );
    expect(sheets["Отчёт за квартал (2)"][0][0]).toBe(
      `Отчёт о выполнении плана «${MUNICIPAL_LABEL}» за III квартал 2021 года`,
    );
    expect(sheets["Отчёт за квартал"].flat()).toContain("Срок представления: 05.10.2021");
    const book = await openWorkbook(join(folder, "отчёты.xlsx"));
    const markers = book.definedNames.model
      .map((n) => n.name)
      .filter((n) => n.startsWith("SHNOR_REPORT_quarterReport"));
    expect(markers.sort()).toEqual(["SHNOR_REPORT_quarterReport", "SHNOR_REPORT_quarterReport_2"]);
  });

  it("a quarter in one plan's period only: that plan's sheet, and the run says why the other has none", async () => {
    const out = join(folder, "IV квартал 2022.xlsx");
    const one = shnor("report", ...files, "--out", out, "--as-of", AS_OF, "--quarter", "2022-4");
    expect(one.status).toBe(0);
    const names = (await openWorkbook(out)).worksheets.map((w) => w.name);
    expect(names.filter((n) => n.startsWith("Отчёт за квартал"))).toEqual(["Отчёт за квартал"]);
    expect(one.stdout).toContain(
      `Отчёт «Отчёт за квартал» плана «${MUNICIPAL_LABEL}» не построен: IV квартал 2022 года вне периода плана (01.09.2021–31.08.2022).`,
    );
  });

  it("a quarter outside every plan period is refused with the periods named: exit 2, nothing written", () => {
    const out = join(folder, "2023.xlsx");
    const refused = shnor("report", ...files, "--out", out, "--as-of", AS_OF, "--quarter", "2023-1");
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(
      "Ошибка: I квартал 2023 года вне периода каждого плана (01.01.2021–31.12.2022, 01.09.2021–31.08.2022).",
    );
    expect(existsSync(out)).toBe(false);
    const unreadable = shnor("report", ...files, "--out", out, "--quarter", "2021-5");
    expect(unreadable.status).toBe(2);
    expect(unreadable.stderr).toContain("--quarter «2021-5» не распознан");
  });
});
