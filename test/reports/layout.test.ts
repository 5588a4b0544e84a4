import fc from "fast-check";
import { mustDayOf } from "../../src/core/calendar";
import {
  layoutSheet,
  MAX_PRINTED_WIDTH,
  NUMBER_FORMATS,
  POINTS_PER_WIDTH,
  printScale,
  type SheetLayout,
} from "../../src/reports/layout";
import { lineCount, textWidthPx, widthForPx } from "../../src/reports/textMeasure";
import type { SheetDescription, TableBlock } from "../../src/reports/model";
import { asOf } from "../helpers/reportDescriptions";

/** «Исполнение плана» as its builder would describe it: a main table, two summaries above it and notes. */
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
    problems: [],
  };
}

describe("layoutSheet", () => {
  it("puts the title in A1 across the printed width, notes under it, then the summaries, then the main header", () => {
    const layout = layoutSheet(planStatus());
    expect(layout.title).toEqual({ row: 0, col: 0, text: "Исполнение плана по состоянию на 15.06.2021" });
    expect(layout.notes.map((n) => n.row)).toEqual([1, 2]);
    const [main, statuses, completion] = layout.blocks;
    expect(statuses.caption).toEqual({ row: 4, col: 0, text: "Количество по статусам" });
    expect(statuses.headerRow).toBe(5);
    expect(statuses.lastRow).toBe(8);
    expect(completion.caption?.row).toBe(10);
    expect(completion.lastRow).toBe(12);
    expect(main.kind).toBe("main");
    expect(main.headerRow).toBe(14);
    expect(main.firstDataRow).toBe(15);
    expect(main.lastRow).toBe(18);
    expect([main.left, main.right]).toEqual([0, 9]);
    expect(layout.size).toEqual({ rows: 19, cols: 10 });
    expect(layout.styles[0]).toEqual({
      range: { top: 0, left: 0, bottom: 0, right: 9 },
      bold: true,
      fontSize: 14,
      wrap: true,
    });
    expect(layout.merges.filter((m) => !m.across).map((m) => m.range)).toEqual(
      [0, 1, 2, 4, 10].map((row) => ({ top: row, left: 0, bottom: row, right: 9 })),
    );
  });

  it("repeats the main header on printed pages; A4 landscape fitted to width, narrow margins, page numbers, print area", () => {
    const layout = layoutSheet(planStatus());
    expect(layout.printTitleRow).toBe(14);
    expect(layout.page).toEqual({
      paper: "A4",
      orientation: "landscape",
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.25, right: 0.25, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
      footer: "Страница &P из &N",
    });
    expect(layout.printArea).toEqual({ top: 0, left: 0, bottom: 18, right: 9 });
  });

  it("freezes down to the main header when that is near the top, and nothing when summaries would fill the screen", () => {
    const plain = planStatus();
    plain.above = [];
    expect(layoutSheet(plain).freezeRows).toBe(5);
    expect(layoutSheet(planStatus()).freezeRows).toBe(0);
  });

  it("lays each summary column over as many of main's columns as its content needs, merged row by row", () => {
    const layout = layoutSheet(planStatus());
    const [main, statuses] = layout.blocks;
    // «Статус» (up to «Просрочено») is wider than «№»: it takes «№» and «Мероприятие»; «Пунктов» the next column.
    expect(statuses.spans).toEqual([
      { left: 0, right: 1 },
      { left: 2, right: 2 },
    ]);
    expect(layout.merges).toContainEqual({
      range: { top: statuses.headerRow, left: 0, bottom: statuses.lastRow, right: 1 },
      across: true,
    });
    expect(layout.columnWidths).toHaveLength(main.columns.length);
    // a number in a column spanning several of main's stands centred under its header
    const completion = layout.blocks[2];
    expect(completion.spans[1].right).toBeGreaterThanOrEqual(completion.spans[1].left);
  });

  it("gives each column its format: dates dd.mm.yyyy, integers 0, text General, shares with one decimal", () => {
    const layout = layoutSheet(planStatus());
    const main = layout.blocks[0];
    expect(main.numberFormats[4]).toBe("dd.mm.yyyy");
    expect(main.numberFormats[7]).toBe("0");
    expect(main.numberFormats[1]).toBe("General");
    expect(layout.blocks[2].numberFormats).toEqual(["General", "0.0%"]);
    expect(NUMBER_FORMATS.percent).toBe("0.0%");
    expect(NUMBER_FORMATS.percentPoints).toBe("0.0");
  });

  it("sizes main's columns to their content, never wider than the builder allows nor narrower than the longest word", () => {
    const desc = planStatus();
    desc.main.rows[0][1] =
      "Проведение семинаров и вебинаров для руководителей и педагогов школ с низкими результатами обучения";
    desc.main.rows[1][3] = "Министерство";
    const widths = layoutSheet(desc).columnWidths;
    // «№» holds «1»…«4»: as wide as its header, not as the title above it
    expect(widths[0]).toBeLessThan(4);
    expect(widths[1]).toBe(50);
    expect(widths[3]).toBeLessThan(25);
    expect(widths[3]).toBeGreaterThan(widthForPx(textWidthPx("Министерство")) - 0.01);
  });

  it("narrows text columns together so that the widest main table still prints at 80 % or more", () => {
    const desc = planStatus();
    desc.main.columns = desc.main.columns.map((c) => (c.format === "text" ? { ...c, width: 60 } : c));
    desc.main.rows = desc.main.rows.map((row) =>
      row.map((v, i) => (desc.main.columns[i].format === "text" ? `${"слово ".repeat(20)}${i}` : v)),
    );
    const layout = layoutSheet(desc);
    expect(layout.columnWidths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(MAX_PRINTED_WIDTH + 0.1);
    expect(printScale(layout)).toBeGreaterThanOrEqual(0.8 - 0.001);
    expect(printScale(layout, POINTS_PER_WIDTH.excel)).toBeGreaterThan(0.8);
  });

  it("gives every row the height of its wrapped lines, bold rows measured bold, and never more than Excel's 409 pt", () => {
    const desc = planStatus();
    desc.main.rows[1][9] =
      "2. Действия, направленные на преодоление дефицита педагогических кадров и повышение квалификации руководителей школ";
    desc.main.rows[2][1] = "очень длинное мероприятие ".repeat(200);
    const layout = layoutSheet(desc);
    const main = layout.blocks[0];
    expect(layout.rowHeights).toHaveLength(layout.size.rows);
    expect(layout.rowHeights[main.firstDataRow]).toBe(15);
    expect(layout.rowHeights[main.firstDataRow + 1] / 15).toBe(
      lineCount(desc.main.rows[1][9] as string, layout.columnWidths[9]),
    );
    expect(layout.rowHeights[main.firstDataRow + 1]).toBeGreaterThanOrEqual(30);
    expect(layout.rowHeights[main.firstDataRow + 2]).toBe(409);
    expect(layout.rowHeights[0]).toBeGreaterThanOrEqual(18.75); // the 14 pt title
  });

  it("puts nothing under the main table: its rows run to the sheet's end (one grid per sheet)", () => {
    const layout = layoutSheet(planStatus(30));
    const [main] = layout.blocks;
    expect(layout.size.rows).toBe(main.lastRow + 1);
    expect(layout.printArea.bottom).toBe(main.lastRow);
    expect(layout.blocks.filter((b) => b.headerRow > main.headerRow)).toEqual([]);
  });

  it("writes a summary's line (what its percentage counts) under it after an empty row: merged, wrapped, not bold, no table", () => {
    const desc = planStatus();
    const text =
      "Процент исполнения = выполнено из пунктов со сроком окончания до 15.06.2021: 1 из 3 = 33,3 %; не входят пункты с более поздним сроком — 1 (из них выполнено 0) и без срока или с нераспознанным сроком — 0";
    desc.above[1] = { ...desc.above[1], line: text };
    const layout = layoutSheet(desc);
    const [main, , completion, line] = layout.blocks;
    expect(completion.lastRow).toBe(12);
    expect(line).toMatchObject({ caption: { row: 14, col: 0, text }, columns: [], rows: [], lastRow: 14 });
    // the main table moves down by the line and its empty row
    expect(main.headerRow).toBe(16);
    expect(layout.merges).toContainEqual({ range: { top: 14, left: 0, bottom: 14, right: 9 }, across: false });
    expect(layout.styles).toContainEqual({ range: { top: 14, left: 0, bottom: 14, right: 9 }, wrap: true });
    expect(layout.styles.filter((st) => st.range.top === 14 && (st.bold || st.fill))).toEqual([]);
    expect(layout.borders.some((b) => b.top <= 14 && b.bottom >= 14)).toBe(false);
    // a line under the main table would stand under its print title: refused (one grid per sheet)
    expect(() => layoutSheet({ ...desc, main: { ...desc.main, line: text } })).toThrow(RangeError);
  });

  it("merges adjacent highlights of one style and keeps different ones apart", () => {
    const layout = layoutSheet(planStatus(8));
    const first = layout.blocks[0].firstDataRow;
    const statusCells = layout.styles.filter(
      (s) => s.fill !== undefined && s.fill !== "#D9E1F2" && s.range.top >= first,
    );
    // Rows: Выполнено, Просрочено×2, В работе, Выполнено, Просрочено×2, В работе — column G.
    expect(statusCells.map((s) => [s.range.top - first, s.range.bottom - first, s.fill])).toEqual([
      [0, 0, "#C6EFCE"],
      [1, 2, "#FFC7CE"],
      [3, 4, "#C6EFCE"],
      [5, 6, "#FFC7CE"],
      [7, 7, "#C6EFCE"],
    ]);
    expect(statusCells.every((s) => s.range.left === 6 && s.range.right === 6)).toBe(true);
    expect(statusCells[1].fontColor).toBe("#9C0006");
  });

  it("turns a whole-row highlight into the block's width and drops highlights outside the block", () => {
    const desc = planStatus(2);
    desc.main.highlights = [
      { row: 1, bold: true },
      { row: 7, fill: "#FF0000" },
      { row: 0, col: 20, fill: "#FF0000" },
    ];
    const layout = layoutSheet(desc);
    const row = layout.blocks[0].firstDataRow + 1;
    expect(layout.styles.filter((s) => s.bold && s.range.top === row)).toEqual([
      { range: { top: row, left: 0, bottom: row, right: 9 }, bold: true },
    ]);
    expect(layout.styles.some((s) => s.fill === "#FF0000")).toBe(false);
  });

  it("wraps and centres the header row, wraps every data column at the top of its cell, frames every table", () => {
    const layout = layoutSheet(planStatus());
    const main = layout.blocks[0];
    expect(layout.styles).toContainEqual({
      range: { top: 14, left: 0, bottom: 14, right: 9 },
      bold: true,
      fill: "#D9E1F2",
      wrap: true,
      center: true,
    });
    expect(layout.styles).toContainEqual({ range: { top: 15, left: 3, bottom: 18, right: 3 }, wrap: true });
    expect(layout.borders).toEqual(
      layout.blocks.map((b) => ({ top: b.headerRow, left: 0, bottom: b.lastRow, right: b.right })),
    );
    expect(layout.borders[0]).toEqual({ top: main.headerRow, left: 0, bottom: main.lastRow, right: 9 });
  });

  it("places a chart on rows of its own under the summaries, from column A, and starts a page with it when it would not end on the first", () => {
    const desc: SheetDescription = {
      reportId: "riskSummary",
      sheetName: "Сводка рисков",
      title: "Сводка рисков по состоянию на 15.06.2021",
      asOf,
      notes: [],
      main: {
        columns: [
          { header: "Муниципалитет", format: "text", width: 30 },
          { header: "РФ1", format: "integer", width: 10 },
          { header: "РФ2", format: "integer", width: 10 },
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
    const layout = layoutSheet(desc);
    const [main, summary] = layout.blocks;
    expect(layout.chart).toEqual({
      kind: "column",
      title: "Школы по факторам риска",
      categories: { top: 4, left: summary.spans[0].left, bottom: 5, right: summary.spans[0].left },
      values: { top: 4, left: summary.spans[1].left, bottom: 5, right: summary.spans[1].left },
      seriesName: { row: 3, col: summary.spans[1].left },
      seriesTitle: "Число ОО",
      percent: false,
      anchor: { top: 7, left: 0, bottom: 24, right: 2 },
    });
    expect(main.headerRow).toBe(26);
    // On a page this narrow the title takes three lines: the chart still ends on page 1, the main table starts page 2.
    expect(layout.pageBreaks).toEqual([main.headerRow]);
    // With a summary too long to leave the chart room on page 1, the chart starts page 2 — from the empty row above
    // it, so that the frame's top edge (that row's lower border) does not print at the foot of page 1.
    desc.above[0].rows = Array.from({ length: 22 }, (_, i) => [`РФ${i + 1}`, i]);
    desc.chart!.toRow = 21;
    const long = layoutSheet(desc);
    expect(long.pageBreaks[0]).toBe(long.chart!.anchor.top - 1);
    expect(long.rowHeights[long.chart!.anchor.top - 1]).toBe(15);
  });

  it("drops a chart whose rows are outside its block instead of pointing at empty cells", () => {
    const desc = planStatus();
    desc.chart = { kind: "bar", title: "Доли", block: 5, categoryColumn: 0, valueColumn: 1, fromRow: 0, toRow: 3 };
    expect(layoutSheet(desc).chart).toBeUndefined();
  });

  it("pads short rows and refuses rows longer than the header", () => {
    const desc = planStatus(1);
    desc.main.rows = [["1", "Семинар"]];
    expect(layoutSheet(desc).blocks[0].rows[0]).toEqual([
      "1",
      "Семинар",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    desc.main.rows = [[...new Array(11).fill("x")]];
    expect(() => layoutSheet(desc)).toThrow(RangeError);
  });

  // How fast is for `npm run bench` (no timed tests here).
  it("lays out 40 000 rows without copying the rows that already fit", () => {
    const desc = planStatus(40_000);
    const layout = layoutSheet(desc);
    expect(layout.blocks[0].rows[39_999]).toBe(desc.main.rows[39_999]);
    expect(layout.blocks[0].lastRow).toBe(layout.blocks[0].headerRow + 40_000);
    expect(layout.styles.length).toBeLessThan(40_000);
  });

  it("keeps every block inside the sheet size and blocks never overlap (any shape)", () => {
    const block = fc.record({
      caption: fc.option(fc.string(), { nil: undefined }),
      width: fc.integer({ min: 1, max: 6 }),
      rows: fc.integer({ min: 0, max: 12 }),
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), block, fc.array(block, { maxLength: 3 }), (notes, main, side) => {
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
          problems: [],
        });
        const boxes = layout.blocks.map((b) => ({
          top: b.caption?.row ?? b.headerRow,
          bottom: b.lastRow,
          left: b.left,
          right: b.right,
        }));
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

  it("keeps every word whole: no column or summary span is narrower than its longest word, up to the printed width (any text)", () => {
    const word = fc.stringMatching(/^[А-Яа-яЁё«»№0-9-]{1,40}$/);
    const cell = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(" "));
    const table = (width: number) =>
      fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 6 }).map((rows): TableBlock => ({
        columns: Array.from({ length: width }, (_, i) => ({
          header: `Столбец ${i + 1}`,
          format: "text" as const,
          width: 4 + 7 * i,
        })),
        rows,
        highlights: [],
      }));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain(table),
        fc.integer({ min: 1, max: 4 }).chain(table),
        (main, summary) => {
          const layout = layoutSheet({ ...planStatus(), main, above: [summary] });
          for (const b of layout.blocks) {
            b.spans.forEach((span, i) => {
              const width = layout.columnWidths.slice(span.left, span.right + 1).reduce((x, y) => x + y, 0);
              const words = [b.headers[i], ...b.rows.map((r) => String(r[i] ?? ""))].flatMap((t) => t.split(" "));
              for (const w of words) {
                const need = Math.min(MAX_PRINTED_WIDTH, widthForPx(textWidthPx(w, { bold: true })));
                // header words are measured bold, cells regular: the regular width of a cell's word is the bound
                const cellNeed = Math.min(MAX_PRINTED_WIDTH, widthForPx(textWidthPx(w)));
                expect(width + 1e-9).toBeGreaterThanOrEqual(b.headers[i].split(" ").includes(w) ? need : cellNeed);
              }
            });
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("widens main's columns under a summary column whose longest word they could not hold", () => {
    const desc = planStatus();
    desc.main.columns = desc.main.columns.slice(0, 2);
    desc.main.rows = desc.main.rows.map((r) => r.slice(0, 2));
    desc.main.highlights = [];
    desc.above = [
      {
        caption: "Замечания",
        columns: [{ header: "Лист", format: "text", width: 20 }],
        rows: [["Рисковые профили общеобразовательных"]],
        highlights: [],
      },
    ];
    const layout = layoutSheet(desc);
    const [, remarks] = layout.blocks;
    const spanned = layout.columnWidths
      .slice(remarks.spans[0].left, remarks.spans[0].right + 1)
      .reduce((x, y) => x + y, 0);
    expect(spanned).toBeGreaterThanOrEqual(widthForPx(textWidthPx("общеобразовательных")));
  });

  it("keeps a summary with its caption on one page and starts none in the last quarter of a page", () => {
    const desc = planStatus();
    const summary = (n: number): TableBlock => ({
      caption: `Сводка ${n}`,
      columns: [
        { header: "Статус", format: "text", width: 24 },
        { header: "Пунктов", format: "integer", width: 10 },
      ],
      rows: Array.from({ length: 6 }, (_, i) => [`Строка ${i + 1}`, i]),
      highlights: [],
    });
    desc.above = Array.from({ length: 4 }, (_, i) => summary(i + 1));
    const layout = layoutSheet(desc);
    // pageBreaks.ts: A4 landscape less 0.75″ margins, 5 % left free, at the scale Excel's units give
    const page = (0.95 * 487.28) / printScale(layout, POINTS_PER_WIDTH.excel);
    // pages as the application fills them: a manual break, or the next row no longer fitting
    const starts = [0];
    let used = 0;
    layout.rowHeights.forEach((h, r) => {
      if (r > 0 && (layout.pageBreaks.includes(r) || used + h > page)) {
        starts.push(r);
        used = 0;
      }
      used += h;
    });
    const pageOf = (row: number) => starts.filter((s) => s <= row).length - 1;
    const heightBetween = (from: number, to: number) => layout.rowHeights.slice(from, to).reduce((x, y) => x + y, 0);
    for (const b of layout.blocks.slice(1)) {
      expect(pageOf(b.caption!.row)).toBe(pageOf(b.lastRow));
      const start = starts[pageOf(b.caption!.row)];
      expect(heightBetween(start, b.caption!.row)).toBeLessThanOrEqual(0.75 * page);
    }
    // four summaries of 8 rows and the start of main do not fit one page: at least one break, all before main's header
    expect(layout.pageBreaks.length).toBeGreaterThan(0);
    expect(Math.max(...layout.pageBreaks)).toBeLessThanOrEqual(layout.blocks[0].headerRow);
  });
});
