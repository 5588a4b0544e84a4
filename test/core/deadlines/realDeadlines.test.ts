/**
 * The parser on real phrases from public education plans (test/fixtures/realDeadlines.tsv, issue 13): at least 97 %
 * read right, the rest unparsed with the part named — and never a wrong date: a parsed result whose start or end
 * differs from the label, or a date read from a phrase that holds none, fails outright.
 */
import { isoDay } from "../../../src/core/calendar";
import { parseDeadline } from "../../../src/core/deadlines/parseDeadline";
import { parsePlanPeriod } from "../../../src/core/periodText";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { type RealRow, readRealRows } from "./tsvRows";

const rows = readRealRows();

function readOf(row: RealRow) {
  const period = parsePlanPeriod(row.periodText, DEFAULT_SETTINGS.schoolYearEnd, "run");
  if (period === null) throw new Error(`line ${row.line}: plan period «${row.periodText}» is not a period`);
  return parseDeadline(row.phrase, period);
}

const iso = (d: number | null | undefined) => (d === null || d === undefined ? null : isoDay(d));

/** right: kind, start and end as labelled; miss: unparsed where a date was meant (allowed, with the part named). */
function verdict(row: RealRow): "right" | "miss" | "wrong" {
  const r = readOf(row);
  if (row.kind === "unparsed") return r.kind === "unparsed" ? "right" : "wrong";
  if (r.kind === "unparsed") return "miss";
  if (iso(r.start) !== iso(row.start) || iso(r.end) !== iso(row.end)) return "wrong";
  return r.kind === row.kind ? "right" : "miss";
}

test("the corpus holds at least 100 real phrases, each with its source and plan period", () => {
  expect(rows.length).toBeGreaterThanOrEqual(100);
  for (const r of rows) {
    expect(r.source).toMatch(/^(https?:\/\/|shared\/seeds\/)/);
    expect(parsePlanPeriod(r.periodText, DEFAULT_SETTINGS.schoolYearEnd, "run")).not.toBeNull();
  }
});

describe.each(rows.map((r) => [`${r.line}: «${r.phrase}» (${r.periodText})`, r] as const))("%s", (_name, row) => {
  const result = readOf(row);
  test("never a wrong date", () => {
    if (row.kind === "unparsed") expect(result).toMatchObject({ kind: "unparsed" });
    else if (result.kind !== "unparsed")
      expect([iso(result.start), iso(result.end)]).toEqual([iso(row.start), iso(row.end)]);
  });
  test("unparsed names the part it did not understand", () => {
    if (result.kind !== "unparsed") return;
    expect(result.unparsedPart).toBeTruthy();
    expect(row.phrase).toContain(result.unparsedPart);
    expect(result.message).toBeTruthy();
  });
  if (row.controlPoints.length > 0) {
    test("listed control points", () =>
      expect(result.controlPoints.map(isoDay)).toEqual(row.controlPoints.map(isoDay)));
  }
});

test("at least 97 % of the real phrases are read right", () => {
  const verdicts = rows.map((r) => ({ row: r, verdict: verdict(r) }));
  const right = verdicts.filter((v) => v.verdict === "right").length;
  const misses = verdicts
    .filter((v) => v.verdict === "miss")
    .map((v) => `  ${v.row.line}: «${v.row.phrase}» → ${readOf(v.row).unparsedPart ?? readOf(v.row).kind}`);
  console.log(
    `Реальные сроки: прочитано верно ${right} из ${rows.length} (${((right / rows.length) * 100).toFixed(1)} %)\n${misses.join("\n")}`,
  );
  expect(verdicts.filter((v) => v.verdict === "wrong")).toEqual([]);
  expect(right / rows.length).toBeGreaterThanOrEqual(0.97);
});
