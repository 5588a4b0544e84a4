/**
 * The settings rows of the region's school quarters (SPEC §5): «Учебные четверти 2021-2022» →
 * «01.09–27.10; 05.11–28.12; 09.01–22.03; 01.04–31.05», a row per school year. A row that cannot be read is reported
 * with its cell, and that school year keeps the default bounds.
 */
import type { Cell } from "./cell";
import { cellText, isBlank } from "./cell";
import { parseSchoolQuarters, schoolQuartersKeyYear, schoolQuartersText } from "./deadlines/schoolQuarters";
import type { Settings } from "./settings";
import type { RowProblems } from "./settingsRow";

const KEY = "Учебные четверти";

export function isSchoolQuartersKey(key: string): boolean {
  return schoolQuartersKeyYear(key) !== undefined;
}

/** Reads one row into the settings. */
export function readSchoolQuartersRow(key: string, value: Cell, settings: Settings, report: RowProblems): void {
  const year = schoolQuartersKeyYear(key);
  if (year === null || year === undefined) {
    report.key(`«${key}»: нужно «${KEY} <учебный год>», например «${KEY} 2021-2022»; действуют четверти по умолчанию`);
    return;
  }
  if (isBlank(value)) return;
  if (settings.schoolQuarters?.some((q) => q.schoolYear === year)) {
    report.key(`четверти ${year}-${year + 1} учебного года заданы ещё раз; действует первая строка`, "warning");
    return;
  }
  const quarters = parseSchoolQuarters(cellText(value), year);
  if ("error" in quarters) {
    report.value(
      `«${key}»: ${quarters.error}; действуют четверти по умолчанию (01.09–31.10; 01.11–31.12; 01.01–31.03; 01.04–31.05)`,
    );
    return;
  }
  settings.schoolQuarters = [...(settings.schoolQuarters ?? []), { schoolYear: year, quarters }];
}

export function schoolQuartersToRows(settings: Settings): Cell[][] {
  return (settings.schoolQuarters ?? []).map((q) => [
    `${KEY} ${q.schoolYear}-${q.schoolYear + 1}`,
    schoolQuartersText(q.quarters),
  ]);
}
