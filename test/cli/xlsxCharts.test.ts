/**
 * Native charts in the files `shnor report` writes (src/files/xlsxCharts.ts): the chart parts of «Сводка рисков» and
 * «Показатели» read the sheet's own cells, they are the charts the Office door draws, the package is consistent,
 * and two applications nobody here wrote — LibreOffice and openpyxl — open the file and find the charts.
 */
import { spawnSync } from "child_process";
import { readFileSync } from "fs";
import { join, resolve } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { readXlsxFile } from "../helpers/workbooks";
import { addChartParts, chartXml, withDrawingElement } from "../../src/files/xlsxCharts";
import { finishPackage } from "../../src/files/xlsxPackage";
import { mustDayOf } from "../../src/core/calendar";
import { columnLetters } from "../../src/core/a1";
import { writeReportSheets } from "../../src/excel/writeReports";
import { runEngine } from "../../src/reports/engine";
import { layoutSheet, type PlacedChart, type SheetLayout } from "../../src/reports/layout";
import { createFakeExcel, type FakeChart } from "../helpers/fakeExcel";
import { riskSummary } from "../helpers/reportDescriptions";
import {
  convertWithSoffice,
  describeWithTool,
  findPythonWithOpenpyxl,
  findSoffice,
  mustHave,
} from "../helpers/officeTools";
import { openWorkbook, tempFolder } from "../helpers/workbooks";

const SAMPLE = resolve(__dirname, "..", "fixtures", "sample-region", "sample-region.xlsx");
const folder = tempFolder("shnor-charts-");
const out = join(folder, "отчёты.xlsx");
const CHARTED = ["Сводка рисков", "Показатели"];

// ---- reading a package back: parts, relationships, the charts in it ----

async function text(zip: JSZip, part: string): Promise<string> {
  const file = zip.file(part);
  if (!file) throw new Error(`нет части ${part}`);
  return file.async("string");
}

function attrs(tag: string): Record<string, string> {
  return Object.fromEntries(
    [...tag.matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [
      m[1],
      m[2]
        .replace(/&apos;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, "&"),
    ]),
  );
}

function relsPath(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship's target as a part name: «../charts/chart1.xml» from «xl/drawings/drawing1.xml» → «xl/charts/chart1.xml». */
function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = fromPart.split("/").slice(0, -1);
  for (const step of target.split("/")) {
    if (step === "..") parts.pop();
    else if (step !== ".") parts.push(step);
  }
  return parts.join("/");
}

/** Relationships of a part (the package's own for «»), targets resolved. */
async function relsOf(
  zip: JSZip,
  part: string,
): Promise<{ id: string; type: string; target: string; external: boolean }[]> {
  const path = part === "" ? "_rels/.rels" : relsPath(part);
  if (!zip.file(path)) return [];
  return ((await text(zip, path)).match(/<Relationship\s[^>]*>/g) ?? []).map((tag) => {
    const a = attrs(tag);
    return {
      id: a.Id,
      type: a.Type,
      target: a.TargetMode === "External" ? a.Target : resolveTarget(part, a.Target),
      external: a.TargetMode === "External",
    };
  });
}

async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const rels = new Map((await relsOf(zip, "xl/workbook.xml")).map((r) => [r.id, r.target]));
  const sheets = (await text(zip, "xl/workbook.xml")).match(/<sheet\s[^>]*>/g) ?? [];
  return new Map(sheets.map((tag) => [attrs(tag).name, rels.get(attrs(tag)["r:id"])!]));
}

interface Series {
  ref: string;
  cache: (string | null)[];
}

interface FileChart {
  sheet: string;
  sheetPart: string;
  barDir: string;
  grouping: string;
  title: string;
  hasLegend: boolean;
  name: Series;
  categories: Series;
  values: Series & { formatCode: string };
  valueAxisFormat: { formatCode: string; sourceLinked: string };
  valueAxisBounds: { minimum?: string; maximum?: string };
  /** The chart's default text size (c:chartSpace/c:txPr), in points. */
  fontSize: number;
  from: { col: number; row: number };
  to: { col: number; row: number };
}

const between = (xml: string, open: string, close: string): string => {
  const start = xml.indexOf(open);
  const end = xml.indexOf(close, start);
  if (start < 0 || end < 0) throw new Error(`нет ${open}…${close}`);
  return xml.slice(start + open.length, end);
};
const val = (xml: string, tag: string): string => attrs(new RegExp(`<${tag}\\s[^>]*>`).exec(xml)![0]).val;

function seriesPart(xml: string): Series {
  const ref = between(xml, "<c:f>", "</c:f>").replace(/&apos;/g, "'");
  const count = Number(val(xml, "c:ptCount"));
  const cache: (string | null)[] = Array.from({ length: count }, () => null);
  for (const m of xml.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g))
    cache[Number(m[1])] = m[2].replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">");
  return { ref, cache };
}

async function chartsOf(zip: JSZip): Promise<FileChart[]> {
  const charts: FileChart[] = [];
  for (const [sheet, sheetPart] of await sheetParts(zip)) {
    for (const drawing of (await relsOf(zip, sheetPart)).filter((r) => r.type.endsWith("/drawing"))) {
      const drawingXml = await text(zip, drawing.target);
      const marker = (tag: string) => {
        const m = between(drawingXml, `<xdr:${tag}>`, `</xdr:${tag}>`);
        return {
          col: Number(between(m, "<xdr:col>", "</xdr:col>")),
          row: Number(between(m, "<xdr:row>", "</xdr:row>")),
        };
      };
      const chartRel = (await relsOf(zip, drawing.target)).find((r) => r.type.endsWith("/chart"))!;
      expect(drawingXml).toContain(`r:id="${chartRel.id}"`);
      const xml = await text(zip, chartRel.target);
      const valAx = between(xml, "<c:valAx>", "</c:valAx>");
      const values = between(xml, "<c:val>", "</c:val>");
      charts.push({
        sheet,
        sheetPart,
        barDir: val(xml, "c:barDir"),
        grouping: val(xml, "c:grouping"),
        title: between(between(xml, "<c:title>", "</c:title>"), "<a:t>", "</a:t>"),
        hasLegend: xml.includes("<c:legend"),
        name: seriesPart(between(xml, "<c:tx><c:strRef>", "</c:strRef></c:tx>")),
        categories: seriesPart(between(xml, "<c:cat>", "</c:cat>")),
        values: { ...seriesPart(values), formatCode: between(values, "<c:formatCode>", "</c:formatCode>") },
        valueAxisFormat: {
          formatCode: attrs(/<c:numFmt\s[^>]*>/.exec(valAx)![0]).formatCode,
          sourceLinked: attrs(/<c:numFmt\s[^>]*>/.exec(valAx)![0]).sourceLinked,
        },
        valueAxisBounds: {
          minimum: /<c:min val="([^"]*)"/.exec(valAx)?.[1],
          maximum: /<c:max val="([^"]*)"/.exec(valAx)?.[1],
        },
        fontSize: Number(/<c:txPr>.*?<a:defRPr sz="(\d+)"/.exec(xml.slice(xml.lastIndexOf("</c:chart>")))?.[1]) / 100,
        from: marker("from"),
        to: marker("to"),
      });
    }
  }
  return charts;
}

/** «'Сводка рисков'!$P$6:$P$15» → the sheet and 0-based cells (one column). */
function cellsOf(ref: string): { sheet: string; col: number; rows: number[] } {
  const m = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(ref);
  if (!m) throw new Error(`не ссылка: ${ref}`);
  const col = [...m[2]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const top = Number(m[3]) - 1;
  const bottom = m[5] ? Number(m[5]) - 1 : top;
  expect(m[4] ?? m[2]).toBe(m[2]); // one column
  return { sheet: m[1].replace(/''/g, "'"), col, rows: Array.from({ length: bottom - top + 1 }, (_, i) => top + i) };
}

/** «'Сводка рисков'!$P$6:$P$15» → «Сводка рисков!P6:P15», as the Office door's fake records addresses (without quotes, $). */
const plain = (ref: string): string => ref.replace(/\$/g, "").replace(/'/g, "");

let zip: JSZip;
let charts: FileChart[];
let layouts: SheetLayout[];

beforeAll(async () => {
  const lines: string[] = [];
  const code = await main(["report", SAMPLE, "--out", out, "--as-of", "2021-06-15"], {
    out: (l) => lines.push(l),
    err: (l) => lines.push(l),
  });
  expect(lines.join("\n")).not.toMatch(/Внутренняя ошибка/);
  expect(code).toBe(0);
  zip = await JSZip.loadAsync(readFileSync(out));
  charts = await chartsOf(zip);
  // the same layouts the command line wrote (one engine), for the Office door's side
  const { grids, reportSheets } = await readXlsxFile(SAMPLE);
  layouts = runEngine(grids, reportSheets, { asOf: mustDayOf(2021, 6, 15) }).sheets.map(layoutSheet);
});

describe("chart parts of a written file", () => {
  it("«Сводка рисков» and «Показатели» have one chart each, reading the cells that hold the categories and values", async () => {
    expect(charts.map((c) => c.sheet)).toEqual(CHARTED);
    const book = await openWorkbook(out);
    const cell = (sheet: string, row: number, col: number) => book.getWorksheet(sheet)!.getCell(row + 1, col + 1).value;
    for (const chart of charts) {
      const name = cellsOf(chart.name.ref);
      const categories = cellsOf(chart.categories.ref);
      const values = cellsOf(chart.values.ref);
      for (const ref of [name, categories, values]) expect(ref.sheet).toBe(chart.sheet);
      // the series name is the values column's header, right above the first value
      expect(name.col).toBe(values.col);
      expect(name.rows).toEqual([values.rows[0] - 1]);
      expect(categories.rows).toEqual(values.rows);
      expect(chart.name.cache).toEqual([cell(chart.sheet, name.rows[0], name.col)]);
      expect(chart.categories.cache).toEqual(categories.rows.map((r) => cell(chart.sheet, r, categories.col)));
      expect(chart.values.cache.map(Number)).toEqual(values.rows.map((r) => cell(chart.sheet, r, values.col)));
    }
    const [risks, indicators] = charts;
    expect(risks.name.cache).toEqual(["Число ОО"]);
    expect(risks.categories.cache[0]).toBe("РФ1");
    expect(risks.values.cache.every((v) => Number.isInteger(Number(v)))).toBe(true);
    expect(risks.values.formatCode).toBe("0");
    // shares: the cells hold 0…1, shown as percent
    expect(indicators.values.cache.every((v) => Number(v) >= 0 && Number(v) <= 1)).toBe(true);
    expect(indicators.values.formatCode).toBe("0.0%");
  });

  it("are the charts the Office door draws: kind, title, ranges, series name, no legend, axis format, position", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Лист1", cells: [["x"]] }] });
    await fake.Excel.run((ctx) => writeReportSheets(ctx as unknown as Excel.RequestContext, layouts));
    const office = fake
      .workbookSnapshot()
      .sheets.flatMap((s) => s.charts.map((c): [string, FakeChart] => [s.name, c]))
      .filter(([name]) => CHARTED.includes(name));
    expect(office.map(([name]) => name)).toEqual(CHARTED);
    office.forEach(([, drawn], i) => {
      const file = charts[i];
      expect(drawn.type).toBe(file.barDir === "bar" ? "BarClustered" : "ColumnClustered");
      expect(file.grouping).toBe("clustered");
      expect(file.title).toBe(drawn.title);
      expect(plain(file.values.ref)).toBe(plain(drawn.source));
      expect(plain(file.categories.ref)).toBe(plain(drawn.categories!));
      expect(file.name.cache).toEqual([drawn.seriesName]);
      expect(drawn.legendVisible).toBe(false);
      expect(file.hasLegend).toBe(false);
      expect(file.fontSize).toBe(drawn.fontSize);
      expect(file.fontSize).toBeGreaterThanOrEqual(12);
      const bounds = drawn.valueAxisBounds;
      expect(file.valueAxisBounds).toEqual({
        minimum: bounds?.minimum?.toString(),
        maximum: bounds?.maximum?.toString(),
      });
      if (drawn.valueAxisNumberFormat !== undefined)
        expect(file.valueAxisFormat).toEqual({ formatCode: drawn.valueAxisNumberFormat, sourceLinked: "0" });
      else expect(file.valueAxisFormat.sourceLinked).toBe("1");
      // setPosition(start, end) covers both cells whole; the anchor's «to» is the corner after the end cell
      const [start, end] = drawn.position!.map((a) => cellsOf(`'x'!$${a.replace(/(\d+)/, "$$$1")}`));
      expect(file.from).toEqual({ col: start.col, row: start.rows[0] });
      expect(file.to).toEqual({ col: end.col + 1, row: end.rows[0] + 1 });
    });
    expect(charts.map((c) => c.barDir)).toEqual(["col", "bar"]);
    expect(charts[1].valueAxisFormat).toEqual({ formatCode: "0%", sourceLinked: "0" });
    // shares run from 0 to 100 %, so the bars' lengths compare as the shares do
    expect(charts[1].valueAxisBounds).toEqual({ minimum: "0", maximum: "1" });
  });
});

describe("the package", () => {
  it("is consistent: every relationship's target exists, content types cover every part", async () => {
    const parts = Object.values(zip.files)
      .filter((f) => !f.dir)
      .map((f) => f.name);
    const types = await text(zip, "[Content_Types].xml");
    const defaults = new Set((types.match(/<Default\s[^>]*>/g) ?? []).map((t) => attrs(t).Extension.toLowerCase()));
    const overrides = (types.match(/<Override\s[^>]*>/g) ?? []).map((t) => attrs(t));
    for (const o of overrides) expect(parts).toContain(o.PartName.slice(1));
    const overridden = new Set(overrides.map((o) => o.PartName.slice(1)));
    for (const part of parts.filter((p) => p !== "[Content_Types].xml")) {
      const covered = overridden.has(part) || defaults.has(part.split(".").pop()!.toLowerCase());
      expect({ part, covered }).toEqual({ part, covered: true });
    }
    for (const part of ["", ...parts.filter((p) => !p.endsWith(".rels"))]) {
      for (const rel of await relsOf(zip, part))
        if (!rel.external)
          expect({ from: part, target: rel.target, exists: parts.includes(rel.target) }).toMatchObject({
            exists: true,
          });
    }
    for (const chart of charts) {
      expect(
        overrides.find((o) => o.PartName.startsWith("/xl/charts/") && o.ContentType.endsWith("drawingml.chart+xml")),
      ).toBeDefined();
      expect(
        overrides.find((o) => o.PartName.startsWith("/xl/drawings/") && o.ContentType.endsWith(".drawing+xml")),
      ).toBeDefined();
      // one <drawing>, after the cells and the page setup, last before </worksheet> (CT_Worksheet order)
      const sheetXml = await text(zip, chart.sheetPart);
      expect(sheetXml.match(/<drawing\s/g)).toHaveLength(1);
      expect(sheetXml.indexOf("<drawing ")).toBeGreaterThan(sheetXml.indexOf("<pageSetup"));
      expect(sheetXml).toMatch(/<drawing r:id="rId\d+"\/><\/worksheet>$/);
    }
  });

  it("names «Адресная помощь 500+» as its application, and keeps every sheet's cells", async () => {
    expect(await text(zip, "docProps/app.xml")).toContain("<Application>Адресная помощь 500+</Application>");
    expect(await text(zip, "docProps/app.xml")).not.toMatch(/Microsoft|AppVersion/);
    const book = await openWorkbook(out);
    expect(book.getWorksheet("Сводка рисков")!.getCell("A1").value).toBe("Сводка рисков по состоянию на 15.06.2021");
  });
});

describe("withDrawingElement", () => {
  // the part as bytes in and out, as the package holds it
  const withDrawing = (sheet: string, relId: string): string =>
    new TextDecoder().decode(withDrawingElement(new TextEncoder().encode(sheet), relId));
  const head =
    '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';

  it("puts <drawing> after page setup and header/footer, before legacyDrawing, tableParts and extLst", () => {
    const sheet = `${head}<sheetData/><pageSetup paperSize="9"/><headerFooter><oddFooter>Страница &amp;P из &amp;N</oddFooter></headerFooter><legacyDrawing r:id="rId1"/><tableParts count="0"/><extLst/></worksheet>`;
    expect(withDrawing(sheet, "rId2")).toBe(
      sheet.replace('<legacyDrawing r:id="rId1"/>', '<drawing r:id="rId2"/><legacyDrawing r:id="rId1"/>'),
    );
    const bare = `${head}<sheetData><row r="1"/></sheetData><pageMargins left="0.7"/></worksheet>`;
    expect(withDrawing(bare, "rId1")).toBe(bare.replace("</worksheet>", '<drawing r:id="rId1"/></worksheet>'));
  });

  it("is not misled by cell text that spells an element, and declares r: where the sheet does not", () => {
    const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lt;extLst&gt; и &lt;tableParts/&gt;</t></is></c></row></sheetData><rowBreaks count="1"/></worksheet>`;
    expect(withDrawing(sheet, "rId1")).toBe(
      sheet.replace(
        "</worksheet>",
        '<drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></worksheet>',
      ),
    );
  });

  it("refuses a sheet that already has a drawing rather than write a second one", () => {
    expect(() => withDrawing(`${head}<sheetData/><drawing r:id="rId1"/></worksheet>`, "rId2")).toThrow(/<drawing>/);
  });
});

describe("addChartParts into a package that already has relationships", () => {
  it("adds the drawing beside a sheet's hyperlink relationship with a fresh id, and the chart reads its cells", async () => {
    const layout = layouts.find((l) => l.reportId === "riskSummary")! as SheetLayout & { chart: PlacedChart };
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Сводка рисков");
    sheet.getCell("A1").value = { text: "Сайт", hyperlink: "https://example.invalid/" };
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const before = await JSZip.loadAsync(bytes);
    const hyperlink = (await relsOf(before, "xl/worksheets/sheet1.xml")).find((r) => r.type.endsWith("/hyperlink"))!;
    const finished = await JSZip.loadAsync(await finishPackage(bytes, [{ sheetName: "Сводка рисков", layout }]));
    const rels = await relsOf(finished, "xl/worksheets/sheet1.xml");
    expect(rels.find((r) => r.type.endsWith("/hyperlink"))).toEqual(hyperlink);
    const drawing = rels.find((r) => r.type.endsWith("/drawing"))!;
    expect(drawing.id).not.toBe(hyperlink.id);
    expect(await text(finished, "xl/worksheets/sheet1.xml")).toContain(`<drawing r:id="${drawing.id}"/>`);
    const [chart] = await chartsOf(finished);
    expect(chart.values.ref).toBe(charts[0].values.ref);
  });

  it("tells which sheet is missing instead of writing a chart nowhere", async () => {
    const layout = layouts.find((l) => l.reportId === "indicators")! as SheetLayout & { chart: PlacedChart };
    const empty = await JSZip.loadAsync(readFileSync(out));
    await expect(addChartParts(empty, [{ sheetName: "Нет такого листа", layout }])).rejects.toThrow(
      /«Нет такого листа»/,
    );
  });
});

const soffice = findSoffice();
const SOFFICE = "LibreOffice (soffice)";
const INSTALL_SOFFICE = "sudo apt-get install libreoffice-calc";

describeWithTool(
  soffice,
  SOFFICE,
  INSTALL_SOFFICE,
)("LibreOffice", () => {
  let ods: JSZip;
  beforeAll(async () => {
    ods = await JSZip.loadAsync(
      readFileSync(convertWithSoffice(mustHave(soffice, SOFFICE, INSTALL_SOFFICE), out, "ods")),
    );
  }, 200_000);

  it("converting the file to .ods keeps both charts, reading the same cells", async () => {
    const content = await text(ods, "content.xml");
    const objects = (content.match(/<draw:object\s[^>]*>/g) ?? []).map((t) =>
      attrs(t)["xlink:href"].replace(/^\.\//, ""),
    );
    expect(objects).toHaveLength(2);
    const odf = (ref: string) => {
      const { sheet, col, rows } = cellsOf(ref);
      const letter = String.fromCharCode(65 + col);
      return `${sheet}.${letter}${rows[0] + 1}:${sheet}.${letter}${rows[rows.length - 1] + 1}`;
    };
    for (const [i, object] of objects.entries()) {
      const chart = await text(ods, `${object}/content.xml`);
      const unquoted = chart.replace(/&apos;/g, "");
      expect(chart).toMatch(/<chart:chart [^>]*chart:class="chart:bar"/);
      expect(unquoted).toContain(`chart:values-cell-range-address="${odf(charts[i].values.ref)}"`);
      expect(unquoted).toContain(`table:cell-range-address="${odf(charts[i].categories.ref)}"`);
      expect(chart).toContain(charts[i].title);
      expect(chart).not.toContain("<chart:legend");
      // a horizontal bar chart is «vertical» in ODF (its category axis stands upright)
      expect(chart.includes('chart:vertical="true"')).toBe(charts[i].barDir === "bar");
    }
  });
});

const python = findPythonWithOpenpyxl();
const OPENPYXL = "python3 с openpyxl";
const INSTALL_OPENPYXL = "sudo apt-get install python3-openpyxl";

describeWithTool(
  python,
  OPENPYXL,
  INSTALL_OPENPYXL,
)("openpyxl", () => {
  it("loads the file without a warning and sees both charts with their references", () => {
    const script = [
      "import json, sys, warnings",
      "warnings.simplefilter('error')",
      "import openpyxl",
      "book = openpyxl.load_workbook(sys.argv[1])",
      "out = []",
      "for ws in book.worksheets:",
      "    for c in ws._charts:",
      "        s = c.series[0]",
      "        out.append({'sheet': ws.title, 'kind': type(c).__name__, 'barDir': c.type, 'grouping': c.grouping,",
      "                    'title': c.title.tx.rich.p[0].r[0].t, 'legend': c.legend is not None,",
      "                    'name': s.tx.strRef.f, 'categories': s.cat.strRef.f, 'values': s.val.numRef.f,",
      "                    'cached': [p.v for p in s.val.numRef.numCache.pt]})",
      "print(json.dumps(out, ensure_ascii=False))",
    ].join("\n");
    const run = spawnSync(mustHave(python, OPENPYXL, INSTALL_OPENPYXL), ["-c", script, out], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const seen = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(seen).toEqual(
      charts.map((c) => ({
        sheet: c.sheet,
        kind: "BarChart",
        barDir: c.barDir,
        grouping: "clustered",
        title: c.title,
        legend: false,
        name: c.name.ref,
        categories: c.categories.ref,
        values: c.values.ref,
        cached: c.values.cache.map(Number),
      })),
    );
  });
});

describe("a chart of two years («Динамика рисков»)", () => {
  it("has one series per value column, each read from its own cells and named by its header, and a legend", () => {
    const desc = riskSummary(3);
    desc.above[0].columns.push({ header: "Число ОО, 2020", format: "integer", width: 10 });
    desc.above[0].rows = [
      ["РФ1. Низкий уровень оснащения школы", 12, 15],
      ["РФ2. Дефицит педагогических кадров", 7, 4],
    ];
    desc.chart = { ...desc.chart!, moreValueColumns: [2] };
    const layout = layoutSheet(desc) as SheetLayout & { chart: PlacedChart };
    const xml = chartXml("Динамика рисков", layout);
    const series = [...xml.matchAll(/<c:ser>.*?<\/c:ser>/g)].map((m) => m[0]);
    expect(series).toHaveLength(2);
    const [first, second] = series.map((s) => ({
      name: seriesPart(between(s, "<c:tx><c:strRef>", "</c:strRef></c:tx>")).cache,
      values: seriesPart(between(s, "<c:val>", "</c:val>")),
      idx: val(s, "c:idx"),
    }));
    expect([first.name, second.name]).toEqual([["Число ОО"], ["Число ОО, 2020"]]);
    expect([first.values.cache, second.values.cache]).toEqual([
      ["12", "7"],
      ["15", "4"],
    ]);
    const { left, top, bottom } = layout.chart.moreSeries![0].values;
    expect(second.values.ref).toBe(
      `'Динамика рисков'!$${columnLetters(left)}$${top + 1}:$${columnLetters(left)}$${bottom + 1}`,
    );
    expect(left).toBe(layout.chart.values.left + 1);
    expect([first.idx, second.idx]).toEqual(["0", "1"]);
    expect(xml).toContain("<c:legend>");
    // one series: no legend, as the Office door shows it
    expect(
      chartXml("Сводка рисков", layoutSheet(riskSummary(3)) as SheetLayout & { chart: PlacedChart }),
    ).not.toContain("<c:legend");
  });
});
