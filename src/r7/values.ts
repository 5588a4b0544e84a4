/**
 * Values across the Р7-Офис / ONLYOFFICE door, both ways, by one rule each.
 *
 * In: the builder API's `GetValue` gives every cell as a string, in the invariant form whatever the editor's locale
 * («0.553», a date as its serial «45366», «TRUE», «#N/A»; probed in ONLYOFFICE 8.2, see test/r7). A string in the
 * canonical form of a number becomes that number (so dates arrive as serials, as from Excel); «TRUE»/«FALSE» become
 * booleans; "" is an empty cell; everything else, error values included, stays text — as the Excel door hands errors to
 * the engine. A text cell holding exactly «12» or «TRUE» is read as the number or the boolean: the API cannot tell them
 * apart, and the engine reads either the same way.
 *
 * Out: `SetValue` parses its argument as if the user typed it in the editor's locale, so every value is written as
 * that text: numbers with the locale's decimal separator (a JavaScript number 3.5 became the date «3 мая» in ru-RU),
 * text the editor would re-read («0012», «1/2», «=…», «50%», «ИСТИНА») behind the text prefix «'» (the same test as
 * the Excel door's, src/excel/cellValues.ts), an empty cell as "" (null would write #N/A).
 */
import type { Cell } from "../core/cell";
import { needsTextPrefix } from "../excel/cellValues";
import type { OutValue } from "../reports/model";

const CANONICAL_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

export function fromEditorValue(text: string): Cell {
  if (text === "") return null;
  if (CANONICAL_NUMBER.test(text)) return Number(text);
  if (text === "TRUE") return true;
  if (text === "FALSE") return false;
  return text;
}

/** `decimal`: the editor locale's decimal separator («,» in ru-RU), as the read command found it. */
export function toEditorInput(value: OutValue, decimal: string): string {
  if (value === null || value === "") return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value).replace(".", decimal) : "";
  // SetValue types every value as its toString(): a boolean as «true», read back as the boolean TRUE
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return needsTextPrefix(value) ? `'${value}` : value;
}

/**
 * A number format as the editor must receive it: format codes are invariant («0.0%» shows «55,3%» in ru-RU), but a
 * dot between date parts is read as the decimal separator («dd.mm.yyyy» showed «15,03,2024» in ru-RU); escaped, it
 * is a literal dot in every locale.
 */
export function editorNumberFormat(format: string): string {
  return /[dmy]/i.test(format) && !/[0#]/.test(format) ? format.replace(/(?<!\\)\./g, "\\.") : format;
}
