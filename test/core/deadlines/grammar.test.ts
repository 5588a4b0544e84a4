/**
 * The grammar tries a construct only at a token its `startsWith` names (constructs/index.ts): a construct that can
 * read at another token would be silently skipped there. Every construct is read at every token of the real phrases
 * (the fixtures and the phrases quoted in the construct files themselves) and of generated ones.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import fc from "fast-check";
import { CONSTRUCTS, GRAMMAR } from "../../../src/core/deadlines/constructs";
import { noDate } from "../../../src/core/deadlines/constructs/noDate";
import { rangeWords } from "../../../src/core/deadlines/constructs/rangeWords";
import { recurrence } from "../../../src/core/deadlines/constructs/recurrence";
import { schedulePointer } from "../../../src/core/deadlines/constructs/schedulePointer";
import type { Construct } from "../../../src/core/deadlines/pieces";
import { type Token, tokenize } from "../../../src/core/deadlines/tokenizer";
import { readDeadlineRows, readRealRows } from "./tsvRows";

const CONSTRUCTS_DIR = join(__dirname, "../../../src/core/deadlines/constructs");

function admits(c: Construct, t: Token): boolean {
  if (t.kind === "number") return c.startsWith.numbers === true;
  if (t.kind === "dotted") return c.startsWith.dotted === true;
  const words = c.startsWith.words ?? [];
  return (
    t.kind === "word" && (Array.isArray(words) ? words.includes(t.text) : (words as ReadonlySet<string>).has(t.text))
  );
}

/** The constructs that read at a token they do not say they start with, as «construct index: phrase @ token». */
function brokenPromises(phrase: string): string[] {
  const tokens = tokenize(phrase);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    CONSTRUCTS.forEach((c, k) => {
      if (c.read(tokens, i, GRAMMAR) !== null && !admits(c, tokens[i]))
        out.push(`${k}: «${phrase}» @ «${tokens[i].text}»`);
    });
  }
  return out;
}

const quotedInConstructs = readdirSync(CONSTRUCTS_DIR).flatMap((file) =>
  [...readFileSync(join(CONSTRUCTS_DIR, file), "utf8").matchAll(/«([^»]+)»/g)].map((m) => m[1]),
);
const realPhrases = [
  ...readDeadlineRows().map((r) => r.phrase),
  ...readRealRows().map((r) => r.phrase),
  ...quotedInConstructs,
];

test("the phrases quoted in the construct files are many (the test reads them)", () => {
  expect(quotedInConstructs.length).toBeGreaterThan(150);
  expect(quotedInConstructs).toContain("до 5 числа месяца, следующего за отчетным кварталом");
});

test("every construct reads only at a token it says it starts with: real phrases", () => {
  expect(realPhrases.flatMap(brokenPromises)).toEqual([]);
});

const words = [
  ...new Set(CONSTRUCTS.flatMap((c) => [...(c.startsWith.words ?? [])])),
  "1",
  "5",
  "15",
  "25",
  "31",
  "2021",
  "2022",
  "3-го",
  "01.09",
  "17.11.2020",
  "31.02.2021",
  "-",
  ",",
  "и",
  "/",
  "(",
  ")",
  "числа",
  "каждого",
  "месяца",
  "следующего",
  "за",
  "отчетным",
  "кварталом",
  "периодом",
  "реже",
  "раз",
  "в",
  "квартал",
  "год",
  "г.",
  "учебного",
  "года",
  "четверти",
  "полугодие",
  "среду",
  "декабря",
  "графику",
  "итогам",
  "течение",
];

test("every construct reads only at a token it says it starts with: generated phrases", () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 7 }), (ws) => {
      expect(brokenPromises(ws.join(" "))).toEqual([]);
    }),
    { numRuns: 3000 },
  );
});

test("at a word several constructs start with, they are tried in the order of the list", () => {
  const [po] = tokenize("по");
  expect(GRAMMAR.constructsAt(po)).toEqual([noDate, schedulePointer, recurrence, rangeWords]);
  const [comma] = tokenize(",");
  expect(GRAMMAR.constructsAt(comma)).toEqual([]);
});
