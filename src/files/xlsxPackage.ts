/**
 * The last step of writing a report file: what ExcelJS cannot write, added to the package it wrote — the charts
 * (xlsxCharts.ts) and the application's own name in docProps/app.xml (ExcelJS always writes «Microsoft Excel»).
 * Bytes in, bytes out, no Node-only API: the file door is to run in a browser too. Parts left unchanged keep
 * their compressed bytes (JSZip copies them), so a 40 000-row sheet is not inflated and deflated again.
 */
import JSZip from "jszip";
import { addChartParts, type ChartedSheet, escapeXml } from "./xlsxCharts";

/** Who wrote the file: creator, last modified by and application of every file the command line writes. */
export const APPLICATION_NAME = "Адресная помощь 500+";

export async function finishPackage(bytes: Uint8Array, charted: ChartedSheet[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  await addChartParts(zip, charted);
  await nameApplication(zip);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/**
 * «<Application>Адресная помощь 500+</Application>»; ExcelJS's <AppVersion>16.0300</AppVersion> goes with
 * «Microsoft Excel» (it is Excel's version number, and Excel did not write this file): both are optional (§22.2.2).
 */
async function nameApplication(zip: JSZip): Promise<void> {
  const part = zip.file("docProps/app.xml");
  if (!part) return;
  const xml = await part.async("string");
  const named = xml
    .replace(
      /<Application>[^<]*<\/Application>|<Application\/>/,
      `<Application>${escapeXml(APPLICATION_NAME)}</Application>`,
    )
    .replace(/<AppVersion>[^<]*<\/AppVersion>/, "");
  zip.file("docProps/app.xml", named);
}
