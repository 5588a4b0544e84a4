/** Small helpers for deadline tests: periods and results in ISO dates, so failures read as calendar dates. */
import { isoDay, parseIsoDay } from "../../../src/core/calendar";
import { parseDeadline } from "../../../src/core/deadlines/parseDeadline";
import type { PlanPeriod } from "../../../src/core/period";

export function period(text: string): PlanPeriod {
  const [s, e] = text.split("..").map((t) => parseIsoDay(t)!);
  return { start: s, end: e, source: "run", text };
}

export const YEAR_2021 = period("2021-01-01..2021-12-31");
export const YEAR_2022 = period("2022-01-01..2022-12-31");
export const YEARS_2021_2022 = period("2021-01-01..2022-12-31");
export const SCHOOL_2020_2021 = period("2020-09-01..2021-08-31");

/** kind, start..end and control points of a phrase, as ISO text. */
export function read(phrase: string, p: PlanPeriod | null = YEAR_2021) {
  const r = parseDeadline(phrase, p);
  return {
    kind: r.kind,
    span: r.start === undefined ? "" : `${isoDay(r.start)}..${isoDay(r.end!)}`,
    controls: r.controlPoints.map(isoDay),
    windows: r.windows.map((w) => `${isoDay(w.start)}..${isoDay(w.end)}`),
    result: r,
  };
}
