/**
 * What `shnor` says, read as an official reads it (issue 26): an argument error is one line naming the problem and
 * one line of where the help is, never the whole usage; a file's format is told by its bytes; a run that made no
 * file never sends the reader to a sheet of it; what every --split file's run says is said once.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "fs";
import { join, resolve } from "path";
import { main } from "../../src/cli/main";
import { tempFolder, writeWorkbook } from "../helpers/workbooks";

const SAMPLE = resolve(__dirname, "..", "fixtures", "sample-region", "sample-region.xlsx");
const OLD_XLS = resolve(__dirname, "fixtures", "libreoffice-97-2003.xls");
const folder = tempFolder("shnor-messages-");

async function shnor(...argv: string[]): Promise<{ status: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(argv, { out: (l) => out.push(...l.split("\n")), err: (l) => err.push(...l.split("\n")) });
  return { status, out, err };
}

describe("an argument error: the problem in one line, then where the help is", () => {
  const out = join(folder, "отчёты.xlsx");
  it.each([
    [["report", SAMPLE, "--out", out, "--as-of", "31.02.2021"], "Ошибка: --as-of 31.02.2021: нет такой даты."],
    [
      ["report", SAMPLE, "--out", out, "--date", "15.06.2021"],
      "Ошибка: неизвестный параметр «--date»: может быть, --as-of?",
    ],
    [
      ["report", SAMPLE, "--out", out, "--муниципалитет", "Тарский"],
      "Ошибка: неизвестный параметр «--муниципалитет»: может быть, --municipality?",
    ],
    [["report", SAMPLE], "Ошибка: не указан файл для отчётов: --out <отчёты.xlsx>."],
    [
      ["report", join(folder, "нет такой.xlsx"), "--out", out],
      `Ошибка: файл «${join(folder, "нет такой.xlsx")}» не найден.`,
    ],
  ])("%j", async (argv, first) => {
    const run = await shnor(...argv);
    expect(run).toEqual({ status: 2, out: [], err: [first, "Справка: shnor report --help"] });
    expect(existsSync(out)).toBe(false);
  });

  it("four missing files are at most four lines in all", async () => {
    const run = await shnor("report", ...["а", "б", "в", "г"].map((n) => join(folder, `${n}.xlsx`)), "--out", out);
    expect(run.status).toBe(2);
    expect(run.err).toEqual([
      expect.stringMatching(/^Ошибка: файл .*а\.xlsx» не найден\.$/),
      expect.stringMatching(/б\.xlsx» не найден/),
      "Ошибка: … и ещё 2 таких ошибок.",
      "Справка: shnor report --help",
    ]);
  });

  it("no command: the commands' help", async () => {
    expect(await shnor()).toEqual({
      status: 2,
      out: [],
      err: ["Ошибка: не указана команда: есть «report», «forms».", "Справка: shnor --help"],
    });
  });

  it("--help prints the usage, and only then", async () => {
    const run = await shnor("report", "--help");
    expect(run.status).toBe(0);
    expect(run.out[0]).toBe("Использование:");
    expect(run.err).toEqual([]);
  });
});

describe("a file's format is its bytes', not its name's", () => {
  it("a real .xlsx named .xls is read, with a note", async () => {
    const renamed = join(folder, "ООНОР 2021.xls");
    copyFileSync(SAMPLE, renamed);
    const run = await shnor("report", renamed, "--out", join(folder, "из-xls.xlsx"), "--as-of", "15.06.2021");
    expect(run.status).toBe(0);
    expect(run.err[0]).toBe(`Файл «${renamed}» назван .xls, но это книга .xlsx: прочитан как .xlsx.`);
    expect(existsSync(join(folder, "из-xls.xlsx"))).toBe(true);
  });

  it("a real Excel 97–2003 file is the old format, whatever its name", async () => {
    const renamed = join(folder, "старая книга.xlsx");
    writeFileSync(renamed, readFileSync(OLD_XLS));
    const run = await shnor("report", renamed, "--out", join(folder, "из-старой.xlsx"));
    expect(run.status).toBe(2);
    expect(run.err[0]).toMatch(
      /^Ошибка: файл «.*старая книга\.xlsx» в старом формате Excel 97–2003 \(\.xls\): откройте его в Excel и сохраните как \.xlsx/,
    );
  });
});

describe("a run's lines, each once and about what was made", () => {
  it("a workbook with nothing to report: the remarks are counted, not sent to a sheet that was not written", async () => {
    const book = await writeWorkbook(join(folder, "письмо.xlsx"), [
      { name: "Письмо", rows: [["Уважаемые коллеги!"], ["Направляем план."]] },
      { name: "Настройки ШНОР", rows: [["Норма кураторов", "много"]] },
    ]);
    const run = await shnor("report", book, "--out", join(folder, "ничего.xlsx"), "--as-of", "15.06.2021");
    expect(run.status).toBe(1);
    expect(run.err).toContainEqual(expect.stringMatching(/^Замечаний к данным: \d+, из них ошибок: \d+\.$/));
    expect(run.err.join("\n")).not.toContain("см. лист");
    expect(run.err.at(-1)).toBe(`Файл «${join(folder, "ничего.xlsx")}» не записан.`);
    expect(run.out).toEqual([]);
  });

  it("a municipality refused is said once, in the words of the refusal", async () => {
    const run = await shnor("report", SAMPLE, "--out", join(folder, "омс.xlsx"), "--municipality", "Омс");
    expect(run.status).toBe(2);
    expect(run.err).toEqual([
      expect.stringMatching(
        /^Ошибка: муниципалитет «Омс» не найден в списке школ: .*ближайшие: «г\. Омск».* Файл «.*омс\.xlsx» не записан\.$/,
      ),
    ]);
  });

  it("reports that want one missing table are one line", async () => {
    const run = await shnor("report", SAMPLE, "--out", join(folder, "один.xlsx"), "--as-of", "15.06.2021");
    const lines = run.out.filter((l) => l.includes("не найдена таблица результатов оценочных процедур"));
    expect(lines).toEqual([
      expect.stringMatching(
        /^Отчёты «Выявление ШНОР», «Стабильно высокие результаты», «Сетевые пары», «График собеседований» не построены: /,
      ),
    ]);
  });

  it("--split says what every file's run says once, then each file", async () => {
    const run = await shnor("report", SAMPLE, "--out", join(folder, "по МО.xlsx"), "--as-of", "15.06.2021", "--split");
    expect(run.status).toBe(0);
    const said = new Map<string, number>();
    run.out.forEach((line) => said.set(line, (said.get(line) ?? 0) + 1));
    expect([...said].filter(([, n]) => n > 1)).toEqual([]);
    expect(run.out.filter((l) => l.startsWith("Отчёты по состоянию на"))).toEqual([
      "Отчёты по состоянию на 15.06.2021.",
    ]);
    expect(run.out.filter((l) => l.startsWith("— "))).toEqual(
      ["г. Омск", "Горьковский район", "Калачинский район", "Тарский район"].map(
        (m) => `— ${m}: ${join(folder, `по МО-${m}.xlsx`)}`,
      ),
    );
  });
});
