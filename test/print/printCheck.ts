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
  const tag = /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const m of xhtml.matchAll(tag)) {
    if (m[1] !== undefined) pages.push({ width: Number(m[1]), height: Number(m[2]), words: [] });
    else pages[pages.length - 1].words.push({ xMin: Number(m[3]), yMin: Number(m[4]), xMax: Number(m[5]), yMax: Number(m[6]), text: unescape(m[7]) });
  }
  return pages;
}

function unescape(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
}

/** Everything wrong with the printed pages, one line each («стр. 3: …»); empty when they print clean. */
export function printProblems(pages: Page[], names: string[]): string[] {
  const problems: string[] = [];
  if (pages.length === 0) problems.push("в PDF нет ни одной страницы");
  pages.forEach((page, i) => {
    const at = `стр. ${i + 1}`;
    if (Math.abs(page.width - A4_LANDSCAPE.width) > 2 || Math.abs(page.height - A4_LANDSCAPE.height) > 2) {
      problems.push(`${at}: размер ${page.width.toFixed(0)}×${page.height.toFixed(0)} pt, а не A4 альбомной ориентации (842×595)`);
    }
    const small = page.words.filter((w) => w.yMax - w.yMin < MIN_WORD_HEIGHT);
    if (small.length > 0) {
      const w = small[0];
      problems.push(`${at}: ${small.length} слов мельче допустимого, например «${w.text}» высотой ${(w.yMax - w.yMin).toFixed(1)} pt (нужно не меньше ${MIN_WORD_HEIGHT})`);
    }
    const overlaps = overlapping(page.words);
    if (overlaps.length > 0) {
      const [a, b] = overlaps[0];
      problems.push(`${at}: ${overlaps.length} пар слов напечатаны друг на друге, например «${a.text}» и «${b.text}» (y ${a.yMin.toFixed(0)})`);
    }
    const footer = page.words.filter((w) => w.yMin > page.height * 0.85).map((w) => w.text).join(" ");
    if (!/Страница \d+ из \d+/.test(footer)) problems.push(`${at}: внизу страницы нет «Страница N из M» (внизу: «${footer}»)`);
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
      if (across > OVERLAP_TOLERANCE_PT && down > Math.max(OVERLAP_TOLERANCE_PT, LINE_OVERLAP_SHARE * lineHeight)) out.push([a, b]);
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
