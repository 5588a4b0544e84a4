/**
 * The formulas SHNOR_… against the real engine (ONLYOFFICE sdkjs 8.2 in Node, test/helpers/onlyoffice.ts): the BUILT
 * registration command (dist/r7/formulas.js) sent as the plugin SDK sends it (the function's text plus Asc.scope as
 * JSON); data typed into cells and formulas written in one command, their results read in the next (the engine
 * recalculates in between); each result compared with the Excel door's (the built dist/functions.js) — on realistic
 * Russian cases (test/functions/cases.ts) and on the Excel door's fuzz cases — in ru-RU and in en-US, and in ru-RU with
 * the editor's formulas in Russian (booleans typed and shown as ИСТИНА/ЛОЖЬ: test/r7/booleans.test.ts). Then the 8.1
 * path (AddCustomFunction only), an older editor (neither), the library registered again as on reopening, the panel's
 * explanation of a cell and RISKSUMMARY written as values. Needs the production build (scripts/test.sh).
 */
import fc from "fast-check";
import { readFileSync } from "fs";
import { runInNewContext } from "vm";
import { join, resolve } from "path";
import { columnLetters } from "../../src/core/a1";
import { describeWorkbook } from "../../src/r7/commands";
import type { CallCommand } from "../../src/r7/door";
import { examineActiveCell, examinedText, insertTableValues, TABLE_FUNCTION } from "../../src/r7/formulas";
import { fromEngine } from "../../src/r7/formulasCore";
import { ENGLISH_BOOLEANS, type EditorBooleans, fromEditorValue, toEditorInput } from "../../src/r7/values";
import { argumentsArb, type ParameterMetadata, SEMANTIC_CASES } from "../functions/cases";
import { callExcelStyle, distFile, loadFunctionsBundle, type Registered } from "../functions/loadBundle";
import {
  bootEngine,
  type Culture,
  describeWithEngine,
  type Engine,
  RUSSIAN_FORMULA_BOOLEANS,
  russianFormulaLanguage,
} from "../helpers/onlyoffice";

const DIST_R7 = join(process.env.SHNOR_DIST ?? join(resolve(__dirname, "..", ".."), "dist"), "r7");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { latinName } = require("../../src/r7/formulaNames") as { latinName(id: string): string };

interface FunctionMetadata {
  id: string;
  parameters: ParameterMetadata[];
  result: { dimensionality?: string };
}

/** The registration command as the panel sends it: the one function of the built r7/formulas.js, by its text. */
function registration(): string {
  return readFileSync(join(DIST_R7, "formulas.js"), "utf8").trim();
}

const engineCall =
  (engine: Engine): CallCommand =>
  async (command, scope) =>
    engine.run(command.toString(), scope);

/**
 * The test's own probes: what the engine passes for a range or a cell argument, as JSON with every quote, backslash
 * and character outside printable ASCII written \uXXXX (a string result loses a doubled quote in this engine).
 */
const PROBES = String.raw`function () {
  function view(value) {
    return JSON.stringify(value === undefined ? null : value).replace(/[^\x20\x21\x23-\x5b\x5d-\x7e]/g, function (c) {
      return "\\u" + ("000" + c.charCodeAt(0).toString(16)).slice(-4);
    });
  }
  /**
   * A range argument as the engine passes it.
   * @customfunction
   * @param {any[][]} range the range
   * @returns {string} its JSON
   */
  Api.AddCustomFunction(function SHNORTEST_RANGE(range) { return view(range); });
  /**
   * A cell argument as the engine passes it.
   * @customfunction
   * @param {any} cell the cell
   * @returns {string} its JSON
   */
  Api.AddCustomFunction(function SHNORTEST_CELL(cell) { return view(cell); });
}`;

function unprobe(text: string): unknown {
  return JSON.parse(text.replace(/\\u([0-9a-f]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
}

/** Where a case lives on the sheet: its formula, and per argument a probe of the engine's view of it. */
interface Placed {
  id: string;
  args: unknown[];
  row: number;
  probes: number;
}

const FORMULA_COL = 14;
const MAX_WIDTH = 12;

/**
 * Each case's arguments typed as the editor's locale reads them (values.ts), one argument under the other from column
 * A, a range argument as its rows, a cell argument as one cell; its formula in column O, probes from column P.
 * Cases with a range of no cells or wider than the space kept for it are left out.
 */
function layCases(
  cases: { id: string; args: unknown[] }[],
  metadata: FunctionMetadata[],
  decimal: string,
  booleans: EditorBooleans,
): {
  placed: Placed[];
  blocks: { top: number; values: string[][] }[];
  formulas: { row: number; col: number; text: string }[];
} {
  const placed: Placed[] = [];
  const blocks: { top: number; values: string[][] }[] = [];
  const formulas: { row: number; col: number; text: string }[] = [];
  // a cell cannot hold an Excel data type: such a cell of a fuzz case stays empty
  const typed = (v: unknown): string =>
    typeof v === "object" && v !== null ? "" : toEditorInput(v as never, decimal, booleans);
  let row = 0;
  for (const c of cases) {
    const fn = metadata.find((f) => f.id === c.id)!;
    const refs: string[] = [];
    const caseBlocks: { top: number; values: string[][] }[] = [];
    const probes: string[] = [];
    let top = row;
    let fits = true;
    c.args.forEach((arg, j) => {
      if (arg === undefined) {
        refs.push("");
        return;
      }
      const matrix = fn.parameters[j].dimensionality === "matrix";
      const rows = matrix ? (Array.isArray(arg) ? (arg as unknown[][]) : [[arg]]) : [[arg]];
      const width = Math.max(0, ...rows.map((r) => r.length));
      const values = rows.map((r) => Array.from({ length: width }, (_, i) => typed(r[i] ?? null)));
      if (width === 0 || width > MAX_WIDTH) fits = false;
      const ref = `A${top + 1}${width * rows.length > 1 ? `:${columnLetters(width - 1)}${top + rows.length}` : ""}`;
      refs.push(ref);
      probes.push(`=${matrix ? "SHNORTEST_RANGE" : "SHNORTEST_CELL"}(${ref})`);
      caseBlocks.push({ top, values });
      top += rows.length;
    });
    if (!fits) continue;
    while (refs.length > 0 && refs[refs.length - 1] === "") refs.pop();
    blocks.push(...caseBlocks);
    formulas.push({ row, col: FORMULA_COL, text: `=${latinName(c.id)}(${refs.join(",")})` });
    probes.forEach((text, j) => formulas.push({ row, col: FORMULA_COL + 1 + j, text }));
    placed.push({ id: c.id, args: c.args, row, probes: probes.length });
    row = Math.max(top, row + 1);
  }
  return { placed, blocks, formulas };
}

/** Types the blocks and writes the formulas on a new sheet (a test command). */
function typeCases(engine: Engine, sheet: string, laid: ReturnType<typeof layCases>): void {
  engine.run(
    function () {
      const { sheet, blocks, formulas } = Asc.scope;
      Api.AddSheet(sheet);
      const ws = Api.GetSheet(sheet);
      const at = (r: number, c: number): string => ws.GetRangeByNumber(r, c).GetAddress(false, false);
      for (const b of blocks)
        ws.GetRange(at(b.top, 0) + ":" + at(b.top + b.values.length - 1, b.values[0].length - 1)).SetValue(b.values);
      for (const f of formulas) ws.GetRangeByNumber(f.row, f.col).SetValue(f.text);
    },
    { sheet, blocks: laid.blocks, formulas: laid.formulas },
  );
}

/** Each placed case's formula result and its arguments' probes, as GetValue gives them (a following command). */
function readCases(engine: Engine, sheet: string, placed: Placed[]): { result: string; views: unknown[] }[] {
  const got = engine.run<string[][]>(
    function () {
      const { sheet, cells, col } = Asc.scope;
      const ws = Api.GetSheet(sheet);
      return cells.map((c: number[]) => {
        const out: string[] = [];
        for (let j = 0; j <= c[1]; j++) out.push(String(ws.GetRangeByNumber(c[0], col + j).GetValue()));
        return out;
      });
    },
    { sheet, cells: placed.map((p) => [p.row, p.probes]), col: FORMULA_COL },
  );
  return got.map(([result, ...probes]) => ({ result, views: probes.map(unprobe) }));
}

/**
 * Whether the engine's shown result (GetValue: a boolean in the editor's words) is the Excel door's answer: an error is
 * #VALUE! (the engine has no other).
 */
function agrees(shown: string, excel: unknown, booleans: EditorBooleans): boolean {
  if (Array.isArray(excel)) return agrees(shown, excel[0][0], booleans);
  if (typeof excel === "object" && excel !== null && "error" in excel) return shown === "#VALUE!";
  if (typeof excel === "number") {
    const n = Number(shown);
    return shown !== "" && Math.abs(n - excel) <= 1e-9 * Math.max(1, Math.abs(excel));
  }
  if (typeof excel === "boolean") return shown === (excel ? booleans.true : booleans.false);
  return shown === excel;
}

let metadata: FunctionMetadata[];
let door: Registered;

beforeAll(() => {
  metadata = JSON.parse(readFileSync(distFile("functions.json"), "utf8")).functions;
  door = loadFunctionsBundle();
});

test("панель пишет значениями ровно те функции, что в Excel дают таблицу", () => {
  expect(metadata.filter((f) => f.result.dimensionality === "matrix").map((f) => f.id)).toEqual([TABLE_FUNCTION]);
});

test("ядро из сборки в кадре панели (без CustomFunctions): обёртки двери Excel по id, сообщения те же, что у Excel", () => {
  const text = registration();
  const core = text.slice(
    text.indexOf("function shnorFormulas() {") + 26,
    text.indexOf("  // the Excel door's wrappers"),
  );
  const context: Record<string, unknown> = {};
  const wrappers = runInNewContext(`${core}; shnorCore.doorWrappers()`, context) as Map<
    string,
    (...a: unknown[]) => unknown
  >;
  expect([...wrappers.keys()].sort()).toEqual(metadata.map((f) => f.id).sort());
  expect(context.CustomFunctions).toBeDefined();
  const profile = [["высокая", "ср.", "высокая"]];
  expect(wrappers.get("RISKGROUPS")!(profile, undefined)).toBe(callExcelStyle(door, "RISKGROUPS", profile, null));
  expect(() => wrappers.get("REPORTDUE")!("весна 2021")).toThrow(
    (callExcelStyle(door, "REPORTDUE", "весна 2021") as { message: string }).message,
  );
});

describeWithEngine()("формулы SHNOR_… в движке ONLYOFFICE", () => {
  describe.each<[Culture, string, string, EditorBooleans]>([
    ["ru-RU", "English", ",", ENGLISH_BOOLEANS],
    ["en-US", "English", ".", ENGLISH_BOOLEANS],
    ["ru-RU", "Russian", ",", RUSSIAN_FORMULA_BOOLEANS],
  ])("%s, язык формул %s", (culture, formulas, decimal, words) => {
    let engine: Engine;
    beforeAll(() => {
      engine = bootEngine(culture);
      if (formulas === "Russian") russianFormulaLanguage(engine);
    });

    it("8.2: одна команда регистрирует библиотеку; каждая функция Excel — под именем SHNOR_<id>", () => {
      expect(engine.run(registration())).toBe("library");
      const custom = (engine.window.AscCommonExcel.cFormulaFunctionGroup.Custom as { prototype: { name: string } }[])
        .map((f) => f.prototype.name)
        .sort();
      expect(custom).toEqual(metadata.map((f) => `SHNOR_${f.id}`).sort());
      expect(custom).toContain("SHNOR_RISKGROUPS");
      engine.run(PROBES);
    });

    it("смысловые случаи: результат в ячейке — ответ двери Excel (ошибка — #VALUE!)", () => {
      const laid = layCases(SEMANTIC_CASES, metadata, decimal, words);
      expect(laid.placed).toHaveLength(SEMANTIC_CASES.length);
      typeCases(engine, "Смысл", laid);
      const got = readCases(engine, "Смысл", laid.placed);
      const rows = laid.placed.map((p, i) => {
        const excel = callExcelStyle(door, p.id, ...p.args);
        return {
          case: `${p.id}(${JSON.stringify(p.args)})`,
          shown: got[i].result,
          excel,
          agrees: agrees(got[i].result, excel, words),
        };
      });
      expect(rows.filter((r) => !r.agrees)).toEqual([]);
      // the table holds answers and refusals both
      expect(rows.filter((r) => r.shown === "#VALUE!").length).toBeGreaterThanOrEqual(8);
      expect(rows.filter((r) => r.shown !== "#VALUE!").length).toBeGreaterThanOrEqual(20);
      expect(rows.find((r) => r.case.startsWith("INGROUP") && r.shown === words.true)).toBeDefined();
    });

    it("случаи fast-check двери Excel: ответ двери Excel на значения, как их передал движок", () => {
      const cases = metadata.flatMap((fn, i) =>
        fc.sample(argumentsArb(fn.parameters), { numRuns: 30, seed: 28 + i }).map((args) => ({ id: fn.id, args })),
      );
      const laid = layCases(cases, metadata, decimal, words);
      expect(laid.placed.length).toBeGreaterThan(cases.length * 0.8);
      typeCases(engine, "Случаи", laid);
      const got = readCases(engine, "Случаи", laid.placed);
      const disagree = laid.placed.flatMap((p, i) => {
        const { result, views } = got[i];
        // as the engine passes them: an argument left out inside the list is "", a trailing one absent
        let next = 0;
        const args = p.args.map((a) => (a === undefined ? "" : fromEngine(views[next++])));
        while (args.length > 0 && p.args[args.length - 1] === undefined) args.pop();
        const excel = callExcelStyle(door, p.id, ...args);
        return agrees(result, excel, words) ? [] : [{ id: p.id, views, shown: result, excel }];
      });
      expect(disagree).toEqual([]);
      // the comparison meets answers, not only refusals
      expect(got.filter((g) => g.result !== "#VALUE!").length).toBeGreaterThan(laid.placed.length / 10);
    });

    it("плохой аргумент: в ячейке #VALUE!, панель по выбранной ячейке даёт русское сообщение двери Excel", async () => {
      engine.run(function () {
        Api.AddSheet("Разбор");
        const ws = Api.GetActiveSheet();
        ws.GetRange("A1").SetValue("весна 2021");
        ws.GetRange("B1").SetValue("=SHNOR_REPORTDUE(A1)");
        ws.GetRange("A2").SetValue("до 01.06.2021");
        ws.GetRange("B2").SetValue('=SHNOR_PLANSTATUS(A2,"",,"15.06.2021")');
        ws.GetRange("B3").SetValue("=SHNOR_TREND(A3,45)");
        ws.GetRange("A3").SetValue("н/д");
        ws.GetRange("B1").Select();
      }, {});
      const call = engineCall(engine);
      expect(engine.run(() => Api.GetActiveSheet().GetRange("B1:B3").GetValue())).toEqual([
        ["#VALUE!"],
        ["Просрочено"],
        ["#VALUE!"],
      ]);
      const reportDue = await examineActiveCell(call, door);
      const excel = callExcelStyle(door, "REPORTDUE", "весна 2021") as { message: string };
      expect(reportDue.outcome).toEqual({ ok: false, message: excel.message });
      expect(examinedText(reportDue)).toBe(`SHNOR_REPORTDUE в ячейке B1 даёт ошибку #ЗНАЧ!: ${excel.message}`);
      engine.run(() => Api.GetActiveSheet().GetRange("B3").Select());
      const trend = await examineActiveCell(call, door);
      expect(trend.outcome).toEqual({
        ok: false,
        message: (callExcelStyle(door, "TREND", "н/д", 45) as { message: string }).message,
      });
      engine.run(() => Api.GetActiveSheet().GetRange("B2").Select());
      expect(examinedText(await examineActiveCell(call, door))).toBe(
        "SHNOR_PLANSTATUS в ячейке B2 вычисляется без ошибок.",
      );
      // a range where one cell is wanted: #VALUE! from the engine, the argument named by the panel
      engine.run(() => {
        const ws = Api.GetActiveSheet();
        ws.GetRange("B4").SetValue("=SHNOR_TREND(A2:A3,45)");
        ws.GetRange("B4").Select();
      });
      expect(engine.run(() => Api.GetActiveSheet().GetRange("B4").GetValue())).toBe("#VALUE!");
      expect((await examineActiveCell(call, door)).outcome).toEqual({
        ok: false,
        message: "Аргумент «вход»: диапазон из нескольких ячеек, а нужна одна ячейка: сошлитесь на одну ячейку",
      });
      // an error in a range argument: the engine shows it without calling the function, the panel names its cell
      engine.run(() => {
        const ws = Api.GetActiveSheet();
        ws.GetRange("D1:F1").SetValue([["высокая", "=NA()", "низкая"]]);
        ws.GetRange("G1").SetValue("=SHNOR_RISKGROUPS(D1:F1)");
        ws.GetRange("G1").Select();
      });
      expect(engine.run(() => Api.GetActiveSheet().GetRange("G1").GetValue())).toBe("#N/A");
      expect(examinedText(await examineActiveCell(call, door))).toBe(
        "SHNOR_RISKGROUPS в ячейке G1 даёт ошибку #N/A: её передала ячейка E1, на которую ссылается формула (с ошибкой в диапазоне редактор функцию не вызывает): исправьте ту ячейку.",
      );
      engine.run(() => Api.GetActiveSheet().GetRange("A2").Select());
      expect(examinedText(await examineActiveCell(call, door))).toMatch(/^В ячейке A2 нет формулы надстройки/);
    });

    it("СВОДКА_РИСКОВ: панель записывает таблицу значениями от выбранной ячейки, не затирая чужих ячеек", async () => {
      const profiles = [
        ["высокая", "низкая", "высокая"],
        ["высокая", "высокая", ""],
        ["", "высокая", "средняя"],
      ];
      const municipalities = [["Тарский район"], ["Тарский район"], ["г. Омск"]];
      engine.run(
        function () {
          const { values } = Asc.scope;
          Api.AddSheet("Сводка");
          const ws = Api.GetActiveSheet();
          ws.GetRange("A1:D3").SetValue(values);
          ws.GetRange("F1").SetValue("=SHNOR_RISKSUMMARY(B1:D3,A1:A3)");
          ws.GetRange("F10").SetValue("=SHNOR_RISKSUMMARY(B1:D3,A1:A3)");
          ws.GetRange("H12").SetValue("занято");
          ws.GetRange("F1").Select();
        },
        { values: profiles.map((p, i) => [municipalities[i][0], ...p]) },
      );
      const call = engineCall(engine);
      const table = callExcelStyle(door, "RISKSUMMARY", profiles, municipalities) as unknown[][];
      const last = columnLetters(5 + table[0].length - 1);
      expect(await insertTableValues(call, door)).toBe(
        `Таблица SHNOR_RISKSUMMARY записана значениями в F1:${last}${table.length}; когда данные изменятся, напишите формулу и вставьте значения снова.`,
      );
      const written = engine.run<string[][]>(() => Api.GetActiveSheet().GetRange(Asc.scope.area).GetValue(), {
        area: `F1:${last}${table.length}`,
      });
      expect(written).toEqual(table.map((row) => row.map(String)));
      expect(engine.run(() => Api.GetActiveSheet().GetRange("F1").GetFormula())).toBe("Муниципалитет");
      engine.run(() => Api.GetActiveSheet().GetRange("F10").Select());
      expect(await insertTableValues(call, door)).toBe(
        `Таблица займёт F10:${last}${9 + table.length}, а в ячейке H12 уже есть значение: освободите место или выберите другую ячейку.`,
      );
      expect(engine.run(() => Api.GetActiveSheet().GetRange("F10").GetFormula())).toBe(
        "= SHNOR_RISKSUMMARY(B1:D3,A1:A3)",
      );
    });

    it("флажки профиля словами редактора: ячейка считает как дверь Excel, «Разобрать ячейку» — то же, что ячейка", async () => {
      const facts = engine.run<{ decimal: string; booleans: EditorBooleans }>(describeWorkbook, { markerNames: [] });
      expect(facts.booleans).toEqual(words);
      // a school's risk profile where factors are checkboxes (a ticked one counts as high), one factor by its level
      const profile = [true, false, "высокая", true, false];
      engine.run(
        function () {
          const { row, word } = Asc.scope;
          Api.AddSheet("Флажки");
          const ws = Api.GetActiveSheet();
          ws.GetRange("A1:E1").SetValue([row]);
          ws.GetRange("G1").SetValue("=SHNOR_RISKGROUPS(A1:E1)");
          ws.GetRange("G2").SetValue("=SHNOR_RISKCOUNT(A1:E1)");
          ws.GetRange("G3").SetValue("=SHNOR_INGROUP(A1:E1,4)");
          ws.GetRange("G4").SetValue("=SHNOR_INGROUP(A1:E1,2)");
          // typed as the user types it here: the boolean literal in the editor's word, «;» between arguments
          ws.GetRange("G5").SetValue("=SHNOR_RISKGROUPS(A1:E1;" + word + ")");
          ws.GetRange("H1").SetValue("=SHNORTEST_RANGE(A1:E1)");
          ws.GetRange("H2").SetValue("=SHNORTEST_CELL(A1)");
          ws.GetRange("H3").SetValue("=SHNORTEST_CELL(" + word + ")");
        },
        { row: profile.map((v) => toEditorInput(v, facts.decimal, facts.booleans)), word: words.true },
      );
      const got = engine.run<{ shown: string[][]; probes: string[][]; formula: string }>(() => {
        const ws = Api.GetActiveSheet();
        return {
          shown: ws.GetRange("G1:G5").GetValue(),
          probes: ws.GetRange("H1:H3").GetValue(),
          formula: ws.GetRange("G5").GetFormula(),
        };
      });
      // the engine hands a boolean to a function in the invariant words, whatever the formula language
      expect(got.probes.map(([p]) => unprobe(p))).toEqual([
        [["TRUE", "FALSE", "высокая", "TRUE", "FALSE"]],
        "TRUE",
        "TRUE",
      ]);
      // and GetFormula gives the formula invariant: «;» and the editor's word typed, «,» and TRUE read
      expect(got.formula).toBe("= SHNOR_RISKGROUPS(A1:E1,TRUE)");
      const cases: [string, unknown[]][] = [
        ["RISKGROUPS", [[profile]]],
        ["RISKCOUNT", [[profile]]],
        ["INGROUP", [[profile], 4]],
        ["INGROUP", [[profile], 2]],
        ["RISKGROUPS", [[profile], true]],
      ];
      const excel = cases.map(([id, args]) => callExcelStyle(door, id, ...args));
      expect(excel.slice(0, 4)).toEqual(["1, 3, 4", 3, true, false]);
      expect(excel[4]).toHaveProperty("message");
      expect(got.shown.map(([shown], i) => agrees(shown, excel[i], words))).toEqual([true, true, true, true, true]);
      const call = engineCall(engine);
      for (const [i, x] of excel.entries()) {
        engine.run(() => Api.GetActiveSheet().GetRange(Asc.scope.cell).Select(), { cell: `G${i + 1}` });
        const { outcome } = await examineActiveCell(call, door);
        expect([i, outcome]).toEqual([
          i,
          i < 4 ? { ok: true, value: x } : { ok: false, message: (x as { message: string }).message },
        ]);
        // what the cell shows, read in the editor's words, is the panel's answer
        if (i < 4) expect(fromEditorValue(got.shown[i][0], words)).toEqual(x);
      }
    });

    it("СВОДКА_РИСКОВ из флажков: «Вставить значения» пишет словами редактора, текст остаётся текстом", async () => {
      // checkbox profiles; one school's municipality cell is a ticked checkbox by mistake: Excel's table names it
      // «ИСТИНА» (the table itself holds no booleans: a header, names and counts)
      const profiles = [
        [true, false, true],
        [true, true, false],
        [false, true, "средняя"],
      ];
      const municipalities = [["Тарский район"], [true], ["г. Омск"]];
      const facts = engine.run<{ decimal: string; booleans: EditorBooleans }>(describeWorkbook, { markerNames: [] });
      const typed = profiles.map((p, i) =>
        [municipalities[i][0], ...p].map((v) => toEditorInput(v, facts.decimal, facts.booleans)),
      );
      engine.run(
        function () {
          Api.AddSheet("Флажки сводки");
          const ws = Api.GetActiveSheet();
          ws.GetRange("A1:D3").SetValue(Asc.scope.typed);
          ws.GetRange("F1").SetValue("=SHNOR_RISKSUMMARY(B1:D3,A1:A3)");
          ws.GetRange("F1").Select();
        },
        { typed },
      );
      const table = callExcelStyle(door, "RISKSUMMARY", profiles, municipalities) as (string | number)[][];
      expect(table.map((row) => row[0])).toEqual(["Муниципалитет", "Тарский район", "ИСТИНА", "г. Омск", "Итого"]);
      const area = `F1:${columnLetters(5 + table[0].length - 1)}${table.length}`;
      expect(await insertTableValues(engineCall(engine), door)).toBe(
        `Таблица SHNOR_RISKSUMMARY записана значениями в ${area}; когда данные изменятся, напишите формулу и вставьте значения снова.`,
      );
      const back = engine.run<{ values: string[][]; kinds: string[][] }>(
        function () {
          const range = Api.GetActiveSheet().GetRange(Asc.scope.area);
          const types = AscCommon.CellValueType;
          const kinds: string[][] = [];
          range.range._foreach((cell: { nRow: number; getType(): number }) => {
            const type = cell.getType();
            const row = cell.nRow - range.range.bbox.r1;
            (kinds[row] = kinds[row] ?? []).push(
              type === types.Bool ? "boolean" : type === types.String ? "text" : type === types.Number ? "number" : "?",
            );
          });
          return { values: range.GetValue(), kinds };
        },
        { area },
      );
      // the editor shows Excel's table, and keeps its texts texts: «ИСТИНА» typed bare would be a boolean here
      // where the formulas are Russian (GetValue gives both alike: the model tells them apart)
      expect(back.values).toEqual(table.map((row) => row.map(String)));
      expect(back.kinds).toEqual(table.map((row) => row.map((v) => (typeof v === "number" ? "number" : "text"))));
    });

    it("библиотека регистрируется заново, как при открытии документа, и формулы считают", () => {
      const api = engine.window.Asc.editor;
      api.clearCustomFunctions();
      api.registerCustomFunctionsLibrary();
      engine.run(() => {
        const ws = Api.GetActiveSheet();
        ws.GetRange("K1").SetValue("15.05.2021");
        ws.GetRange("K2").SetValue("=SHNOR_REPORTDUE(K1)");
      });
      expect(engine.run(() => Api.GetActiveSheet().GetRange("K2").GetValue())).toBe("44382");
    });
  });

  it("8.1 (только AddCustomFunction): формулы на время сессии, в хранилище редактора ничего", () => {
    const engine = bootEngine("ru-RU");
    engine.window.Asc.editor.AddCustomFunctionLibrary = undefined;
    expect(engine.run(registration())).toBe("session");
    engine.run(() => {
      const ws = Api.GetActiveSheet();
      ws.GetRange("A1:C1").SetValue([["высокая", "ср.", "высокая"]]);
      ws.GetRange("D1").SetValue("=SHNOR_RISKGROUPS(A1:C1)");
      ws.GetRange("D2").SetValue('=SHNOR_RISKCOUNT(A1:C1,"средняя")');
    });
    expect(engine.run(() => Api.GetActiveSheet().GetRange("D1:D2").GetValue())).toEqual([["1, 3"], ["3"]]);
    expect(engine.window.localStorage.getItem("cell-custom-functions-library")).toBeNull();
  });

  it("старый редактор (ни той, ни другой): команда отвечает «none», формулы не появляются", () => {
    const engine = bootEngine("ru-RU");
    Object.assign(engine.window.Asc.editor, { AddCustomFunctionLibrary: undefined, AddCustomFunction: undefined });
    expect(engine.run(registration())).toBe("none");
    engine.run(() => Api.GetActiveSheet().GetRange("A1").SetValue("=SHNOR_REPORTDUE(44330)"));
    expect(engine.run(() => Api.GetActiveSheet().GetRange("A1").GetValue())).toBe("#NAME?");
  });
});

// Api and Asc.scope exist only in the engine's frame, where the commands above run.
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const Api: any;
declare const Asc: { scope: any };
declare const AscCommon: any;
