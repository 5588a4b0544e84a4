/** Every row of the shared table of real deadline phrases (copied into test/fixtures/deadlines.tsv). */
import { isoDay } from "../../../src/core/calendar";
import { parseDeadline } from "../../../src/core/deadlines/parseDeadline";
import { readDeadlineRows } from "./tsvRows";

const rows = readDeadlineRows();

test("the fixture holds every kind of the table", () => {
  expect(rows.length).toBeGreaterThanOrEqual(60);
  expect(new Set(rows.map((r) => r.kind))).toEqual(
    new Set(["period", "deadline", "recurring", "continuous", "none", "unparsed"]),
  );
});

describe.each(rows.map((r) => [`${r.line}: «${r.phrase}» (${r.period.text})`, r] as const))("%s", (_name, row) => {
  const result = parseDeadline(row.phrase, row.period);
  test(`kind ${row.kind}`, () => expect(result.kind).toBe(row.kind));
  test("start and end", () => {
    expect(result.start === undefined ? null : isoDay(result.start)).toBe(
      row.start === null ? null : isoDay(row.start),
    );
    expect(result.end === undefined ? null : isoDay(result.end)).toBe(row.end === null ? null : isoDay(row.end));
  });
  if (row.controlPoints !== null) {
    test("listed control points", () =>
      expect(result.controlPoints.map(isoDay)).toEqual(expect.arrayContaining(row.controlPoints!.map(isoDay))));
  }
});
