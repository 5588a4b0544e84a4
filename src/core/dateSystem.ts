/**
 * Excel's two date systems, as both doors meet them. A workbook counts days from 1 Jan 1900 (serial 1) or, in the
 * 1904 date system, from 1 Jan 1904 (serial 0) (MS-XLS Date1904,
 * https://learn.microsoft.com/openspecs/office_file_formats/ms-xls/4a5e900a-0eb0-4355-8fc1-81aab8f46e8b). The engine
 * counts in the 1900 system (calendar.ts): a 1904 serial is this many days fewer.
 */
export const DATE_1904_OFFSET = 1462;

/**
 * Whether a number format code shows a date or time. ExcelJS's test, kept so dates read as before: escapes
 * unwrapped, then any y, m, d, h, M, s or b outside [colour/condition] brackets and quoted text makes it a date.
 * Office.js `numberFormat` gives the same invariant codes a file stores («dd.mm.yyyy», «m/d/yyyy»).
 */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/[\\](.)/g, "$1")
    .replace(/\[[^\]]*]/g, "")
    .replace(/"[^"]*"/g, "");
  return /[ymdhMsb]/.test(bare);
}

/**
 * A 1904 workbook: the buttons read and write its dates in its own system (readSheets, writeReports). The custom
 * functions count in the 1900 system: they get only their arguments' values, and asking the workbook from inside every
 * call (a shared runtime allows Excel.run there) would make each of them asynchronous. Their dates are thus 1 462 days
 * off in such a workbook, and the pane says so instead of letting it pass silently.
 */
export const DATE_1904_NOTE =
  "Книга в системе дат 1904 (Файл → Параметры → Дополнительно): кнопки отчётов читают и записывают даты с её поправкой, " +
  "а функции надстройки считают даты (в результатах СРОК_НАЧАЛО, СРОК_ОКОНЧАНИЕ, КОНТРОЛЬНЫЙ_СРОК, СРОК_ОТЧЕТА и в аргументах-датах) в системе 1900 " +
  "и в этой книге ошибаются на 1 462 дня (4 года и 1 день): стройте здесь отчёты кнопками вкладки «500+».";
