/**
 * Booleans across the Р7-Офис / ONLYOFFICE door on the real engine, in ru-RU and en-US, with the editor's formulas in
 * English and in Russian. `SetValue` reads a text as the user's typing: the words it takes for TRUE and FALSE are the
 * formula language's — sdkjs's `cBoolLocal`, set by `build_local_rx` (common/editorscommon.js), which the editor calls
 * from `asc_setLocalization` (cell/api.js) with its formula-language file: ONLYOFFICE web-apps
 * apps/spreadsheeteditor/main/resources/formula-lang/ru.json gives CONST_TRUE_FALSE {t: «ИСТИНА», f: «ЛОЖЬ»}. The
 * culture (decimal separator, dates) does not change them. The door asks the editor for its words (describeWorkbook)
 * and types booleans in them (values.ts), so they read back as booleans in every setup.
 */
import { describeWorkbook, readRows, writeValues } from "../../src/r7/commands";
import { type EditorBooleans, fromEditorValue, toEditorInput } from "../../src/r7/values";
import { bootEngine, type Culture, describeWithEngine, type Engine } from "../helpers/onlyoffice";

const RUSSIAN: EditorBooleans = { true: "ИСТИНА", false: "ЛОЖЬ" };
const ENGLISH: EditorBooleans = { true: "TRUE", false: "FALSE" };

/** The engine as an editor whose formula language is Russian: what asc_setLocalization does with ru.json's operands. */
function russianFormulas(engine: Engine): void {
  engine.window.AscCommon.build_local_rx({ CONST_TRUE_FALSE: { t: RUSSIAN.true, f: RUSSIAN.false } });
}

type Kind = "boolean" | "text";

/** What the engine's model stored in A1:A<n> of the active sheet (the builder API has no getter for a cell's type). */
function typed(engine: Engine, inputs: unknown[]): { kind: Kind | string; value: string }[] {
  return engine.run(
    function () {
      // @ts-expect-error the scope, Api and AscCommon live in the editor's frame
      const { inputs } = Asc.scope;
      // @ts-expect-error as above
      const ws = Api.GetActiveSheet();
      // @ts-expect-error as above
      const types = AscCommon.CellValueType;
      return inputs.map((input: unknown, row: number) => {
        const range = ws.GetRangeByNumber(row, 0);
        range.SetValue(input);
        let kind = "";
        ws.worksheet.getRange3(row, 0, row, 0)._foreach((cell: { getType(): number }) => {
          const type = cell.getType();
          kind = type === types.Bool ? "boolean" : type === types.String ? "text" : String(type);
        });
        return { kind, value: String(range.GetValue()) };
      });
    },
    { inputs },
  );
}

const SETUPS: { culture: Culture; formulas: "English" | "Russian"; words: EditorBooleans; decimal: string }[] = [
  { culture: "ru-RU", formulas: "English", words: ENGLISH, decimal: "," },
  { culture: "ru-RU", formulas: "Russian", words: RUSSIAN, decimal: "," },
  { culture: "en-US", formulas: "English", words: ENGLISH, decimal: "." },
  { culture: "en-US", formulas: "Russian", words: RUSSIAN, decimal: "." },
];

for (const { culture, formulas, words, decimal } of SETUPS) {
  describeWithEngine()(`логические значения: ${culture}, язык формул ${formulas}`, () => {
    let engine: Engine;
    beforeAll(() => {
      engine = bootEngine(culture);
      if (formulas === "Russian") russianFormulas(engine);
    });

    it("SetValue: логическое значение — только слово языка формул; другое слово и «'» дают текст", () => {
      const other = words === ENGLISH ? RUSSIAN : ENGLISH;
      const inputs = [words.true, words.false, words.true.toLowerCase(), other.true, other.false, `'${words.true}`];
      expect(typed(engine, inputs)).toEqual([
        { kind: "boolean", value: words.true },
        { kind: "boolean", value: words.false },
        { kind: "boolean", value: words.true },
        { kind: "text", value: other.true },
        { kind: "text", value: other.false },
        { kind: "text", value: words.true },
      ]);
    });

    it("JavaScript true пишется как «true»: логическое значение лишь при английском языке формул", () => {
      expect(typed(engine, [true])).toEqual([
        formulas === "English" ? { kind: "boolean", value: "TRUE" } : { kind: "text", value: "true" },
      ]);
    });

    it("дверь узнаёт слова редактора и разделитель; записанное ею читается обратно тем же значением", () => {
      const facts = engine.run<{ decimal: string; booleans: EditorBooleans }>(describeWorkbook, { markerNames: [] });
      expect(facts.booleans).toEqual(words);
      expect(facts.decimal).toBe(decimal);
      const values = [true, false, "ИСТИНА", "ЛОЖЬ", "TRUE", "FALSE", "Истина", "Да", 1.5];
      const row = values.map((v) => toEditorInput(v, facts.decimal, facts.booleans));
      engine.run(writeValues, { sheet: engine.run(sheetName), top: 10, left: 0, values: [row] });
      const got = engine.run<{ values: string[][] }>(readRows, {
        sheet: engine.run(sheetName),
        top: 10,
        rows: 1,
        cols: values.length,
      });
      const back = got.values[0].map((text) => fromEditorValue(text, facts.booleans));
      // A text equal to the editor's own word reads as the boolean: GetValue gives both as the same string (values.ts).
      const expected = values.map((v) => (v === words.true ? true : v === words.false ? false : v));
      expect(back).toEqual(expected);
      // and the booleans are the editor's booleans, the texts its texts
      expect(kindsAt(engine, 10, 6)).toEqual(["boolean", "boolean", "text", "text", "text", "text"]);
    });
  });
}

/** The model's type of each cell of a row from column A. */
function kindsAt(engine: Engine, row: number, count: number): string[] {
  return engine.run(
    function () {
      // @ts-expect-error the scope, Api and AscCommon live in the editor's frame
      const { row, count } = Asc.scope;
      // @ts-expect-error as above
      const types = AscCommon.CellValueType;
      const out: string[] = [];
      // @ts-expect-error as above
      Api.GetActiveSheet()
        .worksheet.getRange3(row, 0, row, count - 1)
        ._foreach((cell: { getType(): number }) => {
          const type = cell.getType();
          out.push(type === types.Bool ? "boolean" : type === types.String ? "text" : String(type));
        });
      return out;
    },
    { row, count },
  );
}

function sheetName(): string {
  // @ts-expect-error Api lives in the editor's frame
  return String(Api.GetActiveSheet().GetName());
}
