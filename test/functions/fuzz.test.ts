/**
 * Custom functions under fire (issue 8): every function registered by the BUILT dist/functions.js is called,
 * as Excel's runtime calls it, with thousands of random argument lists — huge, negative and fractional numbers,
 * «NaN»-like text, empty cells, booleans, long and odd strings, control characters, emoji, formulas as text,
 * domain words, and ranges of every shape (ragged, one cell, zero rows, zero columns). Whatever comes in:
 * no exception escapes, no NaN/Infinity/undefined comes out, and a failure is #VALUE! or #N/A with a Russian
 * message. Needs `npm run build` first (scripts/test.sh runs it after the build).
 */
import * as fs from "fs";
import fc from "fast-check";
import { distFile, loadFunctionsBundle, type Registered, StubCustomFunctionsError } from "./loadBundle";

interface ParameterMetadata {
  name: string;
  dimensionality?: "scalar" | "matrix";
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  parameters: ParameterMetadata[];
}

/** Words real workbooks hold in these cells: the functions must meet them inside noise too. */
const DOMAIN_WORDS = [
  "высокий",
  "ВЫСОКАЯ",
  "ср.",
  "выс.",
  "В",
  "Н",
  "H",
  "+",
  "-",
  "нет",
  "да",
  "Да.",
  "все",
  "1, 3",
  "2-4, 9",
  "1 и 3",
  "до 01.06.2021",
  "март-апрель 2021",
  "ежеквартально",
  "в течение года",
  "по мере необходимости",
  "31.02.2021",
  "2021",
  "2021-2022",
  "2020-2021 учебный год",
  "проведено 12.03.2021",
  "выполнено",
  "частично",
  ">0",
  "<=15",
  "=5",
  "больше",
  "меньше",
  "15.06.2021",
  "ноябрь-декабрь",
  "I квартал 2021 года",
  "ВПР-2021 рус 5 доля 2",
  "Итого",
];
const ODD_STRINGS = [
  "",
  " ",
  "\t",
  "\n\r",
  "\u0000",
  "\u0007\u001b[31m",
  "\u200b",
  "\ufeff",
  "\u00a0",
  "NaN",
  "Infinity",
  "-Infinity",
  "-0",
  "1e308",
  "1e-320",
  "0x1F",
  "=SUM(A1:A3)",
  "=1/0",
  "#ЗНАЧ!",
  "#N/A",
  "'",
  '"',
  "\\",
  "${x}",
  "__proto__",
  "constructor",
  "🙂",
  "👩‍👩‍👧‍👦",
  "𝟙𝟚",
  "ё",
  "Ё".repeat(3),
  "\ud800",
  "x".repeat(10_000),
  "до ".repeat(2_000),
  "1, ".repeat(3_000),
];

/**
 * Cells holding Excel data types, as the Office.js reference describes their objects (EntityCellValue,
 * FormattedNumberCellValue, WebImageCellValue, StringCellValue); Excel passes them as objects when the metadata allows
 * custom data (issue 14).
 */
const DATA_TYPES: unknown[] = [
  { type: "Entity", text: "МБОУ «СОШ № 1»", basicType: "Error", basicValue: "#VALUE!", properties: {} },
  { type: "FormattedNumber", basicType: "Double", basicValue: 44362, numberFormat: "dd.mm.yyyy" },
  { type: "WebImage", address: "https://example.org/a.png", basicType: "Error", basicValue: "#VALUE!" },
  { type: "String", basicType: "String", basicValue: "высокая" },
  {},
];

/** One cell as Excel hands it over: a number (dates are serials), text, a boolean, an empty cell, or a data type. */
const cellArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...DOMAIN_WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD_STRINGS) },
  { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) }, // Excel never passes NaN or ±∞
  { weight: 2, arbitrary: fc.integer({ min: -3_000_000, max: 3_000_000 }) },
  { weight: 2, arbitrary: fc.integer({ min: 36_526, max: 54_789 }) }, // 2000…2049 as serial days
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 1e308, -1e308, Number.MAX_SAFE_INTEGER, 2_958_466, 0.5, 5e-324) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, "", 0) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom(...DOMAIN_WORDS), fc.string({ maxLength: 8 })).map(([w, s]) => `${s}${w}${s}`),
  },
  { weight: 1, arbitrary: fc.constantFrom(...DATA_TYPES) },
);

/** A range: rectangular as Excel sends it, or ragged, one cell, zero rows, zero columns. */
const rangeArb: fc.Arbitrary<unknown[][]> = fc.oneof(
  fc
    .integer({ min: 1, max: 12 })
    .chain((width) =>
      fc.array(fc.array(cellArb, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 25 }),
    ),
  fc.array(fc.array(cellArb, { maxLength: 12 }), { maxLength: 25 }),
  cellArb.map((c) => [[c]]),
  fc.constantFrom<unknown[][]>([], [[]], [[], []]),
);

/** An argument for a parameter as the metadata declares it; an optional one may be left out (undefined) or empty (null). */
function argumentArb(parameter: ParameterMetadata): fc.Arbitrary<unknown> {
  const value = parameter.dimensionality === "matrix" ? rangeArb : cellArb;
  return parameter.optional
    ? fc.oneof({ weight: 4, arbitrary: value }, { weight: 1, arbitrary: fc.constantFrom(undefined, null) })
    : value;
}

const CYRILLIC = /[А-Яа-яЁё]/;

/** Everything wrong with one call's outcome; empty when it is a proper Excel answer. */
function defectsOf(call: () => unknown): string[] {
  let value: unknown;
  try {
    value = call();
  } catch (error) {
    if (!(error instanceof StubCustomFunctionsError))
      return [`исключение вырвалось наружу: ${error instanceof Error ? error.stack : String(error)}`];
    const defects: string[] = [];
    if (error.code !== "#VALUE!" && error.code !== "#N/A") defects.push(`код ошибки ${error.code}`);
    if (!error.message || !CYRILLIC.test(error.message)) defects.push(`сообщение не по-русски: «${error.message}»`);
    return defects;
  }
  const cells = Array.isArray(value) ? value : [[value]];
  if (!cells.every((row) => Array.isArray(row))) return ["массив не двумерный"];
  if (Array.isArray(value) && (cells.length === 0 || cells.some((row) => row.length !== cells[0].length)))
    return ["массив пустой или неровный"];
  return (cells as unknown[][]).flat().flatMap((cell) => {
    if (cell === undefined || cell === null) return [`ячейка результата ${String(cell)}`];
    if (typeof cell === "number" && !Number.isFinite(cell)) return [`число ${cell}`];
    if (!["number", "string", "boolean"].includes(typeof cell)) return [`значение типа ${typeof cell}`];
    return [];
  });
}

let registered: Registered;
let metadata: FunctionMetadata[];

beforeAll(() => {
  registered = loadFunctionsBundle();
  metadata = JSON.parse(fs.readFileSync(distFile("functions.json"), "utf8")).functions;
});

test("every registered function has metadata (so none escapes the fuzzing)", () => {
  expect(metadata.map((f) => f.id).sort()).toEqual([...registered.keys()].sort());
  expect(registered.size).toBeGreaterThanOrEqual(14);
});

test("every function of the metadata has its fuzz case below, and every fuzz case its function", () => {
  expect(metadata.map((f) => f.id).sort()).toEqual([...IDS].sort());
});

test("the checker itself refuses what Excel must never see", () => {
  expect(defectsOf(() => NaN)).toEqual(["число NaN"]);
  expect(defectsOf(() => undefined)).toEqual(["ячейка результата undefined"]);
  expect(defectsOf(() => [[1], [2, 3]])).toEqual(["массив пустой или неровный"]);
  expect(defectsOf(() => JSON.parse("{"))[0]).toMatch(/^исключение/);
  expect(
    defectsOf(() => {
      throw new StubCustomFunctionsError("#NUM!", "Число вне диапазона");
    }),
  ).toEqual(["код ошибки #NUM!"]);
  expect(
    defectsOf(() => {
      throw new StubCustomFunctionsError("#VALUE!", "bad value");
    }),
  ).toEqual(["сообщение не по-русски: «bad value»"]);
  expect(defectsOf(() => [["Итого", 3]])).toEqual([]);
});

describe("optional range arguments (found by this fuzzing: a lone value crashed SHARE and RISKSUMMARY)", () => {
  test("are ranges in the metadata, so Excel passes them as ranges", () => {
    const dimensionality = (id: string, name: string) =>
      metadata.find((f) => f.id === id)!.parameters.find((p) => p.name === name)!.dimensionality;
    expect(dimensionality("RISKSUMMARY", "municipalities")).toBe("matrix");
    expect(dimensionality("SHARE", "base")).toBe("matrix");
  });

  test("a lone value where a range is expected is read as a one-cell range", () => {
    expect(registered.get("SHARE")!([["да"]], null, "МБОУ «СОШ № 1»")).toBe(1);
    expect(registered.get("SHARE")!([["да"], ["нет"]], "да", [["СОШ № 1"], ["СОШ № 2"]])).toBe(0.5);
    expect(registered.get("RISKSUMMARY")!([["высокий", "низкий"]], "Тарский МР")).toEqual([
      expect.arrayContaining(["Муниципалитет", "РФ1", "РФ2"]),
      expect.arrayContaining(["Тарский МР", 1, 0]),
      expect.arrayContaining(["Итого", 1, 0]),
    ]);
  });
});

// Every function gets its own test line; the test above fails when the metadata and this list part.
const IDS = [
  "RISKGROUPS",
  "RISKCOUNT",
  "INGROUP",
  "RISKSUMMARY",
  "MANDATORY",
  "SHARE",
  "TREND",
  "DEADLINESTART",
  "DEADLINEEND",
  "NEXTCONTROL",
  "PLANSTATUS",
  "OVERDUE",
  "REPORTDUE",
  "LOWRESULT",
];

test.each(IDS)("%s: any arguments in, an Excel answer or #VALUE!/#N/A in Russian out", (id) => {
  const fn = metadata.find((f) => f.id === id);
  if (!fn) throw new Error(`${id}: нет в functions.json — уберите его из IDS или верните функцию`);
  const argumentsArb = fc.tuple(...fn.parameters.map(argumentArb)).chain((args) =>
    // Excel may also call with trailing optional arguments simply absent.
    fc.integer({ min: fn.parameters.filter((p) => !p.optional).length, max: args.length }).map((n) => args.slice(0, n)),
  );
  fc.assert(
    fc.property(argumentsArb, (args) => {
      expect(defectsOf(() => registered.get(id)!(...args))).toEqual([]);
    }),
    { numRuns: 700 },
  );
});
