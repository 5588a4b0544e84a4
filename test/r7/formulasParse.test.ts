/**
 * The panel's side of the formulas SHNOR_… without an editor (src/r7/formulas.ts): names, the formula text GetFormula
 * gives read back into a call, an argument the panel cannot evaluate, a cell read with a stand-in answering for the
 * editor; and the build step's refusals (src/r7/formulasCommand.js). The engine suite (formulas.test.ts) runs them
 * all against ONLYOFFICE.
 */
import RUSSIAN from "../../src/functions/ru.json";
import type { CallCommand } from "../../src/r7/door";
import { describeWorkbook } from "../../src/r7/commands";
import { examineActiveCell, examinedText, explain, parseFormula, R7_FUNCTIONS } from "../../src/r7/formulas";
import { readActiveCell, readRanges } from "../../src/r7/formulasCommands";
import { customFunctions, type Wrapper } from "../../src/r7/formulasCore";
import { ENGLISH_BOOLEANS, type EditorBooleans } from "../../src/r7/values";

/** An editor whose formula language is Russian (ONLYOFFICE's formula-lang/ru.json; test/r7/booleans.test.ts). */
const RUSSIAN_BOOLEANS: EditorBooleans = { true: "ИСТИНА", false: "ЛОЖЬ" };

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { formulasCommandText } = require("../../src/r7/formulasCommand") as {
  formulasCommandText(metadata: unknown, russian: unknown, core: string): string;
};

describe("имена формул в Р7-Офис", () => {
  it("каждая функция двери Excel — SHNOR_<id>, латиницей, с русским описанием и именем в Excel", () => {
    expect(R7_FUNCTIONS.map((f) => f.id)).toEqual(Object.keys(RUSSIAN));
    expect(R7_FUNCTIONS.find((f) => f.id === "RISKGROUPS")).toEqual({
      id: "RISKGROUPS",
      name: "SHNOR_RISKGROUPS",
      excelName: "SHNOR.ГРУППЫ_РИСКА",
      description: RUSSIAN.RISKGROUPS.description,
    });
    for (const f of R7_FUNCTIONS) expect(f.name).toMatch(/^SHNOR_[A-Z]+$/);
  });
});

describe("формула ячейки, как её даёт GetFormula", () => {
  it("ссылки, листы в кавычках, текст с кавычками, числа, логические, пропущенные аргументы", () => {
    expect(parseFormula(`= SHNOR_PLANSTATUS('План ''21'!B3,"сделано ""в срок""",,-1.5e2,true)`)).toEqual({
      id: "PLANSTATUS",
      name: "SHNOR_PLANSTATUS",
      args: [
        { kind: "range", text: "'План ''21'!B3", sheet: "План '21", range: { top: 2, left: 1, bottom: 2, right: 1 } },
        { kind: "value", text: '"сделано ""в срок"""', value: 'сделано "в срок"' },
        { kind: "omitted", text: "" },
        { kind: "value", text: "-1.5e2", value: -150 },
        { kind: "value", text: "true", value: "TRUE" },
      ],
    });
    expect(parseFormula("= shnor_riskgroups(Лист2!$B$3:$K$3)")?.args).toEqual([
      { kind: "range", text: "Лист2!$B$3:$K$3", sheet: "Лист2", range: { top: 2, left: 1, bottom: 2, right: 10 } },
    ]);
  });

  it("не формула надстройки — null: значение, чужая функция, выражение вокруг вызова, незакрытая скобка", () => {
    for (const text of [
      "Просрочено",
      "= SUM(A1:A3)",
      "= SHNOR_TREND(A1,B1)+1",
      '= SHNOR_TREND(A1,"x)',
      "= SHNOR_NOPE(A1)",
    ])
      expect([text, parseFormula(text)]).toEqual([text, null]);
  });

  it("целые столбцы панель не читает и говорит, как сослаться", () => {
    const parsed = parseFormula("= SHNOR_SHARE('Мониторинг 2021'!C:C)")!;
    expect(explain(parsed, [], ENGLISH_BOOLEANS, new Map())).toEqual({
      ok: false,
      message:
        "Аргумент 1 («'Мониторинг 2021'!C:C») — целые столбцы или строки: панель разбирает диапазоны с адресами строк и столбцов, например A2:A500.",
    });
  });

  it("аргумент-выражение панель не вычисляет и говорит, какой и что сделать", () => {
    const parsed = parseFormula("= SHNOR_NEXTCONTROL(A2,TODAY())")!;
    expect(parsed.args[1]).toEqual({ kind: "expression", text: "TODAY()" });
    expect(explain(parsed, [[["ежеквартально"]]], ENGLISH_BOOLEANS, new Map())).toEqual({
      ok: false,
      message:
        "Аргумент 2 («TODAY()») — выражение: панель разбирает формулы, аргументы которых — ссылки на ячейки и значения. Поставьте выражение в отдельную ячейку и сошлитесь на неё.",
    });
  });
});

describe("разбор ячейки обёрткой двери Excel", () => {
  // the wrappers fail through CustomFunctions.Error; outside the build none registers itself (formulasCore.ts)
  Object.assign(globalThis, { CustomFunctions: customFunctions });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { trend, riskGroups } = require("../../src/functions/functions") as Record<string, Wrapper>;
  const door = new Map([
    ["TREND", trend],
    ["RISKGROUPS", riskGroups],
  ]);

  it("диапазон из нескольких ячеек там, где нужна одна: так и сказано, с именем аргумента", () => {
    const parsed = parseFormula("= SHNOR_TREND(A2:A3,B2)")!;
    expect(explain(parsed, [[["40"], ["41"]], [["45"]]], ENGLISH_BOOLEANS, door)).toEqual({
      ok: false,
      message: "Аргумент «вход»: диапазон из нескольких ячеек, а нужна одна ячейка: сошлитесь на одну ячейку",
    });
    // one cell of a range is the cell itself
    expect(explain(parsed, [[["40"]], [["45"]]], ENGLISH_BOOLEANS, door)).toEqual({ ok: true, value: "положительная" });
  });

  it("отметки-флажки профиля читаются словами редактора: «ИСТИНА» — логическое там, где формулы русские", () => {
    const parsed = parseFormula("= SHNOR_RISKGROUPS(B3:E3)")!;
    // GetValue of a checkbox row: the boolean cells in the editor's words; a text «TRUE» the engine hands as the boolean
    const profile = [["ИСТИНА", "ЛОЖЬ", "высокая", "TRUE"]];
    expect(explain(parsed, [profile], RUSSIAN_BOOLEANS, door)).toEqual({ ok: true, value: "1, 3, 4" });
    // the same words in an editor whose formulas are English are texts, and no level
    expect(explain(parsed, [profile], ENGLISH_BOOLEANS, door)).toEqual({
      ok: false,
      message: expect.stringContaining("«ИСТИНА» не является уровнем значимости фактора"),
    });
  });
});

describe("ошибка ячейки-аргумента, которую редактор показывает вместо результата", () => {
  /** The editor as the panel's commands see it: the active cell and the values of its formula's ranges. */
  const editor =
    (shown: string, profile: string[], sheet = "Профили"): CallCommand =>
    async (command) =>
      command === readActiveCell
        ? { sheet, address: "G3", row: 2, col: 6, formula: "= SHNOR_RISKGROUPS('Профили'!D3:F3)", value: shown }
        : command === readRanges
          ? [[profile]]
          : command === describeWorkbook
            ? { decimal: ",", booleans: RUSSIAN_BOOLEANS, sheets: [], markers: {} }
            : undefined;
  const noDoor = new Map();

  it("называет ячейку диапазона с этой ошибкой (и её лист, когда он другой)", async () => {
    const examined = await examineActiveCell(editor("#N/A", ["высокая", "#N/A", "низкая"]), noDoor);
    expect(examinedText(examined)).toBe(
      "SHNOR_RISKGROUPS в ячейке G3 даёт ошибку #N/A: её передала ячейка E3, на которую ссылается формула (с ошибкой в диапазоне редактор функцию не вызывает): исправьте ту ячейку.",
    );
    const elsewhere = await examineActiveCell(editor("#DIV/0!", ["#DIV/0!", "", ""], "Итоги"), noDoor);
    expect(elsewhere.outcome).toMatchObject({ ok: false, error: "#DIV/0!" });
    expect(examinedText(elsewhere)).toContain("её передала ячейка D3 листа «Профили»");
  });

  it("#VALUE! — ошибка самой формулы: её объясняет ядро", async () => {
    const examined = await examineActiveCell(editor("#VALUE!", ["высокая", "#VALUE!", "низкая"]), noDoor);
    expect(examined.outcome).toEqual({ ok: false, message: "Функции RISKGROUPS нет среди функций надстройки" });
  });
});

describe("команда регистрации (шаг сборки)", () => {
  const metadata = {
    functions: [
      {
        id: "TREND",
        result: { type: "string" },
        parameters: [{ name: "entry" }, { name: "final" }, { name: "better", optional: true }],
      },
    ],
  };
  const russian = {
    TREND: {
      name: "ДИНАМИКА",
      description: "Динамика между входным и итоговым мониторингом.",
      parameters: {
        entry: { name: "вход", description: "Входное значение." },
        final: { name: "итог", description: "Итоговое значение." },
        better: { name: "лучше", description: "«больше» или «меньше»." },
      },
    },
  };

  it("блок JSDoc перед буквальным вызовом; необязательный аргумент — {?any}", () => {
    const text = formulasCommandText(metadata, russian, "var shnorCore={};");
    expect(text).toContain(
      [
        "  /**",
        "   * Динамика между входным и итоговым мониторингом.",
        "   * @customfunction",
        "   * @param {any} entry вход: Входное значение.",
        "   * @param {any} final итог: Итоговое значение.",
        "   * @param {?any} better лучше: «больше» или «меньше».",
        "   * @returns {string} Как ДИНАМИКА в Excel.",
        "   */",
        "  Api.AddCustomFunction(function SHNOR_TREND(entry, final, better) {",
        '    return shnorCore.callFormula("TREND", [entry, final, better]);',
      ].join("\n"),
    );
    expect(text.match(/\/\*\*/g)).toHaveLength(1);
  });

  it("отказывает, если ядро сбило бы пары описаний или описание не уложить в строку JSDoc", () => {
    expect(() => formulasCommandText(metadata, russian, "var shnorCore={};/** x */")).toThrow(/«\/\*\*»/);
    const broken = { TREND: { ...russian.TREND, description: "две\nстроки" } };
    expect(() => formulasCommandText(metadata, broken, "var shnorCore={};")).toThrow("не уложить в строку JSDoc");
    expect(() => formulasCommandText(metadata, {}, "var shnorCore={};")).toThrow("TREND: нет в src/functions/ru.json");
  });
});
