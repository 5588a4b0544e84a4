/** Executors as written (SPEC §3, issue 24): bodies split at line breaks, «;» and commas, clauses kept with their body. */
import fc from "fast-check";
import { executorsOf } from "../../../src/core/plan/executors";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { readWorkbook } from "../../../src/core/tables/readWorkbook";
import { seedSheet } from "../../fixtures/plans/seedPlans";

/** The split before issue 24: every line break, «;» and comma. */
const naive = (cell: string) =>
  cell
    .split(/[,;\n]/)
    .map((n) => n.trim())
    .filter((n) => n !== "");

/** Every executor cell of the seeds' plans (Sakhalin 000, Omsk 001), as the plan reader gives them. */
const SEED_CELLS = (["sakhalin", "omsk"] as const).flatMap((f) =>
  readWorkbook([seedSheet(f, f)], DEFAULT_SETTINGS, new Set()).plan.map((p) => p.executor),
);

describe("executorsOf", () => {
  it("keeps a participle clause, «в том числе», «в части», «включая» and brackets with the body before them", () => {
    expect(
      executorsOf(
        "Органы исполнительной власти субъектов Российской Федерации, осуществляющие государственное управление в сфере образования (ОИВ)",
      ),
    ).toEqual([
      "Органы исполнительной власти субъектов Российской Федерации, осуществляющие государственное управление в сфере образования (ОИВ)",
    ]);
    expect(executorsOf("МОУО, подведомственные учреждения; ИРО")).toEqual(["МОУО, подведомственные учреждения", "ИРО"]);
    expect(executorsOf("Руководители ОО, в том числе ООНОР, МОУО")).toEqual([
      "Руководители ОО, в том числе ООНОР",
      "МОУО",
    ]);
    expect(executorsOf("ИРО, в части курсов повышения квалификации")).toEqual([
      "ИРО, в части курсов повышения квалификации",
    ]);
    expect(executorsOf("Кураторы, включая муниципальных координаторов")).toEqual([
      "Кураторы, включая муниципальных координаторов",
    ]);
    expect(
      executorsOf(
        "мероприятий по ликвидации (организации всероссийских проверочных работ, проведение диагностических работ)",
      ),
    ).toEqual([
      "мероприятий по ликвидации (организации всероссийских проверочных работ, проведение диагностических работ)",
    ]);
  });

  it("splits bodies as before: «МОЦ, СОИРО», line breaks, «;»", () => {
    expect(executorsOf("МОЦ, СОИРО")).toEqual(["МОЦ", "СОИРО"]);
    expect(
      executorsOf(
        "Федеральный организатор,\nОрганы исполнительной власти субъектов Российской Федерации, осуществляющие управление в сфере образования (ОИВ)",
      ),
    ).toEqual([
      "Федеральный организатор",
      "Органы исполнительной власти субъектов Российской Федерации, осуществляющие управление в сфере образования (ОИВ)",
    ]);
    expect(executorsOf("ИРОСО РЦОКОСО МОСО")).toEqual(["ИРОСО РЦОКОСО МОСО"]);
    expect(executorsOf(" ; , ")).toEqual([]);
  });

  it("the seeds' executors do not change, but for a comma inside brackets (a property over every seed cell)", () => {
    expect(SEED_CELLS.length).toBe(56);
    fc.assert(
      fc.property(fc.constantFrom(...SEED_CELLS), (cell) => {
        const bracketComma = /\([^)]*,[^)]*\)/.test(cell);
        if (!bracketComma) expect(executorsOf(cell)).toEqual(naive(cell));
        else expect(executorsOf(cell).length).toBeLessThan(naive(cell).length);
      }),
      { numRuns: 200 },
    );
  });

  it("any text in, its words out in order, never an exception", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (cell) => {
        const words = (t: string) => t.split(/[\s,;]+/).filter((w) => w !== "");
        expect(words(executorsOf(cell).join(" "))).toEqual(words(cell));
      }),
    );
  });
});
