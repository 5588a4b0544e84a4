/**
 * `--split`: one report file per municipality, what a region sends to each МОУО. Pure (no file system).
 */
import type { Problem } from "../core/problems";

/** Characters no Windows, macOS or Linux file name may hold (control characters too). */
const UNSAFE = '<>:"/\\|?*';
/** Leaves room for the folder within Windows' 260-character path. */
const MAX_NAME_LENGTH = 80;

/** «Тарский район» stays; «г. Омск / Центр» → «г. Омск _ Центр»; trailing dots and spaces go (Windows drops them). */
export function safeFileNamePart(name: string): string {
  const replaced = [...name].map((ch) => (ch < " " || UNSAFE.includes(ch) ? "_" : ch)).join("");
  const cleaned = replaced.replace(/\s+/g, " ").trim().slice(0, MAX_NAME_LENGTH).replace(/[. ]+$/, "");
  return cleaned === "" ? "_" : cleaned;
}

/** «out/отчёты.xlsx» + «Тарский район» → «out/отчёты-Тарский район.xlsx» (next to --out). */
export function splitOutputPath(out: string, municipality: string): string {
  return `${out.replace(/\.xlsx$/i, "")}-${safeFileNamePart(municipality)}.xlsx`;
}

/**
 * Output file of each municipality; two names that become the same file name («Город/Н» and «Город:Н») get
 * « (2)», so no municipality's file overwrites another's.
 */
export function splitOutputPaths(out: string, municipalities: string[]): { municipality: string; path: string }[] {
  const taken = new Set<string>();
  return municipalities.map((municipality) => {
    const base = splitOutputPath(out, municipality);
    let path = base;
    for (let n = 2; taken.has(path.toLowerCase()); n++) path = base.replace(/\.xlsx$/i, ` (${n}).xlsx`);
    taken.add(path.toLowerCase());
    return { municipality, path };
  });
}

/** Problems of one municipality's run: all of them going in, its own coming out of splitProblems. */
export interface OwnProblems {
  municipality: string;
  problems: Problem[];
}

/**
 * What a --split run shows of its problems, the same on the command line and the page: each run reads every input,
 * so most problems are met by every municipality's run — those are shown once; a problem only some runs met (a
 * report of that municipality's schools) is shown with the municipality it belongs to, so none is lost and none is
 * shown eight times.
 */
export function splitProblems(runs: OwnProblems[]): { common: Problem[]; own: OwnProblems[] } {
  const counts = new Map<string, number>();
  for (const run of runs) new Set(run.problems.map(problemKey)).forEach((key) => counts.set(key, (counts.get(key) ?? 0) + 1));
  const everywhere = (p: Problem): boolean => counts.get(problemKey(p)) === runs.length;
  const common = (runs[0]?.problems ?? []).filter(everywhere);
  const own = runs.map(({ municipality, problems }) => ({ municipality, problems: problems.filter((p) => !everywhere(p)) })).filter((r) => r.problems.length > 0);
  return { common, own };
}

function problemKey(p: Problem): string {
  return JSON.stringify([p.severity, p.file, p.sheet, p.row, p.col, p.message]);
}
