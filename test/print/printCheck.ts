/**
 * What an official sees on paper, checked from a PDF that a real spreadsheet application printed (SPEC §6
 * «Printing»): the words of every page with their boxes, as `pdftotext -bbox` (poppler) gives them.
 *   - every page A4 landscape;
 *   - no word's box under 10 pt high (Calibri 11 at 100 % gives 14.3; 10 pt is about 8 pt type, the least allowed);
 *   - no two words' boxes overlapping (text printed over text: a row too low for its lines, a cell over its neighbour)
 *     beyond what two lines of one cell always share;
 *   - «Страница N из M» in the footer of every page;
 *   - every given name present whole: its words one after another (a name may wrap over lines of its cell).
 */
import { execFileSync } from "child_process";
import { readFileSync } from "fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface Page {
  width: number;
  height: number;
  words: Word[];
}

const A4_LANDSCAPE = { width: 841.89, height: 595.28 };
export const MIN_WORD_HEIGHT = 10;
/**
 * Boxes of neighbouring lines of one cell overlap: a box is the font's full height (14.3 pt for Calibri 11) and
 * LibreOffice sets the lines 11.1 pt apart, so one line's box covers the top fifth of the next one's. Words printed
 * over each other share far more: more than this part of the lower box's height (or side by side, any height).
 */
const LINE_OVERLAP_SHARE = 0.45;
const OVERLAP_TOLERANCE_PT = 1;

/** The pages of a PDF, by `pdftotext -bbox` (XHTML with a <page> per page and a <word> per word). */
export function readPages(pdf: string): Page[] {
  const xhtml = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  return parseBbox(xhtml);
}

export function parseBbox(xhtml: string): Page[] {
  const pages: Page[] = [];
  const tag =
    /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const m of xhtml.matchAll(tag)) {
    if (m[1] !== undefined) pages.push({ width: Number(m[1]), height: Number(m[2]), words: [] });
    else
      pages[pages.length - 1].words.push({
        xMin: Number(m[3]),
        yMin: Number(m[4]),
        xMax: Number(m[5]),
        yMax: Number(m[6]),
        text: unescape(m[7]),
      });
  }
  return pages;
}

function unescape(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Everything wrong with the printed pages, one line each («стр. 3: …»); empty when they print clean. */
export function printProblems(pages: Page[], names: string[]): string[] {
  const problems: string[] = [];
  if (pages.length === 0) problems.push("в PDF нет ни одной страницы");
  pages.forEach((page, i) => {
    const at = `стр. ${i + 1}`;
    if (Math.abs(page.width - A4_LANDSCAPE.width) > 2 || Math.abs(page.height - A4_LANDSCAPE.height) > 2) {
      problems.push(
        `${at}: размер ${page.width.toFixed(0)}×${page.height.toFixed(0)} pt, а не A4 альбомной ориентации (842×595)`,
      );
    }
    const small = page.words.filter((w) => w.yMax - w.yMin < MIN_WORD_HEIGHT);
    if (small.length > 0) {
      const w = small[0];
      problems.push(
        `${at}: ${small.length} слов мельче допустимого, например «${w.text}» высотой ${(w.yMax - w.yMin).toFixed(1)} pt (нужно не меньше ${MIN_WORD_HEIGHT})`,
      );
    }
    const overlaps = overlapping(page.words);
    if (overlaps.length > 0) {
      const [a, b] = overlaps[0];
      problems.push(
        `${at}: ${overlaps.length} пар слов напечатаны друг на друге, например «${a.text}» и «${b.text}» (y ${a.yMin.toFixed(0)})`,
      );
    }
    const footer = page.words
      .filter((w) => w.yMin > page.height * 0.85)
      .map((w) => w.text)
      .join(" ");
    if (!/Страница \d+ из \d+/.test(footer))
      problems.push(`${at}: внизу страницы нет «Страница N из M» (внизу: «${footer}»)`);
  });
  const words = pages.flatMap((p) => p.words.map((w) => w.text));
  for (const name of names) if (!containsInOrder(words, name)) problems.push(`имя «${name}» не напечатано целиком`);
  return problems;
}

/** Pairs of words whose boxes overlap by more than the tolerance both ways. */
export function overlapping(words: Word[]): [Word, Word][] {
  const sorted = [...words].sort((a, b) => a.xMin - b.xMin);
  const out: [Word, Word][] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    for (let j = i + 1; j < sorted.length && sorted[j].xMin < a.xMax - OVERLAP_TOLERANCE_PT; j++) {
      const b = sorted[j];
      const across = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const down = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      const lineHeight = Math.min(a.yMax - a.yMin, b.yMax - b.yMin);
      if (across > OVERLAP_TOLERANCE_PT && down > Math.max(OVERLAP_TOLERANCE_PT, LINE_OVERLAP_SHARE * lineHeight))
        out.push([a, b]);
    }
  }
  return out;
}

/** The name's words appear one right after another somewhere in the printed words. */
export function containsInOrder(words: string[], name: string): boolean {
  const parts = name.split(/\s+/).filter((p) => p !== "");
  if (parts.length === 0) return true;
  for (let i = 0; i + parts.length <= words.length; i++) {
    if (parts.every((p, k) => words[i + k] === p)) return true;
  }
  return false;
}

/**
 * A report file as it holds its sheets (ExcelJS; charts from their XML parts), for the sense-of-a-page checks (issue
 * 23): what each printed page should carry.
 */
export interface FileSheet {
  name: string;
  /** A1: the report's name and «по состоянию на». */
  title: string;
  /** The print-title row (1-based), repeated on every page: the main table's header. */
  headerRow: number;
  /** Texts of the header row's cells, by column (1-based; "" where empty). */
  header: string[];
  /** Texts of each row below the header, to the sheet's last row, by column. */
  below: string[][];
  /** Every cell's text. */
  texts: string[];
}

export interface FileChart {
  title: string;
  categories: string[];
}

export interface ReportFile {
  sheets: FileSheet[];
  charts: FileChart[];
}

export async function readReportFile(path: string): Promise<ReportFile> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheets: FileSheet[] = [];
  workbook.eachSheet((sheet) => {
    if (sheet.state !== "visible") return;
    const textOf = (row: number, col: number): string => cellText(sheet.getCell(row, col).value);
    const headerRow = Number((sheet.pageSetup.printTitlesRow ?? "0:0").split(":")[0]);
    const cols = sheet.columnCount;
    const line = (row: number): string[] => Array.from({ length: cols }, (_, c) => textOf(row, c + 1));
    const texts: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => texts.push(cellText(cell.value))));
    const below: string[][] = [];
    for (let r = headerRow + 1; headerRow > 0 && r <= sheet.rowCount; r++) below.push(line(r));
    sheets.push({
      name: sheet.name,
      title: textOf(1, 1),
      headerRow,
      header: headerRow > 0 ? line(headerRow) : [],
      below,
      texts: texts.filter((t) => t !== ""),
    });
  });
  const zip = await JSZip.loadAsync(readFileSync(path));
  const charts: FileChart[] = [];
  for (const part of Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))) {
    const xml = await zip.file(part)!.async("string");
    const title = /<c:title>([\s\S]*?)<\/c:title>/.exec(xml)?.[1] ?? "";
    const cat = /<c:cat>([\s\S]*?)<\/c:cat>/.exec(xml)?.[1] ?? "";
    charts.push({
      title: [...title.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescape(m[1])).join(""),
      categories: [...cat.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => unescape(m[1])),
    });
  }
  return { sheets, charts };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "object" && "richText" in value) return value.richText.map((t) => t.text).join("");
  return value instanceof Date ? "" : String(value);
}

/** A word with the punctuation around it dropped: «Азовская», (регион) and «1–5,» compare as printed words do. */
function bare(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
}

/** Words as a line may end: at a space, or after a hyphen («Усть-/Ишимская», as the applications wrap). */
function words(texts: string[]): string[] {
  return texts
    .flatMap((t) => t.split(/[\s\-‐]+/))
    .map(bare)
    .filter((w) => w !== "");
}

/** Labels that say the run covers the region (issue 23: none may stand in a one-municipality file). */
const REGION_LABEL = /по региону|\(регион\)|Итого по региону/i;

export interface SenseOptions {
  /** The file is a one-municipality run (--split, the pane's or the page's choice). */
  oneMunicipality?: boolean;
  /** Tokens wider than the printed page: the only words allowed to break (issue 23). */
  longTokens?: string[];
}

/**
 * What makes the printed pages make sense, sheet by sheet (issue 23), one line each; empty when they do:
 *   - below the print-title row only the main table's rows, to the sheet's end, with no blank row inside;
 *   - the main table's first row printed on the sheet's first or second page;
 *   - every word of five letters or more of a sheet's cells printed whole among that sheet's words;
 *   - a chart's title and all its category labels on one page; no page blank but for its footer;
 *   - in a one-municipality file no label that says «по региону».
 */
export function senseProblems(pages: Page[], file: ReportFile, options: SenseOptions = {}): string[] {
  const problems: string[] = [];
  const starts = sheetStarts(pages, file.sheets, problems);
  file.sheets.forEach((sheet, i) => {
    if (starts[i] < 0) return;
    const next = starts.slice(i + 1).find((s) => s >= 0) ?? pages.length;
    const own = pages.slice(starts[i], next);
    const at = `лист «${sheet.name}»`;
    const blank = sheet.below.findIndex((row) => row.every((t) => t === ""));
    if (blank >= 0)
      problems.push(
        `${at}: под строкой заголовков (строка ${sheet.headerRow}) пустая строка ${sheet.headerRow + 1 + blank} — ниже не только главная таблица`,
      );
    const stray = sheet.below.findIndex((row) => row.some((t, c) => t !== "" && sheet.header[c] === ""));
    if (stray >= 0)
      problems.push(`${at}: строка ${sheet.headerRow + 1 + stray} заполнена вне столбцов главной таблицы`);
    // the header's and the first row's words together on one of the sheet's first two pages
    const start = [...words(sheet.header), ...words(sheet.below[0] ?? [])].filter((w) => /\p{L}/u.test(w));
    if (!own.slice(0, 2).some((p) => start.every((w) => words(p.words.map((x) => x.text)).includes(w)))) {
      problems.push(
        `${at}: главная таблица («${sheet.header.filter((h) => h !== "").join(" | ")}») начинается не на первой и не на второй странице листа`,
      );
    }
    const printed = new Set(words(own.flatMap((p) => p.words.map((w) => w.text))));
    const allowed = new Set(options.longTokens ?? []);
    const broken = [...new Set(words(sheet.texts))].filter(
      (w) => [...w].filter((ch) => /\p{L}/u.test(ch)).length >= 5 && !printed.has(w) && !allowed.has(w),
    );
    if (broken.length > 0)
      problems.push(
        `${at}: ${broken.length} слов напечатаны не целиком, например «${broken.slice(0, 3).join("», «")}»`,
      );
    own.forEach((page, k) => {
      if (!page.words.some((w) => w.yMax < page.height * 0.85))
        problems.push(`${at}: страница ${k + 1} листа пуста (только колонтитул)`);
    });
  });
  for (const chart of file.charts) {
    const title = chart.title.split(/\s+/).filter((w) => w !== "");
    const labels = words(chart.categories);
    const whole = pages.some((p, i) =>
      titlesAt(p.words, title).some((at) => {
        // the labels printed under the title, within the chart's height: not a table's words above or below it
        const near = p.words.filter((w) => w.yMin > at.yMin && w.yMin <= at.yMin + CHART_HEIGHT_PT);
        const found = labels.map((l) => near.find((w) => bare(w.text) === l));
        if (found.some((w) => w === undefined)) return false;
        // A chart cut by a page break is drawn on both pages, clipped: pdftotext gives its labels on each, at the same x.
        const next = pages[i + 1]?.words ?? [];
        return !found.every((w) => next.some((n) => n.text === w!.text && Math.abs(n.xMin - w!.xMin) < 0.05));
      }),
    );
    if (!whole) problems.push(`диаграмма «${chart.title}»: заголовок и все подписи категорий не на одной странице`);
  }
  if (options.oneMunicipality) {
    pages.forEach((page, i) => {
      const found = REGION_LABEL.exec(page.words.map((w) => w.text).join(" "));
      if (found) problems.push(`стр. ${i + 1}: в файле одного муниципалитета надпись «${found[0]}»`);
    });
  }
  return problems;
}

/** A chart prints 18 rows of 15 pt (layout/charts.ts) at most at 100 %: its labels lie within this below its title. */
const CHART_HEIGHT_PT = 290;

/** The first word of each place where the page prints the title's words one after another. */
function titlesAt(pageWords: Word[], title: string[]): Word[] {
  const found: Word[] = [];
  for (let i = 0; i + title.length <= pageWords.length; i++) {
    if (title.every((t, k) => pageWords[i + k].text === t)) found.push(pageWords[i]);
  }
  return found;
}

/** The page each sheet starts on: the first page, after the previous sheet's, that opens with the sheet's title. */
function sheetStarts(pages: Page[], sheets: FileSheet[], problems: string[]): number[] {
  let from = 0;
  return sheets.map((sheet) => {
    const title = sheet.title.split(/\s+/).filter((w) => w !== "");
    const found = pages.findIndex((p, i) => i >= from && title.every((w, k) => p.words[k]?.text === w));
    if (found < 0) problems.push(`лист «${sheet.name}»: заголовок «${sheet.title}» не открывает ни одной страницы`);
    else from = found + 1;
    return found;
  });
}
