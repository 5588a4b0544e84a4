/**
 * `--split`: one report file per municipality, what a region sends to each МОУО — one run for both doors (the command
 * line writes files, the page a .zip). No file system here: the door writes.
 */
import type { SheetGrid } from "../core/cell";
import type { Problem } from "../core/problems";
import { type BuiltRun, type RunOptions, runReports, splitMunicipalities, unwrittenSummary } from "./reportRun";

/** Characters no Windows, macOS or Linux file name may hold (control characters too). */
const UNSAFE = '<>:"/\\|?*';
/** Leaves room for the folder within Windows' 260-character path. */
const MAX_NAME_LENGTH = 80;

/** «Тарский район» stays; «г. Омск / Центр» → «г. Омск _ Центр»; trailing dots and spaces go (Windows drops them). */
export function safeFileNamePart(name: string): string {
  const replaced = [...name].map((ch) => (ch < " " || UNSAFE.includes(ch) ? "_" : ch)).join("");
  const cleaned = replaced
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_NAME_LENGTH)
    .replace(/[. ]+$/, "");
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
  for (const run of runs)
    new Set(run.problems.map(problemKey)).forEach((key) => counts.set(key, (counts.get(key) ?? 0) + 1));
  const everywhere = (p: Problem): boolean => counts.get(problemKey(p)) === runs.length;
  const common = (runs[0]?.problems ?? []).filter(everywhere);
  const own = runs
    .map(({ municipality, problems }) => ({ municipality, problems: problems.filter((p) => !everywhere(p)) }))
    .filter((r) => r.problems.length > 0);
  return { common, own };
}

function problemKey(p: Problem): string {
  return JSON.stringify([p.severity, p.file, p.sheet, p.row, p.col, p.message]);
}

/** A run that wrote (or could not write) one municipality's file. */
export interface SplitFile {
  municipality: string;
  path: string;
  /** The lines of this file's run that are not said of every file (splitLines). */
  lines: string[];
  /** The problems of this file alone (splitProblems). */
  problems: Problem[];
  /** Why the file was not made: nothing to build, or the writer's error. */
  notMade?: string;
}

export type SplitRun =
  /** No municipality in the schools list («nothing»), or a quarter outside every plan («argument»): no file at all. */
  | { kind: "refused"; why: "nothing" | "argument"; message: string }
  /** `lines` and `problems` are those of every file, said once; each file has its own. */
  | { kind: "done"; lines: string[]; problems: Problem[]; files: SplitFile[] };

/**
 * `--split` and the page's «отдельный файл на каждый муниципалитет»: the same run once per municipality of the
 * schools list; `write` puts a built run's file where the door keeps it (a file on disk, an entry of a .zip) and
 * returns lines to show about it, or why it could not. What every file's run says is said once.
 */
export async function runSplit(
  grids: SheetGrid[],
  reportSheets: Set<string>,
  options: RunOptions,
  out: string,
  write: (run: BuiltRun, path: string) => Promise<{ lines: string[] } | { error: string }>,
  onFile: (municipality: string, index: number, count: number) => void = () => undefined,
): Promise<SplitRun> {
  const municipalities = splitMunicipalities(grids, reportSheets);
  if (municipalities.length === 0) {
    return {
      kind: "refused",
      why: "nothing",
      message: "в списке школ не найдено ни одного муниципалитета (колонка «Муниципалитет» / «Муниципальный район»).",
    };
  }
  const paths = splitOutputPaths(out, municipalities);
  const runs: (OwnProblems & { path: string; lines: string[]; notMade?: string })[] = [];
  for (const [index, { municipality, path }] of paths.entries()) {
    onFile(municipality, index, paths.length);
    const run = runReports(grids, reportSheets, { ...options, municipality });
    // A refused quarter lies outside the plans of every municipality alike: the others would be refused too.
    if (run.kind === "refused") return { kind: "refused", why: "argument", message: run.message };
    const problems = run.result.problems;
    if (run.kind === "nothing") {
      runs.push({
        municipality,
        path,
        problems,
        lines: unwrittenSummary(run.result),
        notMade: "ни один отчёт не построен",
      });
      continue;
    }
    const written = await write(run, path);
    if ("error" in written)
      runs.push({ municipality, path, problems, lines: unwrittenSummary(run.result), notMade: written.error });
    else runs.push({ municipality, path, problems, lines: [...run.result.summary, ...written.lines] });
  }
  const lines = splitLines(runs);
  const { common, own } = splitProblems(runs);
  const files = runs.map(({ municipality, path, notMade }, i) => ({
    municipality,
    path,
    lines: lines.own[i],
    problems: own.find((o) => o.municipality === municipality)?.problems ?? [],
    ...(notMade === undefined ? {} : { notMade }),
  }));
  return { kind: "done", lines: lines.common, problems: common, files };
}

/** The lines every run said, once (in the first run's order), and what is left of each run's own. */
export function splitLines(runs: { lines: string[] }[]): { common: string[]; own: string[][] } {
  const everywhere = (line: string): boolean => runs.every((run) => run.lines.includes(line));
  return {
    common: (runs[0]?.lines ?? []).filter(everywhere),
    own: runs.map((run) => run.lines.filter((line) => !everywhere(line))),
  };
}
