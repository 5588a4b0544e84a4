import {
  dayOf,
  endOfMonth,
  formatDay,
  isoDay,
  parseDottedDay,
  parseIsoDay,
  plusMonths,
  weekdayOf,
  ymd,
  dayFromFileDate,
  fileDateOfDay,
} from "../../src/core/calendar";

describe("calendar days", () => {
  test("Excel serial numbers of known dates", () => {
    expect(dayOf(2021, 1, 1)).toBe(44197);
    expect(dayOf(2021, 7, 5)).toBe(44382);
    expect(dayOf(1990, 1, 1)).toBe(32874);
  });
  test("impossible dates are null", () => {
    expect(dayOf(2021, 2, 31)).toBeNull();
    expect(dayOf(2021, 13, 1)).toBeNull();
    expect(parseDottedDay("31.02.2021")).toBeNull();
    expect(parseDottedDay("32.13.2021")).toBeNull();
  });
  test("round trips and formats", () => {
    const d = parseDottedDay("29.02.2024")!;
    expect(ymd(d)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(formatDay(d)).toBe("29.02.2024");
    expect(isoDay(d)).toBe("2024-02-29");
    expect(parseIsoDay("2024-02-29")).toBe(d);
  });
  test("month ends and month arithmetic", () => {
    expect(formatDay(endOfMonth(2021, 2))).toBe("28.02.2021");
    expect(formatDay(endOfMonth(2024, 2))).toBe("29.02.2024");
    expect(formatDay(plusMonths(dayOf(2021, 1, 31)!, 1))).toBe("28.02.2021");
  });
  test("weekday: 30.12.2021 is a Thursday", () => {
    expect(weekdayOf(dayOf(2021, 12, 30)!)).toBe(4);
  });
  test("file dates are UTC midnights of the day, whatever the zone", () => {
    const d = dayOf(2021, 6, 15)!;
    expect(fileDateOfDay(d).toISOString()).toBe("2021-06-15T00:00:00.000Z");
    expect(dayFromFileDate(new Date(Date.UTC(2021, 5, 15)))).toBe(d);
  });
});
