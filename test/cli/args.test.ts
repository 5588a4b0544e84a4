import fc from "fast-check";
import { mustDayOf } from "../../src/core/calendar";
import { parseArgs } from "../../src/cli/args";

describe("parseArgs", () => {
  it("reads the report command with all its options", () => {
    expect(
      parseArgs([
        "report",
        "ШНОР 2021.xlsx",
        "план.xlsx",
        "--out",
        "отчёты.xlsx",
        "--as-of",
        "2021-06-15",
        "--period",
        "2020-2021 учебный год",
        "--municipality",
        "Тарский МР",
      ]),
    ).toEqual({
      kind: "report",
      inputs: ["ШНОР 2021.xlsx", "план.xlsx"],
      out: "отчёты.xlsx",
      asOf: mustDayOf(2021, 6, 15),
      period: "2020-2021 учебный год",
      municipality: "Тарский МР",
    });
  });

  it("accepts the quarter of «Отчёт за квартал» as written; whether a plan covers it is the engine's", () => {
    expect(parseArgs(["report", "a.xlsx", "--out", "b.xlsx", "--quarter", "2021-3"])).toMatchObject({
      kind: "report",
      quarter: "2021-3",
    });
    expect(parseArgs(["report", "a.xlsx", "--out", "b.xlsx", "--quarter=III квартал 2021"])).toMatchObject({
      kind: "report",
      quarter: "III квартал 2021",
    });
  });

  it("accepts --name=value, a dotted date and every period form of SPEC", () => {
    const parsed = parseArgs([
      "report",
      "a.xlsx",
      "--out=b.xlsx",
      "--as-of=15.06.2021",
      "--period=2021-01-01..2022-12-31",
    ]);
    expect(parsed).toMatchObject({
      kind: "report",
      out: "b.xlsx",
      asOf: mustDayOf(2021, 6, 15),
      period: "2021-01-01..2022-12-31",
    });
    expect(parseArgs(["report", "a.xlsx", "--out", "b.xlsx", "--period", "2021-2022"])).toMatchObject({
      kind: "report",
      period: "2021-2022",
    });
  });

  it("leaves «на дату» to the caller (today) when not given", () => {
    expect(parseArgs(["report", "a.xlsx", "--out", "b.xlsx"])).toEqual({
      kind: "report",
      inputs: ["a.xlsx"],
      out: "b.xlsx",
    });
  });

  it("takes the settings sheet into the file only with --with-settings, once", () => {
    expect(parseArgs(["report", "a.xlsx", "--out", "b.xlsx", "--with-settings"])).toEqual({
      kind: "report",
      inputs: ["a.xlsx"],
      out: "b.xlsx",
      withSettings: true,
    });
    expect(parseArgs(["report", "a.xlsx", "--with-settings", "--split", "--out", "b.xlsx"])).toMatchObject({
      withSettings: true,
      split: true,
    });
    expect(parseArgs(["report", "a.xlsx", "--out", "b.xlsx", "--with-settings", "--with-settings"])).toEqual({
      kind: "usage",
      message: "параметр --with-settings указан дважды.",
      help: "shnor report --help",
    });
  });

  it("answers --help anywhere: the commands and the report's usage, or the command's own", () => {
    expect(parseArgs(["--help"])).toEqual({
      kind: "help",
      text: expect.stringContaining("shnor report <книга.xlsx>... --out <отчёты.xlsx>"),
    });
    expect(parseArgs(["--help"])).toEqual({
      kind: "help",
      text: expect.stringContaining("Справка по команде: shnor <команда> --help."),
    });
    expect(parseArgs(["report", "-h"])).toEqual({
      kind: "help",
      text: expect.stringMatching(/^Использование:\n {2}shnor report/),
    });
    expect(parseArgs(["report", "a.xlsx", "--datе", "--help"])).toMatchObject({ kind: "help" });
  });

  it.each([
    [[], /не указана команда/],
    [["export", "a.xlsx"], /неизвестная команда «export»/],
    [["report", "--out", "b.xlsx"], /не указано ни одной книги/],
    [["report", "a.xlsx"], /не указан файл для отчётов/],
    [["report", "a.xlsx", "--out", "b.csv"], /расширение \.xlsx/],
    [["report", "a.xlsx", "--out"], /у параметра --out нет значения/],
    [["report", "a.xlsx", "--out", "--split"], /^у параметра --out нет значения\.$/],
    [["report", "a.xlsx", "--out", "b.xlsx", "--split=да"], /^параметр --split указывается без значения\.$/],
    [["report", "a.xlsx", "--out", "b.xlsx", "--as-of", "31.02.2021"], /^--as-of 31\.02\.2021: нет такой даты\.$/],
    [["report", "a.xlsx", "--out", "b.xlsx", "--as-of=2021-13-01"], /^--as-of 2021-13-01: нет такой даты\.$/],
    [
      ["report", "a.xlsx", "--out", "b.xlsx", "--as-of", "15/06/2021"],
      /^--as-of «15\/06\/2021»: не дата; укажите ДД\.ММ\.ГГГГ \(15\.06\.2021\) или ГГГГ-ММ-ДД/,
    ],
    [
      ["report", "a.xlsx", "--out", "b.xlsx", "--period", "весь год"],
      /^--period «весь год» не распознан: укажите, например, «2021-2022», «2020-2021 учебный год» или «2021-01-01\.\.2022-12-31»\.$/,
    ],
    [
      ["report", "a.xlsx", "--out", "b.xlsx", "--quarter", "2021-5"],
      /^--quarter «2021-5» не распознан: укажите год и номер квартала, например 2021-3/,
    ],
    [["report", "a.xlsx", "--out", "b.xlsx", "--out", "c.xlsx"], /указан дважды/],
    [["__proto__"], /^неизвестная команда «__proto__»/],
    [["report", "a.xlsx", "--out", "b.xlsx", "--constructor"], /^неизвестный параметр «--constructor»/],
  ])("gives a Russian usage message for %j", (argv, message) => {
    const parsed = parseArgs(argv as string[]);
    expect(parsed).toMatchObject({
      kind: "usage",
      help: argv[0] === "report" ? "shnor report --help" : "shnor --help",
    });
    expect(parsed.kind === "usage" && parsed.message).toMatch(message);
  });

  it.each([
    // by meaning: what the user wanted to say, in either language
    ["--date", "--as-of"],
    ["--дата", "--as-of"],
    ["--asof", "--as-of"],
    ["--as_of", "--as-of"],
    ["--report-date", "--as-of"],
    ["--на-дату", "--as-of"],
    ["--муниципалитет", "--municipality"],
    ["--район", "--municipality"],
    ["--квартал", "--quarter"],
    ["--период", "--period"],
    ["--output", "--out"],
    ["-o", "--out"],
    ["--настройки", "--with-settings"],
    // then by spelling
    ["--muncipality", "--municipality"],
    ["--municipalty", "--municipality"],
    ["--qaurter", "--quarter"],
    ["--with-setting", "--with-settings"],
    ["--spilt", "--split"],
    ["--as-off", "--as-of"],
  ])("an unknown %s suggests %s", (typed, known) => {
    expect(parseArgs(["report", "a.xlsx", "--out", "b.xlsx", typed, "x"])).toEqual({
      kind: "usage",
      message: `неизвестный параметр «${typed}»: может быть, ${known}?`,
      help: "shnor report --help",
    });
  });

  it("an option like none of them is named without a guess", () => {
    expect(parseArgs(["report", "a.xlsx", "--out", "b.xlsx", "--verbose"])).toMatchObject({
      kind: "usage",
      message: "неизвестный параметр «--verbose»",
    });
  });

  it("never throws, whatever the arguments", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string(),
            fc.constantFrom(
              "report",
              "forms",
              "--out",
              "--out-dir",
              "--as-of",
              "--period",
              "--municipality",
              "--quarter",
              "--split",
              "--with-settings",
              "x.xlsx",
            ),
          ),
        ),
        (argv) => {
          expect(["report", "forms", "help", "usage"]).toContain(parseArgs(argv).kind);
        },
      ),
    );
  });

  describe("forms (issue 27): the same options read the same way as report's", () => {
    it("reads the forms command with all its options", () => {
      expect(
        parseArgs([
          "forms",
          "Омская область.xlsx",
          "план.xlsx",
          "--out-dir",
          "Формы III кв",
          "--as-of",
          "01.10.2021",
          "--quarter",
          "2021-3",
          "--period=2021-2022",
        ]),
      ).toEqual({
        kind: "forms",
        inputs: ["Омская область.xlsx", "план.xlsx"],
        outDir: "Формы III кв",
        asOf: mustDayOf(2021, 10, 1),
        quarter: "2021-3",
        period: "2021-2022",
      });
      expect(parseArgs(["forms", "a.xlsx", "--out-dir=Формы"])).toEqual({
        kind: "forms",
        inputs: ["a.xlsx"],
        outDir: "Формы",
      });
    });

    it("answers forms --help with its own usage; shnor --help lists it", () => {
      expect(parseArgs(["forms", "a.xlsx", "--help"])).toEqual({
        kind: "help",
        text: expect.stringMatching(/^Использование:\n {2}shnor forms <книга\.xlsx>\.\.\. --out-dir <папка>/),
      });
      expect(parseArgs(["--help"])).toEqual({
        kind: "help",
        text: expect.stringContaining("shnor forms <книга.xlsx>... --out-dir <папка> — составить формы"),
      });
      expect(parseArgs(["export"])).toMatchObject({
        kind: "usage",
        message: "неизвестная команда «export»: есть «report», «forms».",
      });
    });

    it.each([
      [["forms", "--out-dir", "Формы"], "не указано ни одной книги .xlsx."],
      [["forms", "a.xlsx"], "не указана папка для форм: --out-dir <папка>."],
      [["forms", "a.xlsx", "--out-dir"], "у параметра --out-dir нет значения."],
      [["forms", "a.xlsx", "--out-dir", "Ф", "--out-dir", "Г"], "параметр --out-dir указан дважды."],
      [["forms", "a.xlsx", "--out-dir", "Ф", "--as-of", "31.02.2021"], "--as-of 31.02.2021: нет такой даты."],
      [
        ["forms", "a.xlsx", "--out-dir", "Ф", "--as-of", "вчера"],
        "--as-of «вчера»: не дата; укажите ДД.ММ.ГГГГ (15.06.2021) или ГГГГ-ММ-ДД (2021-06-15).",
      ],
      [
        ["forms", "a.xlsx", "--out-dir", "Ф", "--quarter", "2021-5"],
        "--quarter «2021-5» не распознан: укажите год и номер квартала, например 2021-3.",
      ],
      [
        ["forms", "a.xlsx", "--out-dir", "Ф", "--period", "весь год"],
        "--period «весь год» не распознан: укажите, например, «2021-2022», «2020-2021 учебный год» или «2021-01-01..2022-12-31».",
      ],
      // report's own options are not forms'
      [["forms", "a.xlsx", "--out-dir", "Ф", "--split"], "неизвестный параметр «--split»"],
      [["forms", "a.xlsx", "--out-dir", "Ф", "--колонки"], "неизвестный параметр «--колонки»"],
    ])("refuses %j in one line, sending to forms' help", (argv, message) => {
      expect(parseArgs(argv)).toEqual({ kind: "usage", message, help: "shnor forms --help" });
    });

    it.each([
      ["--out", "--out-dir"],
      ["--папка", "--out-dir"],
      ["--folder", "--out-dir"],
      ["--output-dir", "--out-dir"],
      ["--outdir", "--out-dir"],
      ["--дата", "--as-of"],
      ["--квартал", "--quarter"],
      ["--период", "--period"],
      ["--out-dri", "--out-dir"],
      ["--qaurter", "--quarter"],
    ])("an unknown %s suggests %s", (typed, known) => {
      expect(parseArgs(["forms", "a.xlsx", "--out-dir", "Ф", typed, "x"])).toEqual({
        kind: "usage",
        message: `неизвестный параметр «${typed}»: может быть, ${known}?`,
        help: "shnor forms --help",
      });
    });
  });
});
