/**
 * The command functions of the Р7-Офис / ONLYOFFICE door. The plugin SDK sends each one to the editor as its source
 * text (`callCommand`) with `Asc.scope` as JSON, and runs it there with the builder API (`Api`): a command may use
 * nothing from this module or any other — no import, no constant, no helper defined outside its own body — and moves
 * only plain data. test/r7 runs them from the built bundle in the real engine, where a stray reference fails.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const Api: any;
declare const Asc: { scope: any };

/**
 * The editor's locale's decimal separator, its words for TRUE and FALSE, the sheets with their used range sizes, and
 * which marker names exist.
 */
export function describeWorkbook(): unknown {
  const markers: Record<string, string> = {};
  for (const name of Asc.scope.markerNames as string[]) {
    // an unknown name gives an empty ApiName, not null
    const reference = Api.GetDefName(name)?.GetRefersTo();
    if (reference) markers[name] = String(reference);
  }
  // GetRows().GetCount() counts cells, not rows: the size comes from the address («A1:N40», always from A1)
  const sheets = Api.GetSheets().map((sheet: any) => {
    const end = /([A-Z]+)(\d+)$/.exec(String(sheet.GetUsedRange().GetAddress(false, false))) as string[];
    let cols = 0;
    for (const ch of end[1]) cols = cols * 26 + ch.charCodeAt(0) - 64;
    return { name: String(sheet.GetName()), rows: Number(end[2]), cols };
  });
  // A format code's decimal separator is the locale's (in ru-RU «0.0» shows 1 as «0.1», the dot a literal): the one
  // with which «1» shows as «1<sep>0» is the separator typed numbers need.
  const decimal = Api.Format("1", "0,0") === "1,0" ? "," : ".";
  // TEXT of a boolean gives the word the editor types and shows for it («ИСТИНА» when its formulas are Russian)
  const functions = Api.GetWorksheetFunction();
  const booleans = { true: String(functions.TEXT(true, "General")), false: String(functions.TEXT(false, "General")) };
  return { decimal, booleans, sheets, markers };
}

/** Rows [top, top+rows) of a sheet from A1, cols wide: the values as strings, and the merged areas starting there. */
export function readRows(): unknown {
  const { sheet: name, top, rows, cols } = Asc.scope;
  const sheet = Api.GetSheet(name);
  const range =
    sheet.GetRangeByNumber(top, 0).GetAddress(false, false) +
    ":" +
    sheet.GetRangeByNumber(top + rows - 1, cols - 1).GetAddress(false, false);
  const raw = sheet.GetRange(range).GetValue();
  const values: string[][] = Array.isArray(raw) ? raw.map((row: unknown[]) => row.map(String)) : [[String(raw)]];
  const merges: number[][] = [];
  for (let r = top; r < top + rows; r++) {
    for (let c = 0; c < cols; c++) {
      const area = sheet.GetRangeByNumber(r, c).MergeArea;
      if (area.GetRow() - 1 !== r || area.GetCol() - 1 !== c) continue;
      // «A1:C2» for a merged area, «A1» for a lone cell
      const end = /:([A-Z]+)(\d+)$/.exec(String(area.GetAddress(false, false)));
      if (!end) continue;
      let right = 0;
      for (const ch of end[1]) right = right * 26 + ch.charCodeAt(0) - 64;
      merges.push([r, c, Number(end[2]) - 1, right - 1]);
    }
  }
  return { values, merges };
}

/** A new sheet of the given name (it becomes the active sheet, after the active one). */
export function addSheet(): void {
  Api.AddSheet(Asc.scope.name);
}

/** Writes a block of texts (as typed) at (top, left). */
export function writeValues(): void {
  const { sheet, top, left, values } = Asc.scope;
  const ws = Api.GetSheet(sheet);
  const rows = values.length;
  const cols = values[0].length;
  ws.GetRange(
    ws.GetRangeByNumber(top, left).GetAddress(false, false) +
      ":" +
      ws.GetRangeByNumber(top + rows - 1, left + cols - 1).GetAddress(false, false),
  ).SetValue(values);
}

/**
 * Everything of a sheet but its values: number formats, widths (characters), heights (points), merges, styles,
 * borders, page orientation and margins (mm). Ranges come as [top, left, bottom, right], 0-based.
 */
export function formatSheet(): void {
  const { sheet, formats, widths, heights, merges, styles, borders, margins } = Asc.scope;
  const ws = Api.GetSheet(sheet);
  const area = (r: number[]): any =>
    ws.GetRange(
      ws.GetRangeByNumber(r[0], r[1]).GetAddress(false, false) +
        ":" +
        ws.GetRangeByNumber(r[2], r[3]).GetAddress(false, false),
    );
  // «#RRGGBB» as the editor's colour (defined here: the command is sent as its own text, without this module)
  const color = (hex: string): any =>
    Api.CreateColorFromRGB(parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16));
  for (const f of formats) area(f.range).SetNumberFormat(f.format);
  widths.forEach((width: number, col: number) => {
    if (width > 0) ws.SetColumnWidth(col, width);
  });
  for (const h of heights) for (let row = h.top; row <= h.bottom; row++) ws.SetRowHeight(row, h.height);
  for (const m of merges) area(m.range).Merge(m.across);
  for (const s of styles) {
    const target = area(s.range);
    if (s.fill) target.SetFillColor(color(s.fill));
    if (s.fontColor) target.SetFontColor(color(s.fontColor));
    if (s.bold !== undefined) target.SetBold(s.bold);
    if (s.fontSize !== undefined) target.SetFontSize(s.fontSize);
    if (s.wrap !== undefined) {
      target.SetWrap(s.wrap);
      target.SetAlignVertical("top");
    }
    if (s.center) target.SetAlignHorizontal("center");
  }
  const black = Api.CreateColorFromRGB(0, 0, 0);
  for (const b of borders) {
    const target = area(b);
    for (const edge of ["Top", "Bottom", "Left", "Right", "InsideHorizontal", "InsideVertical"])
      target.SetBorders(edge, "Thin", black);
  }
  ws.SetPageOrientation("xlLandscape");
  ws.SetLeftMargin(margins.left);
  ws.SetRightMargin(margins.right);
  ws.SetTopMargin(margins.top);
  ws.SetBottomMargin(margins.bottom);
}

/**
 * The last step of a run: each old report sheet and its marker go, each new sheet is marked (a hidden defined name on
 * its A1) and gets its final name. Only sheets the markers named are deleted: the user's sheets stay as they are.
 */
export function swapIn(): void {
  for (const p of Asc.scope.plans) {
    if (p.oldMarker) {
      const old = Api.GetDefName(p.oldMarker);
      if (old) old.Delete();
    }
    if (p.replaces) {
      const sheet = Api.GetSheet(p.replaces);
      if (sheet) sheet.Delete();
    }
    Api.GetSheet(p.temporary).SetName(p.finalName);
    Api.AddDefName(p.markerName, p.reference, true);
  }
}

/**
 * The sheet's chart, its series set explicitly (a header that looks like a number, «2023», would otherwise be taken
 * as data). ONLYOFFICE's «bar» is a column chart and «horizontalBar» Excel's bar chart. Sizes in EMU.
 */
export function addChart(): void {
  const { sheet, type, title, values, categories, seriesName, more, percent, at } = Asc.scope;
  const chart = Api.GetSheet(sheet).AddChart(values, false, type, 2, at.width, at.height, at.col, 0, at.row, 0);
  chart.SetSeriaValues(values, 0);
  chart.SetSeriaName(seriesName, 0);
  chart.SetCatFormula(categories);
  for (const m of more) chart.AddSeria(m.name, m.values);
  chart.SetTitle(title, 14, true);
  // one series needs no legend; two years side by side do
  chart.SetLegendPos(more.length > 0 ? "bottom" : "none");
  if (percent) chart.SetAxieNumFormat("0%", "left");
}

/**
 * The settings sheet (SPEC §8) as the Excel door writes it (src/excel/settingsSheet.ts): made when absent — without
 * taking the user's active sheet — or emptied, the rows typed in, the first row bold, the sheet hidden.
 */
export function writeSettings(): void {
  const { name, values } = Asc.scope;
  let ws = Api.GetSheet(name);
  if (ws) {
    ws.GetUsedRange().Clear();
  } else {
    const active = Api.GetActiveSheet();
    Api.AddSheet(name);
    ws = Api.GetSheet(name);
    active.SetActive();
  }
  const end = (r: number, c: number): string => ws.GetRangeByNumber(r, c).GetAddress(false, false);
  if (values.length > 0) ws.GetRange("A1:" + end(values.length - 1, values[0].length - 1)).SetValue(values);
  ws.GetRange("A1:B1").SetBold(true);
  ws.SetVisible(false);
}

/** Brings a sheet forward and, when `address` is given («B3» or «B3:D3»), selects those cells. */
export function showCell(): void {
  const { sheet, address } = Asc.scope;
  const ws = Api.GetSheet(sheet);
  ws.SetActive();
  if (address) ws.GetRange(address).Select();
}
