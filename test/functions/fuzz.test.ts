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
import { argumentsArb, type ParameterMetadata } from "./cases";
import { distFile, loadFunctionsBundle, type Registered, StubCustomFunctionsError } from "./loadBundle";

interface FunctionMetadata {
  id: string;
  parameters: ParameterMetadata[];
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
  fc.assert(
    fc.property(argumentsArb(fn.parameters), (args) => {
      expect(defectsOf(() => registered.get(id)!(...args))).toEqual([]);
    }),
    { numRuns: 700 },
  );
});
