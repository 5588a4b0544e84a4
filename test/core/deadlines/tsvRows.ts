/** Rows of test/fixtures/deadlines.tsv (a copy of the shared domain table of real deadline phrases). */
import { readFileSync } from "fs";
import { join } from "path";
import { parseIsoDay } from "../../../src/core/calendar";
import type { PlanPeriod } from "../../../src/core/period";
import type { DeadlineKind } from "../../../src/core/deadlines/result";

export interface TsvRow {
  line: number;
  phrase: string;
  period: PlanPeriod;
  start: number | null;
  end: number | null;
  kind: DeadlineKind;
  controlPoints: number[] | null;
  note: string;
}

function day(text: string): number {
  const d = parseIsoDay(text);
  if (d === null) throw new Error(`bad date in fixture: ${text}`);
  return d;
}

export function readDeadlineRows(path = join(__dirname, "../../fixtures/deadlines.tsv")): TsvRow[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .map((text, i) => ({ text, line: i + 1 }))
    .filter(({ text }) => text.trim() !== "" && !text.startsWith("#"))
    .map(({ text, line }) => {
      const [phrase, period, start, end, kind, controls, note] = text.split("\t");
      const [ps, pe] = period.split("..");
      return {
        line,
        phrase,
        period: { start: day(ps), end: day(pe), source: "run" as const, text: period },
        start: start ? day(start) : null,
        end: end ? day(end) : null,
        kind: kind as DeadlineKind,
        controlPoints: controls ? controls.split(";").map(day) : null,
        note: note ?? "",
      };
    });
}

/** A row of test/fixtures/realDeadlines.tsv: a phrase copied from a public plan, its source and its plan's period. */
export interface RealRow {
  line: number;
  phrase: string;
  source: string;
  periodText: string;
  kind: DeadlineKind;
  start: number | null;
  end: number | null;
  controlPoints: number[];
  note: string;
}

export function readRealRows(path = join(__dirname, "../../fixtures/realDeadlines.tsv")): RealRow[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .map((text, i) => ({ text, line: i + 1 }))
    .filter(({ text }) => text.trim() !== "" && !text.startsWith("#"))
    .map(({ text, line }) => {
      const [phrase, source, periodText, kind, start, end, controls, note] = text.split("\t");
      return {
        line,
        phrase,
        source,
        periodText,
        kind: kind as DeadlineKind,
        start: start ? day(start) : null,
        end: end ? day(end) : null,
        controlPoints: controls ? controls.split(";").map(day) : [],
        note: note ?? "",
      };
    });
}
