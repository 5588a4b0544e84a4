/**
 * Returns in (issue 27, SPEC §10): forms filled as municipalities fill them — one as asked, one twice (the later
 * saved counts), one with every bad return of item 3, one never returned, plus forms of another quarter and of a
 * municipality the list does not have — consolidated in one run with the workbook. Every cell of «Свод по
 * муниципалитетам» is checked against a reference written apart from the builders: «Исполнение плана» of the plan
 * with that municipality's marks and dates written into the plan's own columns; so is every count of «Сдача форм».
 */
import { fileDateOfDay, mustDayOf, parseIsoDay } from "../../src/core/calendar";
import { FORM_SHEETS } from "../../src/core/forms/formReturn";
import { IDENTITY_SHEET_NAME } from "../../src/core/forms/identity";
import { readInputs } from "../../src/files/inputs";
import { type EngineResult, runEngine } from "../../src/reports/engine";
import type { SheetDescription } from "../../src/reports/model";
import { AS_OF, FINAL, MUNICIPALITIES, PLAN_ROWS, SCHOOL_ROWS, YES_NO } from "../fixtures/forms/region";
import { buildWorkbook } from "../helpers/workbooks";
import { type Fill, filled, REGION_FILE, regionBytes, regionForms } from "./helpers";

const RUN_AS_OF = parseIsoDay("2021-10-06")!;
const d = (y: number, m: number, day: number): number => mustDayOf(y, m, day);

const KALACH_FIRST: Fill = { "1": ["не выполнено"] };
const KALACH: Fill = {
  "1": ["выполнено", d(2021, 1, 25)],
  "3": ["выполняется"],
  "4": ["выполнено", d(2021, 10, 1)],
  "6": ["выполнено", d(2021, 9, 1)],
};
/** Тарский МР as forms really come back: a mark out of the list, a date as text, a date outside the period. */
const TARA: Fill = {
  "1": ["да", d(2021, 2, 10)],
  "3": ["выполнено", "15.09.2021 г."],
  "4": ["выполнено", d(2022, 1, 10)],
  "6": ["сделаем"],
};

let result: EngineResult;
let files: { name: string; bytes: Uint8Array }[];

function sheet(name: string): SheetDescription {
  return result.sheets.find((s) => s.sheetName === name)!;
}

/** The main table as objects by header. */
function table(desc: SheetDescription): Record<string, unknown>[] {
  const headers = desc.main.columns.map((c) => c.header);
  return desc.main.rows.map((r) => Object.fromEntries(headers.map((h, i) => [h, r[i]])));
}

/**
 * «Исполнение плана» of the plan with these marks and dates in its own columns (only the items given, when given): the
 * reference, apart from the builders — each item's status, and its «Исполнение сроков» line («Процент исполнения»,
 * «Выполнено», «Со сроком до …»).
 */
async function referencePlan(
  fill: Fill,
  only?: string[],
): Promise<{ statuses: Map<string, string>; completion: Record<string, unknown> }> {
  const rows = PLAN_ROWS.flatMap((r, i) => {
    if (i < 3) return [r];
    if (only && !only.includes(String(r[0]))) return [];
    const answer = fill[String(r[0])];
    return [answer ? [r[0], r[1], r[2], r[3], answer[0], answer[1] ?? null] : r];
  });
  const bytes = new Uint8Array(
    await buildWorkbook([
      {
        name: "План",
        rows: rows.map((r) => r.map((c, j) => (j === 5 && typeof c === "number" ? fileDateOfDay(c) : c))),
      },
    ]).xlsx.writeBuffer(),
  );
  const { grids, reportSheets } = await readInputs([{ label: "план.xlsx", name: "план.xlsx", bytes }]);
  const plan = runEngine(grids, reportSheets, { asOf: RUN_AS_OF }, ["planStatus"]).sheets[0];
  const completion = plan.above.find((b) => b.caption?.startsWith("Исполнение сроков"))!;
  return {
    statuses: new Map(table(plan).map((r) => [String(r["№"]), String(r["Статус"])])),
    completion: Object.fromEntries(completion.columns.map((c, i) => [c.header, completion.rows[0][i]])),
  };
}

async function referenceStatuses(fill: Fill): Promise<Map<string, string>> {
  return (await referencePlan(fill)).statuses;
}

/** How Тарский МР's marks and dates read, as the plan's own columns would read them (the date through the parser). */
const TARA_AS_READ: Fill = { ...TARA, "3": ["выполнено", d(2021, 9, 15)], "4": ["выполнено", d(2022, 1, 10)] };

beforeAll(async () => {
  const forms = await regionForms();
  const form = (m: string): Uint8Array => forms.files.find((f) => f.municipality === m)!.bytes;
  const otherQuarter = await (async () => {
    const { grids, reportSheets } = await readInputs([
      { label: REGION_FILE, name: REGION_FILE, bytes: await regionBytes() },
    ]);
    const { makeForms } = await import("../../src/files/formsRun");
    const run = await makeForms(grids, reportSheets, { asOf: parseIsoDay(AS_OF)!, quarter: "2021-2" });
    if (run.kind !== "built") throw new Error(run.message);
    return run.files.find((f) => f.municipality === "г. Энск")!.bytes;
  })();
  files = [
    {
      name: "Калачинский, первая.xlsx",
      bytes: await filled(form("Калачинский МР"), KALACH_FIRST, "2021-10-02T08:00:00Z"),
    },
    {
      name: "Калачинский, исправленная.xlsx",
      bytes: await filled(form("Калачинский МР"), KALACH, "2021-10-04T09:15:00Z"),
    },
    {
      name: "Тара.xlsx",
      bytes: await filled(form("Тарский МР"), TARA, "2021-10-05T10:00:00Z", (book) => {
        const items = book.getWorksheet(FORM_SHEETS.items)!;
        items.getCell("B9").value = "Совещания с директорами ШНОР"; // a locked text changed (item 4)
        const schools = book.getWorksheet(FORM_SHEETS.schools)!;
        schools.getCell("C5").value = "нет"; // was «+» in the list
        schools.getCell("E5").value = 20; // was 22
        schools.getCell("D6").value = 14; // as in the list: no change
      }),
    },
    {
      name: "Энск за II квартал.xlsx",
      bytes: await filled(otherQuarter, { "1": ["выполнено", d(2021, 1, 20)] }, "2021-07-03T10:00:00Z"),
    },
    {
      name: "Усть-Ишим.xlsx",
      bytes: await filled(form("Тарский МР"), {}, "2021-10-03T10:00:00Z", (book) => {
        book.getWorksheet(IDENTITY_SHEET_NAME)!.getCell("B6").value = "Усть-Ишимский МР";
      }),
    },
  ];
  const { grids, reportSheets } = await readInputs([
    { label: REGION_FILE, name: REGION_FILE, bytes: await regionBytes() },
    ...files.map((f) => ({ label: f.name, name: f.name, bytes: f.bytes })),
  ]);
  result = runEngine(grids, reportSheets, { asOf: RUN_AS_OF });
}, 120_000);

describe("returned forms consolidated with the workbook", () => {
  it("reads forms as forms: still one plan and one schools list, and the three sheets of the round", () => {
    expect(result.sheets.map((s) => s.sheetName)).toEqual(
      expect.arrayContaining(["Исполнение плана", "Свод по муниципалитетам", "Сдача форм", "Изменения показателей"]),
    );
    // a form read as a plan would add its items and a «План» column (several plans)
    expect(table(sheet("Исполнение плана")).map((r) => r["№"])).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
    expect(sheet("Исполнение плана").main.columns.map((c) => c.header)).not.toContain("План");
  });

  it("each municipality's cell is the status «Исполнение плана» shows with that mark and date in the plan (reference)", async () => {
    const summary = table(sheet("Свод по муниципалитетам"));
    const reference = {
      "Калачинский МР": await referenceStatuses(KALACH),
      "Тарский МР": await referenceStatuses(TARA_AS_READ),
      "г. Энск": await referenceStatuses({}),
    };
    expect(summary.map((r) => r["№"])).toEqual(["1", "3", "4", "6"]);
    for (const row of summary) {
      for (const m of MUNICIPALITIES)
        expect([row["№"], m, row[m]]).toEqual([
          row["№"],
          m,
          reference[m as keyof typeof reference].get(String(row["№"])),
        ]);
    }
    // spelled out, so that the reference itself is seen to be right
    expect(summary.map((r) => [r["№"], r["Калачинский МР"], r["Тарский МР"], r["г. Энск"], r["Выполнили"]])).toEqual([
      ["1", "Выполнено", "Выполнено с нарушением срока", "Просрочено", "2 из 3"],
      ["3", "В работе", "Выполнено", "В работе", "1 из 3"],
      ["4", "Выполнено с нарушением срока", "Просрочено", "Просрочено", "1 из 3"],
      ["6", "Выполнено", "В работе", "В работе", "1 из 3"],
    ]);
  });

  it("«Сдача форм»: per municipality on the basis of «Процент исполнения» (reference), the row adding up", async () => {
    const returns = sheet("Сдача форм");
    const summary = table(sheet("Свод по муниципалитетам"));
    const fills: Record<string, Fill> = { "Калачинский МР": KALACH, "Тарский МР": TARA_AS_READ, "г. Энск": {} };
    const rows = table(returns);
    expect(rows.map((r) => r["Муниципалитет"])).toEqual(["г. Энск", "Калачинский МР", "Тарский МР"]); // the list's municipalities, alphabetical
    for (const row of rows) {
      const m = String(row["Муниципалитет"]);
      // the reference: «Исполнение плана» of a plan of this municipality's items with its marks
      const own = summary.filter((r) => r[m] !== null).map((r) => String(r["№"]));
      const { statuses, completion } = await referencePlan(fills[m], own);
      const counted = (status: string) => [...statuses.values()].filter((s) => s === status).length;
      expect([m, row]).toEqual([
        m,
        {
          Муниципалитет: m,
          "Форма получена": m === "г. Энск" ? "нет" : "да",
          Файл: { "Калачинский МР": "Калачинский, исправленная.xlsx", "Тарский МР": "Тара.xlsx", "г. Энск": null }[m],
          "Пунктов со сроком до 06.10.2021": completion["Со сроком до 06.10.2021"],
          Выполнено: completion["Выполнено"],
          "в т. ч. с нарушением срока": counted("Выполнено с нарушением срока"),
          "Не выполнено": Number(completion["Со сроком до 06.10.2021"]) - Number(completion["Выполнено"]),
          "в т. ч. просрочено": counted("Просрочено"),
          "Процент исполнения": completion["Процент исполнения"],
        },
      ]);
    }
    // spelled out: due by 06.10.2021 are items 1 (январь) and 4 (до 30.09.2021); Калачинский's item 6, done on
    // 01.09.2021 before its deadline (15.12.2021), is in none of the counts; Тарский's item 4 was done only in 2022
    const counts = ["Пунктов со сроком до 06.10.2021", "Выполнено", "в т. ч. с нарушением срока", "Не выполнено"];
    expect(rows.map((r) => [...counts, "в т. ч. просрочено", "Процент исполнения"].map((h) => r[h]))).toEqual([
      [2, 0, 0, 2, 2, 0],
      [2, 2, 1, 0, 0, 1],
      [2, 1, 1, 1, 1, 0.5],
    ]);
    for (const r of rows) expect((r["Выполнено"] as number) + (r["Не выполнено"] as number)).toBe(r[counts[0]]);
    expect(returns.notes).toContain("Не представили форму: г. Энск");
    expect(returns.notes).toContain(
      "Процент исполнения = выполнено из пунктов со сроком окончания до 06.10.2021; не входят пункты с более поздним сроком (даже выполненные) и без срока или с нераспознанным сроком",
    );
  });

  it("indicator values from the forms replace the list's, each change listed and counted per municipality", () => {
    expect(
      table(sheet("Изменения показателей")).map((r) => [
        r["Наименование ОО"],
        r["Показатель"],
        r["Было (список школ)"],
        r["Стало (форма)"],
      ]),
    ).toEqual([
      ["МБОУ «Атирская СОШ»", YES_NO, "+", "нет"],
      ["МБОУ «Атирская СОШ»", FINAL, "22", "20"],
    ]);
    const indicators = table(sheet("Показатели"));
    const yesNo = indicators.find((r) => r["Показатель"] === YES_NO && r["Муниципалитет"] === "Тарский МР")!;
    expect(yesNo["Числитель"]).toBe(0); // Атирская now «нет», Егоровская empty
    expect(result.problems.map((p) => p.message)).toContain(
      "Тарский МР: по форме изменено значений показателей: 2 (см. лист «Изменения показателей»)",
    );
    expect(SCHOOL_ROWS[3][4]).toBe("+");
  });

  it("tells every bad return with its file, sheet and cell; nothing silently merged or dropped", () => {
    const where = (text: string) =>
      result.problems
        .filter((p) => p.message.includes(text))
        .map((p) => [p.file, p.sheet, p.row === undefined ? undefined : p.row + 1, p.col]);
    expect(where("отметка «да» — не из списка")).toEqual([["Тара.xlsx", FORM_SHEETS.items, 7, 4]]);
    expect(where("записана текстом «15.09.2021 г.»")).toEqual([["Тара.xlsx", FORM_SHEETS.items, 8, 5]]);
    expect(where("10.01.2022 вне периода плана")).toEqual([["Тара.xlsx", FORM_SHEETS.items, 9, 5]]);
    expect(where("текст мероприятия пункта 4 изменён")).toEqual([["Тара.xlsx", FORM_SHEETS.items, 9, 1]]);
    expect(where("отметка «сделаем» — не из списка")).toEqual([["Тара.xlsx", FORM_SHEETS.items, 10, 4]]);
    expect(
      where(
        "Две формы муниципалитета «Калачинский МР»: учтена сохранённая позже «Калачинский, исправленная.xlsx» (сохранена 04.10.2021 09:15)",
      ),
    ).toEqual([["Калачинский, первая.xlsx", undefined, undefined, undefined]]);
    expect(where("Форма за II квартал 2021 года, а сводится III квартал 2021 года: не учтена")).toEqual([
      ["Энск за II квартал.xlsx", undefined, undefined, undefined],
    ]);
    expect(where("Форма муниципалитета «Усть-Ишимский МР», которого нет в списке школ")).toEqual([
      ["Усть-Ишим.xlsx", undefined, undefined, undefined],
    ]);
  });
});

describe("the round is part of a run only when forms were given", () => {
  const ROUND_LINE = /Свод по муниципалитетам/;
  const run = async (
    more: { name: string; bytes: Uint8Array }[],
    workbook = true,
    asOf = RUN_AS_OF,
  ): Promise<EngineResult> => {
    const { grids, reportSheets } = await readInputs([
      ...(workbook ? [{ label: REGION_FILE, name: REGION_FILE, bytes: await regionBytes() }] : []),
      ...more.map((f) => ({ label: f.name, name: f.name, bytes: f.bytes })),
    ]);
    return runEngine(grids, reportSheets, { asOf });
  };
  const told = (r: EngineResult): string[] => [
    ...r.summary,
    ...r.sheets.filter((s) => s.reportId === "remarks").flatMap((s) => s.main.rows.flat().map(String)),
  ];

  it("without forms: no round sheets and no word of them", async () => {
    const plain = await run([]);
    expect(plain.sheets.filter((s) => s.reportId === "round")).toEqual([]);
    expect(told(plain).filter((line) => ROUND_LINE.test(line))).toEqual([]);
  });

  it("forms given, none of this plan, quarter and list: not built, and why", async () => {
    const unusable = await run(
      files.filter((f) => f.name === "Энск за II квартал.xlsx" || f.name === "Усть-Ишим.xlsx"),
    );
    expect(unusable.sheets.filter((s) => s.reportId === "round")).toEqual([]);
    expect(unusable.summary).toContain(
      "Отчёт «Свод по муниципалитетам» не построен: ни одна из указанных форм (2) не относится к плану и кварталу свода (III квартал 2021 года) и к муниципалитетам списка школ — почему, сказано в замечаниях к каждой форме.",
    );
    expect(unusable.problems.map((p) => p.file)).toEqual(
      expect.arrayContaining(["Энск за II квартал.xlsx", "Усть-Ишим.xlsx"]),
    );
  });

  it("forms given before any quarter of the plan ended: not built, and why", async () => {
    const early = await run(files.slice(1, 2), true, d(2021, 3, 1));
    expect(early.sheets.filter((s) => s.reportId === "round")).toEqual([]);
    expect(early.summary).toContain(
      "Отчёт «Свод по муниципалитетам» не построен: ни один квартал периода плана (01.01.2021–31.12.2021) не закончился к 01.03.2021.",
    );
  });

  it("forms given without the workbook of their plan and schools: not built, and why", async () => {
    const alone = await run(files.slice(1, 2), false);
    expect(alone.summary).toEqual(
      expect.arrayContaining([
        "Отчёт «Свод по муниципалитетам» не построен: с заполненными формами муниципалитетов не найдены план мероприятий и список школ, к которым они относятся (shnor report <книга.xlsx> <формы…>).",
      ]),
    );
  });
});
