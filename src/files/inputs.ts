/**
 * The workbooks a user gives, as bytes, read for the engine — the same for the command line and the report page:
 * what is not an .xlsx is refused with the reason in Russian, every sheet of every file becomes a SheetGrid.
 */
import type { SheetGrid } from "../core/cell";
import { SETTINGS_SHEET_NAME } from "../core/settingsSheet";
import { compoundEntryNames } from "./compoundFile";
import { InputFileError } from "./inputFileError";
import { readXlsx } from "./readXlsx";

export interface InputFile {
  /** How messages name the file (the path as typed, or the chosen file's name). */
  label: string;
  /** The file's own name, shown with its sheets' remarks. */
  name: string;
  bytes: Uint8Array;
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** Compound document (Excel 97–2003 .xls, or an encrypted .xlsx). */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

/** An .xlsx is a zip archive: a file that does not start like one is not a workbook, whatever its name. */
export function startsLikeXlsx(head: Uint8Array): boolean {
  return startsWith(head, ZIP_SIGNATURE);
}

/** A file starting as a compound file, whatever its name: compoundFileMessage says why it cannot be read. */
export function isCompoundFile(head: Uint8Array): boolean {
  return startsWith(head, OLE_SIGNATURE);
}

/**
 * A compound file is an old .xls or a password-protected .xlsx: its directory tells which ([MS-OFFCRYPTO]: the
 * encrypted zip is the «EncryptedPackage» stream). One whose directory cannot be read is taken for the old format,
 * as its signature says.
 */
export function compoundFileMessage(label: string, bytes: Uint8Array): string {
  const names = new Set(compoundEntryNames(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) ?? []);
  if (names.has("EncryptedPackage"))
    return `файл «${label}» защищён паролем (книга зашифрована), его нельзя прочитать без пароля. Снимите пароль в Excel: откройте книгу с паролем, затем Файл → Сведения → Защита книги → Зашифровать с использованием пароля → удалите пароль в поле, нажмите ОК и сохраните книгу.`;
  if (names.size > 0 && !names.has("Workbook") && !names.has("Book"))
    return `файл «${label}» — составной документ Office, но не книга Excel (в нём нет листов): укажите книгу .xlsx.`;
  return `файл «${label}» в старом формате Excel 97–2003 (.xls): откройте его в Excel и сохраните как .xlsx (Файл → Сохранить как → Книга Excel).`;
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

/**
 * Every sheet of every input, each knowing its file; a sheet name met again in a later file gets that file's name,
 * so remarks stay unambiguous. Each file's settings sheet keeps its name and its file: the first is the run's, a
 * later one is applied to its own file's sheets and plans (core/fileSettings.ts).
 */
export async function readInputs(
  inputs: InputFile[],
): Promise<{ grids: SheetGrid[]; reportSheets: Set<string>; notes: string[] }> {
  const grids: SheetGrid[] = [];
  const reportSheets = new Set<string>();
  const taken = new Set<string>();
  const notes: string[] = [];
  for (const input of inputs) {
    if (isCompoundFile(input.bytes)) throw new InputFileError(compoundFileMessage(input.label, input.bytes));
    if (!startsLikeXlsx(input.bytes)) throw new InputFileError(`файл «${input.label}» не является книгой Excel .xlsx.`);
    // The format is the bytes', not the name's: a workbook saved as .xlsx and renamed is read.
    const extension = /\.(xlsx|xlsm)$/i.test(input.name) ? undefined : /\.[^.\\/]*$/.exec(input.name)?.[0];
    if (extension !== undefined)
      notes.push(`Файл «${input.label}» назван ${extension}, но это книга .xlsx: прочитан как .xlsx.`);
    const content = await readXlsx(input.bytes, input.label);
    for (const read of content.grids) {
      const grid = content.modified === undefined ? read : { ...read, fileModified: content.modified };
      if (grid.name === SETTINGS_SHEET_NAME) {
        grids.push({ ...grid, file: input.name });
        continue;
      }
      const renamed = taken.has(grid.name);
      const name = renamed ? `${grid.name} [${input.name}]` : grid.name;
      taken.add(name);
      grids.push({ ...grid, name, file: input.name, ...(renamed ? { ownName: grid.name } : {}) });
      if (content.reportSheets.has(grid.name)) reportSheets.add(name);
    }
  }
  return { grids, reportSheets, notes };
}
