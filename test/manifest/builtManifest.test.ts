/**
 * The production build (scripts/test.sh builds it with url=$SHNOR_BUILD_URL first): its manifest passes every
 * offline check, names only the deployment URL, and nothing in dist/ points at localhost.
 */
import * as fs from "fs";
import * as path from "path";
import {
  elementOrder,
  localeOverrides,
  manifestUrls,
  oneHttpsOrigin,
  residsResolve,
  sharedRuntime,
} from "./manifestChecks";
import { parseXml, type XmlElement } from "./xmlTree";

const DIST = process.env.SHNOR_DIST ?? path.resolve(__dirname, "../../dist");
const BUILD_URL = process.env.SHNOR_BUILD_URL;

function distText(name: string): string {
  const file = path.join(DIST, name);
  if (!fs.existsSync(file)) throw new Error(`${file} не найден: сначала npm run build -- --env url=…`);
  return fs.readFileSync(file, "utf8");
}

let manifest: XmlElement;
beforeAll(async () => {
  if (!BUILD_URL) throw new Error("SHNOR_BUILD_URL не задан: этот тест запускает scripts/test.sh после сборки");
  manifest = await parseXml(distText("manifest.xml"));
});

test("the built manifest passes the same checks as the source", () => {
  expect([
    ...elementOrder(manifest),
    ...residsResolve(manifest),
    ...sharedRuntime(manifest),
    ...localeOverrides(manifest),
    ...oneHttpsOrigin(manifest),
  ]).toEqual([]);
});

test("every URL of the built manifest is under the deployment URL", () => {
  const urls = manifestUrls(manifest);
  expect(urls.length).toBeGreaterThan(10);
  expect(urls.filter((u) => !u.startsWith(BUILD_URL as string))).toEqual([]);
  expect(urls).toContain(`${BUILD_URL}functions-ru.json`);
});

test("no file of the production build mentions localhost", () => {
  const texts = fs.readdirSync(DIST).filter((f) => /\.(xml|html|js|json)$/.test(f));
  expect(texts).toEqual(
    expect.arrayContaining([
      "manifest.xml",
      "taskpane.html",
      "functions.js",
      "functions.json",
      "functions-ru.json",
      "commands.js",
      "taskpane.js",
    ]),
  );
  expect(texts.filter((f) => distText(f).includes("localhost"))).toEqual([]);
});

test("the shared-runtime page loads office.js, then functions, commands and the pane, in that order", () => {
  const html = distText("taskpane.html");
  const scripts = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)/g)].map((m) => m[1]);
  expect(scripts).toEqual([
    "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
    "functions.js",
    "commands.js",
    "taskpane.js",
  ]);
  expect(html).toContain("lang=ru");
});

test("the default build names no undocumented namespace: Latin SHNOR, overridden for no language", async () => {
  const built = distText("manifest.xml");
  expect(built).toContain('<bt:String id="Functions.Namespace" DefaultValue="SHNOR"/>');
  expect(built).not.toContain("ШНОР");
});

test("the icons the manifest names are in dist/assets", () => {
  for (const size of [16, 32, 64, 80]) expect(fs.existsSync(path.join(DIST, `assets/icon-${size}.png`))).toBe(true);
});
