/** The strict fake must refuse what Excel refuses, or the other tests prove nothing. */
import { createFakeExcel, REQUEST_LIMIT_BYTES } from "../helpers/fakeExcel";

const book = () =>
  createFakeExcel({
    sheets: [
      {
        name: "ООНОР 2021",
        cells: [
          ["Наименование ОО", "РФ1"],
          ["СОШ № 1", "высокий"],
        ],
      },
    ],
  });

describe("createFakeExcel", () => {
  it("throws on a property read before load, and before the sync that loads it", async () => {
    const fake = book();
    await fake.Excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("ООНОР 2021").getRange("A1:B2");
      expect(() => range.values).toThrow(/not available.*load/);
      range.load("values");
      expect(() => range.values).toThrow(/not available/);
      await ctx.sync();
      expect(range.values).toEqual([
        ["Наименование ОО", "РФ1"],
        ["СОШ № 1", "высокий"],
      ]);
    });
  });

  it("rejects a values or format matrix of the wrong shape, and accepts a single value for the whole range", async () => {
    const fake = book();
    await expect(
      fake.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("ООНОР 2021").getRangeByIndexes(0, 0, 2, 2).values = [["a", "b"]];
        await ctx.sync();
      }),
    ).rejects.toThrow(/1×2 не совпадает с диапазоном 2×2/);
    await fake.Excel.run(async (ctx) => {
      (
        ctx.workbook.worksheets.getItem("ООНОР 2021").getRangeByIndexes(1, 0, 1, 2) as unknown as {
          numberFormat: unknown;
        }
      ).numberFormat = "0";
      await ctx.sync();
    });
    expect(fake.workbookSnapshot().sheets[0].formatAt(1, 1).numberFormat).toBe("0");
  });

  it("stores strings as Range.values documents: «=», «+», «-» formulas, locale-neutral numbers and ISO dates, locale-shaped text", async () => {
    const fake = book();
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("ООНОР 2021").getRangeByIndexes(2, 0, 1, 9).values = [
        ["=A1", "-5 дней", "15", "1.5", "2021-03-01", "01.03.2021", "1,5", "ИСТИНА", "'=A1"],
      ];
      await ctx.sync();
    });
    const sheet = fake.workbookSnapshot().sheets[0];
    expect(sheet.cells[2]).toEqual(["=A1", "-5 дней", 15, 1.5, 44256, "01.03.2021", "1,5", "ИСТИНА", "=A1"]);
    expect(sheet.formulas.map((f) => f.col)).toEqual([0, 1]);
  });

  it("takes getRanges addresses only with the machine's list separator (office-js #1167, #1985)", async () => {
    const paint = (listSeparator: "," | ";", address: string): Promise<void> =>
      createFakeExcel({ sheets: [{ name: "Лист1", cells: [["x"]] }] }, { listSeparator }).Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Лист1").getRanges(address).format.fill.color = "#FFFFFF";
        await ctx.sync();
      });
    await expect(paint(",", "A1:B2,D5")).resolves.toBeUndefined();
    await expect(paint(";", "A1:B2;D5")).resolves.toBeUndefined();
    await expect(paint(";", "A1:B2,D5")).rejects.toThrow(/argument is invalid/);
    await expect(paint(",", "A1:B2;D5")).rejects.toThrow(/argument is invalid/);
  });

  it("gives the workbook's date system through DATE(1904;1;2): 1463, or 1 in a 1904 workbook", async () => {
    for (const [date1904, expected] of [
      [false, 1463],
      [true, 1],
    ] as const) {
      await createFakeExcel({ sheets: [{ name: "Лист1", cells: [["x"]] }] }, { date1904 }).Excel.run(async (ctx) => {
        const result = ctx.workbook.functions.date(1904, 1, 2).load("value");
        await ctx.sync();
        expect(result.value).toBe(expected);
      });
    }
  });

  it("returns a merged area only with the range holding its top-left cell, cut to it (office-js #3611, #1590)", async () => {
    const fake = createFakeExcel(
      { sheets: [{ name: "Лист1", cells: [["x"]], merges: [{ top: 3, left: 19, bottom: 4, right: 20 }] }] },
      { listSeparator: ";" },
    );
    await fake.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Лист1");
      const row4 = sheet.getRange("A4:Z4").getMergedAreasOrNullObject().load("address");
      const row5 = sheet.getRange("A5:Z5").getMergedAreasOrNullObject();
      const both = sheet.getRange("A1:Z9").getMergedAreasOrNullObject().load("address");
      await ctx.sync();
      expect(row4.address).toBe("Лист1!T4:U4");
      expect(row5.isNullObject).toBe(true);
      expect(both.address).toBe("Лист1!T4:U5");
    });
  });

  it("refuses illegal, too long or duplicate sheet names, and deleting the last visible sheet", async () => {
    for (const name of ["Итоги [2021]", "a/b", "Очень длинное имя листа больше 31 знака", "оонор 2021", "'Кавычка'"]) {
      await expect(
        book().Excel.run(async (ctx) => {
          ctx.workbook.worksheets.add(name);
          await ctx.sync();
        }),
      ).rejects.toThrow(/имя листа|уже есть/);
    }
    await expect(
      book().Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("ООНОР 2021").delete();
        await ctx.sync();
      }),
    ).rejects.toThrow(/единственный видимый/);
  });

  it("rejects a batch that queues work and never syncs it", async () => {
    await expect(
      book().Excel.run(async (ctx) => {
        ctx.workbook.worksheets.add("Новый");
      }),
    ).rejects.toThrow(/не отправлено/);
  });

  it("refuses a request over 5 MB and counts syncs and their sizes", async () => {
    const fake = book();
    const big = Array.from({ length: 60_000 }, () => ["Муниципальное бюджетное общеобразовательное учреждение"]);
    await expect(
      fake.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("ООНОР 2021").getRangeByIndexes(0, 0, big.length, 1).values = big;
        await ctx.sync();
      }),
    ).rejects.toThrow(/payload size has exceeded/);
    expect(fake.syncCount()).toBe(1);
    expect(fake.syncPayloads()[0]).toBeGreaterThan(REQUEST_LIMIT_BYTES);
  });

  it("hides APIs newer than the supported ExcelApi version", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Лист1", cells: [["x"]] }] }, { apiVersion: "1.8" });
    expect(fake.Office.context.requirements.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(fake.Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(false);
    await fake.Excel.run(async (ctx) => {
      expect(() => ctx.workbook.worksheets.getItem("Лист1").pageLayout).toThrow(/ExcelApi 1\.9/);
      expect(() => ctx.workbook.application.suspendScreenUpdatingUntilNextSync()).toThrow(/ExcelApi 1\.9/);
    });
  });

  it("keeps a defined name on its sheet through a rename and shows #REF! after the sheet is deleted", async () => {
    const fake = createFakeExcel({
      sheets: [
        { name: "Лист1", cells: [["x"]] },
        { name: "Отчёт", cells: [["y"]] },
      ],
    });
    fake.addName("SHNOR_REPORT_curators", "Отчёт");
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Отчёт").name = "Кураторы 2021";
      await ctx.sync();
    });
    expect(fake.workbookSnapshot().names).toEqual([
      { name: "SHNOR_REPORT_curators", formula: "='Кураторы 2021'!$A$1" },
    ]);
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Кураторы 2021").delete();
      await ctx.sync();
    });
    expect(fake.workbookSnapshot().names[0].formula).toBe("=#REF!$A$1");
  });

  it("a Russian desktop Excel gives a name's formula in Russian (office-js #2834)", async () => {
    const fake = createFakeExcel(
      {
        sheets: [
          { name: "Лист1", cells: [["x"]] },
          { name: "Отчёт", cells: [["y"]] },
        ],
      },
      { localizedNames: "ru-RU" },
    );
    fake.addName("SHNOR_REPORT_curators", "Отчёт");
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Отчёт").delete();
      await ctx.sync();
    });
    expect(fake.workbookSnapshot().names[0].formula).toBe("=#ССЫЛКА!$A$1");
  });
});

describe("what the fake models from the documentation (issue 14, point 9)", () => {
  const run = (fake: ReturnType<typeof book>, batch: (ctx: Excel.RequestContext) => Promise<void>): Promise<void> =>
    fake.Excel.run((ctx) => batch(ctx as unknown as Excel.RequestContext));

  it("a formula cell reads as its computed value through values, as its text through formulas; a written one is not computed", async () => {
    const fake = createFakeExcel({
      sheets: [
        {
          name: "Доли",
          cells: [[2, 4]],
          formulas: [
            { row: 0, col: 2, formula: "=A1/B1", value: 0.5 },
            { row: 0, col: 3, formula: "=A1/0", value: "#ДЕЛ/0!" },
          ],
        },
      ],
    });
    await run(fake, async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Доли").getRange("A1:D1").load("values,formulas");
      await ctx.sync();
      expect(range.values).toEqual([[2, 4, 0.5, "#ДЕЛ/0!"]]);
      expect(range.formulas).toEqual([[2, 4, "=A1/B1", "=A1/0"]]);
    });
    await expect(
      run(fake, async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem("Доли");
        sheet.getRange("E1").values = [["=A1*2"]];
        sheet.getRange("E1").load("values");
        await ctx.sync();
      }),
    ).rejects.toThrow(/не вычисляет формулу «=A1\*2»/);
  });

  it("named items carry only what was loaded", async () => {
    const fake = book();
    fake.addName("SHNOR_REPORT_curators", "ООНОР 2021");
    await run(fake, async (ctx) => {
      const names = ctx.workbook.names.load("items/name");
      await ctx.sync();
      expect(names.items.map((n) => n.name)).toEqual(["SHNOR_REPORT_curators"]);
      expect(() => names.items[0].formula).toThrow(/not available/);
    });
  });

  it("every proxy object costs an object path in the request, even with no action on it", async () => {
    const fake = book();
    await run(fake, async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("ООНОР 2021");
      for (let i = 0; i < 1_000; i++) sheet.getRangeByIndexes(i, 0, 1, 1).format.fill.color = "#FFFFFF";
      await ctx.sync();
    });
    // 1 000 × (range + format + fill + the set) + the sheet: at least 100 bytes each.
    expect(fake.syncPayloads()[0]).toBeGreaterThanOrEqual(4_001 * 100);
  });

  it("refuses a text over 32 767 characters and a getRanges address over 255 characters", async () => {
    const fake = book();
    await expect(
      run(fake, async (ctx) => {
        ctx.workbook.worksheets.getItem("ООНОР 2021").getRange("C1").values = [["я".repeat(32_768)]];
        await ctx.sync();
      }),
    ).rejects.toThrow(/32768 символов, больше 32767/);
    await run(fake, async (ctx) => {
      ctx.workbook.worksheets.getItem("ООНОР 2021").getRange("C1").values = [["я".repeat(32_767)]];
      await ctx.sync();
    });
    const address = Array.from({ length: 40 }, (_, i) => `A${i * 2 + 1}:B${i * 2 + 1}`).join(",");
    expect(address.length).toBeGreaterThan(255);
    await expect(
      run(fake, async (ctx) => {
        ctx.workbook.worksheets.getItem("ООНОР 2021").getRanges(address).format.fill.color = "#FFFFFF";
        await ctx.sync();
      }),
    ).rejects.toThrow(/больше 255/);
  });
});
