/**
 * Offline checks of an add-in-only XML manifest (`office-addin-manifest validate` needs an online service).
 * Each check returns the violations it found, in words, so a failing test says what is wrong.
 */
import { allElements, child, childrenNamed, localName, type XmlElement } from "./xmlTree";

/** Child order of <OfficeApp xsi:type="TaskPaneApp"> in the documented schema (1.1). */
export const OFFICE_APP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "AllowSnapshot",
  "VersionOverrides",
  "ExtendedOverrides",
];

/** Documented child order of the VersionOverrides elements the add-in uses. */
const ORDERS: Record<string, string[]> = {
  VersionOverrides: [
    "Description",
    "Requirements",
    "Hosts",
    "Resources",
    "VersionOverrides",
    "WebApplicationInfo",
    "EquivalentAddins",
  ],
  Host: ["Runtimes", "AllFormFactors", "DesktopFormFactor"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  ExtensionPoint: ["Script", "Page", "Metadata", "Namespace", "CustomTab", "OfficeTab"],
  CustomTab: ["Group", "Label", "InsertAfter", "InsertBefore"],
  Group: ["Label", "Icon", "Control"],
  Control: ["Label", "Supertip", "Icon", "Action"],
  Resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
};

export const MAX_RESID_LENGTH = 32;

function orderViolations(element: XmlElement, order: string[]): string[] {
  const names = element.children.map(localName);
  const unknown = names.filter((n) => !order.includes(n));
  if (unknown.length > 0) return [`<${element.name}>: неизвестные элементы ${unknown.join(", ")}`];
  const positions = names.map((n) => order.indexOf(n));
  const bad = positions.findIndex((p, i) => i > 0 && p < positions[i - 1]);
  return bad < 0 ? [] : [`<${element.name}>: <${names[bad]}> стоит после <${names[bad - 1]}>, а по схеме — раньше`];
}

export function elementOrder(root: XmlElement): string[] {
  const out = orderViolations(root, OFFICE_APP_ORDER);
  for (const element of allElements(root)) {
    const order = ORDERS[localName(element)];
    // <Host> of the top-level <Hosts> has no children; <ExtensionPoint> orders differ per type but share this list
    if (order && element.children.length > 0) out.push(...orderViolations(element, order));
  }
  return out;
}

function resources(root: XmlElement): XmlElement[] {
  const versionOverrides = child(root, "VersionOverrides");
  return child(versionOverrides, "Resources").children.flatMap((group) => group.children);
}

/** Every resid names a resource; ids are unique and at most 32 characters. */
export function residsResolve(root: XmlElement): string[] {
  const ids = resources(root).map((r) => r.attrs.id);
  const out: string[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) out.push(`ресурс «${id}» объявлен дважды`);
    seen.add(id);
    if (id.length > MAX_RESID_LENGTH) out.push(`ресурс «${id}» длиннее ${MAX_RESID_LENGTH} символов`);
  }
  for (const element of allElements(root)) {
    const resid = element.attrs.resid;
    if (resid !== undefined && !seen.has(resid)) out.push(`<${element.name} resid="${resid}">: нет такого ресурса`);
  }
  return out;
}

/** The resid of every place that names the shared runtime, by place. */
export function runtimeResids(root: XmlElement): Record<string, string[]> {
  const places: Record<string, string[]> = { Runtime: [], CustomFunctionsPage: [], FunctionFile: [], ShowTaskpane: [] };
  for (const element of allElements(root)) {
    const name = localName(element);
    if (name === "Runtime") places.Runtime.push(element.attrs.resid);
    if (name === "FunctionFile") places.FunctionFile.push(element.attrs.resid);
    if (name === "Page") places.CustomFunctionsPage.push(child(element, "SourceLocation").attrs.resid);
    if (name === "Action" && element.attrs["xsi:type"] === "ShowTaskpane") {
      places.ShowTaskpane.push(child(element, "SourceLocation").attrs.resid);
    }
  }
  return places;
}

export function sharedRuntime(root: XmlElement): string[] {
  const out: string[] = [];
  const runtimes = allElements(root).filter((e) => localName(e) === "Runtime");
  if (runtimes.length !== 1) out.push(`нужен ровно один <Runtime>, найдено ${runtimes.length}`);
  if (runtimes.some((r) => r.attrs.lifetime !== "long")) out.push(`<Runtime> без lifetime="long"`);
  const places = runtimeResids(root);
  const resids = new Set(Object.values(places).flat());
  if (resids.size !== 1) out.push(`общая среда названа разными resid: ${JSON.stringify(places)}`);
  for (const [place, list] of Object.entries(places))
    if (list.length === 0) out.push(`${place}: общая среда не указана`);
  // «A shared runtime only supports the use of one task pane. Note that any task pane without a <TaskpaneId> is
  // considered a different task pane» (Configure your Office Add-in to use a shared runtime, «Multiple task panes»,
  // https://learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime; quoted in
  // office-js-docs-pr #5375): every ShowTaskpane names the one pane, by one id.
  const panes = allElements(root).filter((e) => localName(e) === "Action" && e.attrs["xsi:type"] === "ShowTaskpane");
  const ids = new Set(panes.map((action) => childrenNamed(action, "TaskpaneId")[0]?.text ?? ""));
  if (ids.has("")) out.push("кнопка открывает панель без TaskpaneId: в общей среде это вторая панель");
  if (ids.size > 1) out.push(`кнопки открывают разные панели: ${[...ids].join(", ")}`);
  return out;
}

const CYRILLIC = /[А-Яа-яЁё]/;
const LETTERS = /[A-Za-zА-Яа-яЁё]/;

/** Elements carrying a DefaultValue that users read (not URLs or images). */
/** The functions' namespace is an identifier typed in formulas, not a text to translate (Latin by default: SPEC §7). */
const NOT_TEXT = new Set(["Functions.Namespace"]);

function userTexts(root: XmlElement): XmlElement[] {
  const top = ["DisplayName", "Description"].map((n) => child(root, n));
  const strings = resources(root).filter((r) => localName(r) === "String" && !NOT_TEXT.has(r.attrs.id));
  return [...top, ...strings];
}

/** No override repeats the default locale; every user text is English by default with a Russian ru-RU override. */
export function localeOverrides(root: XmlElement): string[] {
  const out: string[] = [];
  const defaultLocale = child(root, "DefaultLocale").text;
  for (const element of allElements(root).filter((e) => localName(e) === "Override")) {
    if (element.attrs.Locale.toLowerCase() === defaultLocale.toLowerCase()) {
      out.push(`Override повторяет язык по умолчанию ${defaultLocale}: «${element.attrs.Value}»`);
    }
  }
  for (const element of userTexts(root)) {
    const id = element.attrs.id ?? element.name;
    const value = element.attrs.DefaultValue;
    if (CYRILLIC.test(value)) out.push(`${id}: значение по умолчанию (${defaultLocale}) по-русски: «${value}»`);
    if (!LETTERS.test(value)) continue; // «500+» reads the same in every language
    const ru = childrenNamed(element, "Override").find((o) => o.attrs.Locale === "ru-RU");
    if (!ru) out.push(`${id}: нет перевода ru-RU для «${value}»`);
    else if (!CYRILLIC.test(ru.attrs.Value)) out.push(`${id}: перевод ru-RU не по-русски: «${ru.attrs.Value}»`);
  }
  return out;
}

/** Every URL the manifest names (default values and overrides). */
export function manifestUrls(root: XmlElement): string[] {
  const urlElements = new Set(["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation", "Url", "Image"]);
  const out: string[] = [];
  for (const element of allElements(root)) {
    if (!urlElements.has(localName(element)) || element.attrs.DefaultValue === undefined) continue;
    out.push(element.attrs.DefaultValue);
    for (const o of childrenNamed(element, "Override")) out.push(o.attrs.Value);
  }
  for (const element of allElements(root).filter((e) => localName(e) === "AppDomain")) out.push(element.text);
  return out;
}

/** Only https, and one origin for all of them. */
export function oneHttpsOrigin(root: XmlElement): string[] {
  const urls = manifestUrls(root);
  const out = urls.filter((u) => !u.startsWith("https://")).map((u) => `не https: ${u}`);
  const origins = new Set(urls.filter((u) => u.startsWith("https://")).map((u) => new URL(u).origin));
  if (origins.size !== 1) out.push(`адреса с разных источников: ${[...origins].join(", ")}`);
  return out;
}

/** The buttons that run a function: their control id, the function's name and their label's resid. */
export function executeButtons(root: XmlElement): { id: string; functionName: string; labelResid: string }[] {
  return allElements(root)
    .filter((e) => localName(e) === "Control")
    .flatMap((control) => {
      const action = childrenNamed(control, "Action").find((a) => a.attrs["xsi:type"] === "ExecuteFunction");
      if (action === undefined) return [];
      const functionName = child(action, "FunctionName").text;
      return [{ id: control.attrs.id, functionName, labelResid: child(control, "Label").attrs.resid }];
    });
}

export function resource(root: XmlElement, id: string): XmlElement {
  const found = resources(root).find((r) => r.attrs.id === id);
  if (!found) throw new Error(`нет ресурса «${id}»`);
  return found;
}
