/** webpack.config.js decisions that a full build would take a minute to show. */
import * as fs from "fs";
import * as path from "path";

type Plugin = {
  constructor: { name: string };
  userOptions?: { templateParameters?: { officeJsUrl: string } };
  patterns?: { from: string; to: string; transform?: (content: Buffer) => string }[];
  definitions?: Record<string, string>;
};
type Config = { plugins: Plugin[]; devServer?: unknown; mode: string };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require("../../webpack.config.js") as (env: object, argv: object) => Promise<Config>;

const ROOT = path.resolve(__dirname, "../..");

function plugin(config: Config, name: string): Plugin {
  const found = config.plugins.find((p) => p.constructor.name === name);
  if (!found) throw new Error(`нет плагина ${name}`);
  return found;
}

test("a production build without a URL is a local one and says so; localhost or http as a deployment URL stops it", async () => {
  const saved = process.env.SHNOR_ADDIN_URL;
  delete process.env.SHNOR_ADDIN_URL;
  const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  try {
    await expect(makeConfig({}, { mode: "production" })).resolves.toBeDefined();
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining("Адрес надстройки не задан: сборка для https://localhost:3000/"),
    );
    await expect(makeConfig({ url: "https://localhost:8443/" }, { mode: "production" })).rejects.toThrow(
      "не указывать на localhost",
    );
    await expect(makeConfig({ url: "http://intranet.region.ru/shnor/" }, { mode: "production" })).rejects.toThrow(
      "https://",
    );
  } finally {
    warn.mockRestore();
    if (saved !== undefined) process.env.SHNOR_ADDIN_URL = saved;
  }
});

test("office.js comes from the CDN by default and from the add-in's own origin with selfHostOfficeJs", async () => {
  const cdn = await makeConfig({ url: "https://intranet.region.ru/shnor" }, { mode: "production" });
  expect(plugin(cdn, "HtmlWebpackPlugin").userOptions?.templateParameters?.officeJsUrl).toBe(
    "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
  );

  const self = await makeConfig(
    { url: "https://intranet.region.ru/shnor/", selfHostOfficeJs: true },
    { mode: "production" },
  );
  expect(plugin(self, "HtmlWebpackPlugin").userOptions?.templateParameters?.officeJsUrl).toBe("office-js/office.js");
  const copied = plugin(self, "CopyPlugin").patterns?.find((p) => p.to === "office-js");
  expect(copied?.from).toBe("node_modules/@microsoft/office-js/dist");
  expect(fs.existsSync(path.join(ROOT, copied?.from ?? "", "office.js"))).toBe(true);
});

test("a build never asks for certificates; only the dev server does", async () => {
  const build = await makeConfig({}, { mode: "development" });
  expect(build.devServer).toBeUndefined();
});

test("the functions' namespace is Latin unless the build switches the Cyrillic one on for ru-RU, in the manifest and the pane alike", async () => {
  const source = fs.readFileSync(path.join(ROOT, "manifest.xml"));
  const built = async (env: object): Promise<{ manifest: string; define: string | undefined }> => {
    const config = await makeConfig(env, { mode: "development" });
    const manifest = plugin(config, "CopyPlugin").patterns!.find((p) => p.to === "manifest.xml")!.transform!(source);
    return { manifest, define: plugin(config, "DefinePlugin").definitions?.SHNOR_CYRILLIC_NAMESPACE };
  };
  const latin = await built({});
  expect(latin.manifest).toContain('<bt:String id="Functions.Namespace" DefaultValue="SHNOR"/>');
  expect(latin.manifest).not.toContain("ШНОР");
  expect(latin.define).toBe("false");
  const cyrillic = await built({ cyrillicNamespace: true });
  expect(cyrillic.manifest).toMatch(
    /<bt:String id="Functions.Namespace" DefaultValue="SHNOR">\s*<bt:Override Locale="ru-RU" Value="ШНОР"\/>\s*<\/bt:String>/,
  );
  expect(cyrillic.define).toBe("true");
});
