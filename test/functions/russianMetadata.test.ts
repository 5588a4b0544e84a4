/** The build step that makes functions-ru.json: it must fail loudly on any gap between functions.ts and ru.json. */
import * as fs from "fs";
import * as path from "path";
import { DATE_RESULTS } from "../../src/functions/dateResults";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { russianMetadata } = require("../../src/functions/russianMetadata") as {
  russianMetadata(
    metadata: unknown,
    russian: unknown,
  ): { functions: { id: string; name: string; parameters: { name: string }[] }[] };
};

const english = {
  functions: [
    {
      id: "REPORTDUE",
      name: "REPORTDUE",
      description: "Due date of the quarterly report.",
      parameters: [{ name: "date", description: "A date inside the quarter.", type: "any" }],
      result: { type: "number" },
    },
  ],
};

const russian = {
  REPORTDUE: {
    name: "СРОК_ОТЧЕТА",
    description: "Срок квартального отчёта.",
    parameters: { date: { name: "дата", description: "Дата внутри квартала." } },
  },
};

test("puts the Russian names in and keeps everything else", () => {
  const ru = russianMetadata(english, russian);
  expect(ru.functions).toEqual([
    {
      id: "REPORTDUE",
      name: "СРОК_ОТЧЕТА",
      description: "Срок квартального отчёта.",
      parameters: [{ name: "дата", description: "Дата внутри квартала.", type: "any" }],
      result: { type: "number" },
    },
  ]);
  expect(english.functions[0].name).toBe("REPORTDUE"); // the English metadata is not changed
});

test("a function without a Russian entry fails the build", () => {
  expect(() => russianMetadata(english, {})).toThrow("нет русского имени для функции REPORTDUE");
});

test("a Russian entry without a function fails the build", () => {
  expect(() =>
    russianMetadata(english, { ...russian, DEADLINEEND: { name: "СРОК_ОКОНЧАНИЕ", description: "" } }),
  ).toThrow("«DEADLINEEND» — нет такой функции");
});

test("a missing or unknown argument name fails the build", () => {
  const noParam = { REPORTDUE: { ...russian.REPORTDUE, parameters: {} } };
  expect(() => russianMetadata(english, noParam)).toThrow("нет русского имени для аргумента «date»");
  const extra = {
    REPORTDUE: {
      ...russian.REPORTDUE,
      parameters: { ...russian.REPORTDUE.parameters, asOf: { name: "на_дату", description: "" } },
    },
  };
  expect(() => russianMetadata(english, extra)).toThrow("у функции нет аргумента «asOf»");
});

test("the argument names in functions.ts messages are the Russian parameter names of ru.json", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fs = require("fs") as typeof import("fs");
  const source = fs.readFileSync(`${__dirname}/../../src/functions/functions.ts`, "utf8");
  const ru = JSON.parse(fs.readFileSync(`${__dirname}/../../src/functions/ru.json`, "utf8")) as Record<
    string,
    { parameters: Record<string, { name: string }> }
  >;
  const known = new Set(Object.values(ru).flatMap((f) => Object.values(f.parameters).map((p) => p.name)));
  const used = [...source.matchAll(/\b(?:cell|range|optionalRange)\(\w+, "([^"]+)"\)/g)].map((m) => m[1]);
  expect(used.length).toBeGreaterThanOrEqual(30);
  expect(used.filter((name) => !known.has(name))).toEqual([]);
});

test("a function that returns a date says so, in Russian and in English (SPEC §7; «Вставить» gives its cell a date format)", () => {
  const russian = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../src/functions/ru.json"), "utf8")) as Record<
    string,
    { description: string }
  >;
  const source = fs.readFileSync(path.resolve(__dirname, "../../src/functions/functions.ts"), "utf8");
  for (const id of DATE_RESULTS) {
    expect({ id, ru: russian[id].description }).toEqual({ id, ru: expect.stringMatching(/^Дата /) });
    const returns = new RegExp(`@customfunction ${id} ${id}[\\s\\S]*?@returns ([^\\n]*)`).exec(source)?.[1] ?? "";
    expect({ id, returns }).toEqual({ id, returns: expect.stringMatching(/date/i) });
  }
});
