/**
 * Words of deadline phrases (сроки), normalised (lower case, «ё» → «е», no trailing dot): month names in every
 * case and their abbreviations, ordinals, Roman numerals, weekdays, frequencies, whole-period and no-date words.
 */
import type { Day as Weekday } from "date-fns";

function forms(month: number, stem: string, endings: string[]): [string, number][] {
  return endings.map((e) => [stem + e, month]);
}

const SOFT = ["ь", "я", "е", "ю", "ем"];
const HARD = ["", "а", "е", "у", "ом"];

/** «январь», «января», «январе», «янв» … → 1…12 */
export const MONTHS: ReadonlyMap<string, number> = new Map<string, number>([
  ...forms(1, "январ", SOFT),
  ["янв", 1],
  ...forms(2, "феврал", SOFT),
  ["фев", 2],
  ["февр", 2],
  ...forms(3, "март", HARD),
  ["мар", 3],
  ...forms(4, "апрел", SOFT),
  ["апр", 4],
  ["май", 5],
  ["мая", 5],
  ["мае", 5],
  ["маю", 5],
  ["маем", 5],
  ...forms(6, "июн", SOFT),
  ["июн", 6],
  ...forms(7, "июл", SOFT),
  ["июл", 7],
  ...forms(8, "август", HARD),
  ["авг", 8],
  ...forms(9, "сентябр", SOFT),
  ["сен", 9],
  ["сент", 9],
  ...forms(10, "октябр", SOFT),
  ["окт", 10],
  ...forms(11, "ноябр", SOFT),
  ["ноя", 11],
  ["нояб", 11],
  ...forms(12, "декабр", SOFT),
  ["дек", 12],
]);

/** Roman numerals of quarters and half-years (Latin letters, and the Cyrillic «І» of some fonts). */
export const ROMAN: ReadonlyMap<string, number> = new Map([
  ["i", 1],
  ["ii", 2],
  ["iii", 3],
  ["iv", 4],
  ["і", 1],
  ["іі", 2],
  ["ііі", 3],
]);

/** «первый квартал», «второе полугодие», «1-е полугодие» (the «-е» is dropped by the tokenizer). */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ...["первый", "первого", "первом", "первое", "первая", "первые", "первых"].map((w) => [w, 1] as [string, number]),
  ...["второй", "второго", "втором", "второе", "вторая", "вторые"].map((w) => [w, 2] as [string, number]),
  ...["третий", "третьего", "третьем", "третья", "третьей", "третью"].map((w) => [w, 3] as [string, number]),
  ...["четвертый", "четвертого", "четвертом", "четвертая", "четвертой", "четвертую"].map(
    (w) => [w, 4] as [string, number],
  ),
  ...["первой", "первую"].map((w) => [w, 1] as [string, number]),
  ...["вторую"].map((w) => [w, 2] as [string, number]),
]);

/** How many times, in words: «один раз в квартал», «два раза в год», «не реже одного раза в месяц». */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  "один",
  "одного",
  "два",
  "двух",
  "три",
  "трех",
  "четыре",
  "четырех",
  "пять",
]);

export const QUARTER_WORDS = new Set(["квартал", "квартала", "квартале", "кварталы", "кварталах", "кварталов", "кв"]);
/** A school quarter (учебная четверть): «I четверть», «в течение II четверти», «по итогам четверти». */
export const SCHOOL_QUARTER_WORDS = new Set(["четверть", "четверти", "четвертей", "четвертях", "четвертям"]);
export const HALF_YEAR_WORDS = new Set(["полугодие", "полугодия", "полугодии", "полугодиях", "полугодий", "полуг"]);
/** «г.», «год», «года», «гг.», «годы» after a year. */
export const YEAR_WORDS = new Set(["г", "гг", "год", "года", "году", "годы", "годов", "годах", "годом"]);
export const SCHOOL_WORDS = new Set(["учебный", "учебного", "учебном", "учебные", "учебных", "учебному", "уч"]);

/** Weekday (0 = Sunday, as date-fns) of «каждый четверг», «по понедельникам», «каждую среду». */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map<string, number>([
  ...["понедельник", "понедельникам"].map((w) => [w, 1] as [string, number]),
  ...["вторник", "вторникам"].map((w) => [w, 2] as [string, number]),
  ...["среду", "среда", "средам"].map((w) => [w, 3] as [string, number]),
  ...["четверг", "четвергам"].map((w) => [w, 4] as [string, number]),
  ...["пятницу", "пятница", "пятницам"].map((w) => [w, 5] as [string, number]),
  ...["субботу", "суббота", "субботам"].map((w) => [w, 6] as [string, number]),
  ...["воскресенье", "воскресеньям"].map((w) => [w, 0] as [string, number]),
]);

/**
 * The ordinal of «в первую среду декабря», «во второй вторник сентября», «первая среда февраля», «до последней пятницы
 * мая» (nominative, accusative and genitive of every gender): 1…4, or −1 for «последний». A fifth weekday is not in
 * every month, so it is not here.
 */
export const WEEKDAY_ORDINALS: ReadonlyMap<string, number> = new Map<string, number>([
  ...["первый", "первая", "первую", "первое", "первого", "первой"].map((w) => [w, 1] as [string, number]),
  ...["второй", "вторая", "вторую", "второе", "второго"].map((w) => [w, 2] as [string, number]),
  ...["третий", "третья", "третью", "третье", "третьего", "третьей"].map((w) => [w, 3] as [string, number]),
  ...["четвертый", "четвертая", "четвертую", "четвертое", "четвертого", "четвертой"].map(
    (w) => [w, 4] as [string, number],
  ),
  ...["последний", "последняя", "последнюю", "последнее", "последнего", "последней"].map(
    (w) => [w, -1] as [string, number],
  ),
]);

/** A weekday after such an ordinal, nominative, accusative («среду») or genitive («среды»); 0 = Sunday, as date-fns. */
export const WEEKDAYS_OF_MONTH: ReadonlyMap<string, Weekday> = new Map<string, Weekday>([
  ...["понедельник", "понедельника"].map((w) => [w, 1] as [string, Weekday]),
  ...["вторник", "вторника"].map((w) => [w, 2] as [string, Weekday]),
  ...["среда", "среду", "среды"].map((w) => [w, 3] as [string, Weekday]),
  ...["четверг", "четверга"].map((w) => [w, 4] as [string, Weekday]),
  ...["пятница", "пятницу", "пятницы"].map((w) => [w, 5] as [string, Weekday]),
  ...["суббота", "субботу", "субботы"].map((w) => [w, 6] as [string, Weekday]),
  ...["воскресенье", "воскресенья"].map((w) => [w, 0] as [string, Weekday]),
]);

/**
 * «schoolQuarter» is the school's четверть, whose bounds are a setting (SPEC §5); «schoolHalf» is a half-year of a
 * school-year plan (I 01.09–31.12, II 01.01–the school-year end), which «1 раз в полугодие» means there.
 */
export type Frequency = "week" | "month" | "quarter" | "schoolQuarter" | "halfYear" | "schoolHalf" | "year";

/** «ежемесячно», «ежеквартально» … */
export const FREQUENCY_ADVERBS: ReadonlyMap<string, Frequency> = new Map<string, Frequency>([
  ["еженедельно", "week"],
  ["ежемесячно", "month"],
  ["ежеквартально", "quarter"],
  ["ежечетвертно", "schoolQuarter"],
  ["ежеполугодно", "halfYear"],
  ["ежегодно", "year"],
]);

/** The unit of «1 раз в месяц», «не реже 1 раза в квартал», «2 раза в год», «раз в полгода». */
export const FREQUENCY_UNITS: ReadonlyMap<string, Frequency> = new Map<string, Frequency>([
  ["неделю", "week"],
  ["месяц", "month"],
  ["квартал", "quarter"],
  ["четверть", "schoolQuarter"],
  ["полугодие", "halfYear"],
  ["полгода", "halfYear"],
  ["год", "year"],
]);

/**
 * Whole-period phrases (в течение года, постоянно): the window is the plan period. Word sequences, longest first.
 * The «year» ones, after a window («сентябрь, в течение года»), run from that window to the end of its year.
 */
export const WHOLE_PERIOD_PHRASES: string[][] = [
  ["в", "течение", "всего", "периода", "реализации"],
  ["в", "течение", "всего", "периода"],
  ["в", "течение", "срока", "реализации"],
  ["в", "течение", "всего", "учебного", "года"],
  ["в", "течение", "учебного", "года"],
  ["в", "течение", "уч", "года"],
  ["в", "течение", "уч", "г"],
  ["в", "течение", "всего", "года"],
  ["в", "течение", "периода"],
  ["в", "течение", "срока"],
  ["в", "течение", "года"],
  ["в", "течение", "г"],
  ["весь", "период"],
  ["на", "протяжении", "всего", "периода"],
  ["на", "протяжении", "года"],
  ["постоянно"],
];

/**
 * What a whole-period phrase means after a window: «в течение учебного года» runs to the end of that school year,
 * «в течение года» to the end of that year (the school year in a school-year plan), «в течение всего периода» and
 * «постоянно» to the end of the plan period.
 */
export function wholePeriodScope(phrase: readonly string[]): "schoolYear" | "year" | "period" {
  const last = phrase[phrase.length - 1];
  if ((last !== "года" && last !== "г") || phrase.includes("периода")) return "period";
  return phrase.includes("учебного") || phrase.includes("уч") ? "schoolYear" : "year";
}

/** Phrases that state no date at all (status «Без срока»). */
export const NO_DATE_PHRASES: string[][] = [
  ["по", "мере", "необходимости"],
  ["по", "мере", "поступления"],
  ["по", "необходимости"],
  ["по", "запросу"],
  ["по", "запросам"],
  ["по", "заявкам"],
  ["по", "заявке"],
];

/**
 * The closed list of phrases that name a schedule instead of a date (SPEC §5): «по графику ФЦТ», «согласно
 * графику», «в соответствии с планом работы ОО», «по плану ООНОР», «по отдельному плану». Alone they are «Без
 * срока» with the phrase as the note; beside a readable date the date wins. Other pointers («см. протокол») are not
 * here: the date is elsewhere and the user must write it.
 */
export const SCHEDULE_PHRASES: string[][] = [
  ["в", "соответствии", "с", "утвержденным", "графиком"],
  ["в", "соответствии", "с", "графиком"],
  ["в", "соответствии", "с", "планом"],
  ["в", "соответствии", "с", "ктп"],
  ["согласно", "утвержденному", "графику"],
  ["согласно", "графику"],
  ["согласно", "графика"],
  ["согласно", "плану"],
  ["согласно", "ктп"],
  ["по", "утвержденному", "графику"],
  ["по", "отдельному", "графику"],
  ["по", "отдельному", "плану"],
  ["по", "графику"],
  ["по", "плану"],
];

/** Words that carry no meaning of their own between constructs («в марте», «на 2021 год»). */
export const FILLER_WORDS = new Set(["в", "во", "на", "течение", "протяжении", "период", "периоде"]);
