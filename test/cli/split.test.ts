/** `shnor report … --split`: one file per municipality, each the same as a `--municipality` run for it. */
import { copyFileSync, existsSync, readdirSync } from "fs";
import { join, resolve } from "path";
import fc from "fast-check";
import { parseArgs } from "../../src/cli/args";
import { main } from "../../src/cli/main";
import { gridOfWorksheet } from "../helpers/excelJsGrid";
import { municipalitiesOf } from "../../src/core/risk/scope";
import { safeFileNamePart, splitOutputPath, splitOutputPaths, splitProblems } from "../../src/files/split";
import type { Problem } from "../../src/core/problems";
import type { SchoolRecord } from "../../src/core/tables/records";
import { openWorkbook, tempFolder, writeWorkbook } from "../helpers/workbooks";

const SAMPLE = resolve(__dirname, "..", "fixtures", "sample-region", "sample-region.xlsx");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const demo = require("../../scripts/demo/generate.js") as {
  generate(out: string): Promise<string>;
  DEMO_AS_OF: string;
};

function capture(): { io: { out(l: string): void; err(l: string): void }; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l) => out.push(l), err: (l) => err.push(l) }, out, err };
}

/** Every sheet of a written file, report sheets included, as name and cells. */
async function sheetsOf(path: string): Promise<{ name: string; cells: unknown[][] }[]> {
  return (await openWorkbook(path)).worksheets.map(gridOfWorksheet).map((g) => ({ name: g.name, cells: g.cells }));
}

const school = (municipality: string) => ({ municipality }) as SchoolRecord;

describe("municipalitiesOf", () => {
  it("lists each municipality once, first spelling kept, blanks left out, in Russian order", () => {
    const schools = ["Тарский район", "  тарский  район ", "", "Знаменский район", "г. Омск", "Азовский ННМР"].map(
      school,
    );
    expect(municipalitiesOf({ schools })).toEqual(["Азовский ННМР", "г. Омск", "Знаменский район", "Тарский район"]);
  });
});

describe("file names", () => {
  it("puts the municipality after the --out name, next to it", () => {
    expect(splitOutputPath("out/отчёты.xlsx", "Тарский район")).toBe("out/отчёты-Тарский район.xlsx");
    expect(splitOutputPath("Отчёты.XLSX", "г. Омск / Центральный АО")).toBe("Отчёты-г. Омск _ Центральный АО.xlsx");
    expect(safeFileNamePart('Район "Север": ст.*?')).toBe("Район _Север__ ст.__");
    expect(safeFileNamePart("Тарский район...")).toBe("Тарский район");
    expect(safeFileNamePart("///")).toBe("___");
    expect(safeFileNamePart(" .. ")).toBe("_");
  });

  it("any municipality gives a non-empty name without characters a file system refuses", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (name) => {
        const part = safeFileNamePart(name);
        expect(part.length).toBeGreaterThan(0);
        expect(part.length).toBeLessThanOrEqual(80);
        expect([...part].some((ch) => ch < " " || '<>:"/\\|?*'.includes(ch))).toBe(false);
        expect(part).not.toMatch(/[. ]$/);
      }),
    );
  });

  it("two municipalities that make the same file name get distinct files", () => {
    const paths = splitOutputPaths("r.xlsx", ["Город/Н", "Город:Н", "город_н"]).map((p) => p.path);
    expect(paths).toEqual(["r-Город_Н.xlsx", "r-Город_Н (2).xlsx", "r-город_н (3).xlsx"]);
  });
});

describe("splitProblems", () => {
  const date: Problem = {
    sheet: "План-график",
    row: 14,
    col: 3,
    message: "Пункт № 11: срок «31.02.2021» не распознан: нет такой даты «31.02.2021»",
    severity: "error",
  };
  const level: Problem = {
    sheet: "Рисковые профили",
    row: 13,
    col: 6,
    message: "ОО «МБОУ «СОШ № 11»», РФ3: «ВС» не является уровнем значимости фактора",
    severity: "error",
  };
  const latin: Problem = {
    sheet: "Рисковые профили",
    row: 20,
    col: 9,
    message: "ОО «МБОУ «СОШ № 18»», РФ6: латинская буква в значении «H» прочитана как кириллическая",
    severity: "warning",
  };

  it("shows once what every municipality's run met, and each municipality's own problems under its name", () => {
    const runs = [
      { municipality: "Азовский ННМР", problems: [date] },
      { municipality: "Калачинский МР", problems: [date, level] },
      { municipality: "Тарский МР", problems: [latin, date] },
    ];
    expect(splitProblems(runs)).toEqual({
      common: [date],
      own: [
        { municipality: "Калачинский МР", problems: [level] },
        { municipality: "Тарский МР", problems: [latin] },
      ],
    });
  });

  it("the same words at another cell, or of another severity, are another problem", () => {
    const elsewhere = { ...date, row: 20 };
    const milder = { ...date, severity: "warning" as const };
    expect(
      splitProblems([
        { municipality: "А", problems: [date, milder] },
        { municipality: "Б", problems: [date, elsewhere] },
      ]),
    ).toEqual({
      common: [date],
      own: [
        { municipality: "А", problems: [milder] },
        { municipality: "Б", problems: [elsewhere] },
      ],
    });
  });

  it("no problem is lost and none is shown twice for a municipality", () => {
    const problem = fc.record({
      row: fc.integer({ min: 0, max: 3 }),
      message: fc.constantFrom("срок не распознан", "нет куратора"),
      severity: fc.constantFrom<Problem["severity"]>("error", "warning"),
    });
    fc.assert(
      fc.property(
        fc.array(fc.uniqueArray(problem, { selector: (p) => JSON.stringify(p) }), { maxLength: 5 }),
        (lists) => {
          const runs = lists.map((problems, i) => ({ municipality: `М${i}`, problems }));
          const { common, own } = splitProblems(runs);
          for (const run of runs) {
            const shown = [...common, ...(own.find((o) => o.municipality === run.municipality)?.problems ?? [])];
            expect(new Set(shown)).toEqual(new Set(run.problems));
            expect(shown).toHaveLength(run.problems.length);
          }
        },
      ),
    );
  });
});

describe("arguments", () => {
  it("--split is a flag; with --municipality it is an argument error", () => {
    expect(parseArgs(["report", "a.xlsx", "--split", "--out", "r.xlsx"])).toMatchObject({
      kind: "report",
      split: true,
      out: "r.xlsx",
    });
    expect(parseArgs(["report", "a.xlsx", "--out", "r.xlsx"])).not.toHaveProperty("split");
    const both = parseArgs(["report", "a.xlsx", "--out", "r.xlsx", "--split", "--municipality", "Тарский район"]);
    expect(both).toEqual({
      kind: "usage",
      message: expect.stringContaining("--split и --municipality"),
      help: "shnor report --help",
    });
    expect(parseArgs(["report", "a.xlsx", "--out", "r.xlsx", "--split", "--split"])).toMatchObject({ kind: "usage" });
  });
});

describe("shnor report --split", () => {
  const folder = tempFolder("shnor-split-");
  const input = join(folder, "sample-region.xlsx");
  beforeAll(() => copyFileSync(SAMPLE, input));

  it("writes one file per municipality, each equal to a --municipality run for it", async () => {
    const run = capture();
    const status = await main(
      ["report", input, "--out", join(folder, "отчёты.xlsx"), "--as-of", "2021-06-15", "--split"],
      run.io,
    );
    expect(run.err.filter((l) => l.startsWith("Ошибка"))).toEqual([]);
    expect(status).toBe(0);
    const written = readdirSync(folder)
      .filter((f) => f.startsWith("отчёты-"))
      .sort((a, b) => a.localeCompare(b, "ru"));
    expect(written.length).toBeGreaterThanOrEqual(2);
    expect(existsSync(join(folder, "отчёты.xlsx"))).toBe(false);
    expect(written).toContain("отчёты-Калачинский район.xlsx");

    for (const file of written) {
      const municipality = file.replace(/^отчёты-|\.xlsx$/g, "");
      const single = join(folder, `single-${municipality}.xlsx`);
      expect(
        await main(
          ["report", input, "--out", single, "--as-of", "2021-06-15", "--municipality", municipality],
          capture().io,
        ),
      ).toBe(0);
      const [split, alone] = [await sheetsOf(join(folder, file)), await sheetsOf(single)];
      expect(split).toEqual(alone);
      // Only this municipality's schools: no other municipality's name in its risk groups.
      const groups = split.find((g) => g.name === "Группы риска")!;
      const others = written.map((f) => f.replace(/^отчёты-|\.xlsx$/g, "")).filter((m) => m !== municipality);
      expect(groups.cells.flat().filter((c) => typeof c === "string" && others.some((m) => c.includes(m)))).toEqual([]);
    }
    expect(run.out.filter((l) => l.startsWith("— "))).toHaveLength(written.length);
  }, 60_000);

  it("prints each problem once: those of every file, then a municipality's own under its name", async () => {
    const book = await demo.generate(join(folder, "demo-region.xlsx"));
    const run = capture();
    expect(
      await main(["report", book, "--out", join(folder, "демо.xlsx"), "--as-of", demo.DEMO_AS_OF, "--split"], run.io),
    ).toBe(0);
    expect(new Set(run.err).size).toBe(run.err.length);
    const labelled = run.err.filter((l) => / — (ошибка|предупреждение|сведения): /.test(l));
    const common = run.err.filter((l) => !labelled.includes(l));
    expect(common).toContain(
      "ошибка: лист «План-график», ячейка D15: Пункт № 11: срок «31.02.2021» не распознан: нет такой даты «31.02.2021»",
    );
    expect(labelled.length).toBeGreaterThanOrEqual(2);
    expect(run.err.slice(common.length)).toEqual(labelled); // the common ones first
    // Each labelled problem is that municipality's own: its --municipality run has it, another's has not.
    const [first, ...rest] = labelled;
    const municipality = first.slice(0, first.indexOf(" — "));
    const other = rest.map((l) => l.slice(0, l.indexOf(" — "))).find((m) => m !== municipality);
    expect(other).toBeDefined();
    const alone = capture();
    await main(
      ["report", book, "--out", join(folder, "один.xlsx"), "--as-of", demo.DEMO_AS_OF, "--municipality", municipality],
      alone.io,
    );
    const own = labelled.filter((l) => l.startsWith(`${municipality} — `)).map((l) => l.slice(municipality.length + 3));
    expect([...alone.err].sort()).toEqual([...common, ...own].sort());
    const another = capture();
    await main(
      ["report", book, "--out", join(folder, "другой.xlsx"), "--as-of", demo.DEMO_AS_OF, "--municipality", other!],
      another.io,
    );
    expect(another.err).not.toContain(first.slice(municipality.length + 3));
  }, 120_000);

  it("a quarter outside every plan period is refused once and no file is written", async () => {
    const run = capture();
    expect(
      await main(
        ["report", input, "--out", join(folder, "кв.xlsx"), "--as-of", "2021-06-15", "--split", "--quarter", "2030-1"],
        run.io,
      ),
    ).toBe(2);
    expect(run.err).toEqual([expect.stringMatching(/^Ошибка: I квартал 2030 года вне периода.* Файлы не записаны\.$/)]);
    expect(readdirSync(folder).filter((f) => f.startsWith("кв"))).toEqual([]);
  });

  it("a workbook without a schools list writes nothing and says why", async () => {
    const run = capture();
    const plan = join(folder, "plan-only.xlsx");
    await writeWorkbook(plan, [
      {
        name: "План",
        rows: [
          ["№", "Мероприятие", "Сроки реализации"],
          [1, "Семинар для кураторов", "март 2021"],
        ],
      },
    ]);
    expect(await main(["report", plan, "--out", join(folder, "p.xlsx"), "--split"], run.io)).toBe(1);
    expect(run.err.join("\n")).toContain("не найдено ни одного муниципалитета");
    expect(readdirSync(folder).filter((f) => f.startsWith("p-"))).toEqual([]);
  });
});
