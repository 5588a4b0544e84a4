/**
 * The command line's report file: the workbook src/files/writeXlsx.ts fills, streamed to the disk row by row
 * (ExcelJS's streaming writer), so 40 000 schools do not sit in memory twice. The file appears at once, complete:
 * written beside the target under a temporary name, then renamed over it. Before the rename the written package is
 * read back once, finished in memory (charts, application name: only the sheets with a chart are rewritten, the
 * other parts keep their compressed bytes) and written again under the same temporary name. Interrupted by Ctrl+C
 * (or SIGTERM) the temporary file is removed before the process ends; only a hard kill can leave it, under its
 * hidden .tmp name, never under the target's.
 */
import { createWriteStream, openSync, promises as fs, rmSync } from "fs";
import { basename, dirname, join } from "path";
import ExcelJS from "exceljs";
import type { SheetLayout } from "../reports/layout";
import { chartedSheets, fillWorkbook, type WriteOptions } from "../files/writeXlsx";
import type { ChartedSheet } from "../files/xlsxCharts";
import { finishPackage } from "../files/xlsxPackage";

/** Writes the sheets and returns the names actually used. */
export async function writeXlsx(layouts: SheetLayout[], path: string, options: WriteOptions = {}): Promise<string[]> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  // Opened here so that a missing folder fails at once, not as a late stream error.
  const stream = createWriteStream(temporary, { fd: openSync(temporary, "w") });
  const removeOnSignal = (signal: NodeJS.Signals): void => {
    stream.destroy();
    rmSync(temporary, { force: true });
    process.kill(process.pid, signal); // our listeners are gone: the signal now ends the process as it would have
  };
  const signals: NodeJS.Signals[] = ["SIGINT", "SIGTERM"];
  signals.forEach((signal) => process.once(signal, removeOnSignal));
  try {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
    const names = fillWorkbook(workbook, layouts, options);
    await workbook.commit();
    await finishFile(temporary, chartedSheets(layouts, names));
    await fs.rename(temporary, path);
    return names;
  } catch (error) {
    stream.destroy();
    await fs.rm(temporary, { force: true });
    throw error;
  } finally {
    signals.forEach((signal) => process.off(signal, removeOnSignal));
  }
}

/** The written package, read back and finished in memory, replaces itself under the temporary name. */
async function finishFile(temporary: string, charted: ChartedSheet[]): Promise<void> {
  await fs.writeFile(temporary, await finishPackage(await fs.readFile(temporary), charted));
}
