/**
 * School quarters (учебные четверти, SPEC §5): by default I 01.09–31.10, II 01.11–31.12, III 01.01–31.03,
 * IV 01.04–31.05; a region sets its own per school year on the settings sheet, a row «Учебные четверти 2021-2022»
 * with the value «01.09–27.10; 05.11–28.12; 09.01–22.03; 01.04–31.05» (four day ranges in order, «;»-separated;
 * a day dd.mm takes the school year's first year from September on and its second year before it; dd.mm.yyyy is
 * accepted when the year agrees).
 */
import { type Day, dayOf, type DaySpan, formatDay, mustDayOf, ymd } from "../calendar";

/** The region's quarters of one school year (the year it starts in). */
export interface SchoolYearQuarters {
  schoolYear: number;
  quarters: readonly DaySpan[];
}

/** The region's quarters, a row per school year; a school year not listed takes the default bounds. */
export type SchoolQuarters = readonly SchoolYearQuarters[];

/** The default quarters of the school year that starts in `year`. */
export function defaultSchoolQuarters(year: number): DaySpan[] {
  return [
    { start: mustDayOf(year, 9, 1), end: mustDayOf(year, 10, 31) },
    { start: mustDayOf(year, 11, 1), end: mustDayOf(year, 12, 31) },
    { start: mustDayOf(year + 1, 1, 1), end: mustDayOf(year + 1, 3, 31) },
    { start: mustDayOf(year + 1, 4, 1), end: mustDayOf(year + 1, 5, 31) },
  ];
}

/** Quarter 1…4 of the school year that starts in `year`, from the region's table or the default. */
export function schoolQuarterSpan(year: number, quarter: number, table?: SchoolQuarters): DaySpan {
  return (table?.find((t) => t.schoolYear === year)?.quarters ?? defaultSchoolQuarters(year))[quarter - 1];
}

/** «Учебные четверти 2021-2022», «Учебные четверти 2021/2022 учебный год» → 2021; null when the key is not one. */
export function schoolQuartersKeyYear(key: string): number | null | undefined {
  const m = /^учебные\s+четверти(?:\s+(.*))?$/i.exec(key.trim());
  if (!m) return undefined;
  const y = /^(\d{4})\s*[-–—/]\s*(\d{4})(?:\s*(?:уч[а-я.]*\s*)?(?:г[а-я.]*)?)?$/i.exec((m[1] ?? "").trim());
  return y && Number(y[2]) === Number(y[1]) + 1 ? Number(y[1]) : null;
}

function readDay(text: string, schoolYear: number): Day | null {
  const m = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{4}))?$/.exec(text.trim());
  if (!m) return null;
  const month = Number(m[2]);
  const year = month >= 9 ? schoolYear : schoolYear + 1;
  if (m[3] !== undefined && Number(m[3]) !== year) return null;
  return dayOf(year, month, Number(m[1]));
}

/** The four quarters of a settings value, or what is wrong with it, in Russian. */
export function parseSchoolQuarters(value: string, schoolYear: number): DaySpan[] | { error: string } {
  const parts = value
    .split(/[;\n]/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (parts.length !== 4)
    return {
      error: `нужно четыре четверти через «;», например «01.09–27.10; 05.11–28.12; 09.01–22.03; 01.04–31.05»; указано ${parts.length}`,
    };
  const spans: DaySpan[] = [];
  for (const [k, part] of parts.entries()) {
    const ends = part.split(/\s*[-–—]\s*/);
    const start = ends.length === 2 ? readDay(ends[0], schoolYear) : null;
    const end = ends.length === 2 ? readDay(ends[1], schoolYear) : null;
    if (start === null || end === null)
      return {
        error: `${k + 1}-я четверть «${part}» не понята: нужно «дд.мм–дд.мм» внутри ${schoolYear}-${schoolYear + 1} учебного года`,
      };
    if (start > end) return { error: `${k + 1}-я четверть «${part}»: начало позже окончания` };
    const previous = spans[spans.length - 1];
    if (previous && start <= previous.end)
      return {
        error: `${k + 1}-я четверть начинается ${formatDay(start)}, до окончания ${k}-й (${formatDay(previous.end)})`,
      };
    spans.push({ start, end });
  }
  return spans;
}

/** The settings value of a school year's quarters, as parseSchoolQuarters reads it back. */
export function schoolQuartersText(spans: readonly DaySpan[]): string {
  const dm = (d: Day) => {
    const { day, month } = ymd(d);
    return `${String(day).padStart(2, "0")}.${String(month).padStart(2, "0")}`;
  };
  return spans.map((s) => `${dm(s.start)}–${dm(s.end)}`).join("; ");
}
