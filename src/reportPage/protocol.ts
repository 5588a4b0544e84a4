/** Messages between the report page and its worker (structured clone: plain data and ArrayBuffers). */
import type { Day } from "../core/calendar";

export interface ReportRequest {
  files: { name: string; bytes: ArrayBuffer }[];
  asOf: Day;
  period: string;
  municipality: string;
  /** One file per municipality, in a .zip, named as `shnor report --split` names them. */
  split: boolean;
}

export interface ShownProblem {
  severity: string;
  place: string;
  message: string;
}

export type WorkerMessage =
  | { kind: "progress"; label: string; fraction: number }
  | { kind: "done"; fileName: string; bytes: ArrayBuffer; summary: string[]; problems: ShownProblem[]; sheets: string[] }
  | { kind: "refused"; message: string; summary: string[]; problems: ShownProblem[] };
