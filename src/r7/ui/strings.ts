/** The texts of the Р7-Офис / ONLYOFFICE panel that the Excel pane has no twin for (its own are src/taskpane/strings.ts). */
export const R7_STRINGS = {
  tabs: { reports: "Отчёты", params: "Параметры", formulas: "Формулы" },
  periodLabel: "Период плана",
  periodHint:
    "Только для этого построения, как shnor report --period: «2021-2022», «2020-2021 учебный год». Пусто — как в заголовке плана.",
  notWritten: (reason: string) =>
    `Отчёты не записаны: ${reason}. Книга могла получить листы «~shnor…»: удалите их и запустите снова.`,
  noEditor: "Панель открыта не в редакторе: нет window.Asc.plugin (плагин ONLYOFFICE / Р7-Офис).",
};
