/** Checks of the files named on the command line, before anything is read or written. */
import { existsSync, openSync, readSync, closeSync, realpathSync, statSync } from "fs";
import { dirname, resolve } from "path";
import { compoundFileEntryNames } from "../files/compoundFile";

/** Russian messages for every problem with the named files; empty when all is well. */
export function checkFiles(inputs: string[], out: string): string[] {
  const messages: string[] = [];
  for (const input of inputs) {
    if (!existsSync(input)) messages.push(`файл «${input}» не найден.`);
    else if (!statSync(input).isFile()) messages.push(`«${input}» — это папка, а не книга Excel.`);
    else if (/\.xls$/i.test(input) || startsWith(input, OLE_SIGNATURE)) messages.push(compoundFileMessage(input));
  }
  const seen = new Set<string>();
  for (const input of inputs.filter((i) => existsSync(i))) {
    const path = canonical(input);
    if (seen.has(path)) messages.push(`файл «${input}» указан дважды: его данные были бы учтены два раза.`);
    seen.add(path);
  }
  const outPath = canonical(out);
  if (inputs.some((input) => canonical(input) === outPath)) {
    messages.push(`--out «${out}» совпадает с исходной книгой: исходные файлы не изменяются, укажите другой файл для отчётов.`);
  }
  if (!existsSync(dirname(resolve(out)))) messages.push(`папка «${dirname(out)}» для файла отчётов не существует.`);
  else if (existsSync(out) && !statSync(out).isFile()) messages.push(`--out «${out}» — это папка, а не файл.`);
  return messages;
}

/**
 * A compound file is an old .xls or a password-protected .xlsx: its directory tells which ([MS-OFFCRYPTO]: the
 * encrypted zip is the «EncryptedPackage» stream). One that cannot be read, or a file merely named .xls, is taken
 * for the old format, as its name or signature says.
 */
function compoundFileMessage(input: string): string {
  const names = new Set(compoundFileEntryNames(input) ?? []);
  if (names.has("EncryptedPackage"))
    return `файл «${input}» защищён паролем (книга зашифрована), его нельзя прочитать без пароля. Снимите пароль в Excel: откройте книгу с паролем, затем Файл → Сведения → Защита книги → Зашифровать с использованием пароля → удалите пароль в поле, нажмите ОК и сохраните книгу.`;
  if (names.size > 0 && !names.has("Workbook") && !names.has("Book"))
    return `файл «${input}» — составной документ Office, но не книга Excel (в нём нет листов): укажите книгу .xlsx.`;
  return `файл «${input}» в старом формате Excel 97–2003 (.xls): откройте его в Excel и сохраните как .xlsx (Файл → Сохранить как → Книга Excel).`;
}

/** An .xlsx is a zip archive: a file that does not start like one is not a workbook, whatever its name. */
export function looksLikeXlsx(path: string): boolean {
  return startsWith(path, ZIP_SIGNATURE);
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** Compound document (Excel 97–2003 .xls). */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(path: string, signature: number[]): boolean {
  const buffer = Buffer.alloc(signature.length);
  const fd = openSync(path, "r");
  try {
    const read = readSync(fd, buffer, 0, signature.length, 0);
    return read === signature.length && signature.every((b, i) => buffer[i] === b);
  } finally {
    closeSync(fd);
  }
}

function canonical(path: string): string {
  const absolute = resolve(path);
  return existsSync(absolute) ? realpathSync(absolute) : absolute;
}
