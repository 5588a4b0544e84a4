import fc from "fast-check";
import { mustDayOf } from "../../src/core/calendar";
import { parseArgs } from "../../src/cli/args";

describe("parseArgs", () => {
  it("reads the report command with all its options", () => {
    expect(
      parseArgs(["report", "ШНОР 2021.xlsx", "план.xlsx", "--out", "отчёты.xlsx", "--as-of", "2021-06-15", "--period", "2020-2021 учебный год", "--municipality", "Тарский МР"]),
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
    expect(parseArgs(["report", "a.xlsx", "--out", "b.xlsx", "--quarter", "2021-3"])).toMatchObject({ kind: "report", quarter: "2021-3" });
    expect(parseArgs(["report", "a.xlsx", "--out", "b.xlsx", "--quarter=III квартал 2021"])).toMatchObject({ kind: "report", quarter: "III квартал 2021" });
  });

  it("accepts --name=value, a dotted date and every period form of SPEC", () => {
    const parsed = parseArgs(["report", "a.xlsx", "--out=b.xlsx", "--as-of=15.06.2021", "--period=2021-01-01..2022-12-31"]);
    expect(parsed).toMatchObject({ kind: "report", out: "b.xlsx", asOf: mustDayOf(2021, 6, 15), period: "2021-01-01..2022-12-31" });
    expect(parseArgs(["report", "a.xlsx", "--out", "b.xlsx", "--period", "2021-2022"])).toMatchObject({ kind: "report", period: "2021-2022" });
  });

  it("leaves «на дату» to the caller (today) when not given", () => {
    expect(parseArgs(["report", "a.xlsx", "--out", "b.xlsx"])).toEqual({ kind: "report", inputs: ["a.xlsx"], out: "b.xlsx" });
  });

  it("takes the settings sheet into the file only with --with-settings, once", () => {
    expect(parseArgs(["report", "a.xlsx", "--out", "b.xlsx", "--with-settings"])).toEqual({ kind: "report", inputs: ["a.xlsx"], out: "b.xlsx", withSettings: true });
    expect(parseArgs(["report", "a.xlsx", "--with-settings", "--split", "--out", "b.xlsx"])).toMatchObject({ withSettings: true, split: true });
    expect(parseArgs(["report", "a.xlsx", "--out", "b.xlsx", "--with-settings", "--with-settings"])).toEqual({ kind: "usage", message: "параметр --with-settings указан дважды." });
  });

  it("answers --help anywhere", () => {
    expect(parseArgs(["--help"])).toEqual({ kind: "help" });
    expect(parseArgs(["report", "-h"])).toEqual({ kind: "help" });
  });

  it.each([
    [[], /не указана команда/],
    [["export", "a.xlsx"], /неизвестная команда «export»/],
    [["report", "--out", "b.xlsx"], /не указано ни одной книги/],
    [["report", "a.xlsx"], /не указан файл для отчётов/],
    [["report", "a.xlsx", "--out", "b.csv"], /расширение \.xlsx/],
    [["report", "a.xlsx", "--out"], /у параметра --out нет значения/],
    [["report", "a.xlsx", "--out", "b.xlsx", "--as-of", "31.02.2021"], /дата --as-of «31\.02\.2021» не распознана/],
    [["report", "a.xlsx", "--out", "b.xlsx", "--period", "весь год"], /период плана --period «весь год» не распознан/],
    [["report", "a.xlsx", "--out", "b.xlsx", "--quarter", "2021-5"], /квартал --quarter «2021-5» не распознан: укажите год и номер квартала, например 2021-3/],
    [["report", "a.xlsx", "--out", "b.xlsx", "--out", "c.xlsx"], /указан дважды/],
    [["report", "a.xlsx", "--out", "b.xlsx", "--asof", "2021-06-15"], /неизвестный параметр «--asof»/],
  ])("gives a Russian usage message for %j", (argv, message) => {
    const parsed = parseArgs(argv as string[]);
    expect(parsed.kind).toBe("usage");
    expect(parsed.kind === "usage" && parsed.message).toMatch(message);
  });

  it("never throws, whatever the arguments", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom("report", "--out", "--as-of", "--period", "--municipality", "--quarter", "--split", "--with-settings", "x.xlsx"))), (argv) => {
        expect(["report", "help", "usage"]).toContain(parseArgs(argv).kind);
      }),
    );
  });
});
