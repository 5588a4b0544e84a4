/** Messages between the report page and its worker (structured clone: plain data and ArrayBuffers). */
import type { Day } from "../core/calendar";

/**
 * The page's requests, in order: the chosen files once (read as soon as they are chosen, so the page can offer
 * their quarters and municipalities), then any number of runs over them.
 */
export type PageMessage =
  | { kind: "read"; files: { name: string; bytes: ArrayBuffer }[] }
  | { kind: "build"; options: ReportOptions }
  /** «Формы для муниципалитетов» (SPEC §10): `shnor forms` over the same files, one .zip of the forms. */
  | { kind: "forms"; options: ReportOptions };

/** The options of `shnor report`, as the page's fields give them (text as typed; the engine reads it). */
export interface ReportOptions {
  asOf: Day;
  period: string;
  municipality: string;
  /** «2021-3» or «III квартал 2021»; empty: the last quarter ended by «на дату» (the command line's default). */
  quarter: string;
  /** The settings sheet goes into the file too (--with-settings). */
  withSettings: boolean;
  /** One file per municipality, in a .zip, named as `shnor report --split` names them. */
  split: boolean;
}

export interface ShownProblem {
  severity: string;
  place: string;
  message: string;
  /** In split mode, a problem only this municipality's file has (src/files/split.ts, splitProblems). */
  municipality?: string;
}

/** Share of the bar at the end of reading the files, and when writing begins. */
export const READ_SHARE = 0.3;
export const WRITE_SHARE = 0.85;

export type WorkerMessage =
  | { kind: "progress"; label: string; fraction: number }
  /** The files are read: what the page's lists offer (the pane's lists of the same workbooks). */
  | { kind: "read"; quarters: { key: string; label: string }[]; municipalities: string[] }
  | {
      kind: "done";
      fileName: string;
      bytes: ArrayBuffer;
      summary: string[];
      problems: ShownProblem[];
      sheets: string[];
    }
  | { kind: "refused"; message: string; summary: string[]; problems: ShownProblem[] };
