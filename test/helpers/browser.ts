/**
 * What the browser tests and the bench share: Chromium as the Debian package installs it (playwright's own browser
 * download does not work here) with the flags of a headless run that calls nowhere, and dist/ served on 127.0.0.1.
 */
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * Chromium as an official's: in Russian. On Linux its interface language (the date control's «15.06.2021», the file
 * button's «Выберите файл») follows LANGUAGE, not --lang (chromium's l10n::GetApplicationLocale reads the
 * environment there), and needs Debian's chromium-l10n (.ci/run installs it); without it the English stays.
 */
export const CHROMIUM_LAUNCH = {
  executablePath: CHROMIUM,
  args: [...CHROMIUM_FLAGS, "--lang=ru-RU"],
  env: { ...process.env, LANGUAGE: "ru" } as Record<string, string>,
};

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

export interface Served {
  url: string;
  close(): Promise<void>;
}

/**
 * The folder's files on a port of their own. `policy`: sent as a Content-Security-Policy header with every file, as a
 * region's server would — a dedicated worker obeys its own response's policy, which a page's <meta> does not reach.
 * `onRequest` sees every path asked for.
 */
export function serveFolder(
  folder: string,
  { policy, onRequest }: { policy?: string; onRequest?: (url: string) => void } = {},
): Promise<Served> {
  const server = http.createServer((request, response) => {
    onRequest?.(request.url ?? "");
    const file = path.join(folder, decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname));
    if (!file.startsWith(folder) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream",
      ...(policy ? { "Content-Security-Policy": policy } : {}),
    });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    ),
  );
}

/** The Content-Security-Policy a built page declares in its <meta>. */
export function pagePolicy(htmlFile: string): string {
  const meta = /http-equiv=["']?Content-Security-Policy["']?\s+content=("([^"]*)"|'([^']*)')/i.exec(
    fs.readFileSync(htmlFile, "utf8"),
  );
  if (!meta) throw new Error(`${htmlFile}: нет <meta http-equiv="Content-Security-Policy">`);
  return meta[2] ?? meta[3];
}
