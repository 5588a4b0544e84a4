/**
 * `shnor report` refuses what it cannot do, in Russian, writing nothing: a municipality that names no one
 * municipality of the schools list (SPEC §8), a password-protected workbook, a workbook cut short.
 */
import { spawnSync } from "child_process";
import { existsSync, readFileSync, writeFileSync } from "fs";
import { join, resolve } from "path";
import { compoundFile } from "../helpers/compoundFile";
import { openWorkbook, tempFolder, writeWorkbook } from "../helpers/workbooks";
import { buildCli } from "../helpers/buildCli";

const ROOT = resolve(__dirname, "..", "..");
const folder = tempFolder("shnor-refusals-");

function shnor(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [join(ROOT, "bin", "shnor.js"), ...args], { encoding: "utf8", cwd: folder });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

let region: string;

beforeAll(async () => {
  buildCli();
  region = await writeWorkbook(join(folder, "Омская область.xlsx"), [
    {
      name: "ООНОР 2021",
      rows: [
        ["Муниципальный район", "Наименование ОО", "Куратор", "РФ1", "РФ2", "РФ3"],
        ["Калачинский муниципальный район", "МБОУ «Калачинская СОШ № 1»", "Орлова Н.С.", "высокий", null, "низкий"],
        ["Калачинский муниципальный район", "МКОУ «Глуховская СОШ»", "Орлова Н.С.", null, "высокий", null],
        ["Кормиловский муниципальный район", "МБОУ «Кормиловская СОШ № 2»", "Павлова А.В.", "высокий", "высокий", null],
        ["Омский муниципальный район", "МБОУ «Ачаирская СОШ»", "Павлова А.В.", null, null, "высокий"],
        ["Омский район (городской округ)", "МБОУ «СОШ № 5»", "Павлова А.В.", null, "высокий", null],
      ],
    },
  ]);
}, 120_000);

describe("--municipality", () => {
  it("«Калачинский» is «Калачинский муниципальный район»: its schools only, named in full", async () => {
    const out = join(folder, "калачинский.xlsx");
    const run = shnor("report", region, "--out", out, "--as-of", "2021-06-15", "--municipality", "Калачинский");
    expect(run.status).toBe(0);
    const groups = (await openWorkbook(out)).getWorksheet("Группы риска")!;
    const texts = (groups.getSheetValues() as unknown[][]).flat().filter((v) => typeof v === "string");
    expect(texts).toContain("Только муниципалитет «Калачинский муниципальный район»: 2 ОО");
    expect(texts).not.toContain("МБОУ «Кормиловская СОШ № 2»");
  });

  it("«Калач» matches no school: exit 2, nothing written, the closest municipality named", () => {
    const out = join(folder, "калач.xlsx");
    const run = shnor("report", region, "--out", out, "--as-of", "2021-06-15", "--municipality", "Калач");
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^Ошибка: муниципалитет «Калач» не найден в списке школ.*ближайшие: «Калачинский муниципальный район»/m,
    );
    expect(run.stderr).toContain(`Файл «${out}» не записан.`);
    expect(existsSync(out)).toBe(false);
  });

  it("«Омский» begins two names: exit 2, both named, nothing written", () => {
    const out = join(folder, "омский.xlsx");
    const run = shnor("report", region, "--out", out, "--municipality", "омский");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      "«Омский муниципальный район», «Омский район (городской округ)»; укажите название точнее.",
    );
    expect(existsSync(out)).toBe(false);
  });
});

describe("unreadable workbooks", () => {
  it("a password-protected .xlsx is called protected, with the way to remove the password in Excel", () => {
    const locked = join(folder, "План (с паролем).xlsx");
    writeFileSync(locked, compoundFile(["\u0006DataSpaces", "EncryptionInfo", "EncryptedPackage"]));
    const out = join(folder, "locked.xlsx");
    const run = shnor("report", locked, "--out", out);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/защищён паролем/);
    expect(run.stderr).toContain("Файл → Сведения → Защита книги → Зашифровать с использованием пароля");
    expect(run.stderr).not.toMatch(/97–2003|сохраните как/);
    expect(existsSync(out)).toBe(false);
  });

  it("a truncated .xlsx gets a Russian message only", () => {
    const cut = join(folder, "обрезанный.xlsx");
    const whole = readFileSync(region);
    writeFileSync(cut, whole.subarray(0, Math.floor(whole.length * 0.6)));
    const run = shnor("report", cut, "--out", join(folder, "cut-out.xlsx"));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/повреждён или записан не полностью/);
    expect(run.stderr).not.toMatch(/Corrupted|central directory|zip/i);
  });
});
