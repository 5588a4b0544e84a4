/**
 * Deadline parser against chrono-node's Russian locale on the phrases of test/fixtures/deadlines.tsv:
 * the share of period/deadline/continuous phrases whose start and end both match, and phrases per second;
 * the same share on the real phrases of test/fixtures/realDeadlines.tsv (issue 13).
 * Figures only, never asserted. Run from the repository root (this part alone):
 *   npx tsc -p bench/tsconfig.json && node build/bench/bench/deadlines.bench.js
 */
import { readFileSync } from "fs";
import { join } from "path";
import { type Day, dayOf, isoDay, parseIsoDay } from "../src/core/calendar";
import { parseDeadline } from "../src/core/deadlines/parseDeadline";
import type { PlanPeriod } from "../src/core/period";
import { parsePlanPeriod } from "../src/core/periodText";
import { DEFAULT_SETTINGS } from "../src/core/settings";

interface Row {
  phrase: string;
  period: PlanPeriod;
  start: Day | null;
  end: Day | null;
  kind: string;
}

interface ChronoResult {
  start: { date(): Date };
  end?: { date(): Date } | null;
}
// chrono-node is a dev dependency used only here; loaded with require so the core never depends on it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const chronoRu: { parse(text: string, ref: Date): ChronoResult[] } = require("chrono-node").ru;

const day = (t: string) => (t ? parseIsoDay(t) : null);

function lines(file: string): string[][] {
  return readFileSync(join(process.cwd(), "test/fixtures", file), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "" && !l.startsWith("#"))
    .map((l) => l.split("\t"));
}

function readRows(): Row[] {
  return lines("deadlines.tsv").map(([phrase, period, start, end, kind]) => {
    const [ps, pe] = period.split("..");
    return {
      phrase,
      period: { start: day(ps)!, end: day(pe)!, source: "run", text: period },
      start: day(start),
      end: day(end),
      kind,
    };
  });
}

/** The real phrases: phrase | source | plan period as the plan names it | kind | start | end. */
function readRealRows(): Row[] {
  return lines("realDeadlines.tsv").map(([phrase, , periodText, kind, start, end]) => {
    const period = parsePlanPeriod(periodText, DEFAULT_SETTINGS.schoolYearEnd, "run")!;
    return { phrase, period, start: day(start), end: day(end), kind };
  });
}

/** chrono's dates are local date-times: their local calendar fields are the day it means. */
function localDay(d: Date): Day | null {
  return dayOf(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

function refDate(period: PlanPeriod): Date {
  const iso = isoDay(period.start).split("-").map(Number);
  return new Date(iso[0], iso[1] - 1, iso[2], 12);
}

function ours(row: Row): [Day | null, Day | null] {
  const r = parseDeadline(row.phrase, row.period);
  return [r.start ?? null, r.end ?? null];
}

function chrono(row: Row): [Day | null, Day | null] {
  const results = chronoRu.parse(row.phrase, refDate(row.period));
  if (results.length === 0) return [null, null];
  const last = results[results.length - 1];
  return [localDay(results[0].start.date()), localDay((last.end ?? last.start).date())];
}

function accuracy(rows: Row[], parse: (r: Row) => [Day | null, Day | null]): number {
  const dated = rows.filter((r) => r.kind === "period" || r.kind === "deadline" || r.kind === "continuous");
  const hits = dated.filter((r) => {
    const [s, e] = parse(r);
    return s === r.start && e === r.end;
  }).length;
  return hits / dated.length;
}

/** Phrases per second of each parser, timed in alternating 100 ms slices (about 1 s each) so that load on a shared machine hits both alike. */
function phrasesPerSecond(rows: Row[], parsers: ((r: Row) => unknown)[]): number[] {
  const counts = parsers.map(() => 0);
  const seconds = parsers.map(() => 0);
  for (let round = 0; round < 10; round++) {
    parsers.forEach((parse, k) => {
      const started = process.hrtime.bigint();
      let elapsed = 0;
      while (elapsed < 0.1) {
        for (const r of rows) parse(r);
        counts[k] += rows.length;
        elapsed = Number(process.hrtime.bigint() - started) / 1e9;
      }
      seconds[k] += elapsed;
    });
  }
  return counts.map((c, k) => c / seconds[k]);
}

const rows = readRows();
const realRows = readRealRows();
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const rate = (x: number) => Math.round(x).toLocaleString("ru-RU");
// warm both up first, so neither pays for the JIT inside its timed second
for (let k = 0; k < 50; k++) {
  for (const r of rows) {
    ours(r);
    chrono(r);
  }
}
const [oursRate, chronoRate] = phrasesPerSecond(rows, [ours, chrono]);
console.log(`Фраз в таблице: ${rows.length}`);
console.log(`наш разбор:  совпадение начала и конца ${pct(accuracy(rows, ours))}, фраз в секунду ${rate(oursRate)}`);
console.log(
  `chrono (ru): совпадение начала и конца ${pct(accuracy(rows, chrono))}, фраз в секунду ${rate(chronoRate)}`,
);
console.log(`ускорение: ${(oursRate / chronoRate).toFixed(1)}×`);
console.log(`Реальных фраз (realDeadlines.tsv): ${realRows.length}`);
console.log(`наш разбор:  совпадение начала и конца ${pct(accuracy(realRows, ours))}`);
console.log(`chrono (ru): совпадение начала и конца ${pct(accuracy(realRows, chrono))}`);
