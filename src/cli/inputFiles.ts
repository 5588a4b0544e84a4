/** Checks of the files named on the command line, before anything is read or written. */
import { closeSync, existsSync, openSync, readFileSync, readSync, realpathSync, statSync } from "fs";
import { dirname, resolve } from "path";
import { compoundFileMessage, isCompoundFile } from "../files/inputs";

/** Russian messages for every problem with the named files; empty when all is well. */
export function checkFiles(inputs: string[], out: string): string[] {
  const messages: string[] = [];
  for (const input of inputs) {
    if (!existsSync(input)) messages.push(`файл «${input}» не найден.`);
    else if (!statSync(input).isFile()) messages.push(`«${input}» — это папка, а не книга Excel.`);
    else if (isCompoundFile(head(input, 4))) messages.push(compoundFileMessage(input, readFileSync(input)));
  }
  const seen = new Set<string>();
  for (const input of inputs.filter((i) => existsSync(i))) {
    const path = canonical(input);
    if (seen.has(path)) messages.push(`файл «${input}» указан дважды: его данные были бы учтены два раза.`);
    seen.add(path);
  }
  const outPath = canonical(out);
  if (inputs.some((input) => canonical(input) === outPath)) {
    messages.push(
      `--out «${out}» совпадает с исходной книгой: исходные файлы не изменяются, укажите другой файл для отчётов.`,
    );
  }
  if (!existsSync(dirname(resolve(out)))) messages.push(`папка «${dirname(out)}» для файла отчётов не существует.`);
  else if (existsSync(out) && !statSync(out).isFile()) messages.push(`--out «${out}» — это папка, а не файл.`);
  return messages;
}

/** The first bytes of a file (enough for a signature). */
function head(path: string, length: number): Uint8Array {
  const buffer = Buffer.alloc(length);
  const fd = openSync(path, "r");
  try {
    return buffer.subarray(0, readSync(fd, buffer, 0, length, 0));
  } finally {
    closeSync(fd);
  }
}

function canonical(path: string): string {
  const absolute = resolve(path);
  return existsSync(absolute) ? realpathSync(absolute) : absolute;
}
