/**
 * A file `shnor report` writes is sent to municipalities and the ministry: it says who made it («Адресная помощь
 * 500+», not «ExcelJS»), what it is (its title) and carries nothing hidden — the settings sheet only with
 * --with-settings.
 */
import { readFileSync } from "fs";
import { join, resolve } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { fileTitle } from "../../src/files/reportRun";
import { gridOfWorksheet } from "../helpers/excelJsGrid";
import { mustDayOf } from "../../src/core/calendar";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { readSettingsRows, SETTINGS_SHEET_NAME, settingsToRows } from "../../src/core/settingsSheet";
import type { SheetDescription } from "../../src/reports/model";
import { openWorkbook, tempFolder } from "../helpers/workbooks";

const SAMPLE = resolve(__dirname, "..", "fixtures", "sample-region", "sample-region.xlsx");
const folder = tempFolder("shnor-sendable-");
const asOf = mustDayOf(2021, 6, 15);

async function run(...args: string[]): Promise<{ code: number; out: string[] }> {
  const out: string[] = [];
  const code = await main(["report", ...args, "--as-of", "2021-06-15"], {
    out: (l) => out.push(l),
    err: () => undefined,
  });
  return { code, out };
}

/** The sample region with the pane's hidden settings sheet: at most one school per curator. */
let withSettings: string;
/** Only the sample's plan: one report. */
let planOnly: string;

beforeAll(async () => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(SAMPLE);
  const settings = book.addWorksheet(SETTINGS_SHEET_NAME, { state: "hidden" });
  settingsToRows({ ...DEFAULT_SETTINGS, curatorCap: 1 }).forEach((row) => settings.addRow(row));
  withSettings = join(folder, "область с настройками.xlsx");
  await book.xlsx.writeFile(withSettings);

  const plan = new ExcelJS.Workbook();
  await plan.xlsx.readFile(SAMPLE);
  plan.removeWorksheet(plan.getWorksheet("ООНОР 2021")!.id);
  planOnly = join(folder, "план.xlsx");
  await plan.xlsx.writeFile(planOnly);
});

async function properties(path: string): Promise<{ core: string; app: string; workbook: string }> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const text = (part: string) => zip.file(part)!.async("string");
  return {
    core: await text("docProps/core.xml"),
    app: await text("docProps/app.xml"),
    workbook: await text("xl/workbook.xml"),
  };
}

const tag = (xml: string, name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1];

describe("a file written for sending", () => {
  it("names «Адресная помощь 500+» as creator, last editor and application, and the reports as its title", async () => {
    const out = join(folder, "отчёты.xlsx");
    expect((await run(SAMPLE, "--out", out)).code).toBe(0);
    const { core, app } = await properties(out);
    expect(tag(core, "dc:creator")).toBe("Адресная помощь 500+");
    expect(tag(core, "cp:lastModifiedBy")).toBe("Адресная помощь 500+");
    expect(tag(core, "dc:title")).toBe("Отчёты ШНОР по состоянию на 15.06.2021");
    expect(tag(app, "Application")).toBe("Адресная помощь 500+");
    expect(`${core}${app}`).not.toMatch(/ExcelJS|Microsoft/);
  });

  it("a one-report file takes that report's title; a municipality's file says whose it is", async () => {
    const plan = join(folder, "план-отчёт.xlsx");
    // On 01.03.2021 no quarter of the 2021 plan has ended: «Исполнение плана» is the file's one report.
    const quiet = { out: () => undefined, err: () => undefined };
    expect(await main(["report", planOnly, "--out", plan, "--as-of", "2021-03-01"], quiet)).toBe(0);
    expect((await openWorkbook(plan)).worksheets.map((s) => s.name)).toEqual([
      "Исполнение плана",
      "Замечания",
      "Что распознано",
    ]);
    expect(tag((await properties(plan)).core, "dc:title")).toBe("Исполнение плана по состоянию на 01.03.2021");

    const tara = join(folder, "калачинский.xlsx");
    expect((await run(SAMPLE, "--out", tara, "--municipality", "Калачинский район")).code).toBe(0);
    expect(tag((await properties(tara)).core, "dc:title")).toBe(
      "Отчёты ШНОР по состоянию на 15.06.2021 — Калачинский район",
    );
  });

  it("fileTitle: one report besides «Замечания» gives its own title, several give «Отчёты ШНОР»", () => {
    const sheet = (title: string) => ({ title }) as SheetDescription;
    expect(fileTitle([sheet("Кураторы по состоянию на 15.06.2021")], asOf, undefined)).toBe(
      "Кураторы по состоянию на 15.06.2021",
    );
    expect(fileTitle([sheet("Кураторы …"), sheet("Группы риска …")], asOf, "г. Омск")).toBe(
      "Отчёты ШНОР по состоянию на 15.06.2021 — г. Омск",
    );
  });

  it("holds no hidden sheet: the input's settings are used but not written, and stdout says how to keep them", async () => {
    const out = join(folder, "без настроек.xlsx");
    const { code, out: lines } = await run(withSettings, "--out", out);
    expect(code).toBe(0);
    const book = await openWorkbook(out);
    expect(book.worksheets.map((s) => s.name)).not.toContain(SETTINGS_SHEET_NAME);
    expect(book.worksheets.filter((s) => s.state !== "visible").map((s) => s.name)).toEqual([]);
    expect((await properties(out)).workbook).not.toMatch(/state="(hidden|veryHidden)"/);
    // the settings did apply: the curators report counts against a cap of 1
    expect(book.getWorksheet("Кураторы")!.getCell("A2").value).toMatch(/не более 1 ОО на куратора/);
    expect(lines).toContain(
      `Лист «${SETTINGS_SHEET_NAME}» в файл не записан: в нём нет ничего скрытого (записать лист — --with-settings).`,
    );
  });

  it("--with-settings writes the settings in force to the hidden sheet, as the next run on the file reads them", async () => {
    const out = join(folder, "с настройками.xlsx");
    const { code, out: lines } = await run(withSettings, "--out", out, "--with-settings");
    expect(code).toBe(0);
    expect(lines.join("\n")).not.toContain("не записан");
    const book = await openWorkbook(out);
    const sheet = book.getWorksheet(SETTINGS_SHEET_NAME)!;
    expect(sheet.state).toBe("hidden");
    expect(readSettingsRows(gridOfWorksheet(sheet)).settings.curatorCap).toBe(1);

    // asked for on a workbook without settings: the defaults in force
    const plain = join(folder, "умолчания.xlsx");
    expect((await run(SAMPLE, "--out", plain, "--with-settings")).code).toBe(0);
    const defaults = (await openWorkbook(plain)).getWorksheet(SETTINGS_SHEET_NAME)!;
    expect(readSettingsRows(gridOfWorksheet(defaults)).settings.curatorCap).toBe(DEFAULT_SETTINGS.curatorCap);
  });

  it("--split: every municipality's file is as clean, each with its own title", async () => {
    const out = join(folder, "рассылка.xlsx");
    expect((await run(withSettings, "--out", out, "--split")).code).toBe(0);
    const kalachinsk = join(folder, "рассылка-Калачинский район.xlsx");
    expect((await openWorkbook(kalachinsk)).worksheets.map((s) => s.name)).not.toContain(SETTINGS_SHEET_NAME);
    const { core } = await properties(kalachinsk);
    expect(tag(core, "dc:title")).toBe("Отчёты ШНОР по состоянию на 15.06.2021 — Калачинский район");
    expect(tag(core, "dc:creator")).toBe("Адресная помощь 500+");
  });
});
