import fc from "fast-check";
import { dayOf } from "../../../src/core/calendar";
import { parseDeadline } from "../../../src/core/deadlines/parseDeadline";
import { readDoneMark } from "../../../src/core/plan/doneMark";
import {
  doneInQuarterText,
  lastEndedQuarter,
  parseQuarter,
  quarterForPlan,
  quarterInWords,
  quarterKey,
  quarterReport,
  quartersOfPeriods,
} from "../../../src/core/plan/quarter";
import { reportDue } from "../../../src/core/plan/reportDue";
import { YEAR_2021 } from "../deadlines/helpers";

const D = (d: number, m: number, y: number) => dayOf(y, m, d)!;
const item = (text: string, mark: unknown = null, date: unknown = null) => ({
  text,
  deadline: parseDeadline(text, YEAR_2021),
  done: readDoneMark(mark as never, date as never),
});

describe("the quarter of «Отчёт за квартал»", () => {
  test.each([
    ["2021-3", 2021, 3],
    ["2021-III", 2021, 3],
    [" 2022 - 1 ", 2022, 1],
    ["III квартал 2021", 2021, 3],
    ["4 кв. 2021 г.", 2021, 4],
    ["2021/IV", 2021, 4],
  ])("«%s» is quarter %s-%s", (text, year, quarter) => {
    expect(parseQuarter(text)).toEqual({ year, quarter });
  });

  test.each(["2021-5", "2021-0", "3 квартал", "21-3", "2021", "", "1800-1"])("«%s» is no quarter", (text) => {
    expect(parseQuarter(text)).toBeNull();
  });

  test("any text: a quarter 1…4 or null, never an exception", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const q = parseQuarter(text);
        return q === null || (q.quarter >= 1 && q.quarter <= 4);
      }),
    );
  });

  test("by default the last quarter ended on or before «на дату»", () => {
    expect(lastEndedQuarter(D(15, 6, 2021))).toEqual({ year: 2021, quarter: 1 });
    expect(lastEndedQuarter(D(30, 6, 2021))).toEqual({ year: 2021, quarter: 2 });
    expect(lastEndedQuarter(D(1, 1, 2022))).toEqual({ year: 2021, quarter: 4 });
    expect(lastEndedQuarter(D(31, 3, 2021))).toEqual({ year: 2021, quarter: 1 });
    expect(quarterInWords({ year: 2021, quarter: 3 })).toBe("III квартал 2021 года");
  });

  test("a plan's quarter: the run's inside its period, else refused; no ended quarter yet, or the plan's last one", () => {
    expect(quarterForPlan(YEAR_2021, D(15, 6, 2021))).toEqual({ kind: "quarter", quarter: { year: 2021, quarter: 1 } });
    expect(quarterForPlan(YEAR_2021, D(15, 3, 2021))).toEqual({
      kind: "none",
      reason: "ни один квартал периода плана (01.01.2021–31.12.2021) не закончился к 15.03.2021",
    });
    expect(quarterForPlan(YEAR_2021, D(15, 5, 2023))).toEqual({ kind: "quarter", quarter: { year: 2021, quarter: 4 } });
    expect(quarterForPlan(YEAR_2021, D(15, 6, 2021), { year: 2021, quarter: 3 })).toEqual({
      kind: "quarter",
      quarter: { year: 2021, quarter: 3 },
    });
    expect(quarterForPlan(YEAR_2021, D(15, 6, 2021), { year: 2022, quarter: 1 })).toEqual({
      kind: "none",
      reason: "I квартал 2022 года вне периода плана (01.01.2021–31.12.2021)",
    });
  });

  test("the pane's list: every quarter of the plans' periods, each once, in order", () => {
    const schoolYear = { start: D(1, 9, 2021), end: D(31, 8, 2022), source: "title" as const };
    expect(quartersOfPeriods([schoolYear, YEAR_2021]).map(quarterKey)).toEqual([
      "2021-1",
      "2021-2",
      "2021-3",
      "2021-4",
      "2022-1",
      "2022-2",
      "2022-3",
    ]);
  });

  test("the due day: the 5th of the next month, or the settings' day, never beyond the month", () => {
    expect(reportDue(D(30, 9, 2021))).toBe(D(5, 10, 2021));
    expect(reportDue(D(31, 12, 2021))).toBe(D(5, 1, 2022));
    expect(reportDue(D(31, 12, 2021), 10)).toBe(D(10, 1, 2022));
    expect(reportDue(D(31, 3, 2021), 31)).toBe(D(30, 4, 2021));
  });
});

describe("the items of a quarter, with their status on its last day", () => {
  const q3 = { year: 2021, quarter: 3 };
  const items = [
    item("июль 2021"), // inside
    item("до 15 мая 2021 года"), // overdue before the quarter: carried over
    item("апрель 2021", "выполнено", "10.05.2021"), // overdue, done late before the quarter: not listed
    item("май 2021", "выполнено"), // done without a date before the quarter: counts as done, not listed
    item("с 01.06.2021 по 15.07.2021", "да"), // done without a date, window overlapping: listed, «дата не указана»
    item("ежемесячно"), // control points 31.07, 31.08, 30.09
    item("ноябрь 2021"), // after the quarter: not listed
    item("по мере необходимости"), // no date: not listed
    item("сентябрь 2021", "+", "20.10.2021"), // done after the quarter: not done at its end
    item("до 10 июня 2021", "выполнено", "05.08.2021"), // carried over, done late in the quarter
  ];
  const report = quarterReport(items, q3);
  const byText = new Map(report.items.map((q) => [q.item.text, q]));

  test("listed: overlapping, with control points inside, carried over; in plan order", () => {
    expect(report.items.map((q) => q.item.text)).toEqual([
      "июль 2021",
      "до 15 мая 2021 года",
      "с 01.06.2021 по 15.07.2021",
      "ежемесячно",
      "сентябрь 2021",
      "до 10 июня 2021",
    ]);
    expect(report.items.filter((q) => q.carriedOver).map((q) => q.item.text)).toEqual([
      "до 15 мая 2021 года",
      "до 10 июня 2021",
    ]);
  });

  test("status on 30.09.2021 and «Выполнено в квартале»", () => {
    const row = (text: string) => [byText.get(text)!.status.status, doneInQuarterText(byText.get(text)!.done)];
    expect(row("июль 2021")).toEqual(["Просрочено", "нет"]);
    expect(row("до 15 мая 2021 года")).toEqual(["Просрочено", "нет"]);
    expect(row("с 01.06.2021 по 15.07.2021")).toEqual(["Выполнено", "дата не указана"]);
    expect(row("ежемесячно")).toEqual(["В работе", "нет"]);
    // Its end is the quarter's last day: still «В работе» that day; done only after it.
    expect(row("сентябрь 2021")).toEqual(["В работе", "нет"]);
    expect(row("до 10 июня 2021")).toEqual(["Выполнено с нарушением срока", "05.08.2021"]);
    expect(byText.get("ежемесячно")!.controlPoints).toEqual([D(31, 7, 2021), D(31, 8, 2021), D(30, 9, 2021)]);
  });

  test("the quarter's figures: due in it, done, overdue at its end, the SPEC §5 share at its end", () => {
    expect(report.dueInQuarter).toBe(4);
    expect(report.done).toBe(2);
    expect(report.overdue).toBe(2);
    // Ended by 30.09: all but «ежемесячно» (ends 31.12): 5, of which 2 done.
    expect(report.completion).toMatchObject({ due: 5, doneOfDue: 2 });
  });
});
