/**
 * The reports on paper (SPEC §6 «Printing», issue 12), printed by a real spreadsheet application nobody here wrote:
 * `shnor report` writes every report of the demo region and of the sample region, LibreOffice converts each file to
 * PDF in one call, and printCheck.ts reads every page. A deliberately bad layout (a table beside the main one, no row
 * heights, a name in a cell too narrow for it) must be rejected by the same check.
 * Needs soffice (libreoffice-calc) and pdftotext (poppler-utils), with fonts-crosextra-carlito for Calibri's metrics:
 * without them the suite is skipped loudly, and under CI=true it fails.
 */
import { execFileSync, spawnSync } from "child_process";
import { existsSync, readdirSync } from "fs";
import { basename, join, resolve } from "path";
import ExcelJS from "exceljs";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { readWorkbook } from "../../src/core/tables/readWorkbook";
import { readXlsxFile, tempFolder } from "../helpers/workbooks";
import { containsInOrder, overlapping, parseBbox, printProblems, readPages, type Page } from "./printCheck";

const ROOT = resolve(__dirname, "..", "..");
const SHNOR = join(ROOT, "bin", "shnor.js");
const SAMPLE = join(ROOT, "test", "fixtures", "sample-region", "sample-region.xlsx");
const AS_OF = "2021-06-15";

function available(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: "ignore" }).status === 0;
}
const CAN_PRINT = available("soffice", ["--version"]) && available("pdftotext", ["-v"]);
if (!CAN_PRINT) {
  console.warn("!!! soffice или pdftotext не найдены: проверка печати НЕ выполнена. Установите libreoffice-calc poppler-utils fonts-crosextra-carlito.");
}

if (!CAN_PRINT && process.env.CI === "true") {
  test("CI has LibreOffice and poppler for the print check", () => {
    throw new Error("soffice или pdftotext не найдены: в CI проверка печати обязательна (.ci/run ставит libreoffice-calc poppler-utils).");
  });
}

describe("print check on made-up pages", () => {
  const word = (text: string, xMin: number, yMin: number, width = 30, height = 14.3) => ({ text, xMin, yMin, xMax: xMin + width, yMax: yMin + height });
  const page = (words: Page["words"]): Page => ({ width: 841.89, height: 595.3, words: [...words, word("Страница", 380, 560), word("1", 420, 560, 5), word("из", 428, 560, 10), word("3", 440, 560, 5)] });

  it("passes a clean page and names wrapped over two lines", () => {
    const clean = page([word("МБОУ", 20, 40), word("«Азовская", 20, 55, 50), word("СОШ»", 20, 70)]);
    expect(printProblems([clean], ["МБОУ «Азовская СОШ»"])).toEqual([]);
  });

  it("finds words printed over each other, type too small, a portrait page, a missing footer and a cut name", () => {
    const over = page([word("Выполнено", 20, 40, 60), word("Просрочено", 40, 45, 60), word("мелко", 200, 40, 20, 7)]);
    const portrait: Page = { width: 595.3, height: 841.89, words: [word("МБОУ", 20, 40), word("«Азовская", 60, 40, 50)] };
    const problems = printProblems([over, portrait], ["МБОУ «Азовская СОШ»"]);
    expect(problems).toEqual([
      expect.stringMatching(/^стр\. 1: 1 слов мельче допустимого, например «мелко» высотой 7\.0/),
      expect.stringMatching(/^стр\. 1: 1 пар слов напечатаны друг на друге, например «Выполнено» и «Просрочено»/),
      expect.stringMatching(/^стр\. 2: размер 595×842/),
      expect.stringMatching(/^стр\. 2: внизу страницы нет «Страница N из M»/),
      "имя «МБОУ «Азовская СОШ»» не напечатано целиком",
    ]);
  });

  it("lets neighbouring lines of one cell touch, as the font's boxes do", () => {
    expect(overlapping([word("первая", 20, 40), word("вторая", 20, 40 + 11.1)])).toEqual([]);
    expect(overlapping([word("первая", 20, 40), word("вторая", 20, 40 + 5)])).toHaveLength(1);
  });

  it("reads pdftotext's boxes, entities included", () => {
    const pages = parseBbox('<page width="841.89" height="595.28"><word xMin="1" yMin="2" xMax="3" yMax="16">&lt;&amp;&gt;</word></page>');
    expect(pages).toEqual([{ width: 841.89, height: 595.28, words: [{ text: "<&>", xMin: 1, yMin: 2, xMax: 3, yMax: 16 }] }]);
    expect(containsInOrder(["Тарский", "муниципальный", "район"], "Тарский  муниципальный район")).toBe(true);
    expect(containsInOrder(["Тарский", "район", "муниципальный"], "Тарский муниципальный район")).toBe(false);
  });
});

(CAN_PRINT ? describe : describe.skip)("reports printed by LibreOffice", () => {
  const folder = tempFolder("shnor-print-");
  const pdfs = new Map<string, Page[]>();
  const inputs = new Map<string, string>();

  beforeAll(async () => {
    try {
      execFileSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", join(ROOT, "tsconfig.cli.json")], { stdio: "pipe" });
    } catch {
      // tsc still emits when a file elsewhere has a type error; what matters is that the launcher's target exists.
    }
    // The demo generator needs the compiled core: required only now.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { generate } = require(join(ROOT, "scripts", "demo", "generate.js")) as { generate: (out: string) => Promise<string> };
    inputs.set("demo", await generate(join(folder, "demo-region.xlsx")));
    inputs.set("sample", SAMPLE);
    const outputs: string[] = [];
    for (const [name, input] of inputs) {
      const out = join(folder, `${name}-reports.xlsx`);
      const run = spawnSync(process.execPath, [SHNOR, "report", input, "--out", out, "--as-of", AS_OF], { encoding: "utf8" });
      expect(run.stderr).not.toMatch(/Ошибка:/);
      expect(run.status).toBe(0);
      outputs.push(out);
    }
    const bad = join(folder, "bad-layout.xlsx");
    await writeBadLayout(bad);
    outputs.push(bad);
    // One soffice for every file: starting LibreOffice costs more than converting. Its own profile, so that a
    // LibreOffice the developer has open does not take the job.
    const profile = `file://${tempFolder("shnor-soffice-")}`;
    execFileSync("soffice", ["--headless", `-env:UserInstallation=${profile}`, "--convert-to", "pdf", "--outdir", folder, ...outputs], { stdio: "pipe", timeout: 170_000 });
    for (const out of outputs) {
      const pdf = join(folder, basename(out).replace(/\.xlsx$/, ".pdf"));
      expect(existsSync(pdf)).toBe(true);
      pdfs.set(basename(out, ".xlsx"), readPages(pdf));
    }
  }, 240_000);

  it.each(["demo", "sample"])("every page of the %s region's reports prints clean: A4 landscape, legible, nothing over anything, page numbers, every name whole", async (name) => {
    const pages = pdfs.get(`${name}-reports`)!;
    expect(pages.length).toBeGreaterThan(5);
    expect(printProblems(pages, await namesOf(inputs.get(name)!))).toEqual([]);
  });

  it("rejects a bad layout: a table beside the main one, no row heights, a name cut by its neighbour", () => {
    const problems = printProblems(pdfs.get("bad-layout")!, [BAD_NAME]);
    expect(problems).toContainEqual(expect.stringMatching(/слов мельче допустимого/));
    expect(problems).toContainEqual(`имя «${BAD_NAME}» не напечатано целиком`);
  });

  it("leaves no stray files: one PDF per workbook", () => {
    expect(readdirSync(folder).filter((f) => f.endsWith(".pdf")).sort()).toEqual(["bad-layout.pdf", "demo-reports.pdf", "sample-reports.pdf"]);
  });
});

/** Every school and municipality name the engine reads from the input workbook. */
async function namesOf(input: string): Promise<string[]> {
  const { grids, reportSheets } = await readXlsxFile(input);
  const data = readWorkbook(grids, DEFAULT_SETTINGS, reportSheets);
  return [...new Set(data.schools.flatMap((s) => [s.name, s.municipality]).filter((n) => n.trim() !== ""))];
}

const BAD_NAME = "МБОУ «Азовская немецкая национальная средняя общеобразовательная школа»";

/** The layout issue 12 found: a side table right of the plan, wrapped text with no row heights, a name too wide. */
async function writeBadLayout(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Исполнение плана", {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    headerFooter: { oddFooter: "&CСтраница &P из &N" },
  });
  sheet.addRow(["№", "Мероприятие", "Школа", "Ответственный", "Срок", null, "Статус", "Пунктов", null, "Ответственный", "Просрочено", "Пункты"]);
  for (let i = 1; i <= 30; i++) {
    sheet.addRow([i, "Проведение семинаров и вебинаров для руководителей и педагогов школ с низкими результатами обучения", i === 1 ? BAD_NAME : "МБОУ «СОШ № 2»", "Министерство образования", "в течение года", null, "Просрочено", 3, null, "МОУО", 2, "№ 3, № 5, № 7"]);
  }
  [4, 40, 14, 30, 14, 2, 14, 8, 2, 40, 10, 60].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  sheet.getColumn(2).alignment = { wrapText: true };
  await workbook.xlsx.writeFile(path);
}
