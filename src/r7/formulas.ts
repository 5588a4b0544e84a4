/**
 * The panel's formulas in Р7-Офис / ONLYOFFICE (#28): the functions the plugin registers and their names, the
 * registration with what this editor supports, and for the selected cell the core's Russian message its formula
 * would give in Excel (the editor shows only #VALUE!: a thrown error loses its message there). RISKSUMMARY, a table in
 * Excel, is written as values (the editor has no dynamic arrays: a table result shows its top-left cell only).
 */
import type { CellRange } from "../core/cell";
import { cellAddress, parseRange, rangeAddress } from "../core/a1";
import { isErrorValue } from "../core/tables/errorValues";
import { PANE_FUNCTIONS } from "../taskpane/formulas";
import { describeWorkbook, writeValues } from "./commands";
import type { CallCommand, WorkbookFacts } from "./door";
import { callFormula, doorWrappers, type Wrapper } from "./formulasCore";
import { readActiveCell, readRanges } from "./formulasCommands";
import { type EditorBooleans, fromEditorValue, toEditorInput } from "./values";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { latinName } = require("./formulaNames") as { latinName(id: string): string };

/** What the registration command found (src/r7/formulasCommand.js has the rule). */
export type Support = "library" | "session" | "none";

export const SUPPORT_TEXT: Record<Support, string> = {
  library:
    "Формулы SHNOR_… подключены библиотекой (ONLYOFFICE 8.2 и новее): редактор хранит их на этом компьютере и подключает снова при открытии документов.",
  session:
    "Формулы SHNOR_… подключены до закрытия документа (ONLYOFFICE 8.1 хранить их не умеет): после повторного открытия откройте эту вкладку снова.",
  none: "Этот редактор не умеет добавлять функции (нужен ONLYOFFICE 8.1 или новее либо Р7-Офис на его основе): формулы недоступны, отчёты строятся.",
};

/** The Excel function whose result is a table: the panel writes it as values. */
export const TABLE_FUNCTION = "RISKSUMMARY";

export interface R7Function {
  id: string;
  /** SHNOR_RISKGROUPS: the name to type in the editor. */
  name: string;
  /** SHNOR.ГРУППЫ_РИСКА: the same function in a Russian Excel. */
  excelName: string;
  description: string;
}

export const R7_FUNCTIONS: R7Function[] = PANE_FUNCTIONS.map((fn) => ({
  id: fn.id,
  name: latinName(fn.id),
  excelName: fn.russianName,
  description: fn.description,
}));

/** The script r7/formulas.js beside the panel's page defines the registration command as this global function. */
const COMMAND_GLOBAL = "shnorRegisterFormulas";

/** The registration command, from r7/formulas.js (loaded once, from the plugin's own folder). */
export function loadRegistration(doc: Document = document): Promise<() => unknown> {
  const win = doc.defaultView as unknown as Record<string, (() => unknown) | undefined>;
  const ready = win[COMMAND_GLOBAL];
  if (ready) return Promise.resolve(ready);
  return new Promise((resolve, reject) => {
    const script = doc.createElement("script");
    script.src = "formulas.js";
    script.onload = () => {
      const command = win[COMMAND_GLOBAL];
      if (command) resolve(command);
      else reject(new Error("formulas.js не содержит команды подключения формул"));
    };
    script.onerror = () => reject(new Error("файл formulas.js модуля не загрузился: переустановите модуль"));
    doc.head.append(script);
  });
}

/** Registers the formulas (8.2+: as a library; 8.1: for the session) and says which way it went. */
export async function registerFormulas(call: CallCommand, load = () => loadRegistration()): Promise<Support> {
  return (await call(await load(), {})) as Support;
}

export type Argument =
  | { kind: "range"; text: string; sheet: string | null; range: CellRange }
  | { kind: "value"; text: string; value: string | number }
  | { kind: "omitted"; text: string }
  | { kind: "expression"; text: string };

export interface ParsedFormula {
  id: string;
  name: string;
  args: Argument[];
}

const NUMBER = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const REFERENCE = /^(?:(?:'((?:[^']|'')+)'|([^'!:(),"\s]+))!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)$/;

/** «A:C», «$2:$5», «'Лист 1'!B:B»: whole columns or rows. */
const WHOLE_LINES = /^(?:(?:'(?:[^']|'')+'|[^'!:(),"\s]+)!)?(?:\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)$/;

/** The arguments of a call's text, split at the commas outside quotes, sheet names and parentheses. */
function splitArguments(text: string): string[] | null {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = text[i + 1] === quote ? (i++, quote) : null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "(") depth++;
    else if (ch === ")" && --depth < 0) return null;
    else if (ch === "," && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (quote || depth !== 0) return null;
  parts.push(text.slice(start));
  return parts.length === 1 && parts[0].trim() === "" ? [] : parts;
}

function argument(raw: string): Argument {
  const text = raw.trim();
  if (text === "") return { kind: "omitted", text };
  if (/^"(?:[^"]|"")*"$/.test(text)) return { kind: "value", text, value: text.slice(1, -1).replace(/""/g, '"') };
  if (NUMBER.test(text)) return { kind: "value", text, value: Number(text) };
  // GetFormula gives the invariant words whatever the formula language (typed «ИСТИНА» reads «TRUE»), and the engine
  // passes a boolean as them (formulasCore.ts)
  if (/^(TRUE|FALSE)$/i.test(text)) return { kind: "value", text, value: text.toUpperCase() };
  const ref = REFERENCE.exec(text);
  const range = ref && parseRange(ref[3]);
  if (ref && range) return { kind: "range", text, sheet: ref[1]?.replace(/''/g, "'") ?? ref[2] ?? null, range };
  return { kind: "expression", text };
}

/**
 * A formula as GetFormula gives it («= SHNOR_TREND(A2,B2,"меньше")», invariant: comma-separated, dot decimals, TRUE and
 * FALSE, also where the editor's formulas are Russian and the user typed «;» and «ИСТИНА»: probed in ONLYOFFICE 8.2,
 * test/r7/formulas.test.ts) when it is one call of one of the plugin's functions; null otherwise.
 */
export function parseFormula(formula: string): ParsedFormula | null {
  const call = /^=\s*([A-Za-z0-9_.]+)\s*\(([\s\S]*)\)\s*$/.exec(formula);
  if (!call) return null;
  const fn = R7_FUNCTIONS.find((f) => f.name === call[1].toUpperCase());
  const parts = fn && splitArguments(call[2]);
  return fn && parts ? { id: fn.id, name: fn.name, args: parts.map(argument) } : null;
}

/** The formula's ranges to read, in argument order, each on its sheet (a bare reference is on the formula's sheet). */
export function formulaRanges(parsed: ParsedFormula, sheet: string): { sheet: string; address: string }[] {
  return parsed.args.flatMap((a) =>
    a.kind === "range" ? [{ sheet: a.sheet ?? sheet, address: rangeAddress(a.range) }] : [],
  );
}

/** `error`: the error the cell shows when it is not #VALUE! (the only one a formula of the plugin gives there). */
export type Outcome = { ok: true; value: unknown } | { ok: false; message: string; error?: string };

/**
 * A cell as the engine passes it: GetValue's string read by values.ts's rule in the editor's words («ИСТИНА» is the
 * boolean where its formulas are Russian), an empty cell "". A text «TRUE» stays the string here and becomes the
 * boolean in callFormula, as the engine hands it (formulasCore.fromEngine). Where the formulas are Russian a text
 * «ИСТИНА» reads as the boolean, which the engine hands as text: GetValue gives both as the same string (values.ts).
 */
function engineCell(text: string, booleans: EditorBooleans): unknown {
  const value = fromEditorValue(text, booleans);
  return value === null ? "" : value;
}

/** The editor's decimal separator and words for TRUE and FALSE, from the one command that asks for them. */
async function editorWords(call: CallCommand): Promise<Pick<WorkbookFacts, "decimal" | "booleans">> {
  const facts = (await call(describeWorkbook, { markerNames: [] })) as WorkbookFacts | undefined;
  // the editor answers undefined when a command fails
  if (!facts) throw new Error("редактор не сообщил, как он пишет числа и логические значения");
  return facts;
}

/**
 * What the formula gives with these argument values (GetValue's strings of each range, in formulaRanges' order):
 * the value, or the core's Russian message — the one the Excel door's CustomFunctions.Error carries.
 * `booleans`: the editor's words (describeWorkbook). `door`: the Excel door's wrappers by id (the panel's own copy; a
 * test passes the built dist/functions.js's).
 */
export function explain(
  parsed: ParsedFormula,
  values: readonly string[][][],
  booleans: EditorBooleans,
  door: ReadonlyMap<string, Wrapper> = doorWrappers(),
): Outcome {
  const expression = parsed.args.findIndex((a) => a.kind === "expression");
  if (expression >= 0) {
    const { text } = parsed.args[expression];
    return {
      ok: false,
      message: WHOLE_LINES.test(text)
        ? `Аргумент ${expression + 1} («${text}») — целые столбцы или строки: панель разбирает диапазоны с адресами строк и столбцов, например A2:A500.`
        : `Аргумент ${expression + 1} («${text}») — выражение: панель разбирает формулы, аргументы которых — ссылки на ячейки и значения. Поставьте выражение в отдельную ячейку и сошлитесь на неё.`,
    };
  }
  let next = 0;
  const args = parsed.args.map((a) => {
    if (a.kind === "omitted") return "";
    if (a.kind !== "range") return a.kind === "value" ? a.value : undefined;
    const cells = values[next++].map((row) => row.map((text) => engineCell(text, booleans)));
    return cells.length === 1 && cells[0].length === 1 ? cells[0][0] : cells;
  });
  try {
    return { ok: true, value: callFormula(parsed.id, args, door) };
  } catch (error) {
    const message = error instanceof Error || (typeof error === "object" && error !== null && "message" in error);
    return { ok: false, message: message ? String((error as { message: unknown }).message) : String(error) };
  }
}

/** Ranges the panel reads for one cell at most (a whole column would be a million cells). */
export const MAX_CELLS = 200_000;

export interface ActiveCell {
  sheet: string;
  address: string;
  row: number;
  col: number;
  formula: string;
  /** What the cell shows, as GetValue gives it («#N/A»). */
  value: string;
}

export interface Examined {
  cell: ActiveCell;
  parsed: ParsedFormula | null;
  outcome: Outcome | null;
}

/**
 * The active cell's formula read through the editor, its arguments' values read back, and what it gives (`door` as
 * for explain).
 */
export async function examineActiveCell(
  call: CallCommand,
  door: ReadonlyMap<string, Wrapper> = doorWrappers(),
): Promise<Examined> {
  const cell = (await call(readActiveCell, {})) as ActiveCell | undefined;
  // the editor answers undefined when a command fails
  if (!cell) throw new Error("редактор не дал прочитать выбранную ячейку");
  const parsed = parseFormula(cell.formula);
  if (!parsed) return { cell, parsed, outcome: null };
  const ranges = formulaRanges(parsed, cell.sheet);
  const size = ranges.reduce((sum, r) => {
    const range = parseRange(r.address) as CellRange;
    return sum + (range.bottom - range.top + 1) * (range.right - range.left + 1);
  }, 0);
  if (size > MAX_CELLS)
    return {
      cell,
      parsed,
      outcome: {
        ok: false,
        message: `Диапазоны формулы — ${size} ячеек, панель разбирает до ${MAX_CELLS}: сошлитесь на строки с данными, а не на целые столбцы.`,
      },
    };
  const { booleans } = await editorWords(call);
  const values = (await call(readRanges, { ranges })) as (string[][] | null)[];
  const lost = values.findIndex((v) => v === null);
  if (lost >= 0)
    return {
      cell,
      parsed,
      outcome: { ok: false, message: `В книге нет листа «${ranges[lost].sheet}», на который ссылается формула.` },
    };
  return {
    cell,
    parsed,
    outcome:
      errorPassedOn(cell, ranges, values as string[][][]) ?? explain(parsed, values as string[][][], booleans, door),
  };
}

/**
 * The cell shows an error that a cell of its ranges holds and its formula cannot give (a thrown error is #VALUE! in
 * the engine): the engine shows a range's error without calling the function (probed in ONLYOFFICE 8.2,
 * test/r7/formulas.test.ts), so the core's message about the values would be beside the point.
 */
function errorPassedOn(
  cell: ActiveCell,
  ranges: readonly { sheet: string; address: string }[],
  values: readonly string[][][],
): Outcome | null {
  if (cell.value === "#VALUE!" || !isErrorValue(cell.value)) return null;
  for (const [k, { sheet, address }] of ranges.entries()) {
    const { top, left } = parseRange(address) as CellRange;
    for (const [r, row] of values[k].entries()) {
      const c = row.indexOf(cell.value);
      if (c < 0) continue;
      const where = `${cellAddress(top + r, left + c)}${sheet === cell.sheet ? "" : ` листа «${sheet}»`}`;
      return {
        ok: false,
        error: cell.value,
        message: `её передала ячейка ${where}, на которую ссылается формула (с ошибкой в диапазоне редактор функцию не вызывает): исправьте ту ячейку.`,
      };
    }
  }
  return null;
}

/** The panel's sentence about the selected cell. */
export function examinedText({ cell, parsed, outcome }: Examined): string {
  if (!parsed || !outcome)
    return `В ячейке ${cell.address} нет формулы надстройки (SHNOR_…): выберите ячейку с такой формулой.`;
  return outcome.ok
    ? `${parsed.name} в ячейке ${cell.address} вычисляется без ошибок.`
    : `${parsed.name} в ячейке ${cell.address} даёт ошибку ${outcome.error ?? "#ЗНАЧ!"}: ${outcome.message}`;
}

/**
 * «Вставить значения»: the selected cell's SHNOR_RISKSUMMARY formula replaced by its table's values, written from that
 * cell — only when the table's other cells are empty (the user's cells are never overwritten). Gives the panel's sentence.
 */
export async function insertTableValues(
  call: CallCommand,
  door: ReadonlyMap<string, Wrapper> = doorWrappers(),
): Promise<string> {
  const examined = await examineActiveCell(call, door);
  const { cell, parsed, outcome } = examined;
  const name = latinName(TABLE_FUNCTION);
  if (!parsed || parsed.id !== TABLE_FUNCTION || !outcome)
    return `В ячейке ${cell.address} нет формулы ${name}: напишите её в свободной ячейке (профили школ, затем их муниципалитеты) и выберите эту ячейку.`;
  if (!outcome.ok) return examinedText(examined);
  const table = outcome.value as (string | number | boolean)[][];
  const area: CellRange = {
    top: cell.row,
    left: cell.col,
    bottom: cell.row + table.length - 1,
    right: cell.col + table[0].length - 1,
  };
  const [present] = (await call(readRanges, {
    ranges: [{ sheet: cell.sheet, address: rangeAddress(area) }],
  })) as string[][][];
  for (const [r, row] of present.entries())
    for (const [c, text] of row.entries())
      if (text !== "" && (r > 0 || c > 0))
        return `Таблица займёт ${rangeAddress(area)}, а в ячейке ${cellAddress(area.top + r, area.left + c)} уже есть значение: освободите место или выберите другую ячейку.`;
  const { decimal, booleans } = await editorWords(call);
  await call(writeValues, {
    sheet: cell.sheet,
    top: area.top,
    left: area.left,
    values: table.map((row) => row.map((v) => toEditorInput(v, decimal, booleans))),
  });
  return `Таблица ${name} записана значениями в ${rangeAddress(area)}; когда данные изменятся, напишите формулу и вставьте значения снова.`;
}
