/**
 * What this Excel can do. One floor: the highest ExcelApi set of anything the add-in calls without a check
 * (getSelectedRanges, pageLayout, suspendScreenUpdatingUntilNextSync: ExcelApi 1.9; the chart
 * axis number format: 1.8), declared in manifest.xml and checked before every call into Excel
 * (test/excel/apiSets.test.ts reads each member's set from the Office.js typings and keeps the floor honest).
 * Every Excel that loads the add-in at all (SharedRuntime 1.1) has it; the check says so in Russian should one not.
 * Above the floor the add-in uses one optional set, and says what it skipped without it.
 */
export const REQUIRED_EXCEL_API = "1.9";

/** ExcelApi 1.13: range.getMergedAreasOrNullObject. */
export const MERGED_AREAS_API = "1.13";

export interface Capabilities {
  mergedAreas: boolean;
}

function supported(version: string): boolean {
  return Office.context.requirements.isSetSupported("ExcelApi", version);
}

/** This Excel lacks the API the add-in needs; the message is for the user as it stands. */
export class ExcelTooOldError extends Error {}

/** Throws ExcelTooOldError (a Russian message the pane and the ribbon show) when this Excel is below the floor. */
export function requireExcelApi(): void {
  if (supported(REQUIRED_EXCEL_API)) return;
  throw new ExcelTooOldError(
    `Эта версия Excel не поддерживает набор API ExcelApi ${REQUIRED_EXCEL_API}, без которого надстройка не работает: ` +
      "обновите Excel (Microsoft 365, Office LTSC 2021 или новее) или откройте книгу в Excel в Интернете. " +
      "Отчёты по файлу .xlsx можно построить и без Excel, командной строкой: shnor report книга.xlsx --out отчёты.xlsx",
  );
}

export function detectCapabilities(): Capabilities {
  return { mergedAreas: supported(MERGED_AREAS_API) };
}

/** What an older Excel could not do while reading (shown with the recognition and in RunSummary.skipped). */
export function skippedReading(caps: Capabilities): string[] {
  return caps.mergedAreas
    ? []
    : [
        `Объединённые ячейки исходных листов не прочитаны (нужен ExcelApi ${MERGED_AREAS_API}): заголовки из объединённых ячеек могут быть не распознаны.`,
      ];
}
