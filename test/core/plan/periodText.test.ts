import { dayOf } from "../../../src/core/calendar";
import { choosePlanPeriod, describePlanPeriod, periodFromDeadlines } from "../../../src/core/plan/planPeriod";
import { findPeriodInTitle, parsePlanPeriod } from "../../../src/core/periodText";
import fc from "fast-check";

const D = (d: number, m: number, y: number) => dayOf(y, m, d)!;
const AUG31 = { month: 8, day: 31 };

describe("parsePlanPeriod", () => {
  test.each([
    ["2021", D(1, 1, 2021), D(31, 12, 2021)],
    ["2021-2022", D(1, 1, 2021), D(31, 12, 2022)],
    ["2021 – 2022", D(1, 1, 2021), D(31, 12, 2022)],
    ["на 2021-2022 годы", D(1, 1, 2021), D(31, 12, 2022)],
    ["на 2021 год", D(1, 1, 2021), D(31, 12, 2021)],
    ["2021-2022 гг.", D(1, 1, 2021), D(31, 12, 2022)],
    ["2020-2021 учебный год", D(1, 9, 2020), D(31, 8, 2021)],
    ["2020/2021 учебный год", D(1, 9, 2020), D(31, 8, 2021)],
    ["2021-01-01..2022-12-31", D(1, 1, 2021), D(31, 12, 2022)],
  ])("«%s»", (text, start, end) => {
    expect(parsePlanPeriod(text, AUG31, "settings")).toMatchObject({ start, end, source: "settings" });
  });
  test("the school-year end is a setting", () => {
    expect(parsePlanPeriod("2020-2021 учебный год", { month: 5, day: 31 }, "run")!.end).toBe(D(31, 5, 2021));
  });
  test.each([["весь год"], ["2022-2021"], ["2020-2022 учебный год"], ["21"], [""], ["2021-13-01..2022-12-31"]])(
    "«%s» is not a period",
    (text) => {
      expect(parsePlanPeriod(text, AUG31, "run")).toBeNull();
    },
  );
  test("any text: a period or null, never an exception; period-like texts mostly read, start never after end", () => {
    const year = fc.integer({ min: 1985, max: 2105 });
    const periodLike = fc.oneof(
      year.map(String),
      fc
        .tuple(year, fc.integer({ min: -1, max: 3 }), fc.constantFrom("-", "–", " - "))
        .map(([y, d, dash]) => `${y}${dash}${y + d}`),
      fc.tuple(year, fc.constantFrom("учебный год", "уч. год", "годы", "год")).map(([y, w]) => `на ${y}-${y + 1} ${w}`),
      fc
        .tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
        .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}..${y + 1}-12-31`),
    );
    const runs = 300;
    let read = 0;
    fc.assert(
      fc.property(fc.oneof({ arbitrary: periodLike, weight: 4 }, { arbitrary: fc.string(), weight: 1 }), (s) => {
        const p = parsePlanPeriod(s, AUG31, "run");
        if (p) {
          read++;
          expect(p.start).toBeLessThanOrEqual(p.end);
        }
      }),
      { numRuns: runs },
    );
    expect(read).toBeGreaterThan(runs * 0.3);
  });
});

describe("findPeriodInTitle", () => {
  test.each([
    [
      "Региональный план-график по реализации проекта адресной помощи, на 2021 год (пример)",
      D(1, 1, 2021),
      D(31, 12, 2021),
    ],
    ["Дорожная карта по работе со школами с низкими результатами на 2021-2022 годы", D(1, 1, 2021), D(31, 12, 2022)],
    ["Комплекс мер … в Сахалинской области на 2021-2022 гг", D(1, 1, 2021), D(31, 12, 2022)],
    ["План мероприятий на 2020-2021 учебный год", D(1, 9, 2020), D(31, 8, 2021)],
    ["Сопровождение школ с низкими результатами обучения в 2020-2021 учебном году", D(1, 9, 2020), D(31, 8, 2021)],
    ["Приказ от 19 августа 2020 года № 847 … план на 2021 год", D(1, 1, 2021), D(31, 12, 2021)],
  ])("«%s»", (title, start, end) => {
    expect(findPeriodInTitle(title, AUG31)).toMatchObject({ start, end, source: "title" });
  });
  test("a title without a period", () => {
    expect(findPeriodInTitle("План-график мероприятий", AUG31)).toBeNull();
    expect(findPeriodInTitle("Приказ № 734", AUG31)).toBeNull();
  });
});

describe("which plan period a report uses", () => {
  const title = parsePlanPeriod("2021", AUG31, "title")!;
  const settings = parsePlanPeriod("2021-2022", AUG31, "settings")!;
  const run = parsePlanPeriod("2022", AUG31, "run")!;
  test("run > settings > title > years in deadlines > year of «на дату»", () => {
    expect(choosePlanPeriod({ run, settings, title }, [], D(1, 1, 2030))).toBe(run);
    expect(choosePlanPeriod({ settings, title }, [], D(1, 1, 2030))).toBe(settings);
    expect(choosePlanPeriod({ title }, ["март 2025"], D(1, 1, 2030))).toBe(title);
    expect(choosePlanPeriod({}, ["октябрь", "март 2021", "до 01.04.2022", 2023], D(1, 1, 2030))).toMatchObject({
      start: D(1, 1, 2021),
      end: D(31, 12, 2023),
      source: "deadlines",
    });
    expect(choosePlanPeriod({}, ["октябрь", null], D(15, 6, 2030))).toMatchObject({
      start: D(1, 1, 2030),
      end: D(31, 12, 2030),
      source: "asOf",
    });
  });
  test("span of written years, in words", () => {
    expect(periodFromDeadlines(["ежегодно"])).toBeNull();
    expect(describePlanPeriod(title)).toBe("Период плана: 01.01.2021–31.12.2021 (из заголовка плана: «2021»)");
  });
});
