/** Offline checks of manifest.xml (SPEC §7 and the manifest checklist of issue 2). */
import * as fs from "fs";
import * as path from "path";
import { RIBBON_ACTIONS, ribbonFunctionName } from "../../src/commands/actions";
import { REPORT_SHEET_NAMES, REPORTS } from "../../src/reports/registry";
import { REQUIRED_EXCEL_API } from "../../src/excel/capabilities";
import NAMESPACES from "../../src/functions/namespace.json";
import { NAMESPACE, RUSSIAN_NAMESPACE } from "../../src/taskpane/formulas";

const CYRILLIC = NAMESPACES.cyrillic;
import {
  elementOrder,
  executeButtons,
  localeOverrides,
  manifestUrls,
  oneHttpsOrigin,
  residsResolve,
  resource,
  runtimeResids,
  sharedRuntime,
} from "./manifestChecks";
import { allElements, child, childrenNamed, localName, parseXml, type XmlElement } from "./xmlTree";

const ROOT = path.resolve(__dirname, "../..");
const SOURCE = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

let manifest: XmlElement;
beforeAll(async () => {
  manifest = await parseXml(SOURCE);
});

/** The manifest with one textual change, parsed. */
function broken(from: string, to: string): Promise<XmlElement> {
  if (!SOURCE.includes(from)) throw new Error(`в manifest.xml нет «${from}»`);
  return parseXml(SOURCE.replace(from, to));
}

function overrideValue(element: XmlElement, locale: string): string | undefined {
  return element.children.find((c) => localName(c) === "Override" && c.attrs.Locale === locale)?.attrs.Value;
}

describe("manifest.xml", () => {
  test("is well-formed XML (and a broken copy is caught)", async () => {
    expect(manifest.name).toBe("OfficeApp");
    await expect(parseXml(SOURCE.replace("</Permissions>", "</Permission>"))).rejects.toThrow();
  });

  test("keeps the documented element order", async () => {
    expect(elementOrder(manifest)).toEqual([]);
    const swapped = await broken(
      "<Version>1.0.0.0</Version>\n  <ProviderName>500+ regional team</ProviderName>",
      "<ProviderName>500+ regional team</ProviderName>\n  <Version>1.0.0.0</Version>",
    );
    expect(elementOrder(swapped)).toEqual([expect.stringContaining("<Version> стоит после <ProviderName>")]);
  });

  test("every resid resolves and is at most 32 characters", async () => {
    expect(residsResolve(manifest)).toEqual([]);
    expect(residsResolve(await broken('resid="Tab.Label"', 'resid="Tab.Label.Missing"'))).toEqual([
      expect.stringContaining("нет такого ресурса"),
    ]);
    const long = "Functions.Metadata.Url.For.Every.Locale";
    const tooLong = await parseXml(SOURCE.split("Functions.Metadata.Url").join(long));
    expect(residsResolve(tooLong)).toEqual([expect.stringContaining("длиннее 32")]);
  });

  test("the ribbon's ShowTaskpane names its pane (TaskpaneId), so that a shared runtime opens no second one", () => {
    // «any task pane without a TaskpaneId is considered a different task pane» (Configure your Office Add-in to use a
    // shared runtime, https://learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime).
    const actions = allElements(manifest).filter(
      (e) => localName(e) === "Action" && e.attrs["xsi:type"] === "ShowTaskpane",
    );
    expect(actions.length).toBeGreaterThan(0);
    for (const action of actions) expect(child(action, "TaskpaneId").text).toBe("Office.AutoShowTaskpaneWithDocument");
  });

  test("one long-lived shared runtime, named by the same resid everywhere", async () => {
    expect(sharedRuntime(manifest)).toEqual([]);
    const places = runtimeResids(manifest);
    expect(places).toEqual({
      Runtime: ["Shared.Url"],
      CustomFunctionsPage: ["Shared.Url"],
      FunctionFile: ["Shared.Url"],
      ShowTaskpane: ["Shared.Url"],
    });
    expect(
      sharedRuntime(await broken('<FunctionFile resid="Shared.Url"/>', '<FunctionFile resid="Functions.Script.Url"/>')),
    ).toEqual([expect.stringContaining("разными resid")]);
    expect(sharedRuntime(await broken('lifetime="long"', 'lifetime="short"'))).toContain(
      '<Runtime> без lifetime="long"',
    );
  });

  test("no override repeats the default locale; every Russian text has its ru-RU override", async () => {
    expect(child(manifest, "DefaultLocale").text).toBe("en-US");
    expect(localeOverrides(manifest)).toEqual([]);
    expect(overrideValue(child(manifest, "DisplayName"), "ru-RU")).toBe("Адресная помощь 500+");
    const repeated = await broken(
      '<Override Locale="ru-RU" Value="Адресная помощь 500+"/>',
      '<Override Locale="en-US" Value="Targeted help 500+"/>',
    );
    expect(localeOverrides(repeated)).toEqual([
      expect.stringContaining("повторяет язык по умолчанию"),
      expect.stringContaining("нет перевода ru-RU"),
    ]);
  });

  test("ribbon labels are the report sheet names in Russian", () => {
    const labels = [
      "RiskGroups",
      "RiskSummary",
      "Curators",
      "Indicators",
      "PlanStatus",
      "AllReports",
      "QuarterReport",
      "RiskDynamics",
    ].map((id) => overrideValue(resource(manifest, `${id}.Label`), "ru-RU"));
    expect(labels).toEqual([
      "Группы риска",
      "Сводка рисков",
      "Кураторы",
      "Показатели",
      "Исполнение плана",
      "Все отчёты",
      "Отчёт за квартал",
      "Динамика рисков",
    ]);
    expect(resource(manifest, "Tab.Label").attrs.DefaultValue).toBe("500+");
  });

  test("every ribbon group holds at most six controls", () => {
    // Microsoft's manifest reference (OfficeTab element): «A group of controls in a tab. A group can have up to six
    // controls.» For a custom tab's groups the reference says no number; the same cap is kept there.
    const groups = allElements(manifest).filter((e) => localName(e) === "Group");
    expect(groups.map((g) => g.attrs.id)).toEqual(["Shnor.Group.Pane", "Shnor.Group.Reports", "Shnor.Group.Results"]);
    for (const g of groups)
      expect({ group: g.attrs.id, controls: childrenNamed(g, "Control").length <= 6 }).toEqual({
        group: g.attrs.id,
        controls: true,
      });
  });

  test("only https URLs, all on one origin (and an http or foreign URL is caught)", async () => {
    expect(oneHttpsOrigin(manifest)).toEqual([]);
    expect(new Set(manifestUrls(manifest).map((u) => new URL(u).origin))).toEqual(new Set(["https://localhost:3000"]));
    expect(
      oneHttpsOrigin(await broken('"https://localhost:3000/functions.js"', '"http://localhost:3000/functions.js"')),
    ).toEqual(["не https: http://localhost:3000/functions.js"]);
    expect(
      oneHttpsOrigin(await broken('"https://localhost:3000/functions.js"', '"https://cdn.example.org/functions.js"')),
    ).toEqual([expect.stringContaining("разных источников")]);
  });

  test("custom functions: the default manifest names no undocumented namespace (Latin SHNOR in every language); Russian metadata for ru-RU", () => {
    const namespace = resource(manifest, "Functions.Namespace");
    // Documented: a function's id is A–Z, 0–9, «_» and «.», its name any Unicode letters (Custom functions naming and
    // localization, Microsoft Learn); a namespace: at most 32 characters, nothing about which (the Namespace element).
    // So the default namespace keeps to what an id may hold, and no locale overrides it.
    expect(namespace.attrs.DefaultValue).toMatch(/^[A-Z][A-Z0-9_.]{0,31}$/);
    expect(namespace.children.filter((c) => localName(c) === "Override")).toEqual([]);
    // The pane names the functions and writes their formulas with the same one (src/taskpane/formulas.ts).
    expect([NAMESPACE, RUSSIAN_NAMESPACE]).toEqual([namespace.attrs.DefaultValue, namespace.attrs.DefaultValue]);
    const metadata = resource(manifest, "Functions.Metadata.Url");
    expect(metadata.attrs.DefaultValue).toMatch(/\/functions\.json$/);
    expect(overrideValue(metadata, "ru-RU")).toMatch(/\/functions-ru\.json$/);
  });

  test("README and the first-run check write formulas with the default namespace; «ШНОР.» only beside the build switch", () => {
    for (const file of ["README.md", "docs/first-run.md"]) {
      const text = fs.readFileSync(path.join(ROOT, file), "utf8");
      expect({ file, formulas: text.includes(`=${NAMESPACE}.`) }).toEqual({ file, formulas: true });
      const paragraphs = text.split(/\n\s*\n/).filter((p) => p.includes(`${CYRILLIC}.`));
      expect({ file, cyrillicOutsideSwitch: paragraphs.filter((p) => !p.includes("cyrillicNamespace")) }).toEqual({
        file,
        cyrillicOutsideSwitch: [],
      });
    }
  });

  test("requires what the add-in uses: SharedRuntime 1.1, CustomFunctionsRuntime 1.2, the ExcelApi floor; asks for ReadWriteDocument", () => {
    const sets = allElements(child(manifest, "Requirements")).filter((e) => localName(e) === "Set");
    expect(Object.fromEntries(sets.map((s) => [s.attrs.Name, s.attrs.MinVersion]))).toEqual({
      SharedRuntime: "1.1",
      // CustomFunctions.Error with a message: «Requirement set 1.2 adds the CustomFunctions.Error object to support
      // error handling» (Custom Functions requirement sets, Microsoft Learn).
      CustomFunctionsRuntime: "1.2",
      // The floor the pane and the ribbon check at run time (test/excel/apiSets.test.ts keeps it honest).
      ExcelApi: REQUIRED_EXCEL_API,
    });
    expect(child(manifest, "Permissions").text).toBe("ReadWriteDocument");
  });

  test("README «Какие версии Excel» names every set the manifest requires, at its version", () => {
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    const section = readme.slice(
      readme.indexOf("## Какие версии Excel"),
      readme.indexOf("\n## ", readme.indexOf("## Какие версии Excel") + 1),
    );
    const sets = allElements(child(manifest, "Requirements")).filter((e) => localName(e) === "Set");
    expect(sets.length).toBeGreaterThanOrEqual(3);
    for (const set of sets) expect(section).toContain(`${set.attrs.Name} ${set.attrs.MinVersion}`);
    expect(section).toMatch(/не загружает вовсе/);
    expect(section).toContain("shnor report");
  });

  describe("ribbon buttons and the commands' actions (derived from the report registry)", () => {
    /** What is wrong between the manifest's buttons and RIBBON_ACTIONS, in words. */
    function mismatches(root: XmlElement): string[] {
      const buttons = executeButtons(root);
      const found: string[] = [];
      for (const b of buttons) {
        if (!Object.prototype.hasOwnProperty.call(RIBBON_ACTIONS, b.functionName)) {
          found.push(`кнопка ${b.id} вызывает «${b.functionName}»: такого действия нет`);
          continue;
        }
        const reports = RIBBON_ACTIONS[b.functionName];
        const builds = reports === "all" ? "Все отчёты" : reports.map((id) => REPORT_SHEET_NAMES[id]).join(", ");
        const label = overrideValue(resource(root, b.labelResid), "ru-RU");
        if (label !== builds) found.push(`кнопка ${b.id}: подпись «${label}», а строит «${builds}»`);
      }
      for (const name of Object.keys(RIBBON_ACTIONS)) {
        const count = buttons.filter((b) => b.functionName === name).length;
        if (count !== 1) found.push(`действие «${name}»: кнопок ${count}`);
      }
      return found;
    }

    test("every button calls an action and is labelled with what it builds; every action has one button", () => {
      expect(mismatches(manifest)).toEqual([]);
      expect(Object.keys(RIBBON_ACTIONS)).toHaveLength(8);
      expect(RIBBON_ACTIONS.runQuarterReport).toEqual(["quarterReport"]);
    });

    test("a button whose function is renamed, or whose label names another report, is caught", async () => {
      expect(
        mismatches(await broken("<FunctionName>runCurators</FunctionName>", "<FunctionName>runCurator</FunctionName>")),
      ).toEqual([
        "кнопка Shnor.Run.Curators вызывает «runCurator»: такого действия нет",
        "действие «runCurators»: кнопок 0",
      ]);
      expect(mismatches(await broken('<Label resid="Curators.Label"/>', '<Label resid="Indicators.Label"/>'))).toEqual([
        "кнопка Shnor.Run.Curators: подпись «Показатели», а строит «Кураторы»",
      ]);
    });

    test("every report the registry puts on the ribbon is an action named after it", () => {
      const onRibbon = REPORTS.filter((r) => "ribbon" in r).map((r) => r.id);
      expect(onRibbon).toEqual([
        "riskGroups",
        "riskSummary",
        "curators",
        "indicators",
        "planStatus",
        "riskDynamics",
        "quarterReport",
      ]);
      for (const id of onRibbon) expect(RIBBON_ACTIONS[ribbonFunctionName(id)]).toEqual([id]);
    });
  });

  test("every icon it names is a PNG of the stated size in assets/", () => {
    const images = allElements(manifest).filter((e) => localName(e) === "Image" && e.attrs.DefaultValue);
    const named = [
      ...images.map((i) => i.attrs.DefaultValue),
      child(manifest, "IconUrl").attrs.DefaultValue,
      child(manifest, "HighResolutionIconUrl").attrs.DefaultValue,
    ];
    for (const url of named) {
      const file = path.join(ROOT, new URL(url).pathname);
      const png = fs.readFileSync(file);
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      const size = Number(/icon-(\d+)\.png$/.exec(file)?.[1]);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
    for (const size of [16, 32, 64, 80, 128])
      expect(fs.existsSync(path.join(ROOT, `assets/icon-${size}.png`))).toBe(true);
  });
});
