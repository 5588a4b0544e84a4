/**
 * Forms out (issue 27, SPEC §10): one workbook per municipality, its sheets, lists, protection, identity and print
 * setup, read back from the bytes as any office suite would find them.
 */
import JSZip from "jszip";
import { mustDayOf, parseIsoDay } from "../../src/core/calendar";
import { FORM_HEADERS as H, FORM_SHEETS, readReturnedForm } from "../../src/core/forms/formReturn";
import { fingerprint, IDENTITY_SHEET_NAME } from "../../src/core/forms/identity";
import { formFileNames, makeForms } from "../../src/files/formsRun";
import { readInputs } from "../../src/files/inputs";
import { AS_OF, ENTRY, FINAL, FORM_ITEMS, MUNICIPALITIES, PLAN_ROWS, YES_NO } from "../fixtures/forms/region";
import { regionForms, regionGrids } from "./helpers";

let run: Awaited<ReturnType<typeof regionForms>>;
beforeAll(async () => {
  run = await regionForms();
}, 60_000);

async function part(bytes: Uint8Array, name: string): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file(name)!.async("string");
}

/** The worksheet part of a sheet, by its name in workbook.xml. */
async function sheetXml(bytes: Uint8Array, sheet: string): Promise<string> {
  const workbook = await part(bytes, "xl/workbook.xml");
  const index = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].findIndex((m) => m[1] === sheet);
  return part(bytes, `xl/worksheets/sheet${index + 1}.xml`);
}

describe("shnor forms: one workbook per municipality", () => {
  it("names each «Форма — <Муниципалитет>.xlsx», as in the list", () => {
    expect(run.files.map((f) => f.name)).toEqual(
      MUNICIPALITIES.map((m) => `Форма — ${m}.xlsx`).sort((a, b) => a.localeCompare(b, "ru")),
    );
  });

  it("keeps two names that make one file name apart", () => {
    expect(formFileNames(["г. Энск / Центр", "г. Энск : Центр"])).toEqual([
      "Форма — г. Энск _ Центр.xlsx",
      "Форма — г. Энск _ Центр (2).xlsx",
    ]);
  });

  it("holds «Отчёт МОУО» with the municipal bodies' items, «Показатели ОО» with the municipality's schools, and the identity", async () => {
    const file = run.files.find((f) => f.municipality === "Тарский МР")!;
    const { grids } = await readInputs([{ label: file.name, name: file.name, bytes: file.bytes }]);
    expect(grids.map((g) => g.name)).toEqual([FORM_SHEETS.items, FORM_SHEETS.schools, IDENTITY_SHEET_NAME]);
    const items = grids[0].cells;
    expect(items[0][0]).toBe("Отчёт о выполнении плана за III квартал 2021 года — Тарский МР");
    expect(items[1][0]).toBe("Срок представления: 05.10.2021");
    const header = items.findIndex((r) => r[0] === H.number);
    expect(items[header]).toEqual([H.number, H.measure, H.deadline, H.executor, H.mark, H.date, H.comment]);
    expect(items.slice(header + 1).map((r) => r[0])).toEqual(FORM_ITEMS);
    expect(items[header + 2].slice(0, 4)).toEqual(["3", PLAN_ROWS[5][1], "1 раз в квартал", PLAN_ROWS[5][3]]);
    const schools = grids[1].cells;
    const schoolsHeader = schools.findIndex((r) => r[1] === H.school);
    expect(schools[schoolsHeader]).toEqual([H.schoolId, H.school, YES_NO, ENTRY, FINAL]);
    // «+» of the list is «да» of the form's list; an empty cell stays empty
    expect(schools.slice(schoolsHeader + 1)).toEqual([
      ["sch550201", "МБОУ «Атирская СОШ»", "да", 30, 22],
      ["sch550202", "МБОУ «Егоровская ООШ»", null, 14, 14],
    ]);
    const reading = readReturnedForm(file.name, grids);
    expect(reading.kind === "form" && reading.form.identity).toEqual({
      plan: PLAN_ROWS[0][0],
      period: { start: mustDayOf(2021, 1, 1), end: mustDayOf(2021, 12, 31) },
      municipality: "Тарский МР",
      quarter: { year: 2021, quarter: 3 },
      due: mustDayOf(2021, 10, 5),
      made: parseIsoDay(AS_OF),
      items: FORM_ITEMS.map((n) => ({
        number: n,
        fingerprint: fingerprint(String(PLAN_ROWS.find((r) => r[0] === n)![1])),
      })),
    });
  });

  it("gives the mark a list, the date a date within the plan period, the indicators a «да / нет» list or a number", async () => {
    const file = run.files.find((f) => f.municipality === "Калачинский МР")!;
    const items = await sheetXml(file.bytes, FORM_SHEETS.items);
    const validations = [...items.matchAll(/<dataValidation ([^>]*)>(.*?)<\/dataValidation>/g)].map((m) => ({
      type: /type="(\w+)"/.exec(m[1])![1],
      sqref: /sqref="([^"]+)"/.exec(m[1])![1],
      formulae: m[2],
    }));
    expect(validations).toEqual([
      {
        type: "list",
        sqref: "E7:E10",
        formulae: "<formula1>&quot;выполнено,выполняется,не выполнено&quot;</formula1>",
      },
      { type: "date", sqref: "F7:F10", formulae: "<formula1>44197</formula1><formula2>44561</formula2>" },
    ]);
    const schools = await sheetXml(file.bytes, FORM_SHEETS.schools);
    expect(
      [...schools.matchAll(/<dataValidation [^>]*type="(\w+)"[^>]*sqref="([^"]+)"/g)].map((m) => [m[1], m[2]]),
    ).toEqual([
      ["list", "C5:C6"],
      ["decimal", "D5:D6"],
      ["decimal", "E5:E6"],
    ]);
  });

  it("protects each sheet without a password, leaving only the cells to fill unlocked", async () => {
    const file = run.files[0];
    const xml = await sheetXml(file.bytes, FORM_SHEETS.items);
    const protection = /<sheetProtection [^>]*\/>/.exec(xml)![0];
    expect(protection).toContain('sheet="1"');
    expect(protection).not.toMatch(/hashValue|password/);
    const styles = await part(file.bytes, "xl/styles.xml");
    const xfs = /<cellXfs[^>]*>(.*?)<\/cellXfs>/s.exec(styles)![1].match(/<xf [^>]*?(?:\/>|>.*?<\/xf>)/g)!;
    const unlocked = (ref: string): boolean => {
      const s = Number(new RegExp(`<c r="${ref}"[^>]*? s="(\\d+)"`).exec(xml)?.[1] ?? 0);
      return /<protection locked="0"\/>/.test(xfs[s]);
    };
    expect(["E7", "F7", "G10"].map(unlocked)).toEqual([true, true, true]);
    expect(["A7", "B7", "C7", "D10", "A1", "E6"].map(unlocked)).toEqual([false, false, false, false, false, false]);
    expect(await sheetXml(file.bytes, IDENTITY_SHEET_NAME)).toContain('<sheetProtection sheet="1"');
  });

  it("hides the identity sheet (hidden, not veryHidden: LibreOffice keeps «hidden»)", async () => {
    const workbook = await part(run.files[0].bytes, "xl/workbook.xml");
    expect(workbook).toMatch(new RegExp(`<sheet [^>]*name="${IDENTITY_SHEET_NAME}" state="hidden"`));
    expect(workbook).not.toContain("veryHidden");
  });

  it("prints as every report: A4 landscape, the header row repeated, page numbers", async () => {
    const file = run.files[0];
    const xml = await sheetXml(file.bytes, FORM_SHEETS.items);
    expect(xml).toMatch(/<pageSetup [^>]*paperSize="9"[^>]*orientation="landscape"/);
    expect(xml).toContain("<oddFooter>&amp;CСтраница &amp;P из &amp;N</oddFooter>");
    expect(await part(file.bytes, "xl/workbook.xml")).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;${FORM_SHEETS.items}&apos;!$6:$6</definedName>`,
    );
  });

  it("carries no report marker: a form is never taken for the add-in's report", async () => {
    expect(await part(run.files[0].bytes, "xl/workbook.xml")).not.toContain("SHNOR_REPORT_");
  });

  it("refuses a quarter outside the plan period or unreadable (as a report run does), and a workbook without a plan, saying why", async () => {
    const { grids, reportSheets } = await regionGrids();
    const outside = await makeForms(grids, reportSheets, { asOf: parseIsoDay(AS_OF)!, quarter: "2022-1" });
    expect(outside).toMatchObject({
      kind: "refused",
      option: "quarter",
      message: "I квартал 2022 года вне периода плана (01.01.2021–31.12.2021).",
    });
    const unread = await makeForms(grids, reportSheets, { asOf: parseIsoDay(AS_OF)!, quarter: " третий " });
    expect(unread).toMatchObject({
      kind: "refused",
      option: "quarter",
      message: "квартал «третий» не распознан: укажите год и номер квартала, например «2021-3».",
    });
    const noPlan = await makeForms(
      grids.filter((g) => g.name !== "План"),
      reportSheets,
      { asOf: parseIsoDay(AS_OF)! },
    );
    expect(noPlan).toMatchObject({ kind: "refused", message: expect.stringContaining("не найден план мероприятий") });
  });
});
