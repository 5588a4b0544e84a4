/** Every text the pane shows, in one table (the pane is Russian: its users are Russian officials). */
import type { ReportId } from "../reports/model";
import { REPORT_SHEET_NAMES } from "../reports/model";

export const STRINGS = {
  title: "Адресная помощь 500+",
  waitingForExcel: "Подключение к Excel…",
  outsideExcel:
    "Откройте надстройку в Excel: вкладка «500+» → «Открыть панель». Вне Excel панель не может прочитать книгу.",
  foundTitle: "Что найдено в книге",
  refresh: "Обновить",
  reading: "Читаю книгу…",
  noTables: "В книге не найдено ни одной таблицы, которую понимает надстройка.",
  columnsOf: (count: number) => `Столбцы (${count})`,
  problemsTitle: (count: number) => `Замечания (${count})`,
  reportsTitle: "Отчёты",
  asOfLabel: "На дату",
  asOfHint: "дд.мм.гггг",
  asOfInvalid: (text: string) => `«${text}» — не дата: введите дд.мм.гггг, например 15.06.2021`,
  municipalityLabel: "Муниципалитет (необязательно)",
  periodLabel: "Период плана (необязательно)",
  periodHint: "например, 2021 или 2020-2021 учебный год",
  allReports: "Все отчёты",
  canBuild: (names: string[]) => (names.length > 0 ? `Можно построить: ${names.join(", ")}` : "Данных книги не хватает ни для одного отчёта"),
  notAvailable: "нет данных для этого отчёта",
  running: "Строю отчёты…",
  doneTitle: "Готово",
  failedTitle: "Отчёт не построен",
  written: (sheet: string) => `Лист «${sheet}»`,
  skipped: "Не сделано",
  readFailed: "Не удалось прочитать книгу",
} as const;

/** Report buttons of the pane, in the ribbon's order; names are the sheet names of SPEC §6. */
export const REPORT_BUTTONS: { id: ReportId; label: string }[] = (
  ["riskGroups", "riskSummary", "curators", "indicators", "planStatus"] as const
).map((id) => ({ id, label: REPORT_SHEET_NAMES[id] }));
