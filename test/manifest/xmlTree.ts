/** manifest.xml as a plain element tree (xml2js, which office-addin-manifest brings, in strict mode). */
// xml2js ships without types: the one call used is typed here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseStringPromise } = require("xml2js") as {
  parseStringPromise(text: string, options: object): Promise<Record<string, RawNode>>;
};

export interface XmlElement {
  /** Qualified name as written: «OfficeApp», «bt:Url». */
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

interface RawNode {
  "#name": string;
  $?: Record<string, string>;
  $$?: RawNode[];
  _?: string;
}

function toElement(node: RawNode): XmlElement {
  return {
    name: node["#name"],
    attrs: node.$ ?? {},
    children: (node.$$ ?? []).map(toElement),
    text: (node._ ?? "").trim(),
  };
}

/** Throws on XML that is not well formed. */
export async function parseXml(text: string): Promise<XmlElement> {
  const parsed = await parseStringPromise(text, {
    strict: true,
    explicitChildren: true,
    preserveChildrenOrder: true,
    explicitRoot: true,
    charkey: "_",
  });
  const [rootName] = Object.keys(parsed);
  return toElement({ ...parsed[rootName], "#name": rootName });
}

/** Every element of the tree, depth first. */
export function allElements(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(allElements)];
}

/** Local name without the namespace prefix: «bt:Url» → «Url». */
export function localName(element: XmlElement): string {
  return element.name.replace(/^.*:/, "");
}

export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => localName(child) === name);
}

export function child(element: XmlElement, name: string): XmlElement {
  const found = childrenNamed(element, name);
  if (found.length !== 1) throw new Error(`<${element.name}>: ожидался один <${name}>, найдено ${found.length}`);
  return found[0];
}
