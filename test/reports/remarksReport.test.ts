import { mustDayOf } from "../../src/core/calendar";
import type { Problem } from "../../src/core/problems";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { ReportContext } from "../../src/reports/context";
import { layoutSheet } from "../../src/reports/layout";
import type { Recognition } from "../../src/reports/recognition";
import type { SchoolRecord } from "../../src/core/tables/records";
import { buildRemarksReport, ownRemarks } from "../../src/reports/remarksReport";
import { columnIndex } from "../../src/reports/table";

const ctx: ReportContext = { asOf: mustDayOf(2021, 6, 15), settings: DEFAULT_SETTINGS };

const recognition: Recognition = {
  tables: [
    {
      sheet: "Рисковые профили",
      range: "A2:N106",
      kind: "список школ",
      columns: [
        { header: "Наименование ОО", meaning: "Наименование ОО → наименование ОО", col: 1 },
        {
          header: "Рисковые факторы (уровень значимости) / 3",
          meaning: "Рисковые факторы (уровень значимости) / 3 → рисковый фактор 3",
          col: 6,
        },
      ],
    },
    { sheet: "План-график", range: "A2:G27", kind: "план мероприятий", columns: [], period: "2021 год (из заголовка)" },
  ],
  problems: [],
  notes: ["Объединены таблицы «Рисковые профили» и «Мониторинг» по логину."],
  available: ["riskGroups", "planStatus"],
  plans: [
    {
      key: "План-график",
      label: "План-график",
      sheet: "План-график",
      range: "A2:G27",
      period: "2021 год (из заголовка)",
    },
  ],
};

const problems: Problem[] = [
  {
    sheet: "Рисковые профили",
    row: 13,
    col: 6,
    message: "«ВС» — не уровень значимости: ожидается высокий, средний, низкий или пусто",
    severity: "error",
  },
  {
    sheet: "Рисковые профили",
    row: 21,
    col: 9,
    message: "латинская «H» прочитана как «Н» (низкий)",
    severity: "warning",
  },
  { sheet: "План-график", row: 20, message: "пункт без номера", severity: "info" },
  { message: "Период плана взят из заголовка", severity: "info" },
];

describe("buildRemarksReport", () => {
  const [sheet, recognised] = buildRemarksReport(
    problems,
    recognition,
    ["Файл записан командной строкой: диаграмм в нём нет."],
    ctx,
  );

  it("lists every problem with its sheet, A1 cell, message and importance in Russian", () => {
    expect(sheet.sheetName).toBe("Замечания");
    expect(sheet.title).toBe("Замечания по состоянию на 15.06.2021");
    expect(sheet.main.columns.map((c) => c.header)).toEqual(["Лист", "Ячейка", "Замечание", "Важность"]);
    expect(sheet.main.rows).toEqual([
      ["Рисковые профили", "G14", problems[0].message, "ошибка"],
      ["Рисковые профили", "J22", problems[1].message, "предупреждение"],
      ["План-график", "строка 21", "пункт без номера", "сведения"],
      ["", "", "Период плана взят из заголовка", "сведения"],
    ]);
    expect(sheet.notes[0]).toBe("Замечаний: 4 (ошибка: 1, предупреждение: 1, сведения: 2).");
  });

  it("colours the importance of each problem, errors apart from warnings", () => {
    const fills = sheet.main.highlights.map((h) => [h.row, h.col, h.fill]);
    expect(fills).toHaveLength(4);
    expect(fills[0][1]).toBe(columnIndex(sheet.main, "Важность"));
    expect(fills[0][2]).not.toBe(fills[1][2]);
  });

  it("says what was recognised on a sheet of its own, «Что распознано», and carries the run's notes as lines above the table", () => {
    expect(recognised.sheetName).toBe("Что распознано");
    expect(recognised.title).toBe("Что распознано по состоянию на 15.06.2021");
    expect(recognised.main.rows).toEqual([
      [
        "Рисковые профили",
        "A2:N106",
        "Наименование ОО → наименование ОО; Рисковые факторы (уровень значимости) / 3 → рисковый фактор 3",
        "список школ",
      ],
      ["План-график", "A2:G27", "", "план мероприятий; период: 2021 год (из заголовка)"],
    ]);
    expect(sheet.notes.slice(1)).toEqual([
      "Объединены таблицы «Рисковые профили» и «Мониторинг» по логину.",
      "Файл записан командной строкой: диаграмм в нём нет.",
    ]);
    expect(sheet.above).toEqual([]);
  });

  it("says plainly when there is nothing to remark and nothing was found; with no remarks the sheet is one page", () => {
    const [empty, found] = buildRemarksReport(
      [],
      { tables: [], problems: [], notes: [], available: [], plans: [] },
      [],
      ctx,
    );
    expect(empty.notes).toEqual(["Замечаний к исходным данным нет."]);
    expect(empty.main.rows).toEqual([]);
    expect(found.main.rows).toEqual([["", "", "", "таблицы не найдены"]]);
    const layout = layoutSheet(empty);
    expect(layout.pageBreaks).toEqual([]);
    expect(layout.rowHeights.reduce((a, b) => a + b, 0)).toBeLessThan(100);
  });

  it("in a one-municipality run: no «Что распознано», only the remarks on its own schools and the run-wide ones", () => {
    const azov = { ...ctx, municipality: "Азовский район" };
    expect(buildRemarksReport(problems, recognition, [], azov).map((s) => s.sheetName)).toEqual(["Замечания"]);
    const school = (name: string, municipality: string, row: number) =>
      ({ name, municipality, ref: { sheet: "Рисковые профили", row, col: 1 } }) as unknown as SchoolRecord;
    const data = {
      schools: [school("МБОУ «Азовская СОШ»", "Азовский район", 13), school("МБОУ «Тарская СОШ»", "Тарский район", 21)],
    };
    expect(ownRemarks(problems, data, "Азовский район")).toEqual([problems[0], problems[2], problems[3]]);
    expect(ownRemarks(problems, data, undefined)).toEqual(problems);
  });

  it("lays out without a builder mistake, also for 40 000 problems", () => {
    const many: Problem[] = Array.from({ length: 40_000 }, (_, i) => ({
      sheet: "Рисковые профили",
      row: i + 3,
      col: 4,
      message: "не уровень",
      severity: "error",
    }));
    const layout = layoutSheet(buildRemarksReport(many, recognition, [], ctx)[0]);
    expect(layout.blocks[0].rows).toHaveLength(40_000);
    // 40 000 equal highlights in one column become one styled area.
    expect(layout.styles.filter((s) => s.fill !== undefined && s.range.left === 3)).toHaveLength(1);
  });
});
