/**
 * Native charts in a package ExcelJS wrote (ExcelJS writes none): for each sheet whose layout has a chart, the
 * parts Excel itself writes for a clustered column/bar chart (ECMA-376 Part 1, §21.2 DrawingML Charts, §20.5
 * SpreadsheetML Drawing):
 *   xl/charts/chartN.xml          c:chartSpace — its series (one, or one per year), categories and values formulas over the sheet's
 *                                 own cells, with caches of those cells so a viewer draws it before recalculating
 *   xl/drawings/drawingN.xml      xdr:wsDr — one xdr:twoCellAnchor at the layout's anchor, pointing at the chart
 *   xl/drawings/_rels/…, xl/worksheets/_rels/sheetM.xml.rels, <drawing r:id> in the sheet, [Content_Types].xml
 * The chart is the one the Office door draws (src/excel/writeReports.ts addChart): same kind, title, a legend only for several series,
 * «0%» on the value axis for shares, the series named by its header cell.
 * Free of Node-only APIs (the file door is to run in a browser too): it works on a JSZip of the package's bytes.
 * The sheet XML is touched by one string insertion near its end, never parsed: a report sheet can hold 40 000 rows.
 */
import type JSZip from "jszip";
import { columnLetters } from "../core/a1";
import { CHART_FONT_SIZE, type PlacedChart, type PlacedSeries, type SheetLayout } from "../reports/layout";
import type { OutValue } from "../reports/model";

/** A sheet as written: its name in the workbook and its layout, which has a chart. */
export interface ChartedSheet {
  sheetName: string;
  layout: SheetLayout & { chart: PlacedChart };
}

const NS = {
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  drawingMain: "http://schemas.openxmlformats.org/drawingml/2006/main",
  spreadsheetDrawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  relationships: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  packageRelationships: "http://schemas.openxmlformats.org/package/2006/relationships",
};
const REL_TYPE = { drawing: `${NS.relationships}/drawing`, chart: `${NS.relationships}/chart` };
const CONTENT_TYPE = {
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
};
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * CT_Worksheet (§18.3.1.99) elements that come after <drawing>: it goes before the first of them, or last.
 * Everything before it in the sequence (sheetData … smartTags) stays before it.
 */
const AFTER_DRAWING = [
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

export async function addChartParts(zip: JSZip, sheets: ChartedSheet[]): Promise<void> {
  if (sheets.length === 0) return;
  const sheetParts = await sheetPartsByName(zip);
  const overrides: string[] = [];
  let n = firstFreeNumber(zip);
  for (const { sheetName, layout } of sheets) {
    const sheetPart = sheetParts.get(sheetName);
    if (sheetPart === undefined) throw new Error(`xlsxCharts: в книге нет листа «${sheetName}»`);
    const chartPart = `xl/charts/chart${n}.xml`;
    const drawingPart = `xl/drawings/drawing${n}.xml`;
    zip.file(chartPart, chartXml(sheetName, layout));
    zip.file(drawingPart, drawingXml(layout.chart, n));
    zip.file(
      relsPathOf(drawingPart),
      relsXml([{ id: "rId1", type: REL_TYPE.chart, target: `../charts/chart${n}.xml` }]),
    );
    const drawingRel = await addRelationship(
      zip,
      relsPathOf(sheetPart),
      REL_TYPE.drawing,
      `../drawings/drawing${n}.xml`,
    );
    zip.file(sheetPart, withDrawingElement(await mustFile(zip, sheetPart).async("uint8array"), drawingRel));
    overrides.push(override(chartPart, CONTENT_TYPE.chart), override(drawingPart, CONTENT_TYPE.drawing));
    n++;
  }
  const types = await mustText(zip, "[Content_Types].xml");
  zip.file("[Content_Types].xml", types.replace("</Types>", `${overrides.join("")}</Types>`));
}

/** Sheet name → its part («xl/worksheets/sheet2.xml»), from xl/workbook.xml and its relationships. */
async function sheetPartsByName(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await mustText(zip, "xl/workbook.xml");
  const targets = new Map(
    relationshipsOf(await mustText(zip, "xl/_rels/workbook.xml.rels")).map((r) => [r.id, r.target]),
  );
  const parts = new Map<string, string>();
  for (const tag of workbook.match(/<sheet\s[^>]*>/g) ?? []) {
    const attrs = attributesOf(tag);
    const target = targets.get(attrs["r:id"] ?? "");
    if (attrs.name !== undefined && target !== undefined)
      parts.set(attrs.name, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  return parts;
}

/** One number for chartN and drawingN that neither part of the package has yet. */
function firstFreeNumber(zip: JSZip): number {
  let n = 1;
  while (zip.file(`xl/charts/chart${n}.xml`) || zip.file(`xl/drawings/drawing${n}.xml`)) n++;
  return n;
}

/** Adds a relationship to a part's .rels (created if absent); returns its id. */
async function addRelationship(zip: JSZip, relsPath: string, type: string, target: string): Promise<string> {
  const existing = zip.file(relsPath) ? await mustText(zip, relsPath) : null;
  const rels = existing === null ? [] : relationshipsOf(existing);
  const taken = new Set(rels.map((r) => r.id));
  let k = rels.length + 1;
  while (taken.has(`rId${k}`)) k++;
  const id = `rId${k}`;
  const element = relationshipElement({ id, type, target });
  zip.file(
    relsPath,
    existing === null
      ? relsXml([{ id, type, target }])
      : existing.replace("</Relationships>", `${element}</Relationships>`),
  );
  return id;
}

/**
 * «<drawing r:id>» in its place of the CT_Worksheet sequence, found in the tail after </sheetData>. The part stays
 * bytes, only its root tag and tail are read as text: the «Показатели» sheet of 40 000 schools is 18 MB of XML.
 */
export function withDrawingElement(sheetXml: Uint8Array, relId: string): Uint8Array {
  const tailStart = Math.max(0, lastIndexOfAscii(sheetXml, "</sheetData>"));
  const tail = UTF8_DECODER.decode(sheetXml.subarray(tailStart));
  if (/<drawing[\s/>]/.test(tail)) throw new Error("xlsxCharts: у листа уже есть рисунки (<drawing>)");
  const rootStart = indexOfAscii(sheetXml, "<worksheet");
  const root = UTF8_DECODER.decode(sheetXml.subarray(rootStart, indexOfAscii(sheetXml, ">", rootStart)));
  const declaresR = /\sxmlns:r=/.test(root);
  const element = UTF8_ENCODER.encode(`<drawing${declaresR ? "" : ` xmlns:r="${NS.relationships}"`} r:id="${relId}"/>`);
  const follower = new RegExp(`<(?:${AFTER_DRAWING.join("|")})[\\s/>]`).exec(tail);
  const at =
    tailStart + UTF8_ENCODER.encode(tail.slice(0, follower ? follower.index : tail.lastIndexOf("</worksheet>"))).length;
  const out = new Uint8Array(sheetXml.length + element.length);
  out.set(sheetXml.subarray(0, at));
  out.set(element, at);
  out.set(sheetXml.subarray(at), at + element.length);
  return out;
}

const UTF8_DECODER = new TextDecoder();
const UTF8_ENCODER = new TextEncoder();

/** Where an ASCII text first occurs in UTF-8 bytes from `from` on (-1: nowhere); a UTF-8 byte below 128 is that character. */
function indexOfAscii(bytes: Uint8Array, text: string, from = 0): number {
  for (let i = bytes.indexOf(text.charCodeAt(0), from); i !== -1; i = bytes.indexOf(text.charCodeAt(0), i + 1)) {
    if (matchesAt(bytes, text, i)) return i;
  }
  return -1;
}

function lastIndexOfAscii(bytes: Uint8Array, text: string): number {
  for (
    let i = bytes.lastIndexOf(text.charCodeAt(0));
    i !== -1;
    i = i === 0 ? -1 : bytes.lastIndexOf(text.charCodeAt(0), i - 1)
  ) {
    if (matchesAt(bytes, text, i)) return i;
  }
  return -1;
}

function matchesAt(bytes: Uint8Array, text: string, at: number): boolean {
  for (let k = 0; k < text.length; k++) if (bytes[at + k] !== text.charCodeAt(k)) return false;
  return true;
}

/** The chart part: a clustered bar (kind "bar") or column chart of its series, read from the sheet's cells. */
export function chartXml(sheetName: string, layout: SheetLayout & { chart: PlacedChart }): string {
  const chart = layout.chart;
  const horizontal = chart.kind === "bar";
  const ref = (top: number, left: number, bottom = top) => {
    const quoted = `'${sheetName.replace(/'/g, "''")}'`;
    const cell = (row: number) => `$${columnLetters(left)}$${row + 1}`;
    return `${quoted}!${cell(top)}${bottom === top ? "" : `:${cell(bottom)}`}`;
  };
  const cat = chart.categories;
  const categories = rowsOf(cat).map((row) => cellOf(layout, row, cat.left));
  // The first series and any more (two years side by side), each named by its header cell, as the Office door adds them.
  const allSeries: PlacedSeries[] = [chart, ...(chart.moreSeries ?? [])];
  const series = allSeries
    .map((one, i) => {
      const val = one.values;
      const values = rowsOf(val).map((row) => cellOf(layout, row, val.left));
      const valueFormat = numberFormatOf(layout, val.top, val.left);
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:strRef><c:f>${escapeXml(ref(one.seriesName.row, one.seriesName.col))}</c:f>${strCache([one.seriesTitle])}</c:strRef></c:tx>` +
        `<c:spPr><a:solidFill><a:schemeClr val="accent${(i % 6) + 1}"/></a:solidFill></c:spPr>` +
        `<c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${escapeXml(ref(cat.top, cat.left, cat.bottom))}</c:f>${strCache(categories)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeXml(ref(val.top, val.left, val.bottom))}</c:f>${numCache(values, valueFormat)}</c:numRef></c:val>` +
        `</c:ser>`
      );
    })
    .join("");
  const CAT_AXIS = 1001;
  const VAL_AXIS = 1002;
  // CT_Scaling: orientation, then max, then min. Shares run from 0 to 100 %, as the Office door sets them.
  const axisCommon = (id: number, position: string, bounds = "") =>
    `<c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/>${bounds}</c:scaling><c:delete val="0"/><c:axPos val="${position}"/>`;
  const catAx =
    `<c:catAx>${axisCommon(CAT_AXIS, horizontal ? "l" : "b")}<c:numFmt formatCode="General" sourceLinked="1"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${VAL_AXIS}"/>` +
    `<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx =
    `<c:valAx>${axisCommon(VAL_AXIS, horizontal ? "b" : "l", chart.percent ? `<c:max val="1"/><c:min val="0"/>` : "")}<c:majorGridlines/>` +
    (chart.percent
      ? `<c:numFmt formatCode="0%" sourceLinked="0"/>`
      : `<c:numFmt formatCode="General" sourceLinked="1"/>`) +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${CAT_AXIS}"/>` +
    `<c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  return (
    XML_DECLARATION +
    `<c:chartSpace xmlns:c="${NS.chart}" xmlns:a="${NS.drawingMain}" xmlns:r="${NS.relationships}">` +
    `<c:date1904 val="0"/><c:lang val="ru-RU"/><c:roundedCorners val="0"/>` +
    `<c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="0"/></a:pPr>` +
    `<a:r><a:rPr lang="ru-RU" sz="1400" b="0"/><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="${horizontal ? "bar" : "col"}"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    series +
    `<c:gapWidth val="150"/><c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/></c:barChart>` +
    catAx +
    valAx +
    `</c:plotArea>` +
    // One series is named in the title and has no legend; several get one (as the Office door shows them).
    (allSeries.length > 1 ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` : "") +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>` +
    `</c:chart>` +
    // The chart's default text size (CT_ChartSpace: txPr after chart), as the Office door sets chart.format.font.size.
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${CHART_FONT_SIZE * 100}"/></a:pPr><a:endParaRPr lang="ru-RU"/></a:p></c:txPr>` +
    `</c:chartSpace>`
  );
}

/** The drawing part: the chart over the anchor's cells, from the top-left of the first to the bottom-right of the last. */
function drawingXml(chart: PlacedChart, n: number): string {
  const { top, left, bottom, right } = chart.anchor;
  const marker = (tag: string, col: number, row: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    XML_DECLARATION +
    `<xdr:wsDr xmlns:xdr="${NS.spreadsheetDrawing}" xmlns:a="${NS.drawingMain}">` +
    `<xdr:twoCellAnchor>` +
    marker("from", left, top) +
    marker("to", right + 1, bottom + 1) +
    `<xdr:graphicFrame macro="">` +
    `<xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Диаграмма ${n}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS.chart}">` +
    `<c:chart xmlns:c="${NS.chart}" xmlns:r="${NS.relationships}" r:id="rId1"/>` +
    `</a:graphicData></a:graphic>` +
    `</xdr:graphicFrame>` +
    `<xdr:clientData/>` +
    `</xdr:twoCellAnchor>` +
    `</xdr:wsDr>`
  );
}

function strCache(values: OutValue[]): string {
  const points = values.map((v, i) =>
    v === null || v === "" ? "" : `<c:pt idx="${i}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`,
  );
  return `<c:strCache><c:ptCount val="${values.length}"/>${points.join("")}</c:strCache>`;
}

/** Only numbers are points: Excel plots an empty or text cell of a value range as a gap. */
function numCache(values: OutValue[], formatCode: string): string {
  const points = values.map((v, i) =>
    typeof v === "number" && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : "",
  );
  return `<c:numCache><c:formatCode>${escapeXml(formatCode)}</c:formatCode><c:ptCount val="${values.length}"/>${points.join("")}</c:numCache>`;
}

function rowsOf(range: { top: number; bottom: number }): number[] {
  return Array.from({ length: range.bottom - range.top + 1 }, (_, i) => range.top + i);
}

/** What the layout writes in a cell: a block's header or data value (null when none). */
/** The value the layout puts at a sheet cell: a block column holds its value in the first cell of its span. */
function cellOf(layout: SheetLayout, row: number, col: number): OutValue {
  const block = layout.blocks.find((b) => b.left <= col && col <= b.right && b.headerRow <= row && row <= b.lastRow);
  const i = block?.spans.findIndex((span) => span.left === col) ?? -1;
  if (!block || i < 0) return null;
  return row === block.headerRow ? block.headers[i] : block.rows[row - block.firstDataRow][i];
}

function numberFormatOf(layout: SheetLayout, row: number, col: number): string {
  const block = layout.blocks.find((b) => b.left <= col && col <= b.right && b.firstDataRow <= row && row <= b.lastRow);
  const i = block?.spans.findIndex((span) => span.left === col) ?? -1;
  return block && i >= 0 ? block.numberFormats[i] : "General";
}

interface Relationship {
  id: string;
  type: string;
  target: string;
}

function relationshipsOf(xml: string): Relationship[] {
  return (xml.match(/<Relationship\s[^>]*>/g) ?? []).map((tag) => {
    const a = attributesOf(tag);
    return { id: a.Id ?? "", type: a.Type ?? "", target: a.Target ?? "" };
  });
}

function relsXml(rels: Relationship[]): string {
  return `${XML_DECLARATION}<Relationships xmlns="${NS.packageRelationships}">${rels.map(relationshipElement).join("")}</Relationships>`;
}

function relationshipElement(r: Relationship): string {
  return `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`;
}

/** «xl/worksheets/sheet2.xml» → «xl/worksheets/_rels/sheet2.xml.rels» (OPC §9.3). */
function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function override(part: string, contentType: string): string {
  return `<Override PartName="/${part}" ContentType="${contentType}"/>`;
}

/** Attributes of one start tag, values unescaped. */
function attributesOf(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]] = unescapeXml(m[2] ?? m[3]);
  return out;
}

async function mustText(zip: JSZip, path: string): Promise<string> {
  return mustFile(zip, path).async("string");
}

function mustFile(zip: JSZip, path: string): JSZip.JSZipObject {
  const file = zip.file(path);
  if (!file) throw new Error(`xlsxCharts: в пакете нет части ${path}`);
  return file;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) => {
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    if (e === "amp") return "&";
    return String.fromCodePoint(e.startsWith("#x") ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}
