/** Fonts, fills, wrapping, merges and highlights of the placed blocks, in the order the renderers apply them. */
import type { Highlight } from "../model";
import { isText } from "./columns";
import type { MergedArea, PlacedBlock, StyledArea } from "./types";
import { cellRange } from "./util";

export const TITLE_FONT_SIZE = 14;
export const HEADER_FILL = "#D9E1F2";

export function blockStyles(b: PlacedBlock, highlights: Highlight[]): StyledArea[] {
  // a summary's line (no columns): plain text, wrapped
  if (b.columns.length === 0 && b.caption)
    return [{ range: cellRange(b.caption.row, 0, b.caption.row, b.right), wrap: true }];
  const styles: StyledArea[] = [];
  if (b.caption) styles.push({ range: cellRange(b.caption.row, 0, b.caption.row, b.right), bold: true, wrap: true });
  styles.push({
    range: cellRange(b.headerRow, b.left, b.headerRow, b.right),
    bold: true,
    fill: HEADER_FILL,
    wrap: true,
    center: true,
  });
  if (b.rows.length > 0) {
    b.columns.forEach((c, i) => {
      const span = b.spans[i];
      const range = cellRange(b.firstDataRow, span.left, b.lastRow, span.right);
      // Every column wraps, aligned to the top: a name longer than its column goes on to the next line, never under
      // the next cell, and a number stands level with the first line of its row.
      // A summary's column is as wide as main's below it, not as its own numbers: they stand centred under the header.
      styles.push(isText(c.format) || b.kind === "main" ? { range, wrap: true } : { range, wrap: true, center: true });
    });
  }
  return [...styles, ...highlightAreas(b, highlights)];
}

export function blockMerges(b: PlacedBlock): MergedArea[] {
  return b.spans
    .filter((s) => s.right > s.left)
    .map((s) => ({ range: cellRange(b.headerRow, s.left, b.lastRow, s.right), across: true }));
}

/** Highlights turned into sheet rectangles; vertically adjacent ones of equal span and style become one area. */
function highlightAreas(b: PlacedBlock, highlights: Highlight[]): StyledArea[] {
  const sorted = highlights
    .filter(
      (h) => h.row >= 0 && h.row < b.rows.length && (h.col === undefined || (h.col >= 0 && h.col < b.columns.length)),
    )
    .map((h) => {
      const left = h.col === undefined ? b.left : b.spans[h.col].left;
      const right = h.col === undefined ? b.right : b.spans[h.col].right;
      const row = b.firstDataRow + h.row;
      return { range: cellRange(row, left, row, right), fill: h.fill, fontColor: h.fontColor, bold: h.bold };
    })
    .sort((x, y) => x.range.left - y.range.left || x.range.right - y.range.right || x.range.top - y.range.top);
  const merged: StyledArea[] = [];
  for (const area of sorted) {
    const last = merged[merged.length - 1];
    if (
      last &&
      last.range.left === area.range.left &&
      last.range.right === area.range.right &&
      last.range.bottom + 1 === area.range.top &&
      last.fill === area.fill &&
      last.fontColor === area.fontColor &&
      last.bold === area.bold
    ) {
      last.range.bottom = area.range.bottom;
    } else {
      merged.push(withoutUndefined(area));
    }
  }
  return merged;
}

function withoutUndefined(area: StyledArea): StyledArea {
  const out: StyledArea = { range: area.range };
  if (area.fill !== undefined) out.fill = area.fill;
  if (area.fontColor !== undefined) out.fontColor = area.fontColor;
  if (area.bold !== undefined) out.bold = area.bold;
  return out;
}
