/**
 * What this Excel can do. The add-in needs ExcelApi 1.7 (getRangeByIndexes, freezePanes, named item formulas,
 * chart series axes); newer sets are used when present and their absence is recorded, never a failure.
 */
export interface Capabilities {
  /** ExcelApi 1.9: application.suspendScreenUpdatingUntilNextSync, worksheet.pageLayout, worksheet.getRanges. */
  screenUpdating: boolean;
  pageLayout: boolean;
  rangeAreas: boolean;
  /** ExcelApi 1.13: range.getMergedAreasOrNullObject. */
  mergedAreas: boolean;
}

export const REQUIRED_EXCEL_API = "1.7";

function supported(version: string): boolean {
  return Office.context.requirements.isSetSupported("ExcelApi", version);
}

/** This Excel lacks the API the add-in needs; the message is for the user as it stands. */
export class ExcelTooOldError extends Error {}

/** Throws ExcelTooOldError (a Russian message the pane shows) when this Excel is too old for the add-in. */
export function detectCapabilities(): Capabilities {
  if (!supported(REQUIRED_EXCEL_API)) {
    throw new ExcelTooOldError(
      `Эта версия Excel не поддерживает нужные надстройке функции (требуется ExcelApi ${REQUIRED_EXCEL_API}): обновите Excel или откройте книгу в Excel в Интернете.`,
    );
  }
  const v19 = supported("1.9");
  return { screenUpdating: v19, pageLayout: v19, rangeAreas: v19, mergedAreas: supported("1.13") };
}

/** What an older Excel could not do while reading (shown with the recognition and in RunSummary.skipped). */
export function skippedReading(caps: Capabilities): string[] {
  return caps.mergedAreas
    ? []
    : ["Объединённые ячейки исходных листов не прочитаны (нужен ExcelApi 1.13): заголовки из объединённых ячеек могут быть не распознаны."];
}

/** Lines for RunSummary.skipped: what an older Excel could not do. */
export function skippedFeatures(caps: Capabilities): string[] {
  const skipped: string[] = [];
  if (!caps.pageLayout) skipped.push("Параметры печати (A4, альбомная, по ширине страницы) не заданы: нужна версия Excel с ExcelApi 1.9.");
  return [...skipped, ...skippedReading(caps)];
}
