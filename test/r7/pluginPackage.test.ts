/**
 * The built plugin (dist/r7/shnor.plugin, the file Р7-Офис / ONLYOFFICE's plugin manager installs): its files at the
 * archive's root, config.json as the editor reads it, and nothing fetched from the internet. Needs the production build.
 */
import { existsSync, readFileSync } from "fs";
import JSZip from "jszip";
import { join, resolve } from "path";

const DIST_R7 = join(process.env.SHNOR_DIST ?? join(resolve(__dirname, "..", ".."), "dist"), "r7");

describe("dist/r7/shnor.plugin", () => {
  let zip: JSZip;
  beforeAll(async () => {
    const file = join(DIST_R7, "shnor.plugin");
    if (!existsSync(file)) throw new Error(`нет ${file}: сначала соберите надстройку (npm run build)`);
    zip = await JSZip.loadAsync(readFileSync(file));
  });

  it("в корне архива — config.json, index.html, panel.js с лицензиями React и Fluent UI, formulas.js и значки, без карт исходников", () => {
    expect(Object.keys(zip.files).sort()).toEqual([
      "config.json",
      "formulas.js",
      "icon.png",
      "icon@2x.png",
      "index.html",
      "panel.js",
      "panel.js.LICENSE.txt",
    ]);
  });

  it("config.json: постоянный guid asc.{…}, имя по-русски, табличный редактор, панель", async () => {
    const config = JSON.parse(await zip.file("config.json")!.async("string"));
    expect(config.guid).toMatch(/^asc\.\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$/);
    expect(config.name).toBe("Адресная помощь 500+");
    expect(config.nameLocale.ru).toBe("Адресная помощь 500+");
    const [variation] = config.variations;
    expect(variation).toMatchObject({
      url: "index.html",
      EditorsSupport: ["cell"],
      isVisual: true,
      isModal: false,
      isInsideMode: true,
    });
    for (const icon of variation.icons) expect(zip.file(icon)).not.toBeNull();
  });

  // panel.js (React and Fluent UI) names XML namespaces and React's error page: test/security/urls.test.ts holds
  // dist/r7 to its allowlist, each entry with why it is never fetched
  it("index.html берёт plugins.js у редактора и panel.js рядом с собой; ни одного адреса в интернете", async () => {
    const html = await zip.file("index.html")!.async("string");
    const scripts = [...html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]);
    expect(scripts).toEqual(["../v1/plugins.js", "panel.js"]);
    for (const name of ["index.html", "formulas.js", "config.json"]) {
      expect([name, (await zip.file(name)!.async("string")).match(/https?:\/\/[^\s"'`)]+/g) ?? []]).toEqual([name, []]);
    }
  });
});
