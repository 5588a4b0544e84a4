/**
 * Forms keep in LibreOffice (issue 27, SPEC §10): LibreOffice opens a form, a person fills the cells left to fill,
 * LibreOffice saves it as .xlsx, and the lists, the protection and the identity survive; the product reads the
 * returned form. LibreOffice's own API (python3-uno) does the filling, so nothing of ours touches the file between.
 * Without soffice or python3-uno the suite is skipped loudly, and fails under CI=true.
 */
import { type ChildProcess, spawn, spawnSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import JSZip from "jszip";
import { mustDayOf } from "../../src/core/calendar";
import { FORM_SHEETS, readReturnedForm } from "../../src/core/forms/formReturn";
import { IDENTITY_SHEET_NAME } from "../../src/core/forms/identity";
import { readInputs } from "../../src/files/inputs";
import { describeWithTool, findSoffice, mustHave } from "../helpers/officeTools";
import { regionForms } from "./helpers";

const INSTALL = "apt-get install libreoffice-calc python3-uno";
const SCRIPT = resolve(__dirname, "fixtures", "fillInLibreOffice.py");

function findPythonWithUno(): string | null {
  for (const candidate of ["/usr/bin/python3", "python3"]) {
    if (spawnSync(candidate, ["-c", "import uno"], { encoding: "utf8" }).status === 0) return candidate;
  }
  return null;
}

const soffice = findSoffice();
const python = findPythonWithUno();
const tools = soffice !== null && python !== null ? soffice : null;

/** Excel's serial of a day (LibreOffice's null date 30.12.1899 gives the same numbers after 1900). */
const serial = (y: number, m: number, d: number): number => mustDayOf(y, m, d);

describeWithTool(
  tools,
  "LibreOffice (soffice) с python3-uno",
  INSTALL,
)("a form filled and saved by LibreOffice", () => {
  const folder = mkdtempSync(join(tmpdir(), "shnor-lo-form-"));
  const pipe = `shnor-forms-${process.pid}`;
  let office: ChildProcess;
  let seen: {
    sheets: Record<string, { protected: boolean; visible: boolean }>;
    validations: Record<string, { type: string; formula1: string; formula2: string; locked: boolean }>;
  };
  let saved: Uint8Array;

  beforeAll(async () => {
    const sofficePath = mustHave(soffice, "soffice", INSTALL);
    const pythonPath = mustHave(python, "python3 с модулем uno", INSTALL);
    const run = await regionForms();
    const form = run.files.find((f) => f.municipality === "Калачинский МР")!;
    const source = join(folder, form.name);
    writeFileSync(source, form.bytes);
    office = spawn(
      sofficePath,
      [
        `-env:UserInstallation=file://${join(folder, "profile")}`,
        "--headless",
        "--invisible",
        "--norestore",
        `--accept=pipe,name=${pipe};urp;`,
      ],
      { stdio: "ignore" },
    );
    const target = join(folder, "returned.xlsx");
    const cells = {
      [`${FORM_SHEETS.items}!E7`]: "выполнено",
      [`${FORM_SHEETS.items}!F7`]: serial(2021, 1, 20),
      [`${FORM_SHEETS.items}!G7`]: "Приказ МОУО № 5 от 20.01.2021",
      [`${FORM_SHEETS.items}!E8`]: "выполняется",
      [`${FORM_SHEETS.schools}!C6`]: "да",
      [`${FORM_SHEETS.schools}!E6`]: 21,
      [`${FORM_SHEETS.items}!A7`]: null,
    };
    const fill = spawnSync(pythonPath, [SCRIPT, pipe, source, target, JSON.stringify(cells)], {
      encoding: "utf8",
      timeout: 240_000,
    });
    if (fill.status !== 0) throw new Error(`LibreOffice не заполнил форму: ${fill.stderr}`);
    seen = JSON.parse(fill.stdout);
    saved = readFileSync(target);
  }, 300_000);

  afterAll(() => {
    office?.kill();
  });

  it("LibreOffice sees the sheets protected, the identity hidden, the lists and the date rule, the plan's cells locked", () => {
    expect(seen.sheets).toEqual({
      [FORM_SHEETS.items]: { protected: true, visible: true },
      [FORM_SHEETS.schools]: { protected: true, visible: true },
      [IDENTITY_SHEET_NAME]: { protected: true, visible: false },
    });
    expect(seen.validations[`${FORM_SHEETS.items}!E7`]).toMatchObject({
      type: "LIST",
      formula1: '"выполнено";"выполняется";"не выполнено"',
      locked: false,
    });
    expect(seen.validations[`${FORM_SHEETS.items}!F7`]).toMatchObject({
      type: "DATE",
      formula1: String(serial(2021, 1, 1)),
      formula2: String(serial(2021, 12, 31)),
      locked: false,
    });
    expect(seen.validations[`${FORM_SHEETS.schools}!C6`]).toMatchObject({ type: "LIST", locked: false });
    expect(seen.validations[`${FORM_SHEETS.schools}!E6`]).toMatchObject({ type: "DECIMAL", locked: false });
    expect(seen.validations[`${FORM_SHEETS.items}!A7`]).toMatchObject({ locked: true });
  });

  it("the saved .xlsx keeps the lists, the protection and the hidden identity", async () => {
    const zip = await JSZip.loadAsync(saved);
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    expect(workbook).toMatch(new RegExp(`<sheet name="${IDENTITY_SHEET_NAME}"[^>]*state="hidden"`));
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    // LibreOffice writes the protection as sheet="true" (xsd:boolean), without a password hash
    expect(sheetXml).toMatch(/<sheetProtection sheet="true"[^>]*\/>/);
    expect(sheetXml).not.toMatch(/<sheetProtection [^>]*(password|hashValue)/);
    const attribute = (attributes: string, name: string): string | undefined =>
      new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];
    const lists = [...sheetXml.matchAll(/<dataValidation ([^>]*)>\s*<formula1>([^<]*)<\/formula1>/g)].map((m) => [
      attribute(m[1], "type"),
      attribute(m[1], "sqref"),
      m[2],
    ]);
    expect(lists).toEqual(
      expect.arrayContaining([
        ["list", "E7:E10", "&quot;выполнено,выполняется,не выполнено&quot;"],
        ["date", "F7:F10", String(serial(2021, 1, 1))],
      ]),
    );
  });

  it("the product reads the returned form: identity, marks, dates, comments and indicator values", async () => {
    const { grids } = await readInputs([{ label: "returned.xlsx", name: "returned.xlsx", bytes: saved }]);
    const reading = readReturnedForm("returned.xlsx", grids);
    if (reading.kind !== "form") throw new Error(JSON.stringify(reading.problems));
    expect(reading.form.identity.municipality).toBe("Калачинский МР");
    expect(reading.form.items.map((i) => [i.number, i.mark, i.date, i.comment])).toEqual([
      ["1", "выполнено", serial(2021, 1, 20), "Приказ МОУО № 5 от 20.01.2021"],
      ["3", "выполняется", null, ""],
      ["4", null, null, ""],
      ["6", null, null, ""],
    ]);
    expect(reading.form.problems).toEqual([]);
    const glukhovo = reading.form.schools.find((s) => s.id === "sch550102")!;
    expect([...glukhovo.values].map(([h, v]) => [h, v.value])).toEqual([
      ["Разработана программа перехода в эффективный режим", "да"],
      ["Неуспевающих, % (вход)", 25],
      ["Неуспевающих, % (итог)", 21],
    ]);
  });
});
