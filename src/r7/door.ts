/**
 * The Р7-Офис / ONLYOFFICE door, panel side: the workbook read into SheetGrids and report layouts written back, all
 * through the command functions of commands.ts (plain data only). The engine (src/reports, through src/files/reportRun
 * as `shnor report` and the report page run it) runs here, in the panel. Commands carry at most CHUNK_ROWS rows each.
 */
import type { Cell, CellRange, SheetGrid } from "../core/cell";
import type { Day } from "../core/calendar";
import { columnLetters } from "../core/a1";
import type { Settings } from "../core/settings";
import { SETTINGS_SHEET_NAME, settingsToRows } from "../core/settingsSheet";
import { type ReportRun, type RunOptions, runChoices, runReports, unwrittenSummary } from "../files/reportRun";
import { runEngine } from "../reports/engine";
import { rowHeightRuns, type SheetLayout } from "../reports/layout";
import type { RunSummary } from "../reports/recognition";
import { DATA_REPORT_IDS, REMARKS, type ReportId } from "../reports/registry";
import {
  markerReference,
  reportMarkerName,
  reportMarkerNames,
  reportSheetName,
  sheetOfMarkerReference,
} from "../reports/sheetNames";
import {
  addChart,
  addSheet,
  describeWorkbook,
  formatSheet,
  readRows,
  swapIn,
  writeSettings,
  writeValues,
} from "./commands";
import { type EditorBooleans, editorNumberFormat, fromEditorValue, toEditorInput } from "./values";

/** Rows a command reads or writes at most: a 2,000-row styled sheet took about a second in ONLYOFFICE 8.2 (test/r7). */
export const CHUNK_ROWS = 2_000;
/** Parts per report looked for: names cannot be listed, so each marker is asked for by name. */
const MARKER_PARTS = 20;
const MM_PER_INCH = 25.4;

/** Sends a command function with its scope, as `window.Asc.plugin.callCommand` does, and gives back its result. */
export type CallCommand = (command: () => unknown, scope: Record<string, unknown>) => Promise<unknown>;
export type Progress = (text: string) => void;

interface WorkbookFacts {
  decimal: string;
  booleans: EditorBooleans;
  sheets: { name: string; rows: number; cols: number }[];
  markers: Record<string, string>;
}

export interface ReadWorkbook {
  grids: SheetGrid[];
  reportSheets: Set<string>;
  facts: WorkbookFacts;
}

function allMarkerNames(): string[] {
  return [...DATA_REPORT_IDS, REMARKS.id].flatMap((id) =>
    Array.from({ length: MARKER_PARTS }, (_, i) => reportMarkerName(id, i + 1)),
  );
}

export async function readWorkbook(call: CallCommand, progress: Progress): Promise<ReadWorkbook> {
  const facts = (await call(describeWorkbook, { markerNames: allMarkerNames() })) as WorkbookFacts;
  const existing = new Set(facts.sheets.map((s) => s.name));
  const reportSheets = new Set(
    Object.values(facts.markers)
      .map(sheetOfMarkerReference)
      .filter((name): name is string => name !== null && existing.has(name)),
  );
  const grids: SheetGrid[] = [];
  for (const { name, rows, cols } of facts.sheets) {
    if (reportSheets.has(name)) continue;
    const grid: SheetGrid = { name, cells: [], origin: { row: 0, col: 0 }, merges: [] };
    grids.push(grid);
    for (let top = 0; top < rows; top += CHUNK_ROWS) {
      progress(`Чтение листа «${name}»: строки ${top + 1}–${Math.min(rows, top + CHUNK_ROWS)} из ${rows}`);
      const count = Math.min(CHUNK_ROWS, rows - top);
      const got = (await call(readRows, { sheet: name, top, rows: count, cols })) as {
        values: string[][];
        merges: number[][];
      };
      for (const row of got.values) grid.cells.push(row.map((text) => fromEditorValue(text, facts.booleans)));
      grid.merges.push(...got.merges.map(([t, l, b, r]) => ({ top: t, left: l, bottom: b, right: r })));
    }
    // An empty sheet reads as A1 holding "": no cells at all, as Office.js's null used range gives.
    if (grid.cells.length === 1 && grid.cells[0].every((c: Cell) => c === null)) grid.cells = [];
  }
  return { grids, reportSheets, facts };
}

/** What the panel offers before a run: the reports the data allows, the run's choices, the settings in force. */
export interface WorkbookSurvey {
  available: ReportId[];
  municipalities: string[];
  quarters: { key: string; label: string }[];
  settings: Settings;
}

/** Reads the workbook and runs the engine without writing, as the Excel pane does when it opens. */
export async function surveyWorkbook(call: CallCommand, asOf: Day, progress: Progress): Promise<WorkbookSurvey> {
  const { grids, reportSheets } = await readWorkbook(call, progress);
  const { recognition, settings } = runEngine(grids, reportSheets, { asOf });
  return { available: recognition.available, settings, ...runChoices(grids, reportSheets, asOf) };
}

export type RunRequest = Omit<RunOptions, "withSettings">;

/**
 * Reads the workbook, runs the engine on the request (its reports, or all the data allows), writes every report
 * sheet. The outcome as the Excel door gives it: written, nothing to write (its summary), or refused (its message).
 */
export async function runInEditor(
  call: CallCommand,
  request: RunRequest,
  progress: Progress,
): Promise<{ kind: "refused"; message: string } | { kind: "done"; summary: RunSummary }> {
  const book = await readWorkbook(call, progress);
  progress("Построение отчётов…");
  const run: ReportRun = runReports(book.grids, book.reportSheets, request);
  if (run.kind === "refused") return { kind: "refused", message: run.message };
  const { result } = run;
  if (run.kind === "nothing") {
    const summary = { written: [], problems: result.problems, summary: unwrittenSummary(result), skipped: [] };
    return { kind: "done", summary };
  }
  const written = await writeLayouts(call, book.facts, run.layouts, progress);
  return { kind: "done", summary: { written, problems: result.problems, summary: result.summary, skipped: [] } };
}

/** The settings into the settings sheet, its rows as the Excel door and `shnor` write them (settingsToRows). */
export async function saveSettings(call: CallCommand, settings: Settings): Promise<void> {
  const facts = (await call(describeWorkbook, { markerNames: [] })) as WorkbookFacts;
  const rows = settingsToRows(settings);
  const width = Math.max(2, ...rows.map((r) => r.length));
  const values = rows.map((row) =>
    Array.from({ length: width }, (_, i) => toEditorInput(row[i] ?? null, facts.decimal, facts.booleans)),
  );
  await call(writeSettings, { name: SETTINGS_SHEET_NAME, values });
}

const box = (r: CellRange): number[] => [r.top, r.left, r.bottom, r.right];

/**
 * Each layout into a new sheet under a temporary name, then, in one last command, the old report sheets (found by
 * their markers) replaced and the new ones named and marked. The user's sheets are never written to.
 */
async function writeLayouts(
  call: CallCommand,
  facts: WorkbookFacts,
  layouts: SheetLayout[],
  progress: Progress,
): Promise<{ reportId: ReportId; sheetName: string }[]> {
  const existing = facts.sheets.map((s) => s.name);
  const markerNames = reportMarkerNames(layouts.map((l) => l.reportId));
  const byUpper = new Map(
    Object.entries(facts.markers).map(([name, ref]) => [
      name.toUpperCase(),
      { name, sheet: sheetOfMarkerReference(ref) },
    ]),
  );
  const replaced = new Set<string>();
  const plans = markerNames.map((markerName) => {
    const old = byUpper.get(markerName.toUpperCase());
    const sheet = old?.sheet && existing.includes(old.sheet) ? old.sheet : undefined;
    if (sheet) replaced.add(sheet);
    return { markerName, oldMarker: old?.name, replaces: sheet, temporary: "", finalName: "", reference: "" };
  });
  const taken = existing.filter((name) => !replaced.has(name));
  const lower = new Set(existing.map((n) => n.toLowerCase()));
  let n = 1;
  layouts.forEach((layout, i) => {
    plans[i].finalName = reportSheetName(layout.sheetName, taken);
    taken.push(plans[i].finalName);
    while (lower.has(`~shnor${n}`)) n++;
    plans[i].temporary = `~shnor${n++}`;
    plans[i].reference = markerReference(plans[i].finalName);
  });

  for (const [i, layout] of layouts.entries()) {
    const sheet = plans[i].temporary;
    progress(`Лист «${plans[i].finalName}» (${i + 1} из ${layouts.length})`);
    await call(addSheet, { name: sheet });
    for (const block of cellBlocks(layout, facts)) {
      for (let top = 0; top < block.values.length; top += CHUNK_ROWS) {
        await call(writeValues, {
          sheet,
          top: block.top + top,
          left: block.left,
          values: block.values.slice(top, top + CHUNK_ROWS),
        });
      }
    }
    const parts = formattingChunks(layout);
    for (const [k, part] of parts.entries()) {
      if (parts.length > 1)
        progress(
          `Лист «${plans[i].finalName}» (${i + 1} из ${layouts.length}): оформление, часть ${k + 1} из ${parts.length}`,
        );
      await call(formatSheet, { sheet, ...part });
    }
  }
  await call(swapIn, { plans });
  // charts last, on the sheets' final names: their ranges name the sheet
  for (const [i, layout] of layouts.entries())
    if (layout.chart) await call(addChart, chartScope(layout, plans[i].finalName));
  return layouts.map((layout, i) => ({ reportId: layout.reportId, sheetName: plans[i].finalName }));
}

/** The layout's values as rectangles of texts typed in the editor's locale: title, notes, captions, each block. */
function cellBlocks(
  layout: SheetLayout,
  { decimal, booleans }: WorkbookFacts,
): { top: number; left: number; values: string[][] }[] {
  const one = (row: number, col: number, text: string) => ({
    top: row,
    left: col,
    values: [[toEditorInput(text, decimal, booleans)]],
  });
  const out = [
    one(layout.title.row, layout.title.col, layout.title.text),
    ...layout.notes.map((n) => one(n.row, n.col, n.text)),
  ];
  for (const block of layout.blocks) {
    if (block.caption) out.push(one(block.caption.row, block.caption.col, block.caption.text));
    if (block.columns.length === 0) continue;
    const width = block.right - block.left + 1;
    // A column spanning several sheet columns (merged later) holds its value in its first cell, the others "".
    const spread = (row: readonly (string | number | boolean | null)[]): string[] => {
      const cells = new Array<string>(width).fill("");
      row.forEach((v, i) => (cells[block.spans[i].left - block.left] = toEditorInput(v, decimal, booleans)));
      return cells;
    };
    out.push({ top: block.headerRow, left: block.left, values: [block.headers, ...block.rows].map(spread) });
  }
  return out;
}

const EMU_PER_PX = 9_525;
const EMU_PER_PT = 12_700;

/** What addChart needs: ranges as «'Лист'!$B$5:$B$20», the anchor's top-left cell and its size (EMU) from the layout. */
function chartScope(layout: SheetLayout, sheet: string): Record<string, unknown> {
  const chart = layout.chart as NonNullable<SheetLayout["chart"]>;
  const ref = (r: CellRange): string => `${markerReference(sheet).replace(/!.*$/, "")}!${absolute(r)}`;
  const { top, left, bottom, right } = chart.anchor;
  // a width unit is 7 px plus 5 px of padding (as Excel draws Calibri 11); a height is in points
  const width = layout.columnWidths.slice(left, right + 1).reduce((sum, w) => sum + Math.round(w * 7 + 5), 0);
  const height = layout.rowHeights.slice(top, bottom + 1).reduce((sum, h) => sum + h, 0);
  return {
    sheet,
    type: chart.kind === "bar" ? "horizontalBar" : "bar",
    title: chart.title,
    values: ref(chart.values),
    categories: ref(chart.categories),
    seriesName: ref({
      top: chart.seriesName.row,
      left: chart.seriesName.col,
      bottom: chart.seriesName.row,
      right: chart.seriesName.col,
    }),
    more: (chart.moreSeries ?? []).map((m) => ({
      values: ref(m.values),
      name: ref({ top: m.seriesName.row, left: m.seriesName.col, bottom: m.seriesName.row, right: m.seriesName.col }),
    })),
    percent: chart.percent,
    at: { col: left, row: top, width: Math.max(1, width) * EMU_PER_PX, height: Math.max(1, height) * EMU_PER_PT },
  };
}

/** «$B$5:$B$20» of a 0-based range. */
function absolute(r: CellRange): string {
  const cell = (row: number, col: number): string => `$${columnLetters(col)}$${row + 1}`;
  return `${cell(r.top, r.left)}:${cell(r.bottom, r.right)}`;
}

type Box = number[];

/** The rows of [top, bottom] a range covers, or null when none: [top, left, bottom, right]. */
function clipRows(range: Box, top: number, bottom: number): Box | null {
  const from = Math.max(range[0], top);
  const to = Math.min(range[2], bottom);
  return from > to ? null : [from, range[1], to, range[3]];
}

/**
 * What formatSheet applies, as plain data, in commands of at most CHUNK_ROWS rows each: every range clipped to its
 * chunk's rows (a border drawn in two adjacent parts is the border drawn once), a merge in the chunk it starts in,
 * widths, orientation and margins with the first.
 */
export function formattingChunks(layout: SheetLayout): Record<string, unknown>[] {
  const whole = formatting(layout);
  const rows = Math.max(1, layout.size.rows, layout.rowHeights.length);
  const chunks: Record<string, unknown>[] = [];
  for (let top = 0; top < rows; top += CHUNK_ROWS) {
    const bottom = top + CHUNK_ROWS - 1;
    const clipped = <T extends { range: Box }>(items: T[]): T[] =>
      items.flatMap((item) => {
        const range = clipRows(item.range, top, bottom);
        return range ? [{ ...item, range }] : [];
      });
    chunks.push({
      formats: clipped(whole.formats),
      widths: top === 0 ? whole.widths : [],
      heights: whole.heights.flatMap((h) =>
        h.bottom < top || h.top > bottom
          ? []
          : [{ ...h, top: Math.max(h.top, top), bottom: Math.min(h.bottom, bottom) }],
      ),
      merges: whole.merges.filter((m) => m.range[0] >= top && m.range[0] <= bottom),
      styles: clipped(whole.styles),
      borders: whole.borders.flatMap((b) => {
        const range = clipRows(b, top, bottom);
        return range ? [range] : [];
      }),
      margins: whole.margins,
    });
  }
  return chunks;
}

/** What formatSheet applies to the whole sheet, as plain data. */
function formatting(layout: SheetLayout) {
  const formats = layout.blocks.flatMap((block) =>
    block.rows.length === 0
      ? []
      : block.numberFormats.flatMap((format, i) =>
          format === "General"
            ? []
            : [
                {
                  format: editorNumberFormat(format),
                  range: [block.firstDataRow, block.spans[i].left, block.lastRow, block.spans[i].right],
                },
              ],
        ),
  );
  const { margins } = layout.page;
  return {
    formats,
    widths: layout.columnWidths,
    heights: rowHeightRuns(layout.rowHeights),
    merges: layout.merges.map((m) => ({ range: box(m.range), across: m.across })),
    styles: layout.styles.map((s) => ({ ...s, range: box(s.range) })),
    borders: layout.borders.map(box),
    margins: {
      left: margins.left * MM_PER_INCH,
      right: margins.right * MM_PER_INCH,
      top: margins.top * MM_PER_INCH,
      bottom: margins.bottom * MM_PER_INCH,
    },
  };
}
