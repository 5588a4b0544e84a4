/**
 * «Свод по муниципалитетам» of dozens of municipalities prints across pages with «№ | Мероприятие» repeated at the
 * left (issue 27, SPEC §10): the layout says so (a fixed scale of 80 %, not one page wide below 75 %, the 8 pt floor
 * kept), the file door writes it into the one _xlnm.Print_Titles name with the header row, and the Excel door sets
 * it in the same print batch (no extra sync). A round of a few municipalities still prints one page wide. What
 * LibreOffice prints from it: test/print/roundAcrossPages.test.ts.
 */
import JSZip from "jszip";
import { writeReportSheets } from "../../src/excel/writeReports";
import { reportWorkbookBytes } from "../../src/files/writeXlsx";
import { layoutSheet, POINTS_PER_WIDTH, printScale, type SheetLayout } from "../../src/reports/layout";
import { PRINTABLE_PT } from "../../src/reports/layout/page";
import { DEFAULT_FONT_SIZE } from "../../src/reports/textMeasure";
import { createFakeExcel } from "../helpers/fakeExcel";
import { wideRound } from "./helpers";

let wide: SheetLayout;
let narrow: SheetLayout;

const summaryOf = async (count: number): Promise<SheetLayout> => {
  const { result } = await wideRound(count);
  return layoutSheet(result.sheets.find((s) => s.sheetName === "Свод по муниципалитетам")!);
};

beforeAll(async () => {
  wide = await summaryOf(30);
  narrow = await summaryOf(4);
}, 120_000);

describe("the layout", () => {
  it("30 municipalities: across pages at 80 %, «№ | Мероприятие» the print-title columns, the title within the first page", () => {
    expect(wide.blocks[0].headers.slice(0, 2)).toEqual(["№", "Мероприятие"]);
    expect(wide.blocks[0].headers).toHaveLength(2 + 30 + 1);
    expect(wide.printTitleColumns).toBe(2);
    expect(wide.page).toEqual({
      paper: "A4",
      orientation: "landscape",
      scale: 80,
      margins: narrow.page.margins,
      footer: narrow.page.footer,
    });
    // the 8 pt floor: 11 pt at the printed scale
    expect(DEFAULT_FONT_SIZE * printScale(wide)).toBeGreaterThanOrEqual(8);
    // one page wide it would print under 75 %
    const total = wide.columnWidths.reduce((a, b) => a + b, 0);
    expect(PRINTABLE_PT.width / (total * POINTS_PER_WIDTH.libreOffice)).toBeLessThan(0.75);
    // «Мероприятие» keeps its width (not narrowed to fit one page)
    expect(wide.columnWidths[1]).toBeGreaterThanOrEqual(30);
    // the title and notes are merged over the columns of the first page only, which fit it at 80 % in either unit
    const titleMerge = wide.merges.find((m) => m.range.top === 0)!.range;
    expect(titleMerge.right).toBeGreaterThan(2);
    expect(titleMerge.right).toBeLessThan(wide.size.cols - 1);
    const firstPage = wide.columnWidths.slice(0, titleMerge.right + 1).reduce((a, b) => a + b, 0);
    expect(firstPage * POINTS_PER_WIDTH.libreOffice * 0.8).toBeLessThanOrEqual(PRINTABLE_PT.width);
    for (const note of wide.notes)
      expect(wide.merges.map((m) => m.range)).toContainEqual({ ...titleMerge, top: note.row, bottom: note.row });
    // the print area is the whole table
    expect(wide.printArea.right).toBe(wide.size.cols - 1);
  });

  it("4 municipalities: one page wide, nothing repeated at the left", () => {
    expect(narrow.printTitleColumns).toBeUndefined();
    expect(narrow.page).toMatchObject({ fitToWidth: 1, fitToHeight: 0 });
    expect(printScale(narrow)).toBeGreaterThanOrEqual(0.75);
    expect(narrow.merges.find((m) => m.range.top === 0)!.range.right).toBe(narrow.size.cols - 1);
  });
});

describe("the file door", () => {
  async function parts(layout: SheetLayout): Promise<{ workbook: string; sheet: string }> {
    const zip = await JSZip.loadAsync((await reportWorkbookBytes([layout])).bytes);
    return {
      // the names' text as it reads: ExcelJS escapes the sheet name's quotes («&apos;»)
      workbook: (await zip.file("xl/workbook.xml")!.async("string")).replace(/&apos;/g, "'"),
      sheet: await zip.file("xl/worksheets/sheet1.xml")!.async("string"),
    };
  }

  it("writes the columns and the header row into the one _xlnm.Print_Titles, and a scale of 80 without fit-to-page", async () => {
    const { workbook, sheet } = await parts(wide);
    const header = wide.printTitleRow + 1;
    expect(workbook).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">'Свод по муниципалитетам'!$A:$B,'Свод по муниципалитетам'!$${header}:$${header}</definedName>`,
    );
    expect(sheet).not.toMatch(/fitToPage="1"/);
    expect(sheet).toMatch(/<pageSetup [^>]*scale="80"/);
    expect(sheet).toMatch(/<pageSetup [^>]*orientation="landscape"/);
  });

  it("a sheet one page wide keeps rows only and fit-to-page", async () => {
    const { workbook, sheet } = await parts(narrow);
    const header = narrow.printTitleRow + 1;
    expect(workbook).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">'Свод по муниципалитетам'!$${header}:$${header}</definedName>`,
    );
    expect(sheet).toMatch(/<pageSetUpPr fitToPage="1"/);
  });
});

describe("the Excel door", () => {
  async function written(layout: SheetLayout) {
    const fake = createFakeExcel({ sheets: [{ name: "Регион", cells: [["Наименование ОО"], ["СОШ № 1"]] }] });
    const out = await fake.Excel.run((ctx) => writeReportSheets(ctx as unknown as Excel.RequestContext, [layout]));
    return { out, sheet: fake.workbookSnapshot().sheets.find((s) => s.name === "Свод по муниципалитетам")! };
  }

  it("sets the print-title columns and the scale in the print batch: the same 3 syncs as one page wide", async () => {
    const across = await written(wide);
    const header = wide.printTitleRow + 1;
    expect(across.sheet.pageLayout).toMatchObject({
      zoom: { scale: 80 },
      printTitleRows: `$${header}:$${header}`,
      printTitleColumns: "$A:$B",
    });
    expect(across.out.skipped).toEqual([]);
    const oneWide = await written(narrow);
    expect(oneWide.sheet.pageLayout.printTitleColumns).toBeUndefined();
    expect(oneWide.sheet.pageLayout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect([across.out.syncs, oneWide.out.syncs]).toEqual([3, 3]);
  });
});
