/**
 * Size of what a batch sends to Excel. Excel on the web refuses a request over 5 MB, so the renderer syncs
 * whenever the queued payload would pass FLUSH_BYTES, and cuts value matrices into chunks of at most CHUNK_BYTES.
 * Sizes are the UTF-8 bytes of the values as JSON would carry them: an estimate of the wire size, on the high side.
 */
import type { OutValue } from "../reports/model";

export const MB = 1024 * 1024;
/** Sync before the queued payload passes this (well under the 5 MB limit of Excel on the web). */
export const FLUSH_BYTES = 4 * MB;
/** One values assignment carries at most this much. */
export const CHUNK_BYTES = 1 * MB;

/**
 * What one queued call costs in the request besides its arguments: Office.js sends each proxy object (a range, its
 * format, its fill) as an object path and each property set or method call as an action, about 100–200 bytes of
 * JSON apiece. A highlight is thus some hundreds of bytes: 13 000 of them are several MB.
 */
export const OP_BYTES = 150;

/** UTF-8 bytes of a string, without allocating (Cyrillic letters take 2 bytes). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += code === 0x22 || code === 0x5c ? 2 : 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes of one cell in a JSON matrix, with its quotes and separator. */
export function cellBytes(value: OutValue | string): number {
  if (value === null) return 3;
  if (typeof value === "string") return utf8Bytes(value) + 3;
  if (typeof value === "boolean") return value ? 5 : 6;
  return String(value).length + 1;
}

export function rowBytes(row: readonly (OutValue | string)[]): number {
  let bytes = 2;
  for (const value of row) bytes += cellBytes(value);
  return bytes;
}

/** Counts queued bytes and says when to sync. */
export class PayloadBudget {
  private queued = 0;
  total = 0;
  flushes = 0;

  /** Call before queuing `bytes`; true = sync first, the queue is then counted as empty. */
  needsFlush(bytes: number): boolean {
    return this.queued > 0 && this.queued + bytes > FLUSH_BYTES;
  }

  add(bytes: number): void {
    this.queued += bytes;
    this.total += bytes;
  }

  flushed(): void {
    this.queued = 0;
    this.flushes++;
  }
}
