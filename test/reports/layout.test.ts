import fc from "fast-check";
import { mustDayOf } from "../../src/core/calendar";
import { layoutSheet, NUMBER_FORMATS, type SheetLayout } from "../../src/reports/layout";
import type { SheetDescription, TableBlock } from "../../src/reports/model";

const asOf = mustDayOf(2021, 6, 15);

/** «Исполнение плана» as its builder would describe it: a main table, three side blocks and a note. */
function planStatus(rows = 4): SheetDescription {
  const statuses = ["Выполнено", "Просрочено", "Просрочено", "В работе"];
  return {
    reportId: "planStatus",
    sheetName: "Исполнение плана",
    title: "Исполнение плана по состоянию на 15.06.2021",
    asOf,
    notes: ["Период плана: 2021 год (из заголовка)", "Год взят из периода плана: пункты 3, 4"],
    main: {
      columns: [
        { header: "№", format: "text", width: 6 },
        { header: "Мероприятие", format: "text", width: 50, wrap: true },
        { header: "Сроки (как в плане)", format: "text", width: 20 },
        { header: "Ответственный", format: "text", width: 25 },
        { header: "Начало", format: "date", width: 12 },
        { header: "Окончание", format: "date", width: 12 },
        { header: "Статус", format: "text", width: 18 },
        { header: "Просрочка, дней", format: "integer", width: 10 },
        { header: "Ближайший контрольный срок", format: "date", width: 14 },
        { header: "Раздел", format: "text", width: 30 },
      ],
      rows: Array.from({ length: rows }, (_, i) => [
        String(i + 1),
        `Мероприятие ${i + 1}`,
        "до 01.03.2021",
        "ИРОСО",
        mustDayOf(2021, 1, 1),
        mustDayOf(2021, 3, 1),
        statuses[i % 4],
        statuses[i % 4] === "Просрочено" ? 106 : 0,
        null,
        "1. Меры, направленные на …",
      ]),
      highlights: Array.from({ length: rows }, (_, i) =>
        statuses[i % 4] === "Просрочено"
          ? { row: i, col: 6, fill: "#FFC7CE", fontColor: "#9C0006" }
          : { row: i, col: 6, fill: "#C6EFCE" },
      ),
    },
    above: [
      {
        caption: "Количество по статусам",
        columns: [
          { header: "Статус", format: "text", width: 24 },
          { header: "Пунктов", format: "integer", width: 10 },
        ],
        rows: [
          ["Выполнено", 1],
          ["Просрочено", 2],
          ["В работе", 1],
        ],
        highlights: [],
      },
      {
        caption: "Процент исполнения",
        columns: [
          { header: "Показатель", format: "text", width: 30 },
          { header: "Значение", format: "percent", width: 10 },
        ],
        rows: [["Процент исполнения", 0.333]],
        highlights: [],
      },
    ],
    below: [],
    problems: [],
  };
}

describe("layoutSheet", () => {
  it("puts the title in A1, notes under it, then the main header after an empty row", () => {
    const layout = layoutSheet(planStatus());
    expect(layout.title).toEqual({ row: 0, col: 0, text: "Исполнение плана по состоянию на 15.06.2021" });
    expect(layout.notes.map((n) => n.row)).toEqual([1, 2]);
    const main = layout.blocks[0];
    expect(main.kind).toBe("main");
    expect(main.headerRow).toBe(4);
    expect(main.firstDataRow).toBe(5);
    expect(main.lastRow).toBe(8);
    expect(main.left).toBe(0);
    expect(main.right).toBe(9);
    expect(layout.styles[0]).toEqual({ range: { top: 0, left: 0, bottom: 0, right: 0 }, bold: true, fontSize: 14 });
  });

  it("freezes down to the main header, repeats it on printed pages, prints A4 landscape fitted to width", () => {
    const layout = layoutSheet(planStatus());
    expect(layout.freezeRows).toBe(5);
    expect(layout.printTitleRow).toBe(4);
    expect(layout.page).toEqual({ paper: "A4", orientation: "landscape", fitToWidth: 1, fitToHeight: 0 });
  });

  it("stacks side blocks right of main after one empty column, each with its caption, one empty row between", () => {
    const layout = layoutSheet(planStatus());
    const [, statuses, completion] = layout.blocks;
    expect(statuses.left).toBe(11);
    expect(statuses.caption).toEqual({ row: 4, col: 11, text: "Количество по статусам" });
    expect(statuses.headerRow).toBe(5);
    expect(statuses.lastRow).toBe(8);
    expect(completion.caption?.row).toBe(10);
    expect(completion.headerRow).toBe(11);
    expect(completion.numberFormats).toEqual(["General", "0.0%"]);
    expect(layout.size).toEqual({ rows: 13, cols: 13 });
  });

  it("gives each column its format: dates dd.mm.yyyy, integers 0, text General", () => {
    const main = layoutSheet(planStatus()).blocks[0];
    expect(main.numberFormats[4]).toBe("dd.mm.yyyy");
    expect(main.numberFormats[7]).toBe("0");
    expect(main.numberFormats[1]).toBe("General");
    expect(NUMBER_FORMATS.percent).toMatch(/%$/);
  });

  it("takes the widest block's width for a shared column", () => {
    const desc = planStatus();
    desc.below = [
      {
        columns: [
          { header: "Исполнитель", format: "text", width: 70 },
          { header: "Просрочено", format: "integer", width: 8 },
        ],
        rows: [["МОУО", 2]],
        highlights: [],
      },
    ];
    const layout = layoutSheet(desc);
    expect(layout.columnWidths[0]).toBe(70);
    expect(layout.columnWidths[1]).toBe(50);
    expect(layout.columnWidths[10]).toBe(0);
    expect(layout.columnWidths[11]).toBe(30);
  });

  it("puts a below block under main after one empty row, and under side blocks it would run into", () => {
    const desc = planStatus(2);
    const narrow: TableBlock = { columns: [{ header: "Итог", format: "text", width: 10 }], rows: [["x"]], highlights: [] };
    const wide: TableBlock = {
      columns: Array.from({ length: 13 }, (_, i) => ({ header: `К${i}`, format: "text" as const, width: 5 })),
      rows: [],
      highlights: [],
    };
    desc.below = [narrow, wide];
    const layout = layoutSheet(desc);
    const [main, , completion, first, second] = layout.blocks;
    expect(main.lastRow).toBe(6);
    expect(first.headerRow).toBe(8);
    // The wide block reaches column L where the side blocks sit: it starts after the last of them.
    expect(second.headerRow).toBe(Math.max(first.lastRow, completion.lastRow) + 2);
  });

  it("merges adjacent highlights of one style and keeps different ones apart", () => {
    const layout = layoutSheet(planStatus(8));
    const statusCells = layout.styles.filter((s) => s.fill !== undefined && s.fill !== "#D9E1F2");
    // Rows: Выполнено, Просрочено×2, В работе, Выполнено, Просрочено×2, В работе — column G.
    expect(statusCells.map((s) => [s.range.top, s.range.bottom, s.fill])).toEqual([
      [5, 5, "#C6EFCE"],
      [6, 7, "#FFC7CE"],
      [8, 9, "#C6EFCE"],
      [10, 11, "#FFC7CE"],
      [12, 12, "#C6EFCE"],
    ]);
    expect(statusCells.every((s) => s.range.left === 6 && s.range.right === 6)).toBe(true);
    expect(statusCells[1].fontColor).toBe("#9C0006");
  });

  it("turns a whole-row highlight into the block's width and drops highlights outside the block", () => {
    const desc = planStatus(2);
    desc.main.highlights = [{ row: 1, bold: true }, { row: 7, fill: "#FF0000" }, { row: 0, col: 20, fill: "#FF0000" }];
    const areas = layoutSheet(desc).styles.filter((s) => s.bold && s.range.top === 6);
    expect(areas).toEqual([{ range: { top: 6, left: 0, bottom: 6, right: 9 }, bold: true }]);
    expect(layoutSheet(desc).styles.some((s) => s.fill === "#FF0000")).toBe(false);
  });

  it("wraps the header row and the columns that ask for it", () => {
    const layout = layoutSheet(planStatus());
    expect(layout.styles).toContainEqual({ range: { top: 4, left: 0, bottom: 4, right: 9 }, bold: true, fill: "#D9E1F2", wrap: true });
    expect(layout.styles).toContainEqual({ range: { top: 5, left: 1, bottom: 8, right: 1 }, wrap: true });
  });

  it("places a chart's data as absolute ranges and anchors it right of the tables", () => {
    const desc: SheetDescription = {
      reportId: "riskSummary",
      sheetName: "Сводка рисков",
      title: "Сводка рисков по состоянию на 15.06.2021",
      asOf,
      notes: [],
      main: {
        columns: [
          { header: "Муниципалитет", format: "text", width: 30 },
          { header: "РФ1. Низкий уровень оснащения школы", format: "integer", width: 10 },
          { header: "РФ2. Дефицит педагогических кадров", format: "integer", width: 10 },
        ],
        rows: [
          ["Сысертский ГО", 3, 1],
          ["Ирбит", 0, 2],
          ["Итого", 3, 3],
        ],
        highlights: [{ row: 2, bold: true }],
      },
      above: [
        {
          caption: "Школы по факторам (регион)",
          columns: [
            { header: "Фактор", format: "text", width: 30 },
            { header: "Число ОО", format: "integer", width: 10 },
          ],
          rows: [
            ["РФ1", 3],
            ["РФ2", 3],
          ],
          highlights: [],
        },
      ],
      below: [],
      chart: { kind: "column", title: "Школы по факторам риска", block: 0, categoryColumn: 0, valueColumn: 1, fromRow: 0, toRow: 1 },
      problems: [],
    };
    const layout = layoutSheet(desc);
    expect(layout.chart).toEqual({
      kind: "column",
      title: "Школы по факторам риска",
      categories: { top: 4, left: 4, bottom: 5, right: 4 },
      values: { top: 4, left: 5, bottom: 5, right: 5 },
      seriesName: { row: 3, col: 5 },
      seriesTitle: "Число ОО",
      percent: false,
      anchor: { top: 2, left: 7, bottom: 19, right: 14 },
    });
  });

  it("drops a chart whose rows are outside its block instead of pointing at empty cells", () => {
    const desc = planStatus();
    desc.chart = { kind: "bar", title: "Доли", block: 5, categoryColumn: 0, valueColumn: 1, fromRow: 0, toRow: 3 };
    expect(layoutSheet(desc).chart).toBeUndefined();
  });

  it("pads short rows and refuses rows longer than the header", () => {
    const desc = planStatus(1);
    desc.main.rows = [["1", "Семинар"]];
    expect(layoutSheet(desc).blocks[0].rows[0]).toEqual(["1", "Семинар", null, null, null, null, null, null, null, null]);
    desc.main.rows = [[...new Array(11).fill("x")]];
    expect(() => layoutSheet(desc)).toThrow(RangeError);
  });

  it("lays out 40 000 rows quickly and without copying the rows that already fit", () => {
    const desc = planStatus(40_000);
    const started = Date.now();
    const layout = layoutSheet(desc);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(layout.blocks[0].rows[39_999]).toBe(desc.main.rows[39_999]);
    expect(layout.blocks[0].lastRow).toBe(4 + 40_000);
    expect(layout.styles.length).toBeLessThan(40_000);
  });

  it("keeps every block inside the sheet size and blocks never overlap (any shape)", () => {
    const block = fc.record({
      caption: fc.option(fc.string(), { nil: undefined }),
      width: fc.integer({ min: 1, max: 6 }),
      rows: fc.integer({ min: 0, max: 12 }),
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), block, fc.array(block, { maxLength: 3 }), fc.array(block, { maxLength: 3 }), (notes, main, side, below) => {
        const toBlock = (b: { caption?: string; width: number; rows: number }): TableBlock => ({
          caption: b.caption,
          columns: Array.from({ length: b.width }, (_, i) => ({ header: `Г${i}`, format: "text" as const, width: 8 })),
          rows: Array.from({ length: b.rows }, () => new Array(b.width).fill("а")),
          highlights: [],
        });
        const layout: SheetLayout = layoutSheet({
          reportId: "curators",
          sheetName: "Кураторы",
          title: "Кураторы по состоянию на 15.06.2021",
          asOf,
          notes: new Array(notes).fill("примечание"),
          main: toBlock(main),
          above: side.map(toBlock),
          below: below.map(toBlock),
          problems: [],
        });
        const boxes = layout.blocks.map((b) => ({ top: b.caption?.row ?? b.headerRow, bottom: b.lastRow, left: b.left, right: b.right }));
        for (const [i, a] of boxes.entries()) {
          expect(a.bottom).toBeLessThan(layout.size.rows);
          expect(a.right).toBeLessThan(layout.size.cols);
          expect(a.top).toBeGreaterThan(notes);
          for (const b of boxes.slice(i + 1)) {
            const apart = a.bottom < b.top || b.bottom < a.top || a.right < b.left || b.right < a.left;
            expect(apart).toBe(true);
          }
        }
      }),
    );
  });
});
