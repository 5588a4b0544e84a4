/**
 * A school quarter (учебная четверть), alone or as a range: «I четверть», «в течение II четверти», «во II
 * четверти», «в первой четверти», «1-2 четверть», «III четверть 2021-2022 учебного года», «IV четверть 2022 года».
 * Bounds: I 01.09–31.10, II 01.11–31.12, III 01.01–31.03, IV 01.04–31.05, unless the settings sheet gives the region's
 * own for that school year («Учебные четверти 2021-2022»: schoolQuarters.ts). A calendar year names the year the
 * quarter falls in (IV четверть 2022 года is in the school year 2021-2022). The repetitions «1 раз в четверть», «по
 * итогам четверти» are in recurrence.ts.
 */
import { SCHOOL_QUARTER_WORDS } from "../dictionaries";
import { partOfYear } from "./partOfYear";

export const schoolQuarter = partOfYear(SCHOOL_QUARTER_WORDS, 4, (quarter, year) => ({
  unit: "schoolQuarter",
  quarter,
  year:
    year === undefined ? undefined : "school" in year ? year.school : quarter >= 3 ? year.calendar - 1 : year.calendar,
}));
