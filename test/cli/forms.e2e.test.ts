/** `shnor forms` (issue 27): the folder gets exactly one form per municipality and nothing else; usage errors say what is wrong. */
import { spawnSync } from "child_process";
import { readdirSync, writeFileSync } from "fs";
import { join, resolve } from "path";
import { AS_OF, MUNICIPALITIES, QUARTER } from "../fixtures/forms/region";
import { regionBytes } from "../forms/helpers";
import { tempFolder } from "../helpers/workbooks";
import { buildCli } from "../helpers/buildCli";

const ROOT = resolve(__dirname, "..", "..");
const folder = tempFolder("shnor-forms-");

function shnor(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [join(ROOT, "bin", "shnor.js"), ...args], { encoding: "utf8", cwd: folder });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(async () => {
  buildCli();
  writeFileSync(join(folder, "Регион.xlsx"), await regionBytes());
}, 120_000);

describe("shnor forms", () => {
  it("writes exactly one form per municipality into a new folder", () => {
    const run = shnor("forms", "Регион.xlsx", "--out-dir", "Формы", "--as-of", AS_OF, "--quarter", QUARTER);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(readdirSync(join(folder, "Формы")).sort()).toEqual(MUNICIPALITIES.map((m) => `Форма — ${m}.xlsx`).sort());
    expect(run.stdout).toContain("Формы за III квартал 2021 года по плану «План мероприятий");
    expect(run.stdout).toContain("Калачинский МР: пунктов 4, ОО 2");
  });

  it.each([
    [["forms", "Регион.xlsx"], "не указана папка для форм: --out-dir <папка>."],
    [["forms", "--out-dir", "Формы"], "не указано ни одной книги .xlsx."],
    [["forms", "Регион.xlsx", "--out-dir", "Формы", "--as-of", "31.09.2021"], "--as-of 31.09.2021: нет такой даты."],
    [["forms", "Регион.xlsx", "--out", "Формы"], "неизвестный параметр «--out»: может быть, --out-dir?"],
    [["forms", "Нет такой.xlsx", "--out-dir", "Формы"], "файл «Нет такой.xlsx» не найден."],
  ])("refuses %j with code 2 in report's words: one line and where the help is", (args, message) => {
    const before = readdirSync(folder).sort();
    const run = shnor(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`Ошибка: ${message}\nСправка: shnor forms --help\n`);
    expect(readdirSync(folder).sort()).toEqual(before);
  });

  it("shows its own help on --help, and shnor --help names it", () => {
    const own = shnor("forms", "--help");
    expect(own.status).toBe(0);
    expect(own.stdout).toMatch(/^Использование:\n {2}shnor forms <книга\.xlsx>\.\.\. --out-dir <папка>/);
    expect(shnor("--help").stdout).toContain("shnor forms <книга.xlsx>... --out-dir <папка>");
  });

  it("refuses a quarter outside the plan period with code 2 and writes nothing", () => {
    const run = shnor("forms", "Регион.xlsx", "--out-dir", "Другие", "--as-of", AS_OF, "--quarter", "2022-1");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      "Ошибка: --quarter: I квартал 2022 года вне периода плана (01.01.2021–31.12.2021). Формы не записаны.",
    );
    expect(readdirSync(folder)).not.toContain("Другие");
  });
});
