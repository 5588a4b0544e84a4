/** Properties: any cell in, a result out (never an exception); windows ordered; control points inside [start, end]. */
import fc from "fast-check";
import { parseDeadline } from "../../../src/core/deadlines/parseDeadline";
import { SCHOOL_2020_2021, YEAR_2021, YEARS_2021_2022 } from "./helpers";
import { readDeadlineRows } from "./tsvRows";

const words = [
  "январь",
  "марта",
  "сент.",
  "декабре",
  "2021",
  "2022",
  "г.",
  "года",
  "гг.",
  "-",
  "–",
  "—",
  ",",
  ";",
  "и",
  "до",
  "с",
  "по",
  "не позднее",
  "к",
  "I",
  "IV",
  "квартал",
  "полугодие",
  "первое",
  "учебный год",
  "ежемесячно",
  "ежегодно",
  "1 раз в",
  "месяц",
  "каждый четверг",
  "по понедельникам",
  "в течение года",
  "постоянно",
  "по мере необходимости",
  "17.11.2020",
  "31.02.2021",
  "16",
  "5",
  "числа месяца, следующего за отчетным кварталом",
  "(",
  ")",
  "по отдельному плану",
  "конца",
];

const phrase = fc.array(fc.constantFrom(...words), { maxLength: 8 }).map((ws) => ws.join(" "));
/** Real phrases of deadlines.tsv, some with a word of the list put before or after: mostly readable deadlines. */
const realPhrases = readDeadlineRows().map((r) => r.phrase);
const nearReal = fc
  .tuple(fc.constantFrom(...realPhrases), fc.constantFrom("", "", "", ...words), fc.boolean())
  .map(([p, w, before]) => (before ? `${w} ${p}` : `${p} ${w}`).trim());
const anyCell = fc.oneof(
  { arbitrary: nearReal, weight: 6 },
  fc.string(),
  phrase,
  fc.double({ noNaN: false }),
  fc.integer({ min: -1000, max: 100000 }),
  fc.boolean(),
  fc.constant(null),
);
const periods = fc.constantFrom(YEAR_2021, YEARS_2021_2022, SCHOOL_2020_2021, null);

test("any cell value gives a result, never an exception, and the result is consistent", () => {
  const runs = 3000;
  let dated = 0;
  fc.assert(
    fc.property(anyCell, periods, (cell, p) => {
      const r = parseDeadline(cell, p);
      if (r.kind !== "none" && r.kind !== "unparsed") dated++;
      for (const w of r.windows) expect(w.start).toBeLessThanOrEqual(w.end);
      if (r.kind === "none" || r.kind === "unparsed") {
        expect(r.windows).toEqual([]);
        expect(r.start).toBeUndefined();
      } else {
        expect(r.start).toBeLessThanOrEqual(r.end!);
        for (const c of r.controlPoints) {
          expect(c).toBeGreaterThanOrEqual(r.start!);
          expect(c).toBeLessThanOrEqual(r.end!);
        }
        expect(r.controlPoints[r.controlPoints.length - 1]).toBe(r.end);
      }
      if (r.kind === "unparsed") {
        expect(r.message).toBeTruthy();
        expect(r.unparsedPart).toBeDefined();
      }
    }),
    { numRuns: runs },
  );
  // The window and control-point checks above only bite on dated results: make sure they are a good share.
  expect(dated).toBeGreaterThan(runs * 0.3);
});

test("a month written without a year always lands inside the plan period", () => {
  fc.assert(
    fc.property(
      fc.constantFrom(
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
      ),
      fc.constantFrom(YEAR_2021, SCHOOL_2020_2021),
      (m, p) => {
        const r = parseDeadline(m, p);
        expect(r.kind).toBe("period");
        expect(r.start!).toBeGreaterThanOrEqual(p.start);
        expect(r.end!).toBeLessThanOrEqual(p.end);
        expect(r.implied).toBe(true);
      },
    ),
  );
});

test("every real day written dd.mm.yyyy reads back as that day, with any dash around a range", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 36526, max: 54789 }),
      fc.integer({ min: 0, max: 40 }),
      fc.constantFrom("-", "–", "—", " - ", " – "),
      (day, len, dash) => {
        const fmt = (d: number) =>
          new Date(Date.UTC(1899, 11, 30) + d * 86400000).toISOString().slice(0, 10).split("-").reverse().join(".");
        const r = parseDeadline(`с ${fmt(day)} по ${fmt(day + len)}`, null);
        expect([r.start, r.end]).toEqual([day, day + len]);
        const month = parseDeadline(`${fmt(day)}${dash}${fmt(day + len)}`, null);
        expect([month.start, month.end]).toEqual([day, day + len]);
      },
    ),
  );
});

test("words that name properties of JavaScript objects are plain unknown words", () => {
  for (const w of ["constructor", "toString", "valueOf", "hasOwnProperty"]) {
    expect(parseDeadline(w, YEAR_2021)).toMatchObject({ kind: "unparsed", unparsedPart: w });
    expect(parseDeadline(`март 2021 ${w}`, YEAR_2021)).toMatchObject({ kind: "period", note: w });
  }
});
