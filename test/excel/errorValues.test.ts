/**
 * Error values in the user's cells (a formula that failed: #ДЕЛ/0!, #Н/Д, or their English spellings — which one
 * Office.js hands over is not documented). The strict fake gives them as Range.values documents, «the error
 * string»; every report is built, each such cell is a remark with its address, and none is read as data.
 */
import type { Cell } from "../../src/core/cell";
import { mustDayOf } from "../../src/core/calendar";
import { runReports } from "../../src/excel/api";
import { createFakeExcel } from "../helpers/fakeExcel";

it("error values anywhere in the input: reports built, each error cell a remark, none taken as a name, level or date", async () => {
  const schools: Cell[][] = [
    [
      "Муниципалитет",
      "Наименование ОО",
      "Куратор",
      "РФ1",
      "РФ2",
      "Разместили материалы в ИС МЭДК",
      "Вход: доля «2»",
      "Итог: доля «2»",
    ],
    ["Тарский район", "МБОУ СОШ № 1", "Иванова М. П.", "высокий", "#Н/Д", "да", 12, "#ДЕЛ/0!"],
    ["#N/A", "МБОУ СОШ № 2", "#ИМЯ?", "#DIV/0!", "низкий", "#VALUE!", 10, 8],
    ["Тарский район", "#ЗНАЧ!", "Петров И. И.", "средний", "высокий", "нет", "#ССЫЛКА!", 5],
  ];
  const plan: Cell[][] = [
    ["План мероприятий на 2021 год"],
    ["№", "Мероприятие", "Сроки", "Ответственный", "Группы", "Отметка о выполнении"],
    [1, "Семинар для кураторов", "#ЗНАЧ!", "ИРО", "1", "#Н/Д"],
    [2, "Мониторинг", "март 2021 года", "#REF!", "#ЧИСЛО!", "да"],
  ];
  const fake = createFakeExcel({
    sheets: [
      { name: "Школы", cells: schools },
      { name: "План", cells: plan },
    ],
  });
  Object.assign(globalThis, { Excel: fake.Excel, Office: fake.Office });

  const summary = await runReports("all", { asOf: mustDayOf(2021, 6, 15) });

  expect(summary.summary.join(" ")).not.toMatch(/внутренн|ошибка надстройки/i);
  expect(summary.written.map((w) => w.sheetName)).toEqual(
    expect.arrayContaining(["Группы риска", "Кураторы", "Исполнение плана", "Замечания"]),
  );
  const errorCells = [
    ...schools
      .flatMap((row, r) => row.map((v, c) => [r, c, v] as const))
      .filter(([, , v]) => String(v).startsWith("#"))
      .map(([r, c]) => `Школы!${r}:${c}`),
    ...plan
      .flatMap((row, r) => row.map((v, c) => [r, c, v] as const))
      .filter(([, , v]) => String(v).startsWith("#"))
      .map(([r, c]) => `План!${r}:${c}`),
  ];
  const reported = summary.problems
    .filter((p) => /содержит ошибку Excel/.test(p.message))
    .map((p) => `${p.sheet}!${p.row}:${p.col}`);
  expect(reported.sort()).toEqual(errorCells.sort());
  const written = fake
    .workbookSnapshot()
    .sheets.filter((s) => s.name !== "Школы" && s.name !== "План" && s.name !== "Замечания");
  for (const sheet of written)
    for (const row of sheet.cells)
      for (const v of row) expect(String(v)).not.toMatch(/^#(Н\/Д|N\/A|ЗНАЧ!|ИМЯ\?|DIV\/0!|ДЕЛ\/0!)/);
});
