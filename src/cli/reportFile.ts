/**
 * The command line's report file: the workbook src/files/writeXlsx.ts makes, appearing at once, complete: written
 * beside the target under a temporary name, then renamed over it. Interrupted by Ctrl+C (or SIGTERM) the temporary
 * file is removed before the process ends; only a hard kill can leave it, under its hidden .tmp name, never under
 * the target's.
 */
import { promises as fs, rmSync } from "fs";
import { basename, dirname, join } from "path";
import type { SheetLayout } from "../reports/layout";
import { reportWorkbookBytes, type WriteOptions } from "../files/writeXlsx";

/** Writes the sheets and returns the names actually used. */
export async function writeXlsx(layouts: SheetLayout[], path: string, options: WriteOptions = {}): Promise<string[]> {
  let used: string[] = [];
  await writeWhole(path, async () => {
    const { bytes, names } = await reportWorkbookBytes(layouts, options);
    used = names;
    return bytes;
  });
  return used;
}

/** The bytes `make` gives, written under a temporary name beside `path` and renamed over it (also `shnor forms`'s files). */
export async function writeWhole(path: string, make: () => Promise<Uint8Array>): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const removeOnSignal = (signal: NodeJS.Signals): void => {
    rmSync(temporary, { force: true });
    process.kill(process.pid, signal); // our listeners are gone: the signal now ends the process as it would have
  };
  const signals: NodeJS.Signals[] = ["SIGINT", "SIGTERM"];
  signals.forEach((signal) => process.once(signal, removeOnSignal));
  try {
    await fs.writeFile(temporary, await make());
    await fs.rename(temporary, path);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  } finally {
    signals.forEach((signal) => process.off(signal, removeOnSignal));
  }
}
