/**
 * Properties of the issue-13 constructs: generated phrases of each construct read to the window computed here from the
 * calendar, never from the parser; each generator is shown to produce every variant it claims (the variants seen are
 * counted); and any mix of the new words gives a result, never an exception.
 */
import fc from "fast-check";
import { dayOf, endOfMonth, isoDay } from "../../../src/core/calendar";
import { parseDeadline } from "../../../src/core/deadlines/parseDeadline";
import { defaultSchoolQuarters } from "../../../src/core/deadlines/schoolQuarters";
import type { PlanPeriod } from "../../../src/core/period";
import { calendarYearsSpan, schoolYearSpan } from "../../../src/core/periodText";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";

const calendarYear = (y: number): PlanPeriod => ({ ...calendarYearsSpan(y, y), source: "run" });
const schoolYear = (y: number): PlanPeriod => ({ ...schoolYearSpan(y, DEFAULT_SETTINGS.schoolYearEnd), source: "run" });
const D = (y: number, m: number, d: number) => dayOf(y, m, d)!;
/** Day `d` of a month, or its last day when the month is shorter. */
const clamped = (y: number, m: number, d: number) => Math.min(D(y, m, 1) + d - 1, endOfMonth(y, m));
const years = fc.integer({ min: 2015, max: 2030 });
const ROMAN = ["I", "II", "III", "IV"];
const ARABIC = ["1", "2", "3", "4"];
const WORDS = ["первая", "вторая", "третья", "четвертая"];

/**
 * Records which variants a generator produced, to show that it produces them all; each property also lists every
 * variant once as an example, so that check never rests on chance.
 */
function tally() {
  const seen = new Set<string>();
  return { see: (key: string) => seen.add(key), count: () => seen.size };
}

test("a day of every month: the control point is that day (or the month's last) in each month", () => {
  const forms = [
    "ежемесячно до {d} числа",
    "до {d} числа каждого месяца",
    "ежемесячно, не позднее {d} числа каждого месяца",
    "ежемесячно {d} числа",
  ];
  const seen = tally();
  fc.assert(
    fc.property(fc.constantFrom(...forms.keys()), fc.integer({ min: 1, max: 31 }), years, (f, d, y) => {
      seen.see(`${f}/${d > 28 ? "long" : "short"}`);
      const r = parseDeadline(forms[f].replace("{d}", String(d)), calendarYear(y));
      expect(r.kind).toBe("recurring");
      expect(r.controlPoints.map(isoDay)).toEqual([...Array(12).keys()].map((m) => isoDay(clamped(y, m + 1, d))));
    }),
    {
      numRuns: 300,
      examples: [...forms.keys()].flatMap((f) => [
        [f, 5, 2021] as [number, number, number],
        [f, 31, 2021] as [number, number, number],
      ]),
    },
  );
  expect(seen.count()).toBe(forms.length * 2);
});

test("the month after each reporting unit: agreeing words read, a clash never gives a date", () => {
  const frequency = { quarter: "ежеквартально", month: "ежемесячно" } as const;
  const noun = { quarter: "кварталом", month: "месяцем" } as const;
  const seen = tally();
  fc.assert(
    fc.property(
      fc.constantFrom<"quarter" | "month">("quarter", "month"),
      fc.constantFrom("adverb+noun", "adverb+периодом", "adverb", "noun", "clash"),
      fc.integer({ min: 1, max: 31 }),
      years,
      (unit, form, d, y) => {
        seen.see(`${unit}/${form}`);
        const other = unit === "quarter" ? "month" : "quarter";
        const text =
          form === "adverb+noun"
            ? `${frequency[unit]} до ${d} числа месяца, следующего за отчетным ${noun[unit]}`
            : form === "adverb+периодом"
              ? `${frequency[unit]} до ${d} числа месяца, следующего за отчетным периодом`
              : form === "adverb"
                ? `${frequency[unit]} до ${d} числа месяца, следующего за отчетным`
                : form === "noun"
                  ? `до ${d} числа месяца, следующего за отчетным ${noun[unit]}`
                  : `${frequency[other]} до ${d} числа месяца, следующего за отчетным ${noun[unit]}`;
        const r = parseDeadline(text, calendarYear(y));
        if (form === "clash") {
          expect(r.kind).toBe("unparsed");
          return;
        }
        const months = unit === "quarter" ? [4, 7, 10, 13] : [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
        expect(r.controlPoints.map(isoDay)).toEqual(
          months.map((m) => isoDay(m === 13 ? clamped(y + 1, 1, d) : clamped(y, m, d))),
        );
      },
    ),
    {
      numRuns: 300,
      examples: (["quarter", "month"] as const).flatMap((unit) =>
        (["adverb+noun", "adverb+периодом", "adverb", "noun", "clash"] as const).map(
          (form) => [unit, form, 5, 2021] as ["quarter" | "month", string, number, number],
        ),
      ),
    },
  );
  expect(seen.count()).toBe(10);
});

test("how many times, in figures or in words: the ends of each unit", () => {
  const times = [
    "1 раз",
    "один раз",
    "2 раза",
    "два раза",
    "три раза",
    "не реже одного раза",
    "не реже 1 раза",
    "раз",
    "дважды",
  ];
  const units = [
    ["месяц", (y: number) => [...Array(12).keys()].map((m) => endOfMonth(y, m + 1))],
    ["квартал", (y: number) => [3, 6, 9, 12].map((m) => endOfMonth(y, m))],
    ["полугодие", (y: number) => [6, 12].map((m) => endOfMonth(y, m))],
    ["год", (y: number) => [D(y, 12, 31)]],
  ] as const;
  const seen = tally();
  fc.assert(
    fc.property(fc.constantFrom(...times), fc.constantFrom(...units), years, (t, [unit, ends], y) => {
      seen.see(`${t}/${unit}`);
      const r = parseDeadline(`${t} в ${unit}`, calendarYear(y));
      expect(r.controlPoints).toEqual(ends(y));
    }),
    {
      numRuns: 400,
      examples: times.flatMap((t) => units.map((u) => [t, u, 2021] as [string, (typeof units)[number], number])),
    },
  );
  expect(seen.count()).toBe(times.length * units.length);
});

test("school quarters in every numbering read to the default bounds; «1 раз в четверть» ends each", () => {
  const seen = tally();
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 3 }),
      fc.constantFrom("roman", "arabic", "word"),
      fc.constantFrom("", "в течение ", "по итогам "),
      years,
      (q, numbering, prefix, y) => {
        seen.see(`${q}/${numbering}/${prefix}`);
        const n = numbering === "roman" ? ROMAN[q] : numbering === "arabic" ? ARABIC[q] : WORDS[q];
        const r = parseDeadline(`${prefix}${n} ${prefix === "" ? "четверть" : "четверти"}`, schoolYear(y));
        const bounds = defaultSchoolQuarters(y)[q];
        expect([r.kind, r.start, r.end]).toEqual(["period", bounds.start, bounds.end]);
        expect(parseDeadline("1 раз в четверть", schoolYear(y)).controlPoints).toEqual(
          defaultSchoolQuarters(y).map((b) => b.end),
        );
      },
    ),
    {
      numRuns: 300,
      examples: [0, 1, 2, 3].flatMap((q) =>
        ["roman", "arabic", "word"].flatMap((numbering) =>
          ["", "в течение ", "по итогам "].map(
            (prefix) => [q, numbering, prefix, 2021] as [number, string, string, number],
          ),
        ),
      ),
    },
  );
  expect(seen.count()).toBe(4 * 3 * 3);
});

test("a half-year without a year in a school-year plan is the school's", () => {
  const seen = tally();
  const names = [
    ["I полугодие", "первое полугодие", "1 полугодие", "в первом полугодии"],
    ["II полугодие", "второе полугодие", "2-е полугодие", "во втором полугодии"],
  ];
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 3 }), years, (half, k, y) => {
      seen.see(`${half}/${k}`);
      const r = parseDeadline(names[half][k], schoolYear(y));
      expect([r.start, r.end]).toEqual(half === 0 ? [D(y, 9, 1), D(y, 12, 31)] : [D(y + 1, 1, 1), D(y + 1, 8, 31)]);
    }),
    { examples: [0, 1].flatMap((half) => [0, 1, 2, 3].map((k) => [half, k, 2021] as [number, number, number])) },
  );
  expect(seen.count()).toBe(8);
});

test("a window with a list of years repeats the window in each year", () => {
  const MONTHS = [
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
  ];
  const seen = tally();
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 0, max: 11 }),
      years,
      fc.integer({ min: 1, max: 3 }),
      fc.constantFrom(", ", " и "),
      (m1, len, y, extra, sep) => {
        const m2 = Math.min(12, m1 + len);
        seen.see(`${m1 === m2 ? "month" : "range"}/${extra}/${sep}`);
        const list = [...Array(extra + 1).keys()].map((k) => y + k);
        const window = m1 === m2 ? MONTHS[m1 - 1] : `${MONTHS[m1 - 1]}-${MONTHS[m2 - 1]}`;
        const r = parseDeadline(`${window} ${list.join(sep)}`, { ...calendarYearsSpan(y, y + extra), source: "run" });
        expect(r.windows).toEqual(list.map((yy) => ({ start: D(yy, m1, 1), end: endOfMonth(yy, m2) })));
      },
    ),
    {
      numRuns: 300,
      examples: [1, 2, 3].flatMap((extra) =>
        [", ", " и "].flatMap((sep) => [
          [3, 0, 2021, extra, sep] as [number, number, number, number, string],
          [3, 2, 2021, extra, sep] as [number, number, number, number, string],
        ]),
      ),
    },
  );
  expect(seen.count()).toBe(2 * 3 * 2);
});

test("«<month>, в течение года» runs from the month to the end of its year (of the school year in a school-year plan)", () => {
  const MONTHS = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
  ];
  const forms = ["с {m}, в течение года", "с {m} в течение года", "с {m}, в теч. года"];
  const seen = tally();
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 12 }),
      fc.constantFrom(...forms.keys()),
      years,
      fc.boolean(),
      (m, f, y, school) => {
        seen.see(`${f}/${school}`);
        const r = parseDeadline(forms[f].replace("{m}", MONTHS[m - 1]), school ? schoolYear(y) : calendarYear(y));
        const start = school ? D(m >= 9 ? y : y + 1, m, 1) : D(y, m, 1);
        expect([r.kind, r.start, r.end]).toEqual(["period", start, school ? D(y + 1, 8, 31) : D(y, 12, 31)]);
      },
    ),
    {
      numRuns: 200,
      examples: [...forms.keys()].flatMap((f) =>
        [true, false].map((school) => [3, f, 2021, school] as [number, number, number, boolean]),
      ),
    },
  );
  expect(seen.count()).toBe(forms.length * 2);
});

test("a schedule pointer of the closed list, alone, is «Без срока» with the phrase as the note", () => {
  const leads = [
    "по графику",
    "согласно графику",
    "в соответствии с графиком",
    "в соответствии с планом",
    "в соответствии с КТП",
    "по плану",
    "по отдельному плану",
    "по утвержденному графику",
  ];
  const tails = ["", " ФЦТ", " проведения ВПР", " работы ОО", " ООНОР"];
  const seen = tally();
  fc.assert(
    fc.property(fc.constantFrom(...leads), fc.constantFrom(...tails), (lead, tail) => {
      seen.see(lead + tail);
      expect(parseDeadline(lead + tail, calendarYear(2021))).toMatchObject({ kind: "none", note: lead + tail });
    }),
    { numRuns: 300, examples: leads.flatMap((lead) => tails.map((tail) => [lead, tail] as [string, string])) },
  );
  expect(seen.count()).toBe(leads.length * tails.length);
});

/** Each weekday with its forms after an ordinal (nominative, accusative, genitive) and its gender; 0 = Sunday, as Date. */
const WEEKDAY_FORMS: { weekday: number; forms: string[]; gender: "m" | "f" | "n" }[] = [
  { weekday: 1, forms: ["понедельник", "понедельника"], gender: "m" },
  { weekday: 2, forms: ["вторник", "вторника"], gender: "m" },
  { weekday: 3, forms: ["среда", "среду", "среды"], gender: "f" },
  { weekday: 4, forms: ["четверг", "четверга"], gender: "m" },
  { weekday: 5, forms: ["пятница", "пятницу", "пятницы"], gender: "f" },
  { weekday: 6, forms: ["суббота", "субботу", "субботы"], gender: "f" },
  { weekday: 0, forms: ["воскресенье", "воскресенья"], gender: "n" },
];
/** The ordinal's word by gender and form index (nominative/accusative, accusative, genitive); −1 = «последний». */
const ORDINAL_FORMS: Record<number, Record<"m" | "f" | "n", string[]>> = {
  1: { m: ["первый", "первого"], f: ["первая", "первую", "первой"], n: ["первое", "первого"] },
  2: { m: ["второй", "второго"], f: ["вторая", "вторую", "второй"], n: ["второе", "второго"] },
  3: { m: ["третий", "третьего"], f: ["третья", "третью", "третьей"], n: ["третье", "третьего"] },
  4: { m: ["четвертый", "четвертого"], f: ["четвертая", "четвертую", "четвертой"], n: ["четвертое", "четвертого"] },
  [-1]: { m: ["последний", "последнего"], f: ["последняя", "последнюю", "последней"], n: ["последнее", "последнего"] },
};
const MONTH_GENITIVE = [
  "января",
  "февраля",
  "марта",
  "апреля",
  "мая",
  "июня",
  "июля",
  "августа",
  "сентября",
  "октября",
  "ноября",
  "декабря",
];

const EVERY_ORDINAL_WEEKDAY_PLAN = [1, 2, 3, 4, -1].flatMap((ordinal) =>
  WEEKDAY_FORMS.flatMap((w, i) =>
    (["calendar", "school", "written"] as const).map(
      (plan) =>
        [ordinal, w, i % 3, (i % 12) + 1, 2021, plan] as [
          number,
          (typeof WEEKDAY_FORMS)[number],
          number,
          number,
          number,
          string,
        ],
    ),
  ),
);

test("any ordinal × weekday × month: a day of that weekday inside that month, in the right week of it", () => {
  const seen = tally();
  fc.assert(
    fc.property(
      fc.constantFrom(1, 2, 3, 4, -1),
      fc.constantFrom(...WEEKDAY_FORMS),
      fc.integer({ min: 0, max: 2 }),
      fc.integer({ min: 1, max: 12 }),
      years,
      fc.constantFrom("calendar", "school", "written"),
      (ordinal, w, formIndex, m, y, plan) => {
        const form = Math.min(formIndex, w.forms.length - 1);
        const ordinalWord =
          ORDINAL_FORMS[ordinal][w.gender][Math.min(formIndex, ORDINAL_FORMS[ordinal][w.gender].length - 1)];
        seen.see(`${ordinal}/${w.weekday}/${plan}`);
        const text = `в ${ordinalWord} ${w.forms[form]} ${MONTH_GENITIVE[m - 1]}${plan === "written" ? ` ${y} г.` : ""}`;
        // In a school-year plan of y-(y+1) the months from September are in y, the others in y + 1.
        const year = plan === "school" && m < 9 ? y + 1 : y;
        const r = parseDeadline(text, plan === "calendar" ? calendarYear(y) : plan === "school" ? schoolYear(y) : null);
        expect(r.kind).toBe("period");
        expect(r.start).toBe(r.end);
        const date = new Date(Date.UTC(1899, 11, 30) + r.start! * 86_400_000);
        expect([date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDay()]).toEqual([year, m, w.weekday]);
        const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
        const [from, to] = ordinal === -1 ? [last - 6, last] : [(ordinal - 1) * 7 + 1, ordinal * 7];
        expect(date.getUTCDate()).toBeGreaterThanOrEqual(from);
        expect(date.getUTCDate()).toBeLessThanOrEqual(to);
        expect(r.implied).toBe(plan !== "written");
      },
    ),
    // Every ordinal × weekday × plan kind once as an example, so the coverage below never rests on chance.
    { numRuns: 1000, examples: EVERY_ORDINAL_WEEKDAY_PLAN },
  );
  expect(seen.count()).toBe(5 * 7 * 3);
});

test("any mix of the new words gives a result, never an exception, and never a control point outside the result", () => {
  const words = [
    "ежемесячно",
    "ежеквартально",
    "до",
    "не позднее",
    "5",
    "30",
    "31",
    "числа",
    "каждого месяца",
    "месяца, следующего за отчетным",
    "кварталом",
    "месяцем",
    "периодом",
    "один",
    "два",
    "раз",
    "раза",
    "в",
    "квартал",
    "четверть",
    "четверти",
    "I",
    "II",
    "IV",
    "по итогам",
    "полугодие",
    "апрель-май",
    "2021",
    "2022",
    ",",
    "и",
    "в течение года",
    "в теч. года",
    "в теч-е года",
    "по графику",
    "согласно графику",
    "в соответствии с",
    "планом",
    "КТП",
    "по отдельному плану",
    "см. протокол",
    "с",
    "12",
    "13 января",
    "aпреля",
    "2021-2022 учебного года",
    "сентябрь",
    "первую",
    "последнюю",
    "второй",
    "среду",
    "пятницы",
    "декабря",
    "мая",
  ];
  const phrase = fc.array(fc.constantFrom(...words), { maxLength: 9 }).map((ws) => ws.join(" "));
  const periods = fc.constantFrom(
    calendarYear(2021),
    schoolYear(2021),
    { ...calendarYearsSpan(2021, 2022), source: "run" as const },
    null,
  );
  fc.assert(
    fc.property(phrase, periods, (text, p) => {
      const r = parseDeadline(text, p);
      if (r.kind === "none" || r.kind === "unparsed") expect(r.start).toBeUndefined();
      else {
        expect(r.start).toBeLessThanOrEqual(r.end!);
        for (const c of r.controlPoints) expect(c >= r.start! && c <= r.end!).toBe(true);
      }
      if (r.kind === "unparsed") expect(text).toContain(r.unparsedPart!);
    }),
    { numRuns: 3000 },
  );
});
