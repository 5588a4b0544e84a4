/**
 * Both doors see the same array: one workbook, read by the command line's ExcelJS reader from an .xlsx file and by
 * the add-in's Office.js reader from a fake Excel holding what Excel's API returns for that workbook (dates as
 * serial numbers, a merged value in its top-left cell only, rich text as its plain text, booleans as booleans).
 */
import { execFileSync } from "child_process";
import { existsSync } from "fs";
import { join, resolve } from "path";
import type ExcelJS from "exceljs";
import { mustDayOf } from "../../src/core/calendar";
import type { Cell, CellRange, SheetGrid } from "../../src/core/cell";
import { main } from "../../src/cli/main";
import { gridOfWorksheet } from "../helpers/excelJsGrid";
import { readXlsxFile } from "../helpers/workbooks";
import { runReports } from "../../src/excel/api";
import { readWorkbookSheets } from "../../src/excel/readSheets";
import { reportMarkerName } from "../../src/reports/sheetNames";
import { createFakeExcel } from "../helpers/fakeExcel";
import { fileDate, openWorkbook, type SheetSpec, tempFolder, writeWorkbook } from "../helpers/workbooks";

/** A cell as the user sees it in Excel; `file` is how ExcelJS stores it, `excel` what Range.values returns. */
interface Both {
  file: ExcelJS.CellValue;
  excel: Cell;
}
const date = (y: number, m: number, d: number): Both => ({ file: fileDate(y, m, d), excel: mustDayOf(y, m, d) });
const rich = (...parts: string[]): Both => ({
  file: { richText: parts.map((text) => ({ text })) },
  excel: parts.join(""),
});

type Spec = (Cell | Both)[][];

const SHEETS: { name: string; at: { row: number; col: number }; rows: Spec; merges: CellRange[]; hidden?: boolean }[] =
  [
    {
      name: "ООНОР 2021",
      at: { row: 1, col: 1 },
      rows: [
        [null, "Перечень ООНОР Омской области на 2021 год", null, null, null, null, null],
        [null, "Наименование ОО", "Рисковые факторы", null, null, "Дата визита", "Размещено в ИС МЭДК"],
        [null, null, 1, 2, 3, null, null],
        [null, rich("МБОУ «Азовская ", "СОШ № 1»"), "высокий", "В", null, date(2021, 3, 12), true],
        [null, "МКОУ «Лесная ООШ»", "+", null, "низкий", date(2020, 12, 31), false],
        [null, null, null, null, null, null, null],
        [null, "Итого", 2, 1, 0.5, null, null],
      ],
      merges: [
        { top: 0, left: 1, bottom: 0, right: 6 },
        { top: 1, left: 2, bottom: 1, right: 4 },
        { top: 1, left: 1, bottom: 2, right: 1 },
      ],
    },
    {
      name: "План-график",
      at: { row: 3, col: 2 },
      rows: [
        ["№ п/п", "Описание действий", "Сроки реализации", "Отметка о выполнении"],
        ["2. Действия, направленные на преодоление дефицита кадров", null, null, null],
        [1, "Семинар для кураторов", "март 2021", date(2021, 3, 25)],
        [2, "Курсы повышения квалификации", date(2021, 5, 20), "нет"],
      ],
      merges: [{ top: 3, left: 1, bottom: 3, right: 4 }],
    },
    {
      name: "Настройки ШНОР",
      at: { row: 1, col: 1 },
      rows: [
        ["Параметр", "Значение"],
        ["Норма кураторов", 3],
      ],
      merges: [],
      hidden: true,
    },
  ];

/** An earlier report of the add-in: marked in both, read by neither. */
const REPORT = { name: "Сводка рисков", cells: [["Сводка рисков по состоянию на 15.06.2021"]] as Cell[][] };

const isBoth = (v: Cell | Both): v is Both => v !== null && typeof v === "object";

function fileRows(rows: Spec): ExcelJS.CellValue[][] {
  return rows.map((row) => row.map((v) => (isBoth(v) ? v.file : v)));
}

/** The sheet from A1 as Excel holds it: merged cells other than the top-left are empty. */
function excelCells(spec: (typeof SHEETS)[number]): Cell[][] {
  const top = spec.at.row - 1;
  const left = spec.at.col - 1;
  const width = left + Math.max(...spec.rows.map((row) => row.length));
  return Array.from({ length: top + spec.rows.length }, (_, r) =>
    Array.from({ length: width }, (_, c) => {
      const v = r >= top && c >= left ? spec.rows[r - top][c - left] : null;
      return v === undefined ? null : isBoth(v) ? v.excel : v;
    }),
  );
}

function byName(grids: SheetGrid[]): Record<string, SheetGrid> {
  const sorted = (m: CellRange[]) => [...m].sort((a, b) => a.top - b.top || a.left - b.left);
  return Object.fromEntries(grids.map((g) => [g.name, { ...g, merges: sorted(g.merges) }]));
}

describe("the ExcelJS and the Office.js readers", () => {
  it("give the same grids for the same workbook", async () => {
    const specs: SheetSpec[] = SHEETS.map((s) => ({
      name: s.name,
      rows: fileRows(s.rows),
      at: s.at,
      hidden: s.hidden,
      merges: s.merges.map(
        (m) => `${String.fromCharCode(65 + m.left)}${m.top + 1}:${String.fromCharCode(65 + m.right)}${m.bottom + 1}`,
      ),
    }));
    const path = await writeWorkbook(join(tempFolder(), "two-doors.xlsx"), [
      ...specs,
      { name: REPORT.name, rows: REPORT.cells, reportId: "riskSummary" },
    ]);
    const fromFile = await readXlsxFile(path);

    const fake = createFakeExcel({
      sheets: [
        ...SHEETS.map((s) => ({
          name: s.name,
          cells: excelCells(s),
          merges: s.merges,
          visibility: s.hidden ? ("Hidden" as const) : ("Visible" as const),
        })),
        REPORT,
      ],
    });
    fake.addName(reportMarkerName("riskSummary"), REPORT.name);
    const fromExcel = await fake.Excel.run((ctx) =>
      readWorkbookSheets(ctx as unknown as Excel.RequestContext, { mergedAreas: true }),
    );

    expect(fromFile.grids.map((g) => g.name)).toEqual(fromExcel.grids.map((g) => g.name));
    expect([...fromFile.reportSheets]).toEqual([...fromExcel.reportSheets]);
    expect([...fromFile.reportSheets]).toEqual([REPORT.name]);
    expect(byName(fromFile.grids)).toEqual(byName(fromExcel.grids));
    // The schools table as both see it: dates are day numbers, the merged group header sits in its first cell only.
    const schools = byName(fromFile.grids)["ООНОР 2021"];
    expect(schools.origin).toEqual({ row: 0, col: 1 });
    expect(schools.cells[3]).toEqual(["МБОУ «Азовская СОШ № 1»", "высокий", "В", null, mustDayOf(2021, 3, 12), true]);
    expect(schools.cells[1].slice(1, 4)).toEqual(["Рисковые факторы", null, null]);
  });
});

const ROOT = resolve(__dirname, "..", "..");

/** A sheet's cells as the user reads them: an empty text is an empty cell, trailing empty rows and columns cut. */
function asRead(cells: Cell[][]): Cell[][] {
  const rows = cells.map((row) => row.map((v) => (v === "" ? null : v)));
  const width = Math.max(0, ...rows.map((row) => row.reduce<number>((w, v, i) => (v === null ? w : i + 1), 0)));
  const used = rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? null));
  while (used.length > 0 && used[used.length - 1].every((v) => v === null)) used.pop();
  return used;
}

describe("the demo region through both doors", () => {
  it("«Динамика рисков» holds the same cells whether `shnor report` or the add-in writes it; the add-in's chart has both years", async () => {
    // The demo generator needs the compiled calendar (npm run build:cli).
    if (!existsSync(join(ROOT, "build", "cli", "core", "calendar.js"))) {
      execFileSync(
        process.execPath,
        [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", join(ROOT, "tsconfig.cli.json")],
        { stdio: "pipe" },
      );
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const demo = require(join(ROOT, "scripts", "demo", "generate.js")) as {
      generate(out: string): Promise<string>;
      DEMO_AS_OF: string;
    };
    const folder = tempFolder("shnor-doors-demo-");
    const input = await demo.generate(join(folder, "demo-region.xlsx"));
    const out = join(folder, "reports.xlsx");
    const quiet = { out: () => undefined, err: () => undefined };
    expect(await main(["report", input, "--out", out, "--as-of", demo.DEMO_AS_OF], quiet)).toBe(0);
    const fromCli = gridOfWorksheet((await openWorkbook(out)).getWorksheet("Динамика рисков")!);
    expect(fromCli.origin).toEqual({ row: 0, col: 0 });

    // The add-in reads the same workbook as Excel holds it (each sheet from A1, merged values in their first cell).
    const { grids } = await readXlsxFile(input);
    const fake = createFakeExcel({
      sheets: grids.map((g) => ({
        name: g.name,
        cells: [
          ...Array.from({ length: g.origin.row }, () => [] as Cell[]),
          ...g.cells.map((row) => [...new Array<Cell>(g.origin.col).fill(null), ...row]),
        ],
        merges: g.merges,
        visibility: g.name === "Настройки ШНОР" ? ("Hidden" as const) : ("Visible" as const),
      })),
    });
    Object.assign(globalThis, { Excel: fake.Excel, Office: fake.Office });
    const written = await runReports("all", { asOf: mustDayOf(2021, 6, 15) });
    expect(written.written.map((w) => w.sheetName)).toContain("Динамика рисков");
    const sheet = fake.workbookSnapshot().sheets.find((s) => s.name === "Динамика рисков")!;

    expect(asRead(sheet.cells)).toEqual(asRead(fromCli.cells));
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0].seriesName).toBe("ОО в 2020");
    expect(sheet.charts[0].moreSeries).toEqual([
      {
        name: "ОО в 2021",
        values: expect.stringMatching(/^'Динамика рисков'!/),
        categories: sheet.charts[0].categories,
      },
    ]);
    expect(sheet.charts[0].legendVisible).toBe(true);
    // The two series are the neighbouring columns «ОО в 2020» and «ОО в 2021» of the same factor rows.
    const [, first] = /!([A-Z]+)\d+:/.exec(sheet.charts[0].source)!;
    const [, second] = /!([A-Z]+)\d+:/.exec(sheet.charts[0].moreSeries![0].values!)!;
    expect(second.charCodeAt(0) - first.charCodeAt(0)).toBe(1);
    expect(sheet.charts[0].source.replace(/[A-Z]+(\d)/g, "$1")).toBe(
      sheet.charts[0].moreSeries![0].values!.replace(/[A-Z]+(\d)/g, "$1"),
    );

    // The programme's results of the plan: the same cells through both doors.
    const cliBook = await openWorkbook(out);
    for (const name of ["Отчёт за квартал", "Показатели плана"]) {
      expect(written.written.map((w) => w.sheetName)).toContain(name);
      const fromAddIn = fake.workbookSnapshot().sheets.find((s) => s.name === name)!;
      expect(asRead(fromAddIn.cells)).toEqual(asRead(gridOfWorksheet(cliBook.getWorksheet(name)!).cells));
    }
  }, 120_000);
});
