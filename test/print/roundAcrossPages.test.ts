/**
 * «Свод по муниципалитетам» of 30 municipalities on paper (issue 27, SPEC §10): too wide for one page at 75 %, it
 * prints across pages at 80 % with «№ | Мероприятие» repeated at the left. LibreOffice prints the file `shnor report`
 * writes; every page carries «№», «Мероприятие» and every item's text, no word under 8 pt, nothing over anything, each
 * municipality's column on one page, every word whole. Without soffice or pdftotext the suite is skipped loudly, and fails under
 * CI=true.
 */
import { spawnSync } from "child_process";
import { writeFileSync } from "fs";
import { join } from "path";
import { reportWorkbookBytes } from "../../src/files/writeXlsx";
import { layoutSheet, type SheetLayout } from "../../src/reports/layout";
import { wideRound } from "../forms/helpers";
import { convertWithSoffice, describeWithTool, findSoffice, mustHave } from "../helpers/officeTools";
import { tempFolder } from "../helpers/workbooks";
import { containsInOrder, type Page, printProblems, readPages } from "./printCheck";

const INSTALL = "apt-get install libreoffice-calc poppler-utils fonts-crosextra-carlito";
const soffice = findSoffice();
const tools = soffice !== null && spawnSync("pdftotext", ["-v"], { stdio: "ignore" }).status === 0 ? soffice : null;

/** A cell's words as a printed line may end them: at a space or after a hyphen, punctuation around dropped. */
function wordsOf(text: string): string[] {
  return text
    .split(/[\s\-‐]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter((w) => w !== "");
}

describeWithTool(
  tools,
  "soffice и pdftotext",
  INSTALL,
)("«Свод по муниципалитетам» of 30 municipalities printed by LibreOffice", () => {
  let layout: SheetLayout;
  let municipalities: string[];
  let pages: Page[];

  beforeAll(async () => {
    const office = mustHave(tools, "soffice и pdftotext", INSTALL);
    const round = await wideRound(30);
    municipalities = round.municipalities;
    layout = layoutSheet(round.result.sheets.find((s) => s.sheetName === "Свод по муниципалитетам")!);
    const file = join(tempFolder("shnor-round-wide-"), "Свод.xlsx");
    writeFileSync(file, (await reportWorkbookBytes([layout])).bytes);
    pages = readPages(convertWithSoffice(office, file, "pdf"));
  }, 300_000);

  it("prints across pages, «№ | Мероприятие» and every item's text at the left of each", () => {
    expect(layout.printTitleColumns).toBe(2);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const main = layout.blocks[0];
    const measures = main.rows.map((r) => String(r[1]));
    pages.forEach((page, i) => {
      const words = page.words.map((w) => w.text);
      const left = page.words.filter((w) => w.xMin < page.width / 3).map((w) => w.text);
      expect([i + 1, left.includes("№"), left.includes("Мероприятие")]).toEqual([i + 1, true, true]);
      for (const measure of measures)
        expect([i + 1, measure, containsInOrder(words, measure)]).toEqual([i + 1, measure, true]);
    });
  });

  it("every page clean: A4 landscape, no word under 8 pt, nothing over anything, page numbers, items whole", () => {
    expect(
      printProblems(
        pages,
        layout.blocks[0].rows.map((r) => String(r[1])),
      ),
    ).toEqual([]);
  });

  it("each municipality's column on one page, its name there (a header wraps over lines of its cell)", () => {
    // the table's words: from its header row («№») down; the notes above name municipalities on every page
    const table = pages.map((p) => {
      const top = p.words.find((w) => w.text === "№")!.yMin;
      return p.words.filter((w) => w.yMin >= top - 1).map((w) => w.text);
    });
    for (const m of municipalities) {
      const own = m.split(" ").filter((w) => w !== "МР");
      const on = table.filter((words) => own.every((w) => words.includes(w)));
      expect([m, on.length]).toEqual([m, 1]);
    }
  });

  it("every word of the sheet printed whole", () => {
    const texts = [
      layout.title.text,
      ...layout.notes.map((n) => n.text),
      ...layout.blocks[0].headers,
      ...layout.blocks[0].rows.flat().map((v) => (v === null ? "" : String(v))),
    ];
    const printed = new Set(pages.flatMap((p) => p.words.flatMap((w) => wordsOf(w.text))));
    const broken = [...new Set(texts.flatMap(wordsOf))].filter((w) => !printed.has(w));
    expect(broken).toEqual([]);
  });
});
