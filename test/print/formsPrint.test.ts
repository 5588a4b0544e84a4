/**
 * Forms and the round's sheets on paper (issue 27): a municipality's form and the consolidated report, printed by
 * LibreOffice, pass the same check as every report (A4 landscape, nothing under 8 pt, nothing over anything, page
 * numbers, every name whole). Without soffice or pdftotext the suite is skipped loudly, and fails under CI=true.
 */
import { spawnSync } from "child_process";
import { writeFileSync } from "fs";
import { join } from "path";
import { parseIsoDay } from "../../src/core/calendar";
import { readInputs } from "../../src/files/inputs";
import { reportWorkbookBytes } from "../../src/files/writeXlsx";
import { layoutSheet } from "../../src/reports/layout";
import { runEngine } from "../../src/reports/engine";
import { MUNICIPALITIES, SCHOOL_ROWS } from "../fixtures/forms/region";
import { regionBytes, regionForms, REGION_FILE } from "../forms/helpers";
import { convertWithSoffice, describeWithTool, findSoffice, mustHave } from "../helpers/officeTools";
import { tempFolder } from "../helpers/workbooks";
import { printProblems, readPages } from "./printCheck";

const INSTALL = "apt-get install libreoffice-calc poppler-utils fonts-crosextra-carlito";
const soffice = findSoffice();
const tools = soffice !== null && spawnSync("pdftotext", ["-v"], { stdio: "ignore" }).status === 0 ? soffice : null;

describeWithTool(
  tools,
  "soffice и pdftotext",
  INSTALL,
)("forms and the round printed by LibreOffice", () => {
  const folder = tempFolder("shnor-forms-print-");
  let formPdf: string;
  let roundPdf: string;

  beforeAll(async () => {
    const office = mustHave(tools, "soffice и pdftotext", INSTALL);
    const forms = await regionForms();
    const kalach = forms.files.find((f) => f.municipality === "Калачинский МР")!;
    const form = join(folder, kalach.name);
    writeFileSync(form, kalach.bytes);
    formPdf = convertWithSoffice(office, form, "pdf");
    const { grids, reportSheets } = await readInputs([
      { label: REGION_FILE, name: REGION_FILE, bytes: await regionBytes() },
      ...forms.files.map((f) => ({ label: f.name, name: f.name, bytes: f.bytes })),
    ]);
    const result = runEngine(grids, reportSheets, { asOf: parseIsoDay("2021-10-06")! });
    const round = result.sheets.filter((s) => s.reportId === "round");
    expect(round.map((s) => s.sheetName)).toEqual(["Свод по муниципалитетам", "Сдача форм", "Изменения показателей"]);
    const out = join(folder, "Свод.xlsx");
    writeFileSync(out, (await reportWorkbookBytes(round.map(layoutSheet))).bytes);
    roundPdf = convertWithSoffice(office, out, "pdf");
  }, 300_000);

  it("a form prints clean, its title and every item whole", () => {
    const pages = readPages(formPdf);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const own = SCHOOL_ROWS.filter((r) => r[0] === "Калачинский МР").map((r) => String(r[1]));
    expect(printProblems(pages, ["Калачинский МР", ...own])).toEqual([]);
  });

  it("«Свод по муниципалитетам», «Сдача форм» and «Изменения показателей» print clean", () => {
    const pages = readPages(roundPdf);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(printProblems(pages, MUNICIPALITIES)).toEqual([]);
  });
});
