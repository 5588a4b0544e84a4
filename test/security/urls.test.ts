/**
 * Nothing leaves the machine (issue 8): every URL written in the built bundles (dist/*.js, dist/*.html, dist/r7/) is on
 * this list, each with the reason it is harmless. A new library that phones home, a CDN font or a telemetry
 * endpoint shows up here as a failing test. Needs `npm run build` first (scripts/test.sh).
 */
import * as fs from "fs";
import * as path from "path";
import { distFile } from "../functions/loadBundle";

/** An allowed URL (exact, or a prefix when it ends with «*») and why it may stay. */
const ALLOWED: { url: string; why: string }[] = [
  {
    url: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
    why: "office.js from Microsoft's CDN: the page loads it (the CSP allows exactly this host)",
  },
  { url: "https://appsforoffice.microsoft.com", why: "the office.js host, named in the Content-Security-Policy" },
  { url: "http://www.w3.org/1999/xhtml", why: "XML namespace name used by React DOM; an identifier, never fetched" },
  { url: "http://www.w3.org/2000/svg", why: "SVG namespace name for Fluent UI icons; never fetched" },
  { url: "http://www.w3.org/1999/xlink", why: "XLink namespace name (SVG attributes); never fetched" },
  { url: "http://www.w3.org/XML/1998/namespace", why: "xml: namespace name (xml:lang); never fetched" },
  { url: "http://www.w3.org/1998/Math/MathML", why: "MathML namespace name known to React DOM; never fetched" },
  {
    url: "https://reactjs.org/docs/error-decoder.html?invariant=*",
    why: "React's production error text: a link shown in a message, never requested",
  },
  // The report page's worker (report-worker.js) writes .xlsx packages: OOXML names its namespaces and relationship
  // types by URL (ECMA-376 Part 2 §9.1; Part 1 §8.2); identifiers written into the file, never fetched.
  {
    url: "http://schemas.openxmlformats.org/*",
    why: "OOXML namespace and relationship type names (ECMA-376); never fetched",
  },
  {
    url: "http://schemas.microsoft.com/office/*",
    why: "Office extension namespace names in the package ExcelJS writes; never fetched",
  },
  {
    url: "http://purl.org/dc/*",
    why: "Dublin Core namespace names of docProps/core.xml (ECMA-376 Part 2 §11); never fetched",
  },
  { url: "http://www.w3.org/2001/XMLSchema-instance", why: "xsi: namespace name of docProps/core.xml; never fetched" },
  { url: "http://www.w3.org/2000/xmlns/", why: "xmlns namespace name known to the XML parser (saxes); never fetched" },
  {
    url: "https://stuk.github.io/jszip/documentation/howto/read_zip.html",
    why: "JSZip's error text for unreadable input; never requested",
  },
];

/** The deployment URL of this build (scripts/test.sh sets it): the add-in's own origin. */
const DEPLOYMENT = process.env.SHNOR_BUILD_URL;

/** Absolute URLs of any scheme browsers fetch, and protocol-relative ones in quotes («"//cdn.example.com/x"»). */
function urlsIn(text: string): string[] {
  const absolute = text.match(/\b(?:https?|wss?|ftp):\/\/[^\s"'`<>()\\,;]+/gi) ?? [];
  const relative = [...text.matchAll(/["'`](\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s"'`<>()\\,;]*)/gi)].map((m) => m[1]);
  return [...absolute, ...relative].map((u) => u.replace(/[.:]+$/, ""));
}

function isAllowed(url: string): boolean {
  if (DEPLOYMENT && url.startsWith(DEPLOYMENT)) return true;
  return ALLOWED.some((a) => (a.url.endsWith("*") ? url.startsWith(a.url.slice(0, -1)) : url === a.url));
}

/** The pages and bundles of dist/ and of the Р7-Офис plugin's folder, dist/r7/. */
function builtFiles(): string[] {
  const dist = path.dirname(distFile("functions.js"));
  return [dist, path.join(dist, "r7")].flatMap((folder) =>
    fs
      .readdirSync(folder)
      .filter((f) => /\.(js|html)$/.test(f))
      .map((f) => path.join(folder, f)),
  );
}

describe("URLs in dist/*.js and dist/*.html", () => {
  test("the bundles the page loads are all there", () => {
    expect(builtFiles().map((f) => path.basename(f))).toEqual(
      expect.arrayContaining(["functions.js", "commands.js", "taskpane.js", "taskpane.html"]),
    );
  });

  test("no URL beyond the allowlist", () => {
    const unknown = builtFiles().flatMap((file) =>
      urlsIn(fs.readFileSync(file, "utf8"))
        .filter((u) => !isAllowed(u))
        .map((u) => `${path.relative(path.dirname(distFile("functions.js")), file)}: ${u}`),
    );
    expect([...new Set(unknown)]).toEqual([]);
  });

  test("the custom functions bundle names no URL at all (it runs in Excel's runtime beside the workbook)", () => {
    expect(urlsIn(fs.readFileSync(distFile("functions.js"), "utf8"))).toEqual([]);
  });

  test("every allowlist entry still occurs in the build: a stale entry would hide nothing yet read as a promise", () => {
    const all = builtFiles().flatMap((file) => urlsIn(fs.readFileSync(file, "utf8")));
    const unused = ALLOWED.filter(
      (a) => !all.some((u) => (a.url.endsWith("*") ? u.startsWith(a.url.slice(0, -1)) : u === a.url)),
    );
    expect(unused.map((a) => a.url)).toEqual([]);
    for (const a of ALLOWED) expect(a.why.length).toBeGreaterThan(10);
  });
});

describe("urlsIn (the detector itself)", () => {
  test.each([
    ['fetch("https://telemetry.example.com/v1/track")', ["https://telemetry.example.com/v1/track"]],
    ["new WebSocket('wss://evil.example/ws')", ["wss://evil.example/ws"]],
    ['src:"//cdn.example.net/font.woff2"', ["//cdn.example.net/font.woff2"]],
    ["a//b; x = y // comment", []],
    ["ns:http://www.w3.org/2000/svg)", ["http://www.w3.org/2000/svg"]],
  ])("%s", (text, urls) => {
    expect(urlsIn(text)).toEqual(urls);
  });
  test("a URL off the list is refused", () => {
    expect(isAllowed("https://reactjs.org/docs/hooks.html")).toBe(false);
    expect(isAllowed("https://appsforoffice.microsoft.com/lib/1/hosted/telemetry.js")).toBe(false);
    expect(isAllowed("https://reactjs.org/docs/error-decoder.html?invariant=31")).toBe(true);
  });
});
