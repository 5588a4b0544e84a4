/**
 * The report page (issue 16) on the national workbook in headless Chromium: the tab's peak memory and its time.
 * The page and its dedicated worker share one renderer process; its resident memory (VmRSS in /proc/<pid>/status,
 * Linux) is sampled every 100 ms and the largest kept — the kernel's high-water mark (VmHWM) was seen to go down
 * during a run, so it is not trusted. Printed, never asserted: the aim is under 1 GB.
 */
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { chromium } from "playwright-core";
import { CHROMIUM_LAUNCH, pagePolicy, serveFolder } from "../test/helpers/browser";

export interface PageFigures {
  seconds: number;
  /** Peak resident memory of the tab's renderer process, MB. */
  peakMb: number;
  /** The peak within each phase the page showed («Чтение …», «Отчёт «…»», «Запись …»), MB, in the order met. */
  byPhase: [string, number][];
  /** What the page said: the saved file's name, or its error line. */
  outcome: string;
}

/** Resident memory of each renderer process started by this process (through Chromium's browser process), kB. */
function rendererRssKb(): number[] {
  const parentOf = (pid: string): string | undefined =>
    /^PPid:\s*(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  const mine = (pid: string): boolean => {
    for (let p: string | undefined = pid, hops = 0; p !== undefined && p !== "0" && hops < 10; p = parentOf(p), hops++)
      if (p === String(process.pid)) return true;
    return false;
  };
  const sizes: number[] = [];
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("--type=renderer") || !mine(pid)) continue;
      const rss = /^VmRSS:\s*(\d+)\s*kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (rss) sizes.push(Number(rss[1]));
    } catch {
      // the process ended while being read
    }
  }
  return sizes;
}

export async function measurePage(dist: string, input: string, asOf: string): Promise<PageFigures> {
  // the page's own policy as a header too, as a region's server gives it (the worker obeys its response's policy)
  const served = await serveFolder(dist, { policy: pagePolicy(join(dist, "report.html")) });
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const page = await browser.newPage({ acceptDownloads: true });
    await page.goto(`${served.url}/report.html`);
    let peakKb = 0;
    let phase = "";
    const byPhase = new Map<string, number>();
    const sampler = setInterval(() => {
      const now = Math.max(0, ...rendererRssKb());
      peakKb = Math.max(peakKb, now);
      byPhase.set(phase, Math.max(byPhase.get(phase) ?? 0, now));
    }, 100);
    // the phase line, read between samples (a read of the page waits for the page: never in the sampler itself)
    const watch = setInterval(
      () =>
        void page.textContent("#phase").then(
          (text) => (phase = text ?? ""),
          () => undefined,
        ),
      250,
    );
    const started = process.hrtime.bigint();
    await page.setInputFiles("#files", input);
    await page.fill("#asOf", asOf);
    await page.click("#build");
    await page.waitForSelector("#save:not([hidden]), #error:not(:empty)", { timeout: 1_800_000 });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    clearInterval(sampler);
    clearInterval(watch);
    const error = (await page.textContent("#error")) ?? "";
    const outcome = error !== "" ? error : ((await page.textContent("#save")) ?? "");
    return { seconds, peakMb: peakKb / 1024, byPhase: [...byPhase].map(([p, kb]) => [p, kb / 1024]), outcome };
  } finally {
    await browser.close();
    await served.close();
  }
}
