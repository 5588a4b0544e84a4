/**
 * Build of the add-in. One shared-runtime page (taskpane.html) loads office.js, then
 *   functions.js — custom functions; self-contained (runs in plain Node with CustomFunctions/Office stubs),
 *   commands.js  — ribbon actions, the Office door and the store the pane listens to,
 *   taskpane.js  — the React pane; depends on commands.js so both share one store and one door.
 * Production: `npm run build -- --env url=https://intranet.region.ru/shnor/` (or SHNOR_ADDIN_URL=…) replaces
 * every https://localhost:3000/ of the manifest (without a URL: a local build for localhost, with a warning);
 * `--env selfHostOfficeJs` serves office.js from the add-in's origin; `--env cyrillicNamespace` (or
 * SHNOR_CYRILLIC_NAMESPACE=1) gives a Russian Excel the functions' namespace «ШНОР» instead of «SHNOR» (an opt-in:
 * Microsoft documents nothing about a namespace's characters; src/functions/namespace.json holds both).
 * report.html + report.js + report-worker.js: the report page for offices without a suitable Excel (issue 16), the
 * engine and the file door in a worker, ExcelJS bundled from its sources (src/reportPage/exceljsBrowser.js).
 * r7/: the Р7-Офис / ONLYOFFICE plugin (issue 28) — config.json, index.html, panel.js, icons — and the same folder
 * zipped as r7/shnor.plugin, the file the editor's plugin manager installs offline. r7/formulas.js: the command that
 * registers the formulas SHNOR_… (src/r7/formulasCommand.js says why it is text from a template), around the core
 * bundle built from the entry r7-formulas-core, which is not shipped on its own.
 */
const fs = require("fs");
const path = require("path");
const { Compilation, DefinePlugin, ProvidePlugin, WebpackError, sources } = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { russianMetadata } = require("./src/functions/russianMetadata");
const { plainValuesOnly } = require("./src/functions/plainValuesMetadata");
const { formulasCommandText, CORE: R7_FORMULAS_CORE } = require("./src/r7/formulasCommand");
const NAMESPACES = require("./src/functions/namespace.json");

const JSZip = require("jszip");

const DEV_URL = "https://localhost:3000/";
const OFFICE_JS_HOST = "https://appsforoffice.microsoft.com";
const CDN_OFFICE_JS = `${OFFICE_JS_HOST}/lib/1/hosted/office.js`;
const SELF_HOSTED_OFFICE_JS = "office-js/office.js";
const RUSSIAN_NAMES = path.resolve(__dirname, "src/functions/ru.json");

/**
 * The deployment URL of a production build. Without one the build is a local one for https://localhost:3000/
 * (so `npm run build` always gives a dist/ to try), and it says loudly how to build for a server.
 */
/**
 * The task pane's Content-Security-Policy (src/taskpane/taskpane.html): its own origin, plus the office.js host
 * unless office.js is self-hosted. Development adds 'unsafe-eval' for eval-source-map and webpack-dev-server's
 * hot reload socket (same origin, reached as 'self').
 */
function contentSecurityPolicy({ selfHostOfficeJs, production }) {
  const officeHost = selfHostOfficeJs ? "" : ` ${OFFICE_JS_HOST}`;
  return [
    "default-src 'self'",
    `script-src 'self'${officeHost}${production ? "" : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

function productionUrl(env) {
  const url = env.url || process.env.SHNOR_ADDIN_URL;
  if (!url) {
    console.warn(
      `\n!!! Адрес надстройки не задан: сборка для ${DEV_URL} (проверка на этом компьютере).\n` +
        "!!! Для развёртывания: npm run build -- --env url=https://сервер/путь/ (или SHNOR_ADDIN_URL)\n",
    );
    return DEV_URL;
  }
  if (!/^https:\/\/[^/\s]+/.test(url) || /localhost|127\.0\.0\.1/.test(url)) {
    throw new Error(`Адрес надстройки «${url}» должен начинаться с https:// и не указывать на localhost`);
  }
  return url.endsWith("/") ? url : `${url}/`;
}

/**
 * The manifest with every dev URL replaced by the deployment URL, and with the opt-in ru-RU namespace override
 * («ШНОР») when the build asks for it.
 */
function manifestFor(content, url, cyrillicNamespace) {
  let text = content.toString().split(DEV_URL).join(url);
  if (url !== DEV_URL && text.includes("localhost"))
    throw new Error("manifest.xml: после замены адреса остался localhost");
  if (cyrillicNamespace) {
    const latin = `<bt:String id="Functions.Namespace" DefaultValue="${NAMESPACES.latin}"/>`;
    if (!text.includes(latin))
      throw new Error(`manifest.xml: нет строки ${latin}, куда добавить пространство имён ${NAMESPACES.cyrillic}`);
    text = text.replace(
      latin,
      `<bt:String id="Functions.Namespace" DefaultValue="${NAMESPACES.latin}">\n          <bt:Override Locale="ru-RU" Value="${NAMESPACES.cyrillic}"/>\n        </bt:String>`,
    );
  }
  return text;
}

/**
 * Rewrites the generated functions.json without custom data for data types (plainValuesMetadata.js) and emits
 * functions-ru.json from it and src/functions/ru.json; any gap fails the build.
 */
class RussianFunctionsMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("RussianFunctionsMetadata", (compilation) => {
      compilation.fileDependencies.add(RUSSIAN_NAMES);
      compilation.hooks.processAssets.tap(
        { name: "RussianFunctionsMetadata", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const english = compilation.getAsset("functions.json");
          if (!english) return; // the metadata plugin has already reported why
          try {
            const russian = JSON.parse(fs.readFileSync(RUSSIAN_NAMES, "utf8"));
            const plain = plainValuesOnly(JSON.parse(english.source.source().toString()));
            compilation.updateAsset("functions.json", new sources.RawSource(JSON.stringify(plain, null, 2)));
            const metadata = russianMetadata(plain, russian);
            compilation.emitAsset("functions-ru.json", new sources.RawSource(JSON.stringify(metadata, null, 2)));
          } catch (error) {
            compilation.errors.push(new WebpackError(error.message));
          }
        },
      );
    });
  }
}

/** Zips the emitted r7/ files (source maps left out) into r7/shnor.plugin: the plugin's files at the archive's root. */
class PluginArchivePlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("PluginArchive", (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: "PluginArchive", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        async () => {
          const zip = new JSZip();
          for (const asset of compilation.getAssets()) {
            if (!asset.name.startsWith("r7/") || asset.name.endsWith(".map") || asset.name.endsWith(".plugin"))
              continue;
            // a fixed date: the same sources give the same archive
            zip.file(asset.name.slice("r7/".length), asset.source.buffer(), { date: new Date("2024-01-01T00:00:00Z") });
          }
          const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
          compilation.emitAsset("r7/shnor.plugin", new sources.RawSource(bytes));
        },
      );
    });
  }
}

/**
 * r7/formulas.js from the minified core bundle (entry r7-formulas-core, then dropped) and the Excel door's metadata:
 * after the minifier (so the command keeps its JSDoc), before source maps and the archive. A build whose modules are
 * eval'd (development) carries their comments as strings, which the editor's JSDoc pairing would read: it ships no
 * formulas, and says so.
 */
class R7FormulasPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("R7Formulas", (compilation) => {
      compilation.fileDependencies.add(RUSSIAN_NAMES);
      compilation.hooks.processAssets.tap(
        { name: "R7Formulas", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1 },
        () => {
          const core = compilation.getAsset("r7-formulas-core.js");
          const metadata = compilation.getAsset("functions.json");
          if (!core || !metadata) return; // their own plugins have reported why
          compilation.deleteAsset(core.name);
          if (String(compiler.options.devtool).includes("eval")) {
            compilation.warnings.push(
              new WebpackError(
                "r7/formulas.js не собран: в сборке с eval-source-map (development) формулы для Р7-Офис не регистрируются; соберите npm run build",
              ),
            );
            return;
          }
          try {
            const russian = JSON.parse(fs.readFileSync(RUSSIAN_NAMES, "utf8"));
            const text = formulasCommandText(
              JSON.parse(metadata.source.source().toString()),
              russian,
              core.source.source().toString(),
            );
            compilation.emitAsset("r7/formulas.js", new sources.RawSource(`${text}\n`), { minimized: true });
          } catch (error) {
            compilation.errors.push(new WebpackError(error.message));
          }
        },
      );
    });
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const url = production ? productionUrl(env) : DEV_URL;
  const selfHostOfficeJs = Boolean(env.selfHostOfficeJs);
  const serving = Boolean(env.WEBPACK_SERVE);
  const cyrillicNamespace = Boolean(env.cyrillicNamespace) || process.env.SHNOR_CYRILLIC_NAMESPACE === "1";

  const config = {
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "eval-source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "commands" },
      report: "./src/reportPage/page.ts",
      "report-worker": "./src/reportPage/worker.ts",
      "r7/panel": "./src/r7/ui/index.tsx",
      "r7-formulas-core": { import: "./src/r7/formulasCore.ts", library: { type: "var", name: R7_FORMULAS_CORE } },
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // Only the report page's worker bundles ExcelJS; the Node modules its sources name, as little as they need.
      alias: {
        exceljs$: path.resolve(__dirname, "src/reportPage/exceljsBrowser.js"),
        archiver$: path.resolve(__dirname, "src/reportPage/archiverOnJszip.js"),
        // JSZip from its sources, not its prebuilt browser file: archiverOnJszip.js hands JSZip parts it deflated
        // itself, in the form (lib/compressedObject) the same JSZip must recognise.
        jszip$: require.resolve("jszip/lib/index.js"),
      },
      fallback: {
        fs: false,
        crypto: false, // sheet protection only
        stream: require.resolve("readable-stream"),
        buffer: require.resolve("buffer/"),
        events: require.resolve("events/"),
        util: require.resolve("util/"),
        string_decoder: require.resolve("string_decoder/"),
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // ES modules let webpack drop the unused parts of date-fns and Fluent UI (CommonJS would keep them all).
            options: {
              configFile: "tsconfig.json",
              onlyCompileBundledFiles: true,
              compilerOptions: { module: "es2020" },
            },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new RussianFunctionsMetadataPlugin(),
      // The pane names the functions as Excel shows them (src/taskpane/formulas.ts).
      new DefinePlugin({ SHNOR_CYRILLIC_NAMESPACE: JSON.stringify(cyrillicNamespace) }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "commands", "taskpane"],
        chunksSortMode: "manual",
        templateParameters: {
          officeJsUrl: selfHostOfficeJs ? SELF_HOSTED_OFFICE_JS : CDN_OFFICE_JS,
          contentSecurityPolicy: contentSecurityPolicy({ selfHostOfficeJs, production }),
        },
      }),
      new ProvidePlugin({
        Buffer: ["buffer", "Buffer"],
        process: path.resolve(__dirname, "src/reportPage/processShim.js"),
      }),
      new HtmlWebpackPlugin({
        filename: "report.html",
        template: "./src/reportPage/report.html",
        chunks: ["report"],
        templateParameters: { contentSecurityPolicy: contentSecurityPolicy({ selfHostOfficeJs: true, production }) },
      }),
      // inject: false — the plugin's folder is named by its guid in the editor, so the page names panel.js beside itself
      new HtmlWebpackPlugin({
        filename: "r7/index.html",
        template: "./src/r7/index.html",
        chunks: ["r7/panel"],
        inject: false,
      }),
      new R7FormulasPlugin(),
      new PluginArchivePlugin(),
      new CopyWebpackPlugin({
        patterns: [
          { from: "src/r7/config.json", to: "r7/config.json" },
          { from: "assets/icon-32.png", to: "r7/icon.png" },
          { from: "assets/icon-64.png", to: "r7/icon@2x.png" },
          { from: "src/reportPage/report.css", to: "report.css" },
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => manifestFor(content, url, cyrillicNamespace),
          },
          ...(selfHostOfficeJs
            ? [
                {
                  from: "node_modules/@microsoft/office-js/dist",
                  to: "office-js",
                  globOptions: { ignore: ["**/*.debug.js"] },
                },
              ]
            : []),
        ],
      }),
    ],
  };

  if (serving) {
    // Certificates only when serving: a build never needs them.
    const devCerts = require("office-addin-dev-certs");
    config.devServer = {
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      // The pages' policy as a header too: a <meta> policy does not reach the report page's worker, its script's
      // response does. The pane's (with the office.js host), since the header governs every page served.
      headers: {
        "Access-Control-Allow-Origin": "*",
        "Content-Security-Policy": contentSecurityPolicy({ selfHostOfficeJs, production: false }),
      },
      server: { type: "https", options: await devCerts.getHttpsServerOptions() },
    };
  }
  return config;
};
