/**
 * The Office.js renderer against the strict fake (test/helpers/fakeExcel.ts): what lands in the workbook, how many
 * syncs it takes and how big each request is. The fake measures request sizes itself (UTF-8 JSON of the queued
 * arguments) and refuses any over 5 MB, so these tests do not trust the renderer's own estimate.
 */
import { FLUSH_BYTES } from "../../src/excel/payload";
import { ReportsNotWrittenError, writeReportSheets, type WriteOutcome } from "../../src/excel/writeReports";
import { layoutSheet } from "../../src/reports/layout";
import type { SheetDescription } from "../../src/reports/model";
import { asOf, riskSummary } from "../helpers/reportDescriptions";
import {
  createFakeExcel,
  type FakeExcel,
  type FakeExcelOptions,
  type FakeSheetInit,
  REQUEST_LIMIT_BYTES,
} from "../helpers/fakeExcel";

/**
 * Every test runs on two machines: Excel on the web or an English Windows (list separator «,»), and Excel on Windows
 * with Russian regional settings (list separator «;», names' formulas in Russian: office-js #1167, #1985, #2834).
 */
const MACHINES: [string, FakeExcelOptions][] = [
  ["list separator «,»", { listSeparator: "," }],
  ["Russian Windows: list separator «;», localized names", { listSeparator: ";", localizedNames: "ru-RU" }],
];
let machine: FakeExcelOptions = MACHINES[0][1];
const fakeOn = (init: { sheets: FakeSheetInit[] }, options?: FakeExcelOptions): FakeExcel =>
  createFakeExcel(init, { ...machine, ...options });

const userWorkbook = (): FakeExcel =>
  fakeOn({
    sheets: [
      {
        name: "ООНОР 2021",
        cells: [
          ["Муниципалитет", "Наименование ОО", "РФ1"],
          ["Сысертский ГО", "МАОУ СОШ № 1", "высокий"],
        ],
      },
      { name: "Сводка рисков", cells: [["Моя сводка, не трогать"], [42]] },
    ],
  });

async function write(fake: FakeExcel, descs: SheetDescription[]): Promise<WriteOutcome> {
  return fake.Excel.run((ctx) => writeReportSheets(ctx as unknown as Excel.RequestContext, descs.map(layoutSheet)));
}

function fresh(options?: FakeExcelOptions): FakeExcel {
  return fakeOn({ sheets: [{ name: "ООНОР 2021", cells: [["Наименование ОО"], ["СОШ № 1"]] }] }, options);
}

describe.each(MACHINES)("on %s", (_name, options) => {
  beforeAll(() => {
    machine = options;
  });

  describe("writeReportSheets", () => {
    it("writes title, notes, summary above, header, typed values, formats, widths, marker and chart", async () => {
      const fake = fresh();
      const out = await write(fake, [riskSummary(4)]);
      expect(out.written).toEqual([{ reportId: "riskSummary", sheetName: "Сводка рисков" }]);
      const snap = fake.workbookSnapshot();
      const sheet = snap.sheets.find((s) => s.name === "Сводка рисков")!;
      const layout = layoutSheet(riskSummary(4));
      const [main, summary] = layout.blocks;
      expect(sheet.cells[0][0]).toBe("Сводка рисков по состоянию на 15.06.2021");
      expect(sheet.cells[1][0]).toBe("Факторы: каталог ФИОКО 2020–2021 (по умолчанию)");
      // The summary stands above the main table, on its columns: «Фактор» over the first four, «Число ОО» in the fifth.
      expect(sheet.cells[3][0]).toBe("ОО по факторам (регион)");
      expect(summary.spans).toEqual([
        { left: 0, right: 3 },
        { left: 4, right: 4 },
      ]);
      expect(sheet.cells[4]).toEqual(["Фактор", null, null, null, "Число ОО"]);
      expect(sheet.cells[5][0]).toBe("РФ1. Низкий уровень оснащения школы");
      expect(sheet.cells[main.headerRow]).toEqual([
        "Муниципалитет",
        "РФ1",
        "РФ2",
        "Всего ОО",
        "ОО с >5 факторами высокой значимости",
      ]);
      expect(sheet.cells[main.firstDataRow]).toEqual(["Сысертский ГО 0", 0, 0, 3, 0]);
      expect(sheet.cells.length).toBe(main.lastRow + 1);
      expect(sheet.formulas).toEqual([]);
      expect(sheet.formatAt(0, 0)).toMatchObject({ bold: true, fontSize: 14 });
      expect(sheet.formatAt(main.headerRow, 2)).toMatchObject({
        bold: true,
        fill: "#D9E1F2",
        wrap: true,
        horizontalAlignment: "Center",
      });
      expect(sheet.formatAt(main.firstDataRow + 1, 1).numberFormat).toBe("0");
      expect(sheet.formatAt(main.lastRow, 0).bold).toBe(true);
      expect(sheet.formatAt(main.firstDataRow, 0)).toMatchObject({ wrap: true, verticalAlignment: "Top" });
      expect(sheet.formatAt(main.firstDataRow, 0).bold).toBeUndefined();
      expect(sheet.columnWidth(0)).toBeCloseTo(layout.columnWidths[0] * 5.25);
      expect(sheet.charts).toEqual([
        {
          type: "ColumnClustered",
          source: "'Сводка рисков'!E6:E7",
          seriesBy: "Columns",
          title: "Школы по факторам риска",
          fontSize: 14,
          legendVisible: false,
          seriesName: "Число ОО",
          categories: "'Сводка рисков'!A6:A7",
          position: [`A${layout.chart!.anchor.top + 1}`, `E${layout.chart!.anchor.bottom + 1}`],
        },
      ]);
      expect(snap.names).toEqual([{ name: "SHNOR_REPORT_riskSummary", formula: "='Сводка рисков'!$A$1" }]);
      expect(snap.activeSheet).toBe("Сводка рисков");
    });

    it("writes row heights, merges, borders and the page (A4 landscape, margins, print area, footer) within the same 3 syncs", async () => {
      const fake = fresh();
      const desc = riskSummary(6);
      desc.main.rows[1][0] = "Азовский немецкий национальный муниципальный район Омской области";
      const out = await write(fake, [desc]);
      expect(out.syncs).toBe(3);
      expect(fake.syncCount()).toBe(3);
      const sheet = fake.workbookSnapshot().sheets.find((s) => s.name === "Сводка рисков")!;
      const layout = layoutSheet(desc);
      const [main, summary] = layout.blocks;
      for (let row = 0; row < layout.size.rows; row++) expect(sheet.rowHeight(row)).toBe(layout.rowHeights[row]);
      // The long name wraps: its row is taller than its neighbours.
      expect(sheet.rowHeight(main.firstDataRow + 1)).toBeGreaterThan(sheet.rowHeight(main.firstDataRow)!);
      // Title and caption across the printed width; each summary column across its span, row by row.
      const [factor] = summary.spans;
      expect(factor.right).toBeGreaterThan(factor.left);
      expect(sheet.merges).toEqual(
        expect.arrayContaining([
          { top: 0, left: 0, bottom: 0, right: 4 },
          { top: summary.caption!.row, left: 0, bottom: summary.caption!.row, right: 4 },
          { top: summary.headerRow, left: factor.left, bottom: summary.headerRow, right: factor.right },
          { top: summary.lastRow, left: factor.left, bottom: summary.lastRow, right: factor.right },
        ]),
      );
      const thin = {
        EdgeTop: "Continuous/Thin",
        EdgeBottom: "Continuous/Thin",
        EdgeLeft: "Continuous/Thin",
        EdgeRight: "Continuous/Thin",
        InsideHorizontal: "Continuous/Thin",
        InsideVertical: "Continuous/Thin",
      };
      expect(sheet.formatAt(main.lastRow, 4).borders).toEqual(thin);
      expect(sheet.formatAt(summary.firstDataRow, 0).borders).toEqual(thin);
      expect(sheet.formatAt(0, 0).borders).toBeUndefined();
      expect(sheet.pageLayout).toEqual({
        orientation: "Landscape",
        paperSize: "A4",
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        margins: {
          unit: "Inches",
          values: { left: 0.25, right: 0.25, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
        },
        printArea: `A1:E${main.lastRow + 1}`,
        printTitleRows: `$${main.headerRow + 1}:$${main.headerRow + 1}`,
        centerFooter: "Страница &P из &N",
        // summary and chart fill the first page: the main table's header and first rows start the second
        pageBreaks: [`A${main.headerRow + 1}`],
      });
      expect(layout.pageBreaks).toEqual([main.headerRow]);
    });

    it("sets row heights by runs of equal rows, not row by row", async () => {
      const fake = fresh();
      await write(fake, [riskSummary(20_000)]);
      const sheet = fake.workbookSnapshot().sheets.find((s) => s.name === "Сводка рисков")!;
      expect(sheet.rowHeight(20_000)).toBe(15);
      expect(sheet.formatWrites).toBeLessThan(80);
    });

    it("keeps text that looks like a number, date or formula as text", async () => {
      const fake = fresh();
      const desc = riskSummary(1);
      desc.main.rows = [["=СУММ(A1:A3)", 1, 2, 3, 4]];
      desc.above[0].rows = [
        ["1, 2, 6, 9", 1],
        ["01.03.2021", 2],
      ];
      desc.notes = ["-5 пунктов", "ИСТИНА"];
      await write(fake, [desc]);
      const sheet = fake.workbookSnapshot().sheets.find((s) => s.name === "Сводка рисков")!;
      expect(sheet.formulas).toEqual([]);
      expect(sheet.cells[1][0]).toBe("-5 пунктов");
      expect(sheet.cells[2][0]).toBe("ИСТИНА");
      const [main, summary] = layoutSheet(desc).blocks;
      expect(sheet.cells[main.firstDataRow][0]).toBe("=СУММ(A1:A3)");
      expect(sheet.cells[summary.firstDataRow][0]).toBe("1, 2, 6, 9");
      expect(sheet.cells[summary.firstDataRow + 1][0]).toBe("01.03.2021");
    });

    it("never touches a user's sheet of the same name: the report takes «Сводка рисков (2)»", async () => {
      const fake = userWorkbook();
      const out = await write(fake, [riskSummary(3)]);
      expect(out.written[0].sheetName).toBe("Сводка рисков (2)");
      const snap = fake.workbookSnapshot();
      expect(snap.sheets.map((s) => s.name)).toEqual(["ООНОР 2021", "Сводка рисков", "Сводка рисков (2)"]);
      expect(snap.sheets[1].cells).toEqual([["Моя сводка, не трогать"], [42]]);
      expect(snap.names).toEqual([{ name: "SHNOR_REPORT_riskSummary", formula: "='Сводка рисков (2)'!$A$1" }]);
    });

    it("run twice: replaces its own earlier sheet in place, keeps the user's sheet, one marker", async () => {
      const fake = userWorkbook();
      await write(fake, [riskSummary(3)]);
      const desc = riskSummary(2);
      desc.title = "Сводка рисков по состоянию на 01.09.2021";
      await write(fake, [desc]);
      const snap = fake.workbookSnapshot();
      expect(snap.sheets.map((s) => s.name)).toEqual(["ООНОР 2021", "Сводка рисков", "Сводка рисков (2)"]);
      expect(snap.sheets[1].cells).toEqual([["Моя сводка, не трогать"], [42]]);
      expect(snap.sheets[2].cells[0][0]).toBe("Сводка рисков по состоянию на 01.09.2021");
      // Down to the main table's last row: nothing left of the earlier, longer report.
      expect(snap.sheets[2].cells.length).toBe(layoutSheet(desc).blocks[0].lastRow + 1);
      expect(snap.names).toEqual([{ name: "SHNOR_REPORT_riskSummary", formula: "='Сводка рисков (2)'!$A$1" }]);
    });

    it("a report of one sheet per plan: run twice, each sheet replaces its own, one marker each", async () => {
      const fake = fresh();
      const perPlan = (title: string): SheetDescription => ({
        ...riskSummary(1),
        reportId: "quarterReport",
        sheetName: "Отчёт за квартал",
        title,
      });
      await write(fake, [perPlan("план 1, I квартал"), perPlan("план 2, I квартал")]);
      await write(fake, [perPlan("план 1, II квартал"), perPlan("план 2, II квартал")]);
      const snap = fake.workbookSnapshot();
      expect(snap.sheets.map((s) => [s.name, s.cells[0][0]])).toEqual([
        ["ООНОР 2021", "Наименование ОО"],
        ["Отчёт за квартал", "план 1, II квартал"],
        ["Отчёт за квартал (2)", "план 2, II квартал"],
      ]);
      expect(snap.names).toEqual(
        expect.arrayContaining([
          { name: "SHNOR_REPORT_quarterReport", formula: "='Отчёт за квартал'!$A$1" },
          { name: "SHNOR_REPORT_quarterReport_2", formula: "='Отчёт за квартал (2)'!$A$1" },
        ]),
      );
      expect(snap.names).toHaveLength(2);
    });

    it("finds its earlier sheet by the marker even after the user renamed it, and keeps its place", async () => {
      const fake = fakeOn({
        sheets: [
          { name: "Моя сводка", cells: [["старый отчёт"]] },
          { name: "ООНОР 2021", cells: [["Наименование ОО"]] },
        ],
      });
      fake.addName("SHNOR_REPORT_riskSummary", "Моя сводка");
      await write(fake, [riskSummary(2)]);
      const snap = fake.workbookSnapshot();
      expect(snap.sheets.map((s) => s.name)).toEqual(["Сводка рисков", "ООНОР 2021"]);
      expect(snap.names).toEqual([{ name: "SHNOR_REPORT_riskSummary", formula: "='Сводка рисков'!$A$1" }]);
    });

    it("a marker whose sheet the user deleted (#REF!) is replaced, no sheet deleted", async () => {
      const fake = fakeOn({
        sheets: [
          { name: "Удалить", cells: [["x"]] },
          { name: "ООНОР 2021", cells: [["Наименование ОО"]] },
        ],
      });
      fake.addName("SHNOR_REPORT_riskSummary", "Удалить");
      await fake.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Удалить").delete();
        await ctx.sync();
      });
      expect(fake.workbookSnapshot().names[0].formula).toBe(
        machine.localizedNames === "ru-RU" ? "=#ССЫЛКА!$A$1" : "=#REF!$A$1",
      );
      await write(fake, [riskSummary(2)]);
      const snap = fake.workbookSnapshot();
      expect(snap.sheets.map((s) => s.name)).toEqual(["ООНОР 2021", "Сводка рисков"]);
      expect(snap.names).toEqual([{ name: "SHNOR_REPORT_riskSummary", formula: "='Сводка рисков'!$A$1" }]);
    });

    it("10 rows and 50 000 rows of short values take the same number of syncs", async () => {
      const small = fresh();
      const big = fresh();
      const a = await write(small, [riskSummary(10)]);
      const b = await write(big, [riskSummary(50_000)]);
      expect(b.payloadBytes).toBeLessThan(FLUSH_BYTES);
      expect(small.syncCount()).toBe(3);
      expect(big.syncCount()).toBe(small.syncCount());
      expect(a.syncs).toBe(3);
      const sheet = big.workbookSnapshot().sheets.find((s) => s.name === "Сводка рисков")!;
      const main = layoutSheet(riskSummary(50_000)).blocks[0];
      expect(sheet.cells.length).toBe(main.lastRow + 1);
      expect(sheet.cells[main.lastRow][3]).toBe(3);
      // Formats and borders are per column range, not per cell or row.
      expect(sheet.formatWrites).toBeLessThan(80);
    });

    it("a report over 5 MB is split into requests under 5 MB: syncs = 3 + one per 4 MB", async () => {
      const fake = fresh();
      const out = await write(fake, [riskSummary(60_000, 120)]);
      const payloads = fake.syncPayloads();
      const total = payloads.reduce((s, p) => s + p, 0);
      expect(total).toBeGreaterThan(REQUEST_LIMIT_BYTES * 2);
      expect(Math.max(...payloads)).toBeLessThan(REQUEST_LIMIT_BYTES);
      expect(fake.syncCount()).toBeLessThanOrEqual(3 + Math.ceil(out.payloadBytes / FLUSH_BYTES));
      expect(fake.syncCount()).toBeGreaterThanOrEqual(3 + Math.ceil(total / FLUSH_BYTES) - 1);
      const sheet = fake.workbookSnapshot().sheets.find((s) => s.name === "Сводка рисков")!;
      const main = layoutSheet(riskSummary(60_000, 120)).blocks[0];
      expect(sheet.cells.length).toBe(main.lastRow + 1);
      expect(String(sheet.cells[main.lastRow][0])).toMatch(/59999$/);
    });

    it("writes several reports in one pass and activates the first", async () => {
      const fake = fresh();
      const curators: SheetDescription = {
        ...riskSummary(2),
        reportId: "curators",
        sheetName: "Кураторы",
        title: "Кураторы по состоянию на 15.06.2021",
        chart: undefined,
      };
      const out = await write(fake, [riskSummary(2), curators]);
      expect(out.written.map((w) => w.sheetName)).toEqual(["Сводка рисков", "Кураторы"]);
      expect(fake.syncCount()).toBe(3);
      expect(fake.workbookSnapshot().activeSheet).toBe("Сводка рисков");
      expect(fake.workbookSnapshot().names.map((n) => n.name)).toEqual([
        "SHNOR_REPORT_riskSummary",
        "SHNOR_REPORT_curators",
      ]);
    });

    it("writes a block with no rows as its header alone, and a block with no columns as its caption alone", async () => {
      const fake = fresh();
      const desc = riskSummary(2);
      desc.above = [
        {
          caption: "Ближайшие сроки (30 дней)",
          columns: [
            { header: "№", format: "text", width: 6 },
            { header: "Срок", format: "date", width: 12 },
          ],
          rows: [],
          highlights: [],
        },
        { caption: "Нет данных", columns: [], rows: [], highlights: [] },
      ];
      desc.chart = undefined;
      await write(fake, [desc]);
      const sheet = fake.workbookSnapshot().sheets.find((s) => s.name === "Сводка рисков")!;
      expect(sheet.cells[3][0]).toBe("Ближайшие сроки (30 дней)");
      expect(sheet.cells[4].filter((v) => v !== null)).toEqual(["№", "Срок"]);
      expect(sheet.cells[6][0]).toBe("Нет данных");
      expect(sheet.cells[layoutSheet(desc).blocks[0].headerRow][0]).toBe("Муниципалитет");
    });

    it("styles highlighted cells one range per rectangle, never through a list of addresses, in the same 3 syncs", async () => {
      const alternating = riskSummary(3_000);
      alternating.main.highlights = Array.from({ length: 3_000 }, (_, i) => ({
        row: i,
        col: 4,
        ...(i % 2 ? { fill: "#FFC7CE" } : { fill: "#C6EFCE" }),
      }));
      const run = riskSummary(3_000);
      run.main.highlights = Array.from({ length: 3_000 }, (_, i) => ({ row: i, col: 4, fill: "#FFC7CE" }));
      const [plain, striped, joined] = [fresh(), fresh(), fresh()];
      const a = await write(plain, [riskSummary(3_000)]);
      const b = await write(striped, [alternating]);
      const c = await write(joined, [run]);
      // As the fake measures the requests: alternating colours cannot be joined, so each of 3 000 cells costs a range,
      // its format, its fill and the colour (100 bytes or more each); 3 000 cells of one colour, one under another,
      // are one range.
      const sent = (fake: FakeExcel): number => fake.syncPayloads().reduce((sum, bytes) => sum + bytes, 0);
      expect(sent(striped) - sent(plain)).toBeGreaterThanOrEqual(2_999 * 4 * 100);
      expect(sent(joined) - sent(plain)).toBeLessThan(1_000);
      expect([a.syncs, b.syncs, c.syncs]).toEqual([3, 3, 3]);
      expect(Math.max(...striped.syncPayloads())).toBeLessThan(REQUEST_LIMIT_BYTES);
      const first = layoutSheet(alternating).blocks[0].firstDataRow;
      const [stripedSheet, joinedSheet] = [striped, joined].map((fake) =>
        fake.workbookSnapshot().sheets.find((s) => s.name === "Сводка рисков")!,
      );
      for (let i = 0; i < 3_000; i += 7) {
        expect(stripedSheet.formatAt(first + i, 4).fill).toBe(i % 2 === 0 ? "#C6EFCE" : "#FFC7CE");
        expect(joinedSheet.formatAt(first + i, 4).fill).toBe("#FFC7CE");
      }
      expect(joinedSheet.formatAt(first + 3_000, 4).fill).not.toBe("#FFC7CE");
    });

    it("in a 1904 workbook writes each date 1 462 days lower, so that Excel shows the same day", async () => {
      const desc = riskSummary(3);
      desc.chart = undefined;
      desc.main.columns.push({ header: "Дата визита", format: "date", width: 12 });
      desc.main.rows.forEach((row, i) => row.push(i === 1 ? null : asOf + i));
      const [in1900, in1904] = [fresh(), fresh({ date1904: true })];
      await write(in1900, [desc]);
      await write(in1904, [desc]);
      const { firstDataRow } = layoutSheet(desc).blocks[0];
      const column = (fake: FakeExcel) =>
        fake
          .workbookSnapshot()
          .sheets.find((s) => s.name === "Сводка рисков")!
          .cells.slice(firstDataRow, firstDataRow + 3)
          .map((row) => row[5]);
      expect(column(in1900)).toEqual([asOf, null, asOf + 2]);
      expect(column(in1904)).toEqual([asOf - 1462, null, asOf + 2 - 1462]);
      // The other numbers stay as they are.
      expect(in1904.workbookSnapshot().sheets.find((s) => s.name === "Сводка рисков")!.cells[firstDataRow][3]).toBe(3);
    });

    it("an Excel that refuses charts still gets the report, and the pane is told what was skipped", async () => {
      const fake = fresh({ failCharts: true });
      const out = await write(fake, [riskSummary(3)]);
      expect(out.written[0].sheetName).toBe("Сводка рисков");
      expect(out.skipped).toHaveLength(1);
      expect(out.skipped[0]).toMatch(/диаграммы/i);
      const sheet = fake.workbookSnapshot().sheets.find((s) => s.name === "Сводка рисков")!;
      expect(sheet.cells[layoutSheet(riskSummary(3)).blocks[0].firstDataRow][0]).toBe("Сысертский ГО 0");
    });
  });

  describe("a write that fails midway leaves nothing behind", () => {
    const temporaries = (fake: FakeExcel): string[] =>
      fake
        .workbookSnapshot()
        .sheets.map((s) => s.name)
        .filter((n) => n.startsWith("~shnor"));

    async function withOldReport(): Promise<{ fake: FakeExcel; before: ReturnType<FakeExcel["workbookSnapshot"]> }> {
      const fake = userWorkbook();
      await write(fake, [riskSummary(3)]);
      return { fake, before: fake.workbookSnapshot() };
    }

    it("a sync failing after a 4 MB flush reached Excel: no «~shnor» sheet, the old report and the user's sheets intact", async () => {
      const { fake, before } = await withOldReport();
      // Load, flush (content of the new sheet reaches Excel), then the next sync fails.
      fake.failSyncAt(3);
      const failed = write(fake, [riskSummary(60_000, 120)]);
      await expect(failed).rejects.toThrow(ReportsNotWrittenError);
      await expect(failed).rejects.toThrow(
        /^Отчёты не записаны: Excel сообщил «An internal error has occurred\.»\. Начатые листы удалены, прежние листы отчётов и листы книги не изменены\.$/,
      );
      const after = fake.workbookSnapshot();
      expect(temporaries(fake)).toEqual([]);
      expect(after.sheets.map((s) => [s.name, s.cells])).toEqual(before.sheets.map((s) => [s.name, s.cells]));
      expect(after.names).toEqual(before.names);
    });

    it("a failure inside the last batch removes the unfinished temporary sheets and keeps every report sheet marked", async () => {
      // Cut the one write batch of a small run after every operation in turn, until it goes through whole.
      let failures = 0;
      for (let afterOps = 0, done = false; !done; afterOps++) {
        const { fake } = await withOldReport();
        const curators: SheetDescription = {
          ...riskSummary(2),
          reportId: "curators",
          sheetName: "Кураторы",
          title: "Кураторы",
          chart: undefined,
        };
        fake.failSyncAt(2, afterOps);
        done = await write(fake, [riskSummary(2), curators]).then(
          () => true,
          (error: unknown) => {
            expect(error).toBeInstanceOf(ReportsNotWrittenError);
            failures++;
            return false;
          },
        );
        const snap = fake.workbookSnapshot();
        expect(temporaries(fake)).toEqual([]);
        expect(snap.sheets.find((s) => s.name === "Сводка рисков")!.cells).toEqual([["Моя сводка, не трогать"], [42]]);
        // Every sheet that is a report is found by its marker: no report left unmarked to be read as input.
        const marked = new Set(snap.names.map((n) => n.formula.replace(/^='?|'?!\$A\$1$/g, "")));
        for (const sheet of snap.sheets.filter((s) => /по состоянию|^Кураторы$/.test(String(s.cells[0]?.[0]))))
          expect(marked).toContain(sheet.name);
      }
      expect(failures).toBeGreaterThan(20);
    });
  });

  describe("print zoom read back (office-js #1860)", () => {
    it("an Excel that silently keeps its own zoom: the report is written and the pane is told, naming the sheet", async () => {
      const fake = fresh({ ignoreFitToPages: true });
      const out = await write(fake, [riskSummary(3)]);
      expect(out.written[0].sheetName).toBe("Сводка рисков");
      expect(out.skipped).toEqual([
        "Лист «Сводка рисков»: Excel оставил масштаб 100 %, и при печати таблица может не уместиться по ширине — перед печатью выберите «Вписать все столбцы на одну страницу».",
      ]);
      expect(out.syncs).toBe(3);
    });

    it("where the zoom takes, nothing is reported", async () => {
      const out = await write(fresh(), [riskSummary(3)]);
      expect(out.skipped).toEqual([]);
    });
  });
});
