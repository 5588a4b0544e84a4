/** Report descriptions the Office renderer tests write (on the strict fake and on office-addin-mock). */
import { mustDayOf } from "../../src/core/calendar";
import type { SheetDescription } from "../../src/reports/model";

export const asOf = mustDayOf(2021, 6, 15);
export const municipalities = ["Сысертский ГО", "Ирбитское МО", "Камышловский МР", "Тавдинский ГО"];

/** «Сводка рисков» with `rows` municipalities (names padded to about `nameLength`) and a charted side block. */
export function riskSummary(rows: number, nameLength = 14): SheetDescription {
  return {
    reportId: "riskSummary",
    sheetName: "Сводка рисков",
    title: "Сводка рисков по состоянию на 15.06.2021",
    asOf,
    notes: ["Факторы: каталог ФИОКО 2020–2021 (по умолчанию)"],
    main: {
      columns: [
        { header: "Муниципалитет", format: "text", width: 30 },
        { header: "РФ1", format: "integer", width: 8 },
        { header: "РФ2", format: "integer", width: 8 },
        { header: "Всего ОО", format: "integer", width: 10 },
        { header: "ОО с >5 факторами высокой значимости", format: "integer", width: 14 },
      ],
      rows: Array.from({ length: rows }, (_, i) => [
        `${municipalities[i % 4]} ${"я".repeat(Math.max(0, nameLength - 14))}${i}`,
        i % 3,
        i % 2,
        3,
        0,
      ]),
      highlights: [{ row: rows - 1, bold: true }],
    },
    above: [
      {
        caption: "ОО по факторам (регион)",
        columns: [
          { header: "Фактор", format: "text", width: 40 },
          { header: "Число ОО", format: "integer", width: 10 },
        ],
        rows: [
          ["РФ1. Низкий уровень оснащения школы", 12],
          ["РФ2. Дефицит педагогических кадров", 7],
        ],
        highlights: [],
      },
    ],
    chart: {
      kind: "column",
      title: "Школы по факторам риска",
      block: 0,
      categoryColumn: 0,
      valueColumn: 1,
      fromRow: 0,
      toRow: 1,
    },
    problems: [],
  };
}
