/** Every text the pane shows, in one table (the pane is Russian: its users are Russian officials). */
import type { ReportId } from "../reports/model";
import { REPORT_SHEET_NAMES } from "../reports/model";

export const STRINGS = {
  title: "Адресная помощь 500+",
  waitingForExcel: "Подключение к Excel…",
  outsideExcel:
    "Откройте надстройку в Excel: вкладка «500+» → «Открыть панель». Вне Excel панель не может прочитать книгу.",
  tabs: { found: "Что найдено", params: "Параметры", reports: "Отчёты", formulas: "Формулы" },
  tabsLabel: "Разделы панели",
  foundTitle: "Что найдено в книге",
  refresh: "Обновить",
  reading: "Читаю книгу…",
  noTables: "В книге не найдено ни одной таблицы, которую понимает надстройка.",
  columnsOf: (count: number) => `Столбцы (${count})`,
  columnMeaningLabel: (header: string) => `Значение столбца «${header}»`,
  periodLabel: "Период плана",
  periodFromTitle: "как в заголовке плана",
  periodHint: "Сохраняется в книге (лист «Настройки ШНОР»): его читают и кнопки, и командная строка.",
  periodFound: (words: string) => `Найден: ${words}`,
  saving: "Сохраняю настройки…",
  saved: "Сохранено в листе «Настройки ШНОР».",
  saveFailed: "Настройки не сохранены",
  problemsTitle: (count: number) => `Замечания (${count})`,
  showCell: (place: string) => `Показать в книге: ${place}`,
  selectFailed: "Ячейка не выделена",
  paramsTitle: "Параметры",
  asOfLabel: "На дату",
  asOfHint: "Только для этого построения; не сохраняется.",
  asOfInvalid: "Укажите дату отчётов.",
  municipalityLabel: "Муниципалитет",
  allMunicipalities: "Все муниципалитеты",
  municipalityHint: "Только для этого построения; не сохраняется.",
  curatorCapLabel: "Норма кураторов (школ на куратора)",
  curatorCapInvalid: (text: string) => `«${text}» — не число школ: введите целое от 1 до 1000.`,
  yearEndLabel: "Конец учебного года",
  yearEndHint: "дд.мм, обычно 31.08",
  yearEndInvalid: (text: string) => `«${text}» — не дата: введите дд.мм, например 31.08.`,
  saveSettings: "Сохранить в книге",
  reportsTitle: "Отчёты",
  allReports: "Все отчёты",
  canBuild: (names: string[]) => (names.length > 0 ? `Можно построить: ${names.join(", ")}` : "Данных книги не хватает ни для одного отчёта"),
  notAvailable: "нет данных для этого отчёта",
  running: "Строю отчёты…",
  doneTitle: "Готово",
  failedTitle: "Отчёт не построен",
  written: (sheet: string) => `Лист «${sheet}»`,
  openSheet: (sheet: string) => `Открыть лист «${sheet}»`,
  skipped: "Не сделано",
  readFailed: "Не удалось прочитать книгу",
  formulasTitle: "Формулы",
  formulasHint: "Выделите диапазон с данными, затем, удерживая Ctrl, щёлкните пустую ячейку для формулы и нажмите «Вставить».",
  insert: "Вставить",
  insertNeedsRanges: "Этой функции нужны несколько диапазонов: введите её вручную.",
  inserted: (formula: string, cell: string) => `Формула ${formula} вставлена в ячейку ${cell}.`,
  cellInsideData: (cell: string) =>
    `Ячейка ${cell} входит в выделенные данные: формула сослалась бы сама на себя, ничего не изменено. Выделите данные, затем, удерживая Ctrl, щёлкните пустую ячейку.`,
  cellNotEmpty: (cell: string) => `Ячейка ${cell} не пуста: формула не вставлена, ничего не изменено. Выберите пустую ячейку.`,
  insertFailed: "Формула не вставлена",
} as const;

/** Report buttons of the pane, in the ribbon's order; names are the sheet names of SPEC §6. */
export const REPORT_BUTTONS: { id: ReportId; label: string }[] = (
  ["riskGroups", "riskSummary", "curators", "indicators", "planStatus"] as const
).map((id) => ({ id, label: REPORT_SHEET_NAMES[id] }));
