/**
 * The file door's own .xlsx reader (src/files/xlsxReader.ts) against ExcelJS's full reader as an oracle
 * (test/helpers/excelJsGrid.ts): every workbook the repository has or generates gives the same sheets, cell by cell;
 * hand-made parts cover what no generator writes (inline strings, cells without `r`, phonetic runs, entities, the
 * 1904 calendar, custom date formats, formulas without a cached value); random grids come back as written.
 */
import { readFileSync } from "fs";
import { join, resolve } from "path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import JSZip from "jszip";
import { mustDayOf } from "../../src/core/calendar";
import type { Cell, SheetGrid } from "../../src/core/cell";
import { InputFileError } from "../../src/files/inputFileError";
import { readXlsx, type XlsxContent } from "../../src/files/readXlsx";
import { excelJsGrids, firstDifference } from "../helpers/excelJsGrid";
import { REGION_OWN_SHEETS } from "../fixtures/regionOwnSheets";
import { buildWorkbook, fileDate, type SheetSpec } from "../helpers/workbooks";
import { buildCli } from "../helpers/buildCli";

const ROOT = resolve(__dirname, "..", "..");

const oracle = excelJsGrids;

/** Sheet by sheet, then cell by cell, so a difference names its sheet and cell. */
function expectSameGrids(got: SheetGrid[], expected: SheetGrid[]): void {
  expect(firstDifference(got, expected)).toBeNull();
}

async function expectReadAsExcelJs(bytes: Uint8Array): Promise<XlsxContent> {
  const content = await readXlsx(bytes, "книга.xlsx");
  expectSameGrids(content.grids, await oracle(bytes, content.reportSheets));
  return content;
}

async function bytesOf(sheets: SheetSpec[], configure?: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = buildWorkbook(sheets);
  configure?.(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("the repository's workbooks read as ExcelJS reads them", () => {
  it("the sample region (test/fixtures/sample-region)", async () => {
    const content = await expectReadAsExcelJs(
      readFileSync(join(ROOT, "test", "fixtures", "sample-region", "sample-region.xlsx")),
    );
    expect(content.grids.length).toBeGreaterThan(1);
  });

  describe("the demo region", () => {
    let demo: { buildDemoWorkbook(schools?: number): ExcelJS.Workbook };
    beforeAll(() => {
      buildCli();
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      demo = require(join(ROOT, "scripts", "demo", "generate.js")) as typeof demo;
    }, 120_000);

    it.each([undefined, 300])(
      "of %p schools",
      async (schools) => {
        const bytes = new Uint8Array(await demo.buildDemoWorkbook(schools).xlsx.writeBuffer());
        const content = await expectReadAsExcelJs(bytes);
        expect(content.grids.reduce((n, g) => n + g.cells.length, 0)).toBeGreaterThan(schools ?? 50);
      },
      60_000,
    );
  });

  it("a region's own sheets: merged headers, rich text, hyperlinks, dates, formulas, errors, booleans, a hidden and a report sheet", async () => {
    const bytes = await bytesOf(REGION_OWN_SHEETS);
    const content = await expectReadAsExcelJs(bytes);
    expect([...content.reportSheets]).toEqual(["Сводка рисков"]);
    const region = content.grids[0].cells;
    expect(region[3]).toEqual([
      "Азовский МР",
      "МБОУ «Азовская СОШ № 1»",
      "высокий",
      "С",
      "+",
      mustDayOf(2021, 3, 15),
      true,
    ]);
    expect(region[5]).toEqual(["Итого", null, 1, "#DIV/0!", 2.5, mustDayOf(2021, 6, 15), null]);
    expect(region[6]).toEqual(["Омский р-н & «Тара»", "<СОШ> 'кавычки' \"двойные\"", "#N/A", null, " ", -0.125, 1e21]);
  });

  it("a shared formula's later cells give their cached values too", async () => {
    const bytes = await bytesOf([{ name: "Итоги", rows: [[1, 2, 3]] }], (workbook) => {
      const sheet = workbook.getWorksheet("Итоги")!;
      sheet.getCell("A2").value = {
        formula: "A1*10",
        result: 10,
        shareType: "shared",
        ref: "A2:C2",
      } as ExcelJS.CellValue;
      sheet.getCell("B2").value = { sharedFormula: "A2", result: 20 } as ExcelJS.CellValue;
      sheet.getCell("C2").value = { sharedFormula: "A2", result: 30 } as ExcelJS.CellValue;
    });
    const content = await expectReadAsExcelJs(bytes);
    expect(content.grids[0].cells).toEqual([
      [1, 2, 3],
      [10, 20, 30],
    ]);
  });

  it("every number format ExcelJS takes for a date, and the ones it does not", async () => {
    const formats = [
      "dd.mm.yyyy",
      "d mmmm yyyy",
      "[$-419]d mmm yy;@",
      "mm-dd-yy",
      "h:mm",
      "[h]:mm:ss",
      '0" дн."',
      "#,##0.00",
      "0%",
      "@",
      '"год "0',
      "General",
    ];
    const bytes = await bytesOf([{ name: "Форматы", rows: formats.map((f) => [f, 44361.75]) }], (workbook) => {
      const sheet = workbook.getWorksheet("Форматы")!;
      formats.forEach((f, i) => (sheet.getCell(i + 1, 2).numFmt = f));
    });
    const cells = (await expectReadAsExcelJs(bytes)).grids[0].cells;
    // 44361.75 is 14 June 2021, 18:00: the day, the time dropped.
    const june14 = mustDayOf(2021, 6, 14);
    expect(cells.map((row) => row[1])).toEqual([
      june14,
      june14,
      june14,
      june14,
      june14,
      june14,
      44361.75,
      44361.75,
      44361.75,
      44361.75,
      44361.75,
      44361.75,
    ]);
  });

  it("a workbook in the 1904 calendar", async () => {
    const bytes = await bytesOf(
      [{ name: "Даты", rows: [[fileDate(2021, 3, 15), fileDate(1999, 12, 31)]] }],
      (workbook) => {
        workbook.properties.date1904 = true;
      },
    );
    const content = await expectReadAsExcelJs(bytes);
    expect(content.grids[0].cells).toEqual([[mustDayOf(2021, 3, 15), mustDayOf(1999, 12, 31)]]);
  });
});

/** A workbook of one sheet written by hand: the parts are exactly what the test gives. */
async function handMade(
  sheetData: string,
  options: { strings?: string[]; styles?: string; workbookPr?: string; mergeCells?: string } = {},
): Promise<Uint8Array> {
  const zip = new JSZip();
  const ns =
    'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0"?><workbook ${ns}>${options.workbookPr ?? ""}<sheets><sheet name="Лист &amp; «1»" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  zip.file(
    "xl/styles.xml",
    options.styles ??
      `<?xml version="1.0"?><styleSheet ${ns}><fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
  );
  zip.file(
    "xl/sharedStrings.xml",
    `<?xml version="1.0"?><sst ${ns} count="${options.strings?.length ?? 0}">${(options.strings ?? []).join("")}</sst>`,
  );
  zip.file(
    "xl/worksheets/sheet1.xml",
    `<?xml version="1.0"?><worksheet ${ns}><sheetData>${sheetData}</sheetData>${options.mergeCells ?? ""}</worksheet>`,
  );
  return zip.generateAsync({ type: "uint8array" });
}

async function cellsOf(
  bytes: Uint8Array,
): Promise<{ name: string; cells: Cell[][]; origin: { row: number; col: number } }> {
  const [grid] = (await readXlsx(bytes, "книга.xlsx")).grids;
  return { name: grid.name, cells: grid.cells, origin: grid.origin };
}

describe("what no generator here writes", () => {
  it("shared strings with phonetic runs, rich runs, entities, character references and kept spaces", async () => {
    const bytes = await handMade(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>',
      {
        strings: [
          '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>',
          '<si><r><rPr><b/></rPr><t xml:space="preserve">МБОУ </t></r><r><t>«СОШ &#8470; 5»</t></r></si>',
          "<si><t>&lt;A&amp;B&gt; &quot;x&quot; &apos;y&apos; &#x416;</t></si>",
          '<si><t xml:space="preserve">  отступ  </t></si>',
        ],
      },
    );
    expectSameGrids((await readXlsx(bytes, "x")).grids, await oracle(bytes, new Set()));
    expect(await cellsOf(bytes)).toEqual({
      name: "Лист & «1»",
      origin: { row: 0, col: 0 },
      cells: [["東京", "МБОУ «СОШ № 5»", "<A&B> \"x\" 'y' Ж", "  отступ  "]],
    });
  });

  it("inline strings, plain and rich, and a formula string result", async () => {
    const bytes = await handMade(
      '<row r="2"><c r="B2" t="inlineStr"><is><t>Лесная ООШ</t></is></c><c r="C2" t="inlineStr"><is><r><t>СОШ </t></r><r><rPr><i/></rPr><t>№ 2</t></r></is></c><c r="D2" t="str"><f>A1&amp;"!"</f><v>итог &amp; всё</v></c></row>',
    );
    expectSameGrids((await readXlsx(bytes, "x")).grids, await oracle(bytes, new Set()));
    expect((await cellsOf(bytes)).cells).toEqual([["Лесная ООШ", "СОШ № 2", "итог & всё"]]);
  });

  it("formulas without a cached value are empty; booleans, errors and numbers as typed", async () => {
    const bytes = await handMade(
      '<row r="1"><c r="A1"><f>SUM(B1:B9)</f></c><c r="B1" t="b"><v>1</v></c><c r="C1" t="b"><v>0</v></c><c r="D1" t="e"><v>#N/A</v></c><c r="E1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="F1"><v>1.5E3</v></c><c r="G1" t="b"><f>TRUE()</f><v>1</v></c><c r="H1" s="1"><f>DATE(2021,3,15)</f><v>44270</v></c></row>',
    );
    expectSameGrids((await readXlsx(bytes, "x")).grids, await oracle(bytes, new Set()));
    // A1 is empty: the used range starts at B1.
    expect(await cellsOf(bytes)).toEqual({
      name: "Лист & «1»",
      origin: { row: 0, col: 1 },
      cells: [[true, false, "#N/A", "#DIV/0!", 1500, true, mustDayOf(2021, 3, 15)]],
    });
  });

  it("custom date formats (quotes, brackets and escapes as ExcelJS weighs them) and the 1904 calendar", async () => {
    const styles = (numFmts: string, xfs: string[]): string =>
      `<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="3">${numFmts}</numFmts><cellXfs count="${xfs.length}">${xfs.map((id) => `<xf numFmtId="${id}"/>`).join("")}</cellXfs></styleSheet>`;
    const sheet =
      '<row r="1"><c r="A1" s="1"><v>44270.9</v></c><c r="B1" s="2"><v>44270.9</v></c><c r="C1" s="3"><v>44270.9</v></c><c r="D1" s="4"><v>44270.9</v></c><c r="E1" s="0"><v>44270</v></c></row>';
    const numFmts =
      '<numFmt numFmtId="164" formatCode="dd/mm/yyyy\\ &quot;г.&quot;"/><numFmt numFmtId="165" formatCode="#,##0\\ &quot;дней&quot;"/><numFmt numFmtId="166" formatCode="[Red][&lt;=100]0.0"/>';
    const bytes = await handMade(sheet, { styles: styles(numFmts, ["0", "164", "165", "166", "22"]) });
    expectSameGrids((await readXlsx(bytes, "x")).grids, await oracle(bytes, new Set()));
    expect((await cellsOf(bytes)).cells).toEqual([
      [mustDayOf(2021, 3, 15), 44270.9, 44270.9, mustDayOf(2021, 3, 15), 44270],
    ]);
    const in1904 = await handMade(sheet, {
      styles: styles(numFmts, ["0", "164", "165", "166", "22"]),
      workbookPr: '<workbookPr date1904="1"/>',
    });
    expectSameGrids((await readXlsx(in1904, "x")).grids, await oracle(in1904, new Set()));
    expect((await cellsOf(in1904)).cells[0][0]).toBe(mustDayOf(2021, 3, 15) + 1462);
  });

  it("cells and rows without `r` follow the ones before them, as Excel reads them", async () => {
    const bytes = await handMade(
      '<row r="3"><c r="C3"><v>1</v></c><c><v>2</v></c><c t="s"><v>0</v></c></row><row><c><v>4</v></c><c r="E4"><v>5</v></c><c><v>6</v></c></row>',
      {
        strings: ["<si><t>три</t></si>"],
      },
    );
    expect(await cellsOf(bytes)).toEqual({
      name: "Лист & «1»",
      origin: { row: 2, col: 0 },
      cells: [
        [null, null, 1, 2, "три", null],
        [4, null, null, null, 5, 6],
      ],
    });
  });

  it("a merged area keeps its top-left value only and counts in the used range even when empty", async () => {
    const bytes = await handMade(
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c></row>',
      {
        mergeCells: '<mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="D4:E5"/></mergeCells>',
      },
    );
    expectSameGrids((await readXlsx(bytes, "x")).grids, await oracle(bytes, new Set()));
    const [grid] = (await readXlsx(bytes, "x")).grids;
    expect(grid.cells).toEqual([
      [1, null, null, null, null],
      [null, null, null, null, null],
      [null, null, null, null, null],
      [null, null, null, null, null],
      [null, null, null, null, null],
    ]);
    expect(grid.merges).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 3, left: 3, bottom: 4, right: 4 },
    ]);
  });

  it("refuses a damaged worksheet part, a zip without a workbook and a sheet part that is missing, as damaged files", async () => {
    const cut = await handMade('<row r="1"><c r="A1"><v>1</v></c>');
    await expect(readXlsx(cut, "обрезанный.xlsx")).rejects.toBeInstanceOf(InputFileError);
    await expect(readXlsx(cut, "обрезанный.xlsx")).rejects.toThrow(
      /^файл «обрезанный\.xlsx» повреждён или записан не полностью/,
    );
    const noWorkbook = new JSZip();
    noWorkbook.file("word/document.xml", "<document/>");
    await expect(readXlsx(await noWorkbook.generateAsync({ type: "uint8array" }), "документ.xlsx")).rejects.toThrow(
      /«документ\.xlsx» повреждён/,
    );
    const zip = await JSZip.loadAsync(await handMade(""));
    zip.remove("xl/worksheets/sheet1.xml");
    await expect(readXlsx(await zip.generateAsync({ type: "uint8array" }), "без листа.xlsx")).rejects.toThrow(
      /«без листа\.xlsx» повреждён/,
    );
  });
});

describe("random grids", () => {
  it("come back as ExcelJS wrote them: strings, numbers, booleans, dates, merges", async () => {
    const value = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom("СОШ № 1 & «Лицей»", "<b>", "_x0041_", " ", "'"),
      fc.integer({ min: -1e9, max: 1e9 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }),
    );
    const rows = fc.array(fc.array(fc.option(value, { nil: null }), { maxLength: 6 }), { maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(
        rows,
        fc.option(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))),
        fc.record({ row: fc.integer({ min: 1, max: 4 }), col: fc.integer({ min: 1, max: 4 }) }),
        async (cells, merge, at) => {
          const merges = merge
            ? [`${String.fromCharCode(64 + merge[1])}${merge[0]}:${String.fromCharCode(65 + merge[1])}${merge[0] + 1}`]
            : [];
          const bytes = await bytesOf([{ name: "Лист1", rows: cells, at, merges }]);
          await expectReadAsExcelJs(bytes);
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);

  it("any damage to a worksheet part gives the damaged-file message or a reading, never another error", async () => {
    const sheet =
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>44270</v></c><c r="C1" t="inlineStr"><is><t>СОШ &amp; лицей</t></is></c></row><row r="2"><c r="A2"><f>A1</f><v>3</v></c></row>';
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: sheet.length }),
        fc.nat({ max: sheet.length }),
        fc.string({ maxLength: 4 }),
        async (from, to, inserted) => {
          const damaged = sheet.slice(0, Math.min(from, to)) + inserted + sheet.slice(Math.max(from, to));
          const outcome = await readXlsx(
            await handMade(damaged, { strings: ["<si><t>Азовский МР</t></si>"] }),
            "книга.xlsx",
          ).then(
            () => "read",
            (e: unknown) => (e instanceof InputFileError ? "refused" : e),
          );
          expect(["read", "refused"]).toContain(outcome);
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);
});
