/**
 * The built custom functions bundle, called as Excel calls it: dates as serial numbers, ranges as 2-D arrays,
 * empty cells as "", 0 or null, omitted optional arguments as null. Needs `npm run build` first (scripts/test.sh).
 */
import * as fs from "fs";
import { SEMANTIC_CASES } from "./cases";
import { callExcelStyle, distFile, loadFunctionsBundle, type Registered } from "./loadBundle";

interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  options?: { volatile?: boolean };
  parameters: { name: string; optional?: boolean }[];
}

/** SPEC §7: id (English name) → Russian name. */
const SPEC_NAMES: Record<string, string> = {
  RISKGROUPS: "ГРУППЫ_РИСКА",
  RISKCOUNT: "ЧИСЛО_РИСКОВ",
  INGROUP: "В_ГРУППЕ",
  RISKSUMMARY: "СВОДКА_РИСКОВ",
  MANDATORY: "ОБЯЗАТЕЛЬНЫЕ_МЕРЫ",
  SHARE: "ДОЛЯ",
  TREND: "ДИНАМИКА",
  DEADLINESTART: "СРОК_НАЧАЛО",
  DEADLINEEND: "СРОК_ОКОНЧАНИЕ",
  NEXTCONTROL: "КОНТРОЛЬНЫЙ_СРОК",
  PLANSTATUS: "СТАТУС_ПЛАНА",
  OVERDUE: "ПРОСРОЧКА",
  REPORTDUE: "СРОК_ОТЧЕТА",
  LOWRESULT: "НИЗКИЕ_РЕЗУЛЬТАТЫ",
};

function metadata(file: string): FunctionMetadata[] {
  return JSON.parse(fs.readFileSync(distFile(file), "utf8")).functions;
}

let fns: Registered;
const call = (id: string, ...args: unknown[]) => callExcelStyle(fns, id, ...args);

beforeAll(() => {
  fns = loadFunctionsBundle();
});

describe("dist/functions.js", () => {
  test("loads with only CustomFunctions and Office and registers every function of functions.json", () => {
    const ids = metadata("functions.json").map((f) => f.id);
    expect([...fns.keys()].sort()).toEqual([...ids].sort());
    expect(ids).toEqual(expect.arrayContaining(["REPORTDUE", "RISKGROUPS", "SHARE", "TREND"]));
  });

  test("pulls in neither React, Fluent UI nor ExcelJS", () => {
    const sources: string[] = JSON.parse(fs.readFileSync(distFile("functions.js.map"), "utf8")).sources;
    const heavy = sources.filter((s) => /node_modules\/(react|react-dom|@fluentui|exceljs)\//.test(s));
    expect(heavy).toEqual([]);
    expect(sources.some((s) => s.includes("src/functions/functions.ts"))).toBe(true);
  });
});

describe("REPORTDUE (СРОК_ОТЧЕТА)", () => {
  test("any date of April–June 2021 gives 5 July 2021 (serial 44382)", () => {
    // 01.04.2021 = 44287, 30.06.2021 = 44377
    for (let day = 44287; day <= 44377; day++) expect(call("REPORTDUE", day)).toBe(44382);
    expect(call("REPORTDUE", 44286)).toBe(44291); // 31.03.2021 → 05.04.2021
    expect(call("REPORTDUE", 44378)).toBe(44474); // 01.07.2021 → 05.10.2021
  });

  test("reads dd.mm.yyyy text and a date with a time of day", () => {
    expect(call("REPORTDUE", "15.05.2021")).toBe(44382);
    expect(call("REPORTDUE", 44330.75)).toBe(44382);
    expect(call("REPORTDUE", "20.12.2021")).toBe(44566); // → 05.01.2022
  });

  test.each([[""], [0], [null]])("an empty date (%p) is #VALUE! asking for a date", (value) => {
    expect(call("REPORTDUE", value)).toEqual({ error: "#VALUE!", message: expect.stringMatching(/^Дата не указана/) });
  });

  test.each([["весна 2021"], ["31.02.2021"], ["32.13.2021"]])(
    "%p is #VALUE! naming the argument and the value",
    (value) => {
      expect(call("REPORTDUE", value)).toEqual({
        error: "#VALUE!",
        message: `Дата «${value}» не распознана: нужна дата или текст дд.мм.гггг`,
      });
    },
  );
});

describe("plan functions: free-text deadlines, done marks, «на дату»", () => {
  // 15.06.2021 = 44362
  const june15 = 44362;

  test("DEADLINESTART / DEADLINEEND read the deadline against the period", () => {
    expect(call("DEADLINESTART", "март-апрель 2021", null)).toBe(44256); // 01.03.2021
    expect(call("DEADLINEEND", "март-апрель 2021", null)).toBe(44316); // 30.04.2021
    expect(call("DEADLINEEND", "до 01.06.2021", "2021")).toBe(44348);
    expect(call("DEADLINESTART", "до 01.06.2021", "на 2021-2022 годы")).toBe(44197); // plan start 01.01.2021
    expect(call("DEADLINEEND", "по мере необходимости", "2021")).toBe("");
  });

  test("a deadline without a year and without a period is #VALUE!, never a guess", () => {
    const result = call("DEADLINEEND", "март", null) as { error: string; message: string };
    expect(result.error).toBe("#VALUE!");
    expect(result.message).toContain("период");
  });

  test("an unparsed deadline is #VALUE! naming it; PLANSTATUS says «Срок не распознан»", () => {
    const result = call("DEADLINEEND", "31.02.2021", null) as { error: string; message: string };
    expect(result.error).toBe("#VALUE!");
    expect(result.message).toContain("«31.02.2021»");
    expect(call("PLANSTATUS", "31.02.2021", "", null, june15, "2021")).toBe("Срок не распознан");
  });

  test("PLANSTATUS and OVERDUE at a date", () => {
    expect(call("PLANSTATUS", "до 01.06.2021", "", null, june15, null)).toBe("Просрочено");
    expect(call("OVERDUE", "до 01.06.2021", "", june15, null)).toBe(14);
    expect(call("PLANSTATUS", "до 01.06.2021", "проведено 25.05.2021", null, june15, null)).toBe("Выполнено");
    expect(call("PLANSTATUS", "до 01.06.2021", "да", "10.06.2021", june15, null)).toBe("Выполнено с нарушением срока");
    expect(call("PLANSTATUS", "сентябрь 2021", 0, null, "15.06.2021", null)).toBe("Не начато");
    expect(call("OVERDUE", "в течение года", "нет", june15, "2021")).toBe(0);
  });

  test("NEXTCONTROL gives the next control point on or after the date", () => {
    expect(call("NEXTCONTROL", "ежеквартально", june15, "2021")).toBe(44377); // 30.06.2021
    expect(call("NEXTCONTROL", "март 2021", june15, null)).toBe("");
  });

  test("functions whose «на дату» defaults to today are volatile", () => {
    const volatile = metadata("functions.json")
      .filter((f) => f.options?.volatile)
      .map((f) => f.id);
    expect(volatile.sort()).toEqual(["NEXTCONTROL", "OVERDUE", "PLANSTATUS"]);
  });
});

describe("risk and indicator functions, as Excel passes ranges", () => {
  // Levels as written in real profiles: full words, short forms, empty cells as "" / null / 0.
  const profile = [["высокая", "ср.", "Высокий уровень", "", null, "выс.", 0, "низкая", "В", "нет"]];

  test("RISKGROUPS and RISKCOUNT", () => {
    expect(call("RISKGROUPS", profile, null)).toBe("1, 3, 6, 9");
    expect(call("RISKCOUNT", profile, null)).toBe(4);
    expect(call("RISKCOUNT", profile, "средняя")).toBe(5);
    expect(call("RISKGROUPS", [["нет", "", "низкая"]], null)).toBe("");
  });

  test("INGROUP", () => {
    expect(call("INGROUP", profile, 6)).toBe(true);
    expect(call("INGROUP", profile, 2)).toBe(false);
    expect(call("INGROUP", profile, "первая")).toEqual({
      error: "#VALUE!",
      message: expect.stringContaining("«первая»"),
    });
  });

  test("an unreadable level is #VALUE! naming the factor", () => {
    const result = call("RISKGROUPS", [["высокая", "очень высокая"]], null) as { error: string; message: string };
    expect(result.error).toBe("#VALUE!");
    expect(result.message).toContain("фактор 2");
  });

  test("RISKSUMMARY spills a table with «Итого»", () => {
    const profiles = [
      ["высокая", "низкая"],
      ["высокая", "высокая"],
      ["", "высокая"],
    ];
    const table = call("RISKSUMMARY", profiles, [["Тарский район"], ["Тарский район"], ["г. Омск"]]) as unknown[][];
    expect(table[0].slice(0, 3)).toEqual(["Муниципалитет", "РФ1", "РФ2"]);
    expect(table[table.length - 1].slice(0, 4)).toEqual(["Итого", 2, 2, 3]);
  });

  test("MANDATORY lists the measures for the school's groups compactly", () => {
    const numbers = [[1], [2], [3], [4], [""]];
    const groups = [["1, 3"], ["2-4"], ["все"], ["5"], [""]];
    expect(call("MANDATORY", [["1, 3"]], numbers, groups)).toBe("1–3");
    expect(call("MANDATORY", [["5"]], numbers, groups)).toBe("3, 4");
  });

  test("SHARE and TREND", () => {
    const marks = [["да"], ["нет"], ["да"], [""]];
    expect(call("SHARE", marks, null, null)).toBeCloseTo(2 / 3);
    expect(call("SHARE", marks, null, [["СОШ № 1"], ["СОШ № 2"], ["СОШ № 3"], ["ООШ № 4"]])).toBeCloseTo(0.5);
    expect(call("SHARE", [[12], [0], [30]], ">0", null)).toBeCloseTo(2 / 3);
    expect(call("TREND", 18, 9, "меньше")).toBe("положительная");
    expect(call("TREND", 40, 45, null)).toBe("положительная");
    expect(call("TREND", "н/д", 45, null)).toEqual({ error: "#VALUE!", message: expect.stringContaining("«н/д»") });
  });
});

/**
 * An empty cell of a range arrives as 0 in desktop Excel and as null or "" in Excel on the web (office-js #4702,
 * #5262, #1951). Every test here runs with each platform's blank.
 */
describe.each([[0], [""], [null]])("empty cells of a range passed as %p", (blank) => {
  test("MANDATORY: a trailing empty row of the plan is no measure, an empty groups cell is mandatory for no school", () => {
    const numbers = [[1], [2], [3], [4], [blank]];
    const groups = [["1, 3"], ["2-4"], ["все"], [blank], [blank]];
    expect(call("MANDATORY", [["1, 3"]], numbers, groups)).toBe("1–3");
    expect(call("MANDATORY", [["5"]], numbers, groups)).toBe("3");
  });

  test("SHARE: empty rows in both columns stay out of the denominator", () => {
    const marks = [["да"], ["нет"], [blank], [blank]];
    const schools = [["СОШ № 1"], ["СОШ № 2"], [blank], [blank]];
    expect(call("SHARE", marks, "да", schools)).toBe(0.5);
    expect(call("SHARE", marks, null, schools)).toBe(0.5);
  });

  test("RISKSUMMARY: an empty row adds no municipality and no school", () => {
    const profiles = [
      ["высокая", "низкая"],
      ["высокая", "высокая"],
      [blank, blank],
    ];
    const table = call("RISKSUMMARY", profiles, [["Тарский район"], ["г. Омск"], [blank]]) as unknown[][];
    expect(table.map((row) => row[0])).toEqual(["Муниципалитет", expect.any(String), expect.any(String), "Итого"]);
    expect(
      table
        .slice(1, 3)
        .map((row) => row[0])
        .sort(),
    ).toEqual(["Тарский район", "г. Омск"]);
    expect(table[table.length - 1]).toEqual(["Итого", 2, 1, 2, 0]);
    const alone = call("RISKSUMMARY", profiles, null) as unknown[][];
    expect(alone[alone.length - 1]).toEqual(["Итого", 2, 1, 2, 0]);
  });

  test("LOWRESULT: empty columns after the last procedure are not headers to read", () => {
    const headers = [["ВПР-2021 рус 5", "ВПР-2021 мат 5", blank, blank]];
    expect(call("LOWRESULT", [[34, 31, blank, blank]], headers, null)).toBe(true);
    expect(call("LOWRESULT", [[34, 12, blank, blank]], headers, null)).toBe(false);
  });
});

test("TREND cannot tell an empty cell from 0, and its description says so in both languages", () => {
  const describes = (file: string) => metadata(file).find((f) => f.id === "TREND")!;
  expect(describes("functions.json").description).toMatch(/empty cell.*0/i);
  expect(describes("functions-ru.json").description).toMatch(/пуст.*0/i);
});

/**
 * Cells holding Excel data types (Excel.EntityCellValue, FormattedNumberCellValue as the Office.js reference describes
 * them): the metadata asks Excel for plain values, and an object that arrives all the same is read or refused in Russian.
 */
describe("data types in argument cells", () => {
  const school = {
    type: "Entity",
    text: "МБОУ «СОШ № 14»",
    basicType: "Error",
    basicValue: "#VALUE!",
    properties: { Муниципалитет: { type: "String", basicType: "String", basicValue: "Тарский район" } },
  };
  const june15 = { type: "FormattedNumber", basicType: "Double", basicValue: 44362, numberFormat: "dd.mm.yyyy" };

  test("both metadata files switch custom data for `any` parameters off", () => {
    for (const file of ["functions.json", "functions-ru.json"]) {
      expect(JSON.parse(fs.readFileSync(distFile(file), "utf8")).allowCustomDataForDataTypeAny).toBe(false);
    }
  });

  test("an entity where a value is expected is #VALUE! naming the argument, never a TypeError", () => {
    expect(call("PLANSTATUS", school, "", null, 44362, "2021")).toEqual({
      error: "#VALUE!",
      message: expect.stringMatching(/^Аргумент «срок»: в ячейке тип данных Excel «МБОУ «СОШ № 14»» \(Entity\)/),
    });
    expect(call("RISKGROUPS", [["высокая", school]], null)).toEqual({
      error: "#VALUE!",
      message: expect.stringContaining("«профиль»"),
    });
    expect(call("SHARE", [["да"]], null, [[school]])).toEqual({
      error: "#VALUE!",
      message: expect.stringContaining("«основа»"),
    });
  });

  test("a value type with a plain basic value (a formatted date) is read as that value", () => {
    expect(call("PLANSTATUS", "до 01.06.2021", "", null, june15, null)).toBe("Просрочено");
    expect(call("REPORTDUE", june15)).toBe(44382);
    expect(call("RISKGROUPS", [[{ type: "String", basicType: "String", basicValue: "высокая" }, "низкая"]], null)).toBe(
      "1",
    );
  });
});

describe("LOWRESULT (НИЗКИЕ_РЕЗУЛЬТАТЫ)", () => {
  const headers = [["ВПР-2021 рус 5", "ВПР-2021 мат 5", "ВПР-2022 рус 5", "ВПР-2022 мат 5"]];

  test("two procedures of one year at or above 30 % flag the school; one does not", () => {
    expect(call("LOWRESULT", [[34, 31, 10, 12]], headers, null)).toBe(true);
    expect(call("LOWRESULT", [[34, 12, 10, 12]], headers, null)).toBe(false);
  });

  test("the same procedure in two consecutive years flags the school", () => {
    expect(call("LOWRESULT", [[34, 12, 40, 12]], headers, null)).toBe(true);
  });

  test("a row of fractions is read as fractions; the threshold can be set", () => {
    expect(call("LOWRESULT", [[0.34, 0.31, 0.1, 0.12]], headers, null)).toBe(true);
    expect(call("LOWRESULT", [[34, 31, 10, 12]], headers, 35)).toBe(false);
  });

  test("a header without procedure and year is #VALUE! naming it", () => {
    expect(call("LOWRESULT", [[34, 31]], [["Русский", "ВПР-2021 мат 5"]], null)).toEqual({
      error: "#VALUE!",
      message: expect.stringContaining("«Русский»"),
    });
  });
});

describe("functions.json and functions-ru.json", () => {
  test("list the same ids, parameters and options; only names and descriptions differ", () => {
    const en = metadata("functions.json");
    const ru = metadata("functions-ru.json");
    expect(ru.map((f) => f.id)).toEqual(en.map((f) => f.id));
    ru.forEach((f, i) => {
      expect(f.options).toEqual(en[i].options);
      expect(f.parameters.map((p) => p.optional)).toEqual(en[i].parameters.map((p) => p.optional));
    });
  });

  test("ids are the English names; every Russian name is SPEC's name for that id", () => {
    for (const f of metadata("functions.json")) expect(f.name).toBe(f.id);
    for (const f of metadata("functions-ru.json")) expect(f.name).toBe(SPEC_NAMES[f.id]);
  });
});

describe("the shared semantic cases (test/functions/cases.ts, run in ONLYOFFICE by test/r7/formulas.test.ts)", () => {
  test.each(SEMANTIC_CASES.map((c) => [`${c.id}(${JSON.stringify(c.args)})`, c] as const))("%s", (_, c) => {
    expect(call(c.id, ...c.args)).toEqual(
      "answer" in c ? c.answer : { error: "#VALUE!", message: expect.stringContaining(c.refusal) },
    );
  });
});
