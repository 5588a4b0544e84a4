/**
 * Values across the Р7-Офис / ONLYOFFICE door, both ways, by one rule each.
 *
 * In: the builder API's `GetValue` gives every cell as a string, numbers in the invariant form whatever the editor's
 * locale («0.553», a date as its serial «45366», «#N/A»; probed in ONLYOFFICE 8.2, see test/r7), and a boolean as the
 * editor's word for it: «TRUE»/«FALSE», or «ИСТИНА»/«ЛОЖЬ» when the editor's formula language is Russian (the words
 * sdkjs's `build_local_rx` sets, common/editorscommon.js; describeWorkbook asks the editor for them). A string in the
 * canonical form of a number becomes that number (so dates arrive as serials, as from Excel); the two words become
 * booleans; "" is an empty cell; everything else, error values included, stays text — as the Excel door hands errors to
 * the engine. A text cell holding exactly «12» or the word for TRUE is read as the number or the boolean: the API
 * cannot tell them apart, and the engine reads either the same way.
 *
 * Out: `SetValue` parses its argument as if the user typed it in the editor's locale, so every value is written as
 * that text: numbers with the locale's decimal separator (a JavaScript number 3.5 became the date «3 мая» in ru-RU),
 * text the editor would re-read («0012», «1/2», «=…», «50%», «ИСТИНА») behind the text prefix «'» (the same test as
 * the Excel door's, src/excel/cellValues.ts), an empty cell as "" (null would write #N/A), a boolean as the editor's
 * own word: «TRUE» typed into an editor whose formulas are Russian stays the text «TRUE» (test/r7/booleans.test.ts).
 */
import type { Cell } from "../core/cell";
import { needsTextPrefix } from "../excel/cellValues";
import type { OutValue } from "../reports/model";

const CANONICAL_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** The editor's words for TRUE and FALSE, as it types and shows them (describeWorkbook asks for them). */
export interface EditorBooleans {
  true: string;
  false: string;
}

/** An editor whose formula language is English, the default of sdkjs (`cBoolOrigin`). */
export const ENGLISH_BOOLEANS: EditorBooleans = { true: "TRUE", false: "FALSE" };

export function fromEditorValue(text: string, booleans: EditorBooleans = ENGLISH_BOOLEANS): Cell {
  if (text === "") return null;
  if (CANONICAL_NUMBER.test(text)) return Number(text);
  if (text === booleans.true) return true;
  if (text === booleans.false) return false;
  return text;
}

/** `decimal`: the editor locale's decimal separator («,» in ru-RU), as the read command found it. */
export function toEditorInput(value: OutValue, decimal: string, booleans: EditorBooleans = ENGLISH_BOOLEANS): string {
  if (value === null || value === "") return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value).replace(".", decimal) : "";
  // a JavaScript boolean would be typed as «true», a text where the editor's formulas are Russian
  if (typeof value === "boolean") return value ? booleans.true : booleans.false;
  return needsTextPrefix(value) || value === booleans.true || value === booleans.false ? `'${value}` : value;
}

/**
 * A number format as the editor must receive it: format codes are invariant («0.0%» shows «55,3%» in ru-RU), but a
 * dot between date parts is read as the decimal separator («dd.mm.yyyy» showed «15,03,2024» in ru-RU); escaped, it
 * is a literal dot in every locale.
 */
export function editorNumberFormat(format: string): string {
  return /[dmy]/i.test(format) && !/[0#]/.test(format) ? format.replace(/(?<!\\)\./g, "\\.") : format;
}
