/** Checks of the files named on the command line, before anything is read or written. */
import { existsSync, openSync, readSync, closeSync, realpathSync, statSync } from "fs";
import { dirname, resolve } from "path";

/** Russian messages for every problem with the named files; empty when all is well. */
export function checkFiles(inputs: string[], out: string): string[] {
  const messages: string[] = [];
  for (const input of inputs) {
    if (!existsSync(input)) messages.push(`файл «${input}» не найден.`);
    else if (!statSync(input).isFile()) messages.push(`«${input}» — это папка, а не книга Excel.`);
    else if (/\.xls$/i.test(input) || startsWith(input, OLE_SIGNATURE)) {
      messages.push(`файл «${input}» в старом формате Excel 97–2003 (.xls): откройте его в Excel и сохраните как .xlsx (Файл → Сохранить как → Книга Excel).`);
    }
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
