/**
 * «Показатели плана» on an Omsk-style plan: two «Региональный показатель реализации» columns per item, an indicator
 * measured by a schools column (tied by words), one by none, one whose words fit two columns (bad input: reported,
 * not split), and a settings row that ties it.
 */
import fc from "fast-check";
import { mustDayOf } from "../../src/core/calendar";
import type { Cell, SheetGrid } from "../../src/core/cell";
import { indicatorTexts, tieIndicator } from "../../src/core/indicators/planTies";
import { SETTINGS_SHEET_NAME } from "../../src/core/settingsSheet";
import { runEngine } from "../../src/reports/engine";
import type { SheetDescription } from "../../src/reports/model";

const asOf = mustDayOf(2021, 6, 15);

function grid(name: string, rows: Cell[][]): SheetGrid {
  const width = Math.max(0, ...rows.map((r) => r.length));
  return {
    name,
    cells: rows.map((r) => [...r, ...new Array<Cell>(width - r.length).fill(null)]),
    origin: { row: 0, col: 0 },
    merges: [],
  };
}

const MEDK =
  'Доля общеобразовательных организаций, из числа включенных в проект "500+", разместивших актуальные материалы в ИС МЭДК';
const NETWORK =
  'Доля общеобразовательных организаций, из числа включенных в проект "500+", вовлеченных в сетевую форму реализации образовательных программ';
const TRAINED = "Доля общеобразовательных организаций, педагогические работники которых прошли повышение квалификации";

const plan = grid("План", [
  ["План мероприятий на 2021 год"],
  [
    "№ п/п",
    "Описание действий",
    "Ответственный исполнитель",
    "Сроки реализации",
    "Отметка о выполнении",
    "Региональный показатель реализации",
    "Региональный показатель реализации",
  ],
  [1, "Размещение материалов", "МОУО", "До 15 марта 2021 года", "выполнено", MEDK, null],
  [2, "Сетевые пары", "МОУО", "Март – декабрь 2021 года", null, NETWORK, TRAINED],
  [3, "Курсы", "ИРООО", "апрель 2021", null, TRAINED, `${MEDK}.`],
  [4, "Вебинары", "ИРООО", "май 2021", null, `1) ${TRAINED};\n2) ${NETWORK}`, null],
  [5, "Ещё курсы", "ИРООО", "ноябрь 2021", null, TRAINED, null],
]);
const schools = grid("Мониторинг", [
  [
    "Муниципалитет",
    "Наименование ОО",
    "Логин ОО",
    "Разместили материалы в ИС МЭДК",
    "Актуальные материалы в ИС МЭДК",
    "Прошли повышение квалификации",
  ],
  ["Тарский", "СОШ № 1", "sch1", "да", "да", "да"],
  ["Тарский", "СОШ № 2", "sch2", "нет", "да", "нет"],
  ["Калачинский", "СОШ № 3", "sch3", "да", "нет", "нет"],
  ["Калачинский", "СОШ № 4", "sch4", null, "да", "да"],
]);

const COLUMNS = [
  "Показатель",
  "Мероприятия",
  "Выполнено",
  "В работе",
  "Просрочено",
  "Всего",
  "Доля по региону",
  "Колонка списка школ",
];
const rowsOf = (sheet: SheetDescription) =>
  sheet.main.rows.map((r) =>
    Object.fromEntries(COLUMNS.map((h) => [h, r[sheet.main.columns.findIndex((c) => c.header === h)]])),
  );
const built = (grids: SheetGrid[]) => {
  const result = runEngine(grids, new Set(), { asOf });
  return { result, sheet: result.sheets.find((s) => s.reportId === "planIndicators")! };
};

describe("«Показатели плана»", () => {
  test("each indicator once, its items compact, counts at «на дату», the share of the column that measures it", () => {
    const { sheet, result } = built([plan, schools]);
    // Two indicator columns are no repeated column: no warning about them.
    expect(result.problems.map((p) => p.message).join("\n")).not.toMatch(/повторяет значение/);
    expect(rowsOf(sheet)).toEqual([
      {
        Показатель: MEDK,
        Мероприятия: "1, 3",
        Выполнено: 1,
        "В работе": 0,
        Просрочено: 1,
        Всего: 2,
        "Доля по региону": "нет данных",
        "Колонка списка школ":
          "связан с несколькими колонками: «Разместили материалы в ИС МЭДК», «Актуальные материалы в ИС МЭДК» — доля не выбрана",
      },
      {
        Показатель: NETWORK,
        Мероприятия: "2, 4",
        Выполнено: 0,
        "В работе": 1,
        Просрочено: 1,
        Всего: 2,
        "Доля по региону": "нет данных",
        "Колонка списка школ": "не связан ни с одной колонкой списка школ",
      },
      {
        Показатель: TRAINED,
        Мероприятия: "2–5",
        Выполнено: 0,
        "В работе": 1,
        Просрочено: 2,
        Всего: 4,
        "Доля по региону": 0.5,
        "Колонка списка школ": "«Прошли повышение квалификации»",
      },
    ]);
  });

  test("«Что найдено» names each indicator's column, or why none", () => {
    const { result } = built([plan, schools]);
    expect(result.recognition.notes).toContain(
      `Показатель плана «${TRAINED}»: колонка «Прошли повышение квалификации»`,
    );
    expect(result.recognition.notes).toContain(
      `Показатель плана «${NETWORK}»: не связан ни с одной колонкой списка школ`,
    );
  });

  test("tied to two columns: reported at the indicator's cell, not split; a settings row ties it", () => {
    const { result } = built([plan, schools]);
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        sheet: "План",
        row: 2,
        col: 5,
        severity: "warning",
        message: expect.stringContaining("связан с несколькими колонками"),
      }),
    );
    const settings = grid(SETTINGS_SHEET_NAME, [
      ["Параметр", "Значение"],
      [
        'Показатель: Доля общеобразовательных организаций, из числа включенных в проект "500+", разместивших',
        "Разместили материалы в ИС МЭДК",
      ],
      ["Показатель: Доля ОО с программой", "Нет такой колонки"],
    ]);
    const tied = built([plan, schools, settings]);
    expect(rowsOf(tied.sheet)[0]).toMatchObject({
      "Доля по региону": 2 / 4,
      "Колонка списка школ": "«Разместили материалы в ИС МЭДК» (настройка)",
    });
    expect(tied.result.problems).toContainEqual(
      expect.objectContaining({
        message: expect.stringContaining("колонки «Нет такой колонки» нет среди показателей списка школ"),
      }),
    );
  });

  test("a plan without indicator columns: the sheet is not built and the run says why", () => {
    const bare = grid(
      "План",
      plan.cells.map((r) => r.slice(0, 5)),
    );
    const { result } = built([bare, schools]);
    expect(result.sheets.map((s) => s.reportId)).not.toContain("planIndicators");
    expect(result.summary).toContain(
      "Отчёт «Показатели плана» не построен: в плане нет колонки показателей («Региональный показатель реализации», «Показатель», «Целевой показатель»).",
    );
  });

  test("any indicator cell and any headers: texts and a tie, never an exception", () => {
    fc.assert(
      fc.property(fc.array(fc.string()), fc.array(fc.string(), { maxLength: 5 }), (cells, headers) => {
        for (const text of indicatorTexts(cells))
          expect(["tied", "none", "several"]).toContain(
            tieIndicator(text, headers, [{ start: text.slice(0, 3), header: headers[0] ?? "" }]).kind,
          );
      }),
    );
  });
});
