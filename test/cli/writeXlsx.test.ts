import { existsSync, readdirSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { join } from "path";
import { mustDayOf } from "../../src/core/calendar";
import { readXlsxFile } from "../helpers/workbooks";
import { writeXlsx } from "../../src/cli/reportFile";
import { SETTINGS_SHEET_NAME } from "../../src/core/settingsSheet";
import { layoutSheet } from "../../src/reports/layout";
import type { SheetDescription } from "../../src/reports/model";
import { reportWorkbookBytes } from "../../src/files/writeXlsx";
import { asOf, riskSummary } from "../helpers/reportDescriptions";
import { fileDate, openWorkbook, tempFolder } from "../helpers/workbooks";

const folder = tempFolder();

/** A plan-status-like sheet: dates, integers, a percent side block, a red row and a chart. */
const planSheet: SheetDescription = {
  reportId: "planStatus",
  sheetName: "Исполнение плана",
  title: "Исполнение плана по состоянию на 15.06.2021",
  asOf,
  notes: ["Период плана: 01.01.2021–31.12.2021 (из заголовка)"],
  main: {
    columns: [
      { header: "№", format: "text", width: 6 },
      { header: "Мероприятие", format: "text", width: 50, wrap: true },
      { header: "Окончание", format: "date", width: 12 },
      { header: "Статус", format: "text", width: 16 },
      { header: "Просрочка, дней", format: "integer", width: 10 },
    ],
    rows: [
      ["1", "Корректировка программ перехода ООНОР", mustDayOf(2021, 3, 15), "Выполнено", 0],
      ["2", "=СУММ(A1:A2) как текст, не формула", mustDayOf(2021, 4, 30), "Просрочено", 46],
      ["3", "Методические дни", null, "Без срока", 0],
    ],
    highlights: [{ row: 1, col: 3, fill: "#F4CCCC", fontColor: "#9C0006", bold: true }],
  },
  above: [
    {
      caption: "Процент исполнения",
      columns: [
        { header: "Показатель", format: "text", width: 20 },
        { header: "Значение", format: "percent", width: 10 },
      ],
      rows: [["Процент исполнения", 0.5]],
      highlights: [],
    },
  ],
  chart: { kind: "bar", title: "Статусы", block: "main", categoryColumn: 3, valueColumn: 4, fromRow: 0, toRow: 2 },
  problems: [],
};

const remarks: SheetDescription = {
  ...planSheet,
  reportId: "remarks",
  sheetName: "Замечания",
  title: "Замечания по состоянию на 15.06.2021",
  above: [],
  chart: undefined,
  main: { ...planSheet.main, highlights: [] },
};

describe("writeXlsx", () => {
  const path = join(folder, "отчёты.xlsx");
  let names: string[];
  beforeAll(async () => {
    names = await writeXlsx([layoutSheet(planSheet), layoutSheet(remarks)], path, {
      settingsRows: [
        ["Параметр", "Значение"],
        ["Норма кураторов", 3],
      ],
    });
  });

  it("writes exactly the layout's values, with real dates and typed numbers", async () => {
    expect(names).toEqual(["Исполнение плана", "Замечания"]);
    const layout = layoutSheet(planSheet);
    const sheet = (await openWorkbook(path)).getWorksheet("Исполнение плана")!;
    const main = layout.blocks[0];
    const row = (r: number) => sheet.getRow(main.firstDataRow + r + 1);
    expect(sheet.getCell(1, 1).value).toBe(planSheet.title);
    expect(sheet.getCell(2, 1).value).toBe(planSheet.notes[0]);
    expect(sheet.getRow(main.headerRow + 1).getCell(2).value).toBe("Мероприятие");
    expect(row(0).getCell(3).value).toEqual(fileDate(2021, 3, 15));
    expect(row(0).getCell(3).numFmt).toBe("dd.mm.yyyy");
    expect(row(1).getCell(2).value).toBe("=СУММ(A1:A2) как текст, не формула");
    expect(row(1).getCell(5).value).toBe(46);
    expect(row(1).getCell(5).numFmt).toBe("0");
    expect(row(2).getCell(3).value).toBeNull();
    const summary = layout.blocks[1];
    const percent = sheet.getRow(summary.firstDataRow + 1).getCell(summary.spans[1].left + 1);
    expect(percent.value).toBe(0.5);
    expect(percent.numFmt).toBe("0.0%");
  });

  it("applies widths, header style, highlights, frozen header and A4 landscape print setup", async () => {
    const layout = layoutSheet(planSheet);
    const sheet = (await openWorkbook(path)).getWorksheet("Исполнение плана")!;
    // sized to its longest text, under the builder's 50
    expect(sheet.getColumn(2).width).toBe(layout.columnWidths[1]);
    expect(layout.columnWidths[1]).toBeLessThan(50);
    const main = layout.blocks[0];
    expect(sheet.getRow(main.headerRow + 1).getCell(1).font?.bold).toBe(true);
    const overdue = sheet.getRow(main.firstDataRow + 2).getCell(4);
    expect(overdue.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFF4CCCC" } });
    expect(overdue.font).toMatchObject({ bold: true, color: { argb: "FF9C0006" } });
    expect(
      (sheet.getRow(main.firstDataRow + 1).getCell(4).fill as { pattern?: string } | undefined)?.pattern ?? "none",
    ).toBe("none");
    expect(sheet.getCell(1, 1).font?.size).toBe(14);
    expect(sheet.pageSetup).toMatchObject({
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(sheet.pageSetup.margins).toEqual({
      left: 0.25,
      right: 0.25,
      top: 0.75,
      bottom: 0.75,
      header: 0.3,
      footer: 0.3,
    });
    expect(sheet.pageSetup.printTitlesRow).toBe(`${layout.printTitleRow + 1}:${layout.printTitleRow + 1}`);
    expect(sheet.headerFooter.oddFooter).toBe("&CСтраница &P из &N");
  });

  it("writes every row's height, the merges, thin borders round table cells, the print area and page breaks", async () => {
    const layout = layoutSheet(planSheet);
    const sheet = (await openWorkbook(path)).getWorksheet("Исполнение плана")!;
    for (let r = 0; r < layout.size.rows; r++) expect(sheet.getRow(r + 1).height).toBe(layout.rowHeights[r]);
    const main = layout.blocks[0];
    const border = sheet.getRow(main.lastRow + 1).getCell(5).border;
    expect(border).toEqual({
      top: { style: "thin" },
      left: { style: "thin" },
      bottom: { style: "thin" },
      right: { style: "thin" },
    });
    expect(sheet.getCell(1, 1).border?.top).toBeUndefined();
    const merged = Object.keys((sheet as unknown as { _merges: Record<string, unknown> })._merges).sort();
    expect(merged).toEqual(
      layout.merges
        .flatMap((m) =>
          Array.from(
            { length: m.range.bottom - m.range.top + 1 },
            (_, i) => `${String.fromCharCode(65 + m.range.left)}${m.range.top + i + 1}`,
          ),
        )
        .sort(),
    );
    // A merged title keeps its text; wrapped, aligned to the top, in Calibri (LibreOffice would take its own default face)
    expect(sheet.getCell(1, 1).alignment).toMatchObject({ wrapText: true, vertical: "top" });
    expect(sheet.getCell(1, 1).font).toMatchObject({ name: "Calibri", size: 14, bold: true });
    expect(sheet.pageSetup.printArea).toBe(`A1:E${layout.size.rows}`);
    expect(layout.freezeRows).toBe(0); // summary and chart above: a frozen part that tall would leave nothing to scroll
    expect(sheet.views?.[0]?.state ?? "normal").toBe("normal");
  });

  it("marks every report sheet, so reading the file back never takes them as input", async () => {
    const { reportSheets, grids } = await readXlsxFile(path);
    expect([...reportSheets].sort()).toEqual(["Замечания", "Исполнение плана"]);
    expect(grids.map((g) => g.name)).toEqual([SETTINGS_SHEET_NAME]);
  });

  it("keeps the given settings in a hidden sheet", async () => {
    const settings = (await openWorkbook(path)).getWorksheet(SETTINGS_SHEET_NAME)!;
    expect(settings.state).toBe("hidden");
    expect(settings.getCell("A2").value).toBe("Норма кураторов");
    expect(settings.getCell("B2").value).toBe(3);
  });

  it("replaces an existing file in one step and leaves no temporary file", async () => {
    const target = join(folder, "replace.xlsx");
    writeFileSync(target, "старый файл");
    await writeXlsx([layoutSheet(remarks)], target);
    expect([...(await readXlsxFile(target)).reportSheets]).toEqual(["Замечания"]);
    expect(readdirSync(folder).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("leaves the old file and no temporary file when the folder is gone", async () => {
    await expect(writeXlsx([layoutSheet(remarks)], join(folder, "нет такой папки", "x.xlsx"))).rejects.toThrow();
    expect(existsSync(join(folder, "нет такой папки"))).toBe(false);
  });
});

it("refuses a cell text over Excel's 32 767 characters, naming the sheet and cell, and leaves no file", async () => {
  const out = join(folder, "длинный.xlsx");
  const long: SheetDescription = {
    ...planSheet,
    notes: [],
    main: {
      ...planSheet.main,
      rows: [["1", "я".repeat(32_768), ...new Array(planSheet.main.columns.length - 2).fill(null)]],
    },
  };
  await expect(writeXlsx([layoutSheet(long)], out)).rejects.toThrow(
    /^Лист «Исполнение плана», ячейка B\d+: 32768 символов, больше предела Excel \(32767\)\.$/,
  );
  expect(existsSync(out)).toBe(false);
});

describe("the report page's zipping (archiverOnJszip.js, JSZip) and the command line's (archiver)", () => {
  /** The same layouts through writeXlsx.ts, zipped by the given module in place of archiver (none: archiver itself). */
  async function partsZippedBy(
    zipper: string | null,
    layouts: ReturnType<typeof layoutSheet>[],
  ): Promise<Record<string, string>> {
    let bytesOf: typeof reportWorkbookBytes = reportWorkbookBytes;
    jest.isolateModules(() => {
      if (zipper !== null) jest.doMock("archiver", () => jest.requireActual(zipper));
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      bytesOf = (require("../../src/files/writeXlsx") as typeof import("../../src/files/writeXlsx"))
        .reportWorkbookBytes;
    });
    const zip = await JSZip.loadAsync(
      (await bytesOf(layouts, { title: "Сводка рисков", settingsRows: [["Ключ", "Значение"]] })).bytes,
    );
    const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
    // the package's dates are the moment each was written
    const text = async (n: string) =>
      (await zip.file(n)!.async("string")).replace(/<dcterms:(created|modified)[^>]*>[^<]*</g, "<dcterms:$1>…<");
    return Object.fromEntries(await Promise.all(names.map(async (n) => [n, await text(n)] as const)));
  }

  it("give the same parts, byte for byte in their text: sheets with merges, styles, shared strings, charts, the hidden settings sheet", async () => {
    const layouts = [layoutSheet(riskSummary(40)), layoutSheet(planSheet)];
    const [page, cli] = await Promise.all([
      partsZippedBy("../../src/reportPage/archiverOnJszip.js", layouts),
      partsZippedBy(null, layouts),
    ]);
    expect(Object.keys(page).sort()).toEqual(Object.keys(cli).sort());
    expect(Object.keys(cli)).toEqual(
      expect.arrayContaining([
        "xl/worksheets/sheet1.xml",
        "xl/sharedStrings.xml",
        "xl/charts/chart1.xml",
        "xl/worksheets/sheet3.xml",
      ]),
    );
    for (const name of Object.keys(cli)) expect({ name, text: page[name] }).toEqual({ name, text: cli[name] });
    expect(cli["xl/worksheets/sheet1.xml"]).toMatch(/<mergeCell ref="A1:[A-Z]+1"\/>/);
  });
});
