/** Each construct of the grammar in the variations real plans use: cases, dashes, spacing, abbreviations. */
import { parseDeadline } from "../../../src/core/deadlines/parseDeadline";
import { reportDue } from "../../../src/core/plan/reportDue";
import { parseIsoDay } from "../../../src/core/calendar";
import { period, read, SCHOOL_2020_2021, YEAR_2021, YEAR_2022, YEARS_2021_2022 } from "./helpers";

describe("months in every case, abbreviated, with every dash", () => {
  test.each([
    ["январь 2021", "2021-01-01..2021-01-31"],
    ["в январе 2021 года", "2021-01-01..2021-01-31"],
    ["к январю 2021 г.", "2021-01-01..2021-01-31"],
    ["янв. 2021", "2021-01-01..2021-01-31"],
    ["сент. 2021 г.", "2021-09-01..2021-09-30"],
    ["в мае 2021", "2021-05-01..2021-05-31"],
    ["Май 2021 года", "2021-05-01..2021-05-31"],
    ["в августе 2021", "2021-08-01..2021-08-31"],
    ["ФЕВРАЛЬ 2021", "2021-02-01..2021-02-28"],
    ["март—апрель 2021", "2021-03-01..2021-04-30"],
    ["март –апрель 2021 г", "2021-03-01..2021-04-30"],
    ["март - апрель 2021 года", "2021-03-01..2021-04-30"],
    ["с марта по май 2021 года", "2021-03-01..2021-05-31"],
    ["с сентября по декабрь 2021 г.", "2021-09-01..2021-12-31"],
  ])("«%s» → %s", (phrase, span) => {
    const r = read(phrase, YEAR_2021);
    expect(r.span).toBe(span);
    expect(r.result.implied).toBe(false);
  });

  test("«к январю 2021 г.» is a deadline ending with January", () => {
    expect(read("к январю 2021 г.", YEAR_2021).kind).toBe("deadline");
  });
});

describe("a month without a year is its first occurrence in the plan period, marked as implied", () => {
  test("school-year plan: «октябрь» is October 2020, «март» is March 2021", () => {
    expect(read("октябрь", SCHOOL_2020_2021).span).toBe("2020-10-01..2020-10-31");
    const march = read("март", SCHOOL_2020_2021);
    expect(march.span).toBe("2021-03-01..2021-03-31");
    expect(march.result.implied).toBe(true);
    expect(march.result.impliedParts).toEqual(["март"]);
  });
  test("«сентябрь – май» in a school year runs across the new year; both ends are implied", () => {
    expect(read("сентябрь – май", SCHOOL_2020_2021).span).toBe("2020-09-01..2021-05-31");
    expect(read("сентябрь – май", SCHOOL_2020_2021).result.impliedParts).toEqual(["сентябрь", "май"]);
    expect(read("декабрь 2020 – май", SCHOOL_2020_2021).result.implied).toBe(false);
  });
  test("a month outside the plan period is unparsed, not moved into another year", () => {
    const r = read("август", { ...SCHOOL_2020_2021, start: SCHOOL_2020_2021.start, end: SCHOOL_2020_2021.start + 200 });
    expect(r.kind).toBe("unparsed");
    expect(r.result.unparsedPart).toBe("август");
  });
  test("without a plan period a yearless month asks for the period", () => {
    const r = read("октябрь", null);
    expect(r.kind).toBe("unparsed");
    expect(r.result.needsPeriod).toBe(true);
    expect(r.result.message).toBe("в сроке не указан год: задайте период плана");
  });
  test("without a plan period a written year is enough", () => {
    const r = read("До 15 марта 2021 года", null);
    expect(r.kind).toBe("deadline");
    expect(r.span).toBe("2021-01-01..2021-03-15");
  });
});

describe("day dates", () => {
  test.each([
    ["17.11.2020", "2020-11-17..2020-11-17"],
    ["5.6.2021", "2021-06-05..2021-06-05"],
    ["15.06.21", "2021-06-15..2021-06-15"],
    ["31.12.2021г.", "2021-12-31..2021-12-31"],
    ["15 марта 2021 г.", "2021-03-15..2021-03-15"],
    ["1 сент. 2021", "2021-09-01..2021-09-01"],
    ["16-17.11.2020", "2020-11-16..2020-11-17"],
    ["16 – 17.11.2020", "2020-11-16..2020-11-17"],
    ["1–15 марта 2021 года", "2021-03-01..2021-03-15"],
    ["с 1 по 15 марта 2021 г.", "2021-03-01..2021-03-15"],
    ["с 01.02.2021 по 15.04.2021", "2021-02-01..2021-04-15"],
    ["с 15 марта по 20 апреля 2021 года", "2021-03-15..2021-04-20"],
  ])("«%s» → %s", (phrase, span) => {
    expect(read(phrase, YEAR_2021).span).toBe(span);
    expect(read(phrase, YEAR_2021).kind).toBe("period");
  });
  test.each([["31.02.2021"], ["32.13.2021"], ["31 февраля 2021"], ["29.02.2021"]])(
    "«%s» does not exist: unparsed, naming it",
    (phrase) => {
      const r = read(`до ${phrase} года`, YEAR_2021).result;
      expect(r.kind).toBe("unparsed");
      expect(r.unparsedPart).toContain(phrase.split(" ")[0]);
      expect(r.message).toMatch(/нет такой даты/);
    },
  );
  test("29 February exists in 2024", () => {
    expect(read("29.02.2024", null).span).toBe("2024-02-29..2024-02-29");
  });
});

describe("deadlines: до, не позднее, в срок до, к, до конца", () => {
  test.each([
    ["до 15.03.2021", "2021-01-01..2021-03-15"],
    ["До 15 марта 2021 года", "2021-01-01..2021-03-15"],
    ["не позднее 10 декабря 2021 г.", "2021-01-01..2021-12-10"],
    ["не позже 01.04.2021", "2021-01-01..2021-04-01"],
    ["в срок до 01.06.2021", "2021-01-01..2021-06-01"],
    ["в срок не позднее 01.06.2021", "2021-01-01..2021-06-01"],
    ["к 1 сентября 2021 года", "2021-01-01..2021-09-01"],
    ["до конца 2021 года", "2021-01-01..2021-12-31"],
    ["по 20.05.2021", "2021-01-01..2021-05-20"],
  ])("«%s» → %s", (phrase, span) => {
    const r = read(phrase, YEAR_2021);
    expect(r.kind).toBe("deadline");
    expect(r.span).toBe(span);
  });
  test("a deadline before the plan starts starts on its own date", () => {
    expect(read("до 15.12.2020", YEAR_2021).span).toBe("2020-12-15..2020-12-15");
  });
  test("two deadlines joined by «и» or a comma are two control points", () => {
    for (const phrase of ["до 30.01.2021 и 20.07.2021", "в срок до 30 января 2021 года, 20 июля 2021 года"]) {
      const r = read(phrase, YEAR_2021);
      expect(r.kind).toBe("deadline");
      expect(r.controls).toEqual(["2021-01-30", "2021-07-20"]);
      expect(r.windows).toEqual(["2021-01-01..2021-01-30", "2021-01-31..2021-07-20"]);
    }
  });
});

describe("quarters and half-years", () => {
  test.each([
    ["I квартал 2022 года", "2022-01-01..2022-03-31"],
    ["1 кв. 2022", "2022-01-01..2022-03-31"],
    ["в IV квартале 2022 г.", "2022-10-01..2022-12-31"],
    ["второй квартал 2022 года", "2022-04-01..2022-06-30"],
    ["III–IV кварталы 2022", "2022-07-01..2022-12-31"],
    ["2-3 квартал 2022 г.", "2022-04-01..2022-09-30"],
    ["IV квартал", "2022-10-01..2022-12-31"],
    ["1 полугодие 2022", "2022-01-01..2022-06-30"],
    ["второе полугодие 2022 года", "2022-07-01..2022-12-31"],
    ["2-е полугодие 2022 г.", "2022-07-01..2022-12-31"],
    ["I полугодие", "2022-01-01..2022-06-30"],
    ["в 1-м квартале 2022 г.", "2022-01-01..2022-03-31"],
    ["1-2 кв. 2022", "2022-01-01..2022-06-30"],
    ["во 2-ом полугодии 2022 года", "2022-07-01..2022-12-31"],
    ["IV квартал 2022 – I квартал 2023", "2022-10-01..2023-03-31"],
  ])("«%s» → %s", (phrase, span) => {
    expect(read(phrase, YEAR_2022).span).toBe(span);
  });
  test("a quarter number out of range is not a quarter", () => {
    expect(read("5 квартал 2022", YEAR_2022).kind).toBe("unparsed");
  });
});

describe("years and school years", () => {
  test.each([
    ["2021", "2021-01-01..2021-12-31"],
    ["2021 г.", "2021-01-01..2021-12-31"],
    ["в 2022 году", "2022-01-01..2022-12-31"],
    ["в течение 2022 года", "2022-01-01..2022-12-31"],
    ["2021-2022 гг.", "2021-01-01..2022-12-31"],
    ["2021 – 2022 годы", "2021-01-01..2022-12-31"],
    ["2021-2022 учебный год", "2021-09-01..2022-08-31"],
    ["в 2021/2022 учебном году", "2021-09-01..2022-08-31"],
    ["2021–2022 уч. г.", "2021-09-01..2022-08-31"],
    ["декабрь 2021 г. – январь 2022 г.", "2021-12-01..2022-01-31"],
    ["декабрь – январь 2022", "2021-12-01..2022-01-31"],
  ])("«%s» → %s", (phrase, span) => {
    expect(read(phrase, YEARS_2021_2022).span).toBe(span);
  });
  test("the school-year end is a setting", () => {
    const r = parseDeadline("2021-2022 учебный год", YEARS_2021_2022, { schoolYearEnd: { month: 5, day: 31 } });
    expect(r.end).toBe(44712); // 31.05.2022
  });
  test("a year as a number (Excel keeps «2021» as a number) is the year, not a date serial", () => {
    expect(parseDeadline(2021, null)).toMatchObject({ kind: "period", start: 44197, end: 44561 });
  });
  test("a date serial is a one-day period", () => {
    expect(parseDeadline(44270, YEAR_2021)).toMatchObject({
      kind: "period",
      start: 44270,
      end: 44270,
      controlPoints: [44270],
    });
  });
});

describe("several windows in one cell", () => {
  test.each([
    ["март 2021, ноябрь 2022", ["2021-03-31", "2022-11-30"]],
    ["март 2021; ноябрь 2022", ["2021-03-31", "2022-11-30"]],
    ["март 2021 и ноябрь 2022", ["2021-03-31", "2022-11-30"]],
    ["апрель, октябрь 2021", ["2021-04-30", "2021-10-31"]],
  ])("«%s»", (phrase, controls) => {
    const r = read(phrase, YEARS_2021_2022);
    expect(r.kind).toBe("period");
    expect(r.controls).toEqual(controls);
  });
});

describe("recurrence", () => {
  test.each([
    ["ежеквартально", "quarter"],
    ["1 раз в квартал", "quarter"],
    ["не реже 1 раза в квартал", "quarter"],
    ["не реже чем 1 раз в квартал", "quarter"],
    ["2 раза в квартал", "quarter"],
  ])("«%s»: quarter ends", (phrase) => {
    expect(read(phrase, YEAR_2021).controls).toEqual(["2021-03-31", "2021-06-30", "2021-09-30", "2021-12-31"]);
  });
  test("«раз в полгода», «1 раз в полугодие»: half-year ends", () => {
    expect(read("раз в полгода", YEAR_2021).controls).toEqual(["2021-06-30", "2021-12-31"]);
    expect(read("1 раз в полугодие", YEAR_2021).controls).toEqual(["2021-06-30", "2021-12-31"]);
  });
  test("«ежемесячно» in a school-year plan: each month's end, first 30.09.2020, last 31.08.2021", () => {
    const r = read("ежемесячно", SCHOOL_2020_2021);
    expect(r.controls).toHaveLength(12);
    expect(r.controls[0]).toBe("2020-09-30");
    expect(r.span).toBe("2020-09-01..2021-08-31");
  });
  test("«ежегодно» in a two-year plan: two years; in a school-year plan: one school year", () => {
    expect(read("ежегодно", YEARS_2021_2022).controls).toEqual(["2021-12-31", "2022-12-31"]);
    expect(read("ежегодно", SCHOOL_2020_2021).controls).toEqual(["2021-08-31"]);
  });
  test("«еженедельно»: weeks end on Sunday, the last one clipped to the plan end", () => {
    const r = read("еженедельно", YEAR_2021);
    expect(r.controls[0]).toBe("2021-01-03");
    expect(r.controls[r.controls.length - 1]).toBe("2021-12-31");
  });
  test.each([
    ["каждую среду", "2021-01-06", "2021-12-29"],
    ["по пятницам", "2021-01-01", "2021-12-31"],
    ["еженедельно по понедельникам", "2021-01-04", "2021-12-27"],
  ])("«%s»: first %s, last %s", (phrase, first, last) => {
    const r = read(phrase, YEAR_2021);
    expect(r.kind).toBe("recurring");
    expect(r.controls[0]).toBe(first);
    expect(r.controls[r.controls.length - 1]).toBe(last);
    expect(r.span.endsWith(last)).toBe(true);
  });
  test("«до 5 числа месяца, следующего за отчетным кварталом» alone is quarterly", () => {
    expect(read("до 5 числа месяца, следующего за отчетным кварталом", YEAR_2021).controls).toEqual([
      "2021-04-05",
      "2021-07-05",
      "2021-10-05",
      "2022-01-05",
    ]);
  });
  test("«до 10 числа месяца, следующего за отчетным месяцем»", () => {
    const r = read("ежемесячно до 10 числа месяца, следующего за отчетным месяцем", YEAR_2021);
    expect(r.controls[0]).toBe("2021-02-10");
    expect(r.controls).toHaveLength(12);
    expect(r.controls[11]).toBe("2022-01-10");
  });
  test("recurrence inside a stated year: «ежеквартально в 2022 году» in a two-year plan", () => {
    expect(read("ежеквартально в 2022 году", YEARS_2021_2022).controls).toEqual([
      "2022-03-31",
      "2022-06-30",
      "2022-09-30",
      "2022-12-31",
    ]);
  });
  test("«ноябрь ежегодно» in a school-year plan: November 2020 only", () => {
    expect(read("ноябрь ежегодно", SCHOOL_2020_2021).windows).toEqual(["2020-11-01..2020-11-30"]);
  });
  test("recurrence without a plan period or a year asks for the period", () => {
    expect(read("ежемесячно", null).result.needsPeriod).toBe(true);
  });
});

describe("whole-period, no-date words and remarks", () => {
  test.each([
    ["в течение года"],
    ["В течение всего периода"],
    ["в течении срока"],
    ["постоянно"],
    ["Постоянно."],
    ["в течение учебного года"],
  ])("«%s» is the whole plan period", (phrase) => {
    const r = read(phrase, SCHOOL_2020_2021);
    expect(r.kind).toBe("continuous");
    expect(r.span).toBe("2020-09-01..2021-08-31");
  });
  test.each([["по мере необходимости"], ["По запросу"], ["по заявкам ОО"], ["по необходимости"]])(
    "«%s» has no date",
    (phrase) => {
      expect(read(phrase, YEAR_2021).kind).toBe("none");
    },
  );
  test.each([
    ["В течение года по отдельному плану", "по отдельному плану"],
    ["март 2021 (по согласованию с МОУО)", "по согласованию с МОУО"],
    ["до 01.04.2021 по плану ООНОР", "по плану ООНОР"],
    ["ежеквартально (отчет на сайте)", "отчет на сайте"],
  ])("«%s» keeps the remark «%s» as a note", (phrase, note) => {
    const r = read(phrase, YEAR_2021);
    expect(r.kind).not.toBe("unparsed");
    expect(r.result.note).toBe(note);
  });
  test.each([
    ["см. приложение 3", "см"],
    ["Проведение в марте 2021", "Проведение"],
    ["март 2021, приложение 3", "приложение 3"],
    ["до особого распоряжения", "до особого распоряжения"],
    ["-", "-"],
  ])("«%s» is unparsed and names «%s»", (phrase, part) => {
    const r = read(phrase, YEAR_2021).result;
    expect(r.kind).toBe("unparsed");
    expect(r.unparsedPart).toContain(part);
    expect(r.message).toBeTruthy();
  });
  test("booleans and stray numbers are not deadlines", () => {
    expect(parseDeadline(true, YEAR_2021).kind).toBe("unparsed");
    expect(parseDeadline(7, YEAR_2021).kind).toBe("unparsed");
    expect(parseDeadline("   ", YEAR_2021).kind).toBe("none");
  });
});

describe("dates without a year and monthly days", () => {
  test("«до 01.09» takes its year from the plan period and says so", () => {
    const r = read("до 01.09", YEAR_2021);
    expect([r.kind, r.span]).toEqual(["deadline", "2021-01-01..2021-09-01"]);
    expect(r.result.impliedParts).toEqual(["01.09"]);
  });
  test("«16-17.11» and «с 01.09 по 15.09» in a school-year plan", () => {
    expect(read("16-17.11", SCHOOL_2020_2021).span).toBe("2020-11-16..2020-11-17");
    expect(read("с 01.09 по 15.09", SCHOOL_2020_2021).span).toBe("2020-09-01..2020-09-15");
  });
  test("«31.04» does not exist; «29.02» is not in a 2021 plan", () => {
    expect(read("до 31.04", YEAR_2021).result).toMatchObject({ kind: "unparsed", unparsedPart: "31.04" });
    expect(read("до 29.02", YEAR_2021).result).toMatchObject({ kind: "unparsed", unparsedPart: "29.02" });
  });
  test("«до 20 числа каждого месяца»: the 20th of each month", () => {
    const r = read("до 20 числа каждого месяца", YEAR_2021);
    expect(r.kind).toBe("recurring");
    expect(r.controls).toHaveLength(12);
    expect([r.controls[0], r.controls[11]]).toEqual(["2021-01-20", "2021-12-20"]);
    expect(r.windows[1]).toBe("2021-02-01..2021-02-20");
  });
  test("«ежегодно до 1 сентября» in a two-year plan: two deadlines, each window from its year's start", () => {
    const r = read("ежегодно до 1 сентября", YEARS_2021_2022);
    expect(r.windows).toEqual(["2021-01-01..2021-09-01", "2022-01-01..2022-09-01"]);
  });
  test("«до 5 числа» alone does not say which month's 5th: unparsed, naming the part (issue 13 reads «ежемесячно до 5 числа»)", () => {
    expect(read("до 5 числа", YEAR_2021).result).toMatchObject({ kind: "unparsed", unparsedPart: "до 5 числа" });
  });
  test("«2 раза в год (май, ноябрь)»: the months in brackets are the windows", () => {
    expect(read("2 раза в год (май, ноябрь)", YEAR_2021).controls).toEqual(["2021-05-31", "2021-11-30"]);
  });
});

describe("a misspelt month is not a remark", () => {
  test.each([
    ["2021 сентябя", "сентябя"],
    ["октяб 2021", "октяб"],
    ["март 2021 г. (ноябр)", "ноябр"],
  ])("«%s» names «%s»", (phrase, part) => {
    expect(read(phrase, YEAR_2021).result).toMatchObject({ kind: "unparsed", unparsedPart: part });
  });
  test("words that merely begin like a month stay remarks", () => {
    expect(read("март 2021 (апробация)", YEAR_2021).result).toMatchObject({ kind: "period", note: "апробация" });
    expect(read("март 2021 по маршруту", YEAR_2021).result).toMatchObject({ kind: "period", note: "по маршруту" });
  });
});

describe("«с …» without «по» runs to the end of the plan period", () => {
  test.each([
    ["с 1 сентября 2021 г.", "2021-09-01..2021-12-31"],
    ["с марта 2021 года", "2021-03-01..2021-12-31"],
    ["с 01.02.2021 по 15.04.2021", "2021-02-01..2021-04-15"],
  ])("«%s» → %s", (phrase, span) => {
    expect(read(phrase, YEAR_2021)).toMatchObject({ kind: "period", span });
  });
  test("a range left open by a dash is unparsed, naming its start", () => {
    expect(read("март 2021 –", YEAR_2021).result).toMatchObject({ kind: "unparsed", unparsedPart: "март 2021" });
  });
});

test("the quarterly report rule of the deadlines agrees with reportDue (СРОК_ОТЧЕТА)", () => {
  const r = read("ежеквартально, до 5 числа месяца, следующего за отчетным кварталом", YEARS_2021_2022).result;
  expect(r.controlPoints).toEqual(r.windows.map((w) => reportDue(w.start)));
  expect(r.controlPoints).toHaveLength(8);
});

const SCHOOL_2021_2022 = period("2021-09-01..2022-08-31");
const day = (iso: string) => parseIsoDay(iso)!;

describe("a day of every month (issue 13)", () => {
  test.each([
    ["ежемесячно до 5 числа", "01-05", "12-05"],
    ["до 5 числа каждого месяца", "01-05", "12-05"],
    ["ежемесячно до 25 числа", "01-25", "12-25"],
    ["ежемесячно, не позднее 25 числа каждого месяца", "01-25", "12-25"],
  ])("«%s»: monthly, the control point that day", (phrase, first, last) => {
    const r = read(phrase, YEAR_2021);
    expect(r.kind).toBe("recurring");
    expect(r.controls).toHaveLength(12);
    expect([r.controls[0], r.controls[11]]).toEqual([`2021-${first}`, `2021-${last}`]);
    expect(r.windows[2]).toBe(`2021-03-01..2021-03-${first.slice(3)}`);
  });
  test("«до 30 числа каждого месяца»: a day beyond the month's length is its last day", () => {
    const r = read("до 30 числа каждого месяца", YEAR_2021);
    expect(r.controls.slice(0, 3)).toEqual(["2021-01-30", "2021-02-28", "2021-03-30"]);
    expect(read("до 31 числа каждого месяца", period("2024-01-01..2024-12-31")).controls.slice(1, 4)).toEqual([
      "2024-02-29",
      "2024-03-31",
      "2024-04-30",
    ]);
  });
  test.each([["ежеквартально до 5 числа"], ["до 5 числа"]])(
    "«%s» does not say which month: unparsed, naming «до 5 числа»",
    (phrase) => {
      expect(read(phrase, YEAR_2021).result).toMatchObject({
        kind: "unparsed",
        unparsedPart: "до 5 числа",
        message: expect.stringContaining("какого месяца"),
      });
    },
  );
});

describe("the month after the reporting unit: the noun or the frequency word decides (issue 13)", () => {
  const QUARTERLY = ["2021-04-05", "2021-07-05", "2021-10-05", "2022-01-05"];
  test.each([
    ["ежеквартально до 5 числа месяца, следующего за отчетным", QUARTERLY],
    ["ежеквартально до 5 числа месяца, следующего за отчетным периодом", QUARTERLY],
    ["ежеквартально, до 5 числа месяца, следующего за отчетным кварталом", QUARTERLY],
    ["до 5 числа месяца, следующего за отчетным кварталом", QUARTERLY],
    ["к 5 числу месяца, следующего за отчетным кварталом", QUARTERLY],
  ])("«%s» is quarterly", (phrase, controls) => {
    expect(read(phrase, YEAR_2021)).toMatchObject({ kind: "recurring", controls });
  });
  test.each([
    ["Ежемесячно до 15 числа месяца, следующего за отчетным периодом"],
    ["ежемесячно не позднее 15 числа месяца, следующего за отчетным месяцем"],
    ["до 15 числа месяца, следующего за отчетным"],
  ])("«%s» is monthly: 15 February … 15 January", (phrase) => {
    const r = read(phrase, YEAR_2021);
    expect(r.controls).toHaveLength(12);
    expect([r.controls[0], r.controls[11]]).toEqual(["2021-02-15", "2022-01-15"]);
  });
  test("«до 31 числа месяца, следующего за отчетным кварталом»: 30 April, 31 July, 31 October, 31 January", () => {
    expect(read("до 31 числа месяца, следующего за отчетным кварталом", YEAR_2021).controls).toEqual([
      "2021-04-30",
      "2021-07-31",
      "2021-10-31",
      "2022-01-31",
    ]);
  });
  test("a clash of the frequency word and the noun is unparsed, naming the report rule", () => {
    const r = read("ежемесячно до 5 числа месяца, следующего за отчетным кварталом", YEAR_2021).result;
    expect(r).toMatchObject({ kind: "unparsed", unparsedPart: "до 5 числа месяца, следующего за отчетным кварталом" });
    expect(r.message).toMatch(/не совпадает/);
  });
  test("«отчетным периодом» with no frequency word is unparsed: which period is not said", () => {
    const r = read("до 5 числа месяца, следующего за отчетным периодом", YEAR_2021).result;
    expect(r).toMatchObject({ kind: "unparsed", unparsedPart: "до 5 числа месяца, следующего за отчетным периодом" });
    expect(r.message).toMatch(/какой период отчётный/);
  });
});

describe("how many times, in words (issue 13)", () => {
  test.each([
    ["один раз в квартал", ["2021-03-31", "2021-06-30", "2021-09-30", "2021-12-31"]],
    ["не реже одного раза в квартал", ["2021-03-31", "2021-06-30", "2021-09-30", "2021-12-31"]],
    ["два раза в год", ["2021-12-31"]],
    ["дважды в год", ["2021-12-31"]],
    ["три раза в полугодие", ["2021-06-30", "2021-12-31"]],
  ])("«%s»", (phrase, controls) => {
    expect(read(phrase, YEAR_2021)).toMatchObject({ kind: "recurring", controls });
  });
});

describe("school quarters (четверти, issue 13)", () => {
  test.each([
    ["I четверть", "2021-09-01..2021-10-31"],
    ["в течение II четверти", "2021-11-01..2021-12-31"],
    ["в III четверти", "2022-01-01..2022-03-31"],
    ["IV четверть", "2022-04-01..2022-05-31"],
    ["в первой четверти", "2021-09-01..2021-10-31"],
    ["по итогам I четверти", "2021-09-01..2021-10-31"],
    ["I-II четверти", "2021-09-01..2021-12-31"],
    ["III четверть 2021-2022 учебного года", "2022-01-01..2022-03-31"],
    ["IV четверть 2022 года", "2022-04-01..2022-05-31"],
  ])("«%s» in the 2021-2022 school year → %s", (phrase, span) => {
    expect(read(phrase, SCHOOL_2021_2022)).toMatchObject({ kind: "period", span });
  });
  test.each([["1 раз в четверть"], ["по итогам четверти"], ["по итогам каждой четверти"], ["ежечетвертно"]])(
    "«%s»: each quarter's end",
    (phrase) => {
      expect(read(phrase, SCHOOL_2021_2022)).toMatchObject({
        kind: "recurring",
        controls: ["2021-10-31", "2021-12-31", "2022-03-31", "2022-05-31"],
        span: "2021-09-01..2022-05-31",
      });
    },
  );
  test("«в конце каждой четверти», «по итогам года» repeat; «в конце мая», «по итогам учебного года» are not read", () => {
    expect(read("в конце каждой четверти", SCHOOL_2021_2022).controls).toEqual([
      "2021-10-31",
      "2021-12-31",
      "2022-03-31",
      "2022-05-31",
    ]);
    expect(read("по итогам года", SCHOOL_2021_2022)).toMatchObject({ kind: "recurring", controls: ["2022-08-31"] });
    expect(read("по итогам года", YEARS_2021_2022).controls).toEqual(["2021-12-31", "2022-12-31"]);
    expect(read("в конце мая", YEAR_2021).kind).toBe("unparsed");
    expect(read("по итогам учебного года", YEAR_2021).result).toMatchObject({
      kind: "unparsed",
      unparsedPart: "по итогам учебного года",
    });
  });
  test("in a calendar-year plan the quarters of 2021 come from two school years", () => {
    expect(read("III четверть", YEAR_2021).span).toBe("2021-01-01..2021-03-31");
    expect(read("1 раз в четверть", YEAR_2021).controls).toEqual([
      "2021-03-31",
      "2021-05-31",
      "2021-10-31",
      "2021-12-31",
    ]);
  });
  test("the region's own quarters (settings «Учебные четверти 2021-2022») replace the default bounds for that school year", () => {
    const schoolQuarters = [
      {
        schoolYear: 2021,
        quarters: [
          period("2021-09-01..2021-10-27"),
          period("2021-11-05..2021-12-28"),
          period("2022-01-09..2022-03-22"),
          period("2022-04-01..2022-05-31"),
        ],
      },
    ];
    const iso = (r: ReturnType<typeof parseDeadline>) => [r.start, r.end];
    expect(iso(parseDeadline("II четверть", SCHOOL_2021_2022, { schoolQuarters }))).toEqual([
      day("2021-11-05"),
      day("2021-12-28"),
    ]);
    expect(parseDeadline("по итогам четверти", SCHOOL_2021_2022, { schoolQuarters }).controlPoints).toEqual(
      schoolQuarters[0].quarters.map((q) => q.end),
    );
    // another school year keeps the default
    expect(iso(parseDeadline("II четверть", SCHOOL_2020_2021, { schoolQuarters }))).toEqual([
      day("2020-11-01"),
      day("2020-12-31"),
    ]);
  });
});

describe("school half-years in a school-year plan (issue 13)", () => {
  test.each([
    ["I полугодие", "2021-09-01..2021-12-31"],
    ["II полугодие", "2022-01-01..2022-08-31"],
    ["в первом полугодии", "2021-09-01..2021-12-31"],
    ["II полугодие 2022 года", "2022-07-01..2022-12-31"],
    ["I полугодие 2022 г.", "2022-01-01..2022-06-30"],
  ])("«%s» → %s", (phrase, span) => {
    expect(read(phrase, SCHOOL_2021_2022).span).toBe(span);
  });
  test("the II half-year ends with the school year, a setting", () => {
    const r = parseDeadline("II полугодие", period("2021-09-01..2022-05-31"), { schoolYearEnd: { month: 5, day: 31 } });
    expect([r.start, r.end]).toEqual([day("2022-01-01"), day("2022-05-31")]);
  });
  test("«1 раз в полугодие», «ежеполугодно» in a school-year plan repeat the school's half-years", () => {
    for (const phrase of ["1 раз в полугодие", "ежеполугодно", "не реже одного раза в полугодие"]) {
      expect(read(phrase, SCHOOL_2021_2022)).toMatchObject({
        controls: ["2021-12-31", "2022-08-31"],
        windows: ["2021-09-01..2021-12-31", "2022-01-01..2022-08-31"],
      });
    }
  });
  test("a school year written after the half-year makes it the school's in any plan", () => {
    expect(read("I полугодие 2021-2022 учебного года", YEARS_2021_2022).span).toBe("2021-09-01..2021-12-31");
  });
});

describe("a window with a list of years (issue 13)", () => {
  test("«апрель-май 2021, 2022» is April–May of each year, not April 2021 – December 2022", () => {
    const r = read("апрель-май 2021, 2022", YEARS_2021_2022);
    expect(r.windows).toEqual(["2021-04-01..2021-05-31", "2022-04-01..2022-05-31"]);
    expect(r.controls).toEqual(["2021-05-31", "2022-05-31"]);
  });
  test.each([
    ["май 2021, 2022", ["2021-05-01..2021-05-31", "2022-05-01..2022-05-31"]],
    ["декабрь 2021 и 2022 гг.", ["2021-12-01..2021-12-31", "2022-12-01..2022-12-31"]],
    ["до 1 июня 2021, 2022", ["2021-01-01..2021-06-01", "2021-06-02..2022-06-01"]],
    ["2021, 2022", ["2021-01-01..2021-12-31", "2022-01-01..2022-12-31"]],
  ])("«%s»", (phrase, windows) => {
    expect(read(phrase, YEARS_2021_2022).windows).toEqual(windows);
  });
});

describe("«<window>, в течение года» (issue 13)", () => {
  test("from the window to the end of its calendar year", () => {
    expect(read("сентябрь, в течение года", YEARS_2021_2022)).toMatchObject({
      kind: "period",
      span: "2021-09-01..2021-12-31",
    });
    expect(read("с марта 2022 года, в течение года", YEARS_2021_2022).span).toBe("2022-03-01..2022-12-31");
  });
  test("in a school-year plan, to the end of the school year", () => {
    expect(read("сентябрь, в течение года", SCHOOL_2021_2022).span).toBe("2021-09-01..2022-08-31");
    expect(read("октябрь, в течение учебного года", SCHOOL_2021_2022).span).toBe("2021-10-01..2022-08-31");
  });
  test("«в течение учебного года» after a window runs to the end of that school year in any plan", () => {
    expect(read("октябрь 2021, в течение учебного года", YEARS_2021_2022).span).toBe("2021-10-01..2022-08-31");
  });
  test("a «до» date still ends the item: «в течение года, до 01.06.2021»", () => {
    expect(read("в течение года, до 01.06.2021", YEAR_2021)).toMatchObject({
      kind: "deadline",
      span: "2021-01-01..2021-06-01",
    });
  });
});

describe("abbreviations and slips of «в течение» (issue 13)", () => {
  test.each([["в теч. года"], ["в теч-е года"], ["в течении года"], ["В теч.года"], ["в течение уч. года"]])(
    "«%s» is the whole plan period",
    (phrase) => {
      expect(read(phrase, SCHOOL_2021_2022)).toMatchObject({ kind: "continuous", span: "2021-09-01..2022-08-31" });
    },
  );
});

describe("a schedule named instead of a date (issue 13)", () => {
  test.each([
    ["по графику", "по графику"],
    ["по графику ФЦТ", "по графику ФЦТ"],
    ["согласно графику проведения ВПР", "согласно графику проведения ВПР"],
    ["в соответствии с графиком", "в соответствии с графиком"],
    ["в соответствии с планом работы ОО", "в соответствии с планом работы ОО"],
    ["в соответствии с КТП", "в соответствии с КТП"],
    ["по плану", "по плану"],
    ["по отдельному плану", "по отдельному плану"],
    ["по плану-графику", "по плану-графику"],
  ])("«%s» alone is «Без срока» with the phrase as the note", (phrase, note) => {
    expect(read(phrase, YEAR_2021).result).toMatchObject({ kind: "none", note });
  });
  test.each([
    ["согласно графику, март 2021", "2021-03-01..2021-03-31", "согласно графику"],
    ["март 2021 (по графику)", "2021-03-01..2021-03-31", "по графику"],
    ["по графику, ежеквартально", "2021-01-01..2021-12-31", "по графику"],
  ])("beside a readable date the date wins: «%s»", (phrase, span, note) => {
    const r = read(phrase, YEAR_2021);
    expect(r.span).toBe(span);
    expect(r.result.note).toBe(note);
  });
  test.each([["см. протокол"], ["см. приложение 3"], ["по решению ОО"]])(
    "other pointers stay unparsed: «%s»",
    (phrase) => {
      expect(read(phrase, YEAR_2021).kind).toBe("unparsed");
    },
  );
});

describe("ranges and lists real plans write (issue 13)", () => {
  test("«с 1 апреля до 30 июня»: «до» after an open «с» ends its range", () => {
    expect(read("с 1 апреля до 30 июня", YEAR_2021)).toMatchObject({ kind: "period", span: "2021-04-01..2021-06-30" });
  });
  test("«12,13 января» and «5, 12 и 19 марта 2021»: a day number takes the month of the day after it", () => {
    expect(read("12,13 января", SCHOOL_2020_2021).windows).toEqual([
      "2021-01-12..2021-01-12",
      "2021-01-13..2021-01-13",
    ]);
    expect(read("5, 12 и 19 марта 2021", YEAR_2021).controls).toEqual(["2021-03-05", "2021-03-12", "2021-03-19"]);
  });
  test("a Latin look-alike letter inside a Cyrillic word: «15 aпреля 2024 года»", () => {
    expect(read("15 aпреля 2024 года", null).span).toBe("2024-04-15..2024-04-15");
  });
});

describe("an ordinal weekday of a month: «в первую среду декабря» (the year from the plan period, as for a month)", () => {
  test.each([
    // 01.12.2021 is a Wednesday; 01.12.2020 a Tuesday
    ["в первую среду декабря", "2021", YEAR_2021, "2021-12-01"],
    ["в первую среду декабря", "2020-2021 учебный год", SCHOOL_2020_2021, "2020-12-02"],
    // May 2021 ends on Monday the 31st
    ["в последнюю пятницу мая", "2021", YEAR_2021, "2021-05-28"],
    ["в последнюю пятницу мая", "2020-2021 учебный год", SCHOOL_2020_2021, "2021-05-28"],
    // 01.09.2020 is a Tuesday: the second is the 8th; 01.09.2021 a Wednesday: the second Tuesday is the 14th
    ["во второй вторник сентября", "2020-2021 учебный год", SCHOOL_2020_2021, "2020-09-08"],
    ["во второй вторник сентября", "2021", YEAR_2021, "2021-09-14"],
    ["Первая среда февраля", "2021", YEAR_2021, "2021-02-03"],
    ["в третье воскресенье ноября", "2021", YEAR_2021, "2021-11-21"],
    ["в четвертый четверг ноября", "2021", YEAR_2021, "2021-11-25"],
    ["в последний понедельник августа", "2021", YEAR_2021, "2021-08-30"],
    ["в последнее воскресенье января", "2021", YEAR_2021, "2021-01-31"],
    ["в первую субботу сент.", "2021", YEAR_2021, "2021-09-04"],
  ])("«%s» in a plan of %s is one day, its year implied", (phrase, _label, p, day) => {
    const r = read(phrase, p);
    expect(r).toMatchObject({ kind: "period", span: `${day}..${day}`, controls: [day] });
    expect(r.result.implied).toBe(true);
  });
  test("a written year is stated, not implied, and is enough without a plan period", () => {
    const r = read("в третье воскресенье ноября 2022 г.", null);
    expect(r).toMatchObject({ kind: "period", span: "2022-11-20..2022-11-20" });
    expect(r.result.implied).toBe(false);
  });
  test("«до последней пятницы мая» is a deadline from the plan start", () => {
    expect(read("до последней пятницы мая", SCHOOL_2020_2021)).toMatchObject({
      kind: "deadline",
      span: "2020-09-01..2021-05-28",
    });
  });
  test("«с первого понедельника сентября по последнюю пятницу мая» in a school-year plan runs across the new year", () => {
    expect(read("с первого понедельника сентября по последнюю пятницу мая", SCHOOL_2020_2021).span).toBe(
      "2020-09-07..2021-05-28",
    );
  });
  test("«в первую среду декабря ежегодно» in a two-year plan: each December's first Wednesday", () => {
    expect(read("в первую среду декабря ежегодно", YEARS_2021_2022)).toMatchObject({
      kind: "recurring",
      controls: ["2021-12-01", "2022-12-07"],
    });
  });
  test("the date written beside it in brackets agrees: «в первую среду декабря (04.12.2024)»", () => {
    expect(read("в первую среду декабря (04.12.2024)", period("2024-09-01..2025-08-31"))).toMatchObject({
      span: "2024-12-04..2024-12-04",
    });
  });
  test("without a plan period and a year it asks for the period; a working Wednesday, a fifth Friday are not guessed", () => {
    expect(read("в первую среду декабря", null).result).toMatchObject({ kind: "unparsed", needsPeriod: true });
    expect(read("в первую рабочую среду мая", YEAR_2021).result).toMatchObject({ kind: "unparsed" });
    expect(read("в пятую пятницу октября", YEAR_2021).result).toMatchObject({ kind: "unparsed" });
  });
});
