/**
 * A small pull scanner over the XML of an .xlsx part: tag by tag, with the text right after a tag on demand.
 * Enough for SpreadsheetML (no DTD, no entities but XML's five and character references) and far lighter than a
 * DOM or a general parser: a 40 000-school sheet is millions of tags, and only a few attributes of each are read.
 * Namespace prefixes are dropped (`x:row` is `row`): SpreadsheetML has no two elements of one local name that differ
 * by namespace in the places read here. Malformed XML (an unterminated tag, a tag closed out of order, a part cut
 * short) throws, so a damaged part is refused instead of read half.
 */
export class XmlScanner {
  /** Local name of the current tag. */
  name = "";
  /** The current tag is `</name>`. */
  closing = false;
  /** The current tag is `<name/>`. */
  selfClosing = false;
  private pos = 0;
  private tagStart = 0;
  private tagEnd = 0;
  private readonly open: string[] = [];

  constructor(private readonly xml: string) {}

  /** Moves to the next tag; false at the end of the part. */
  next(): boolean {
    const xml = this.xml;
    for (;;) {
      const lt = xml.indexOf("<", this.pos);
      if (lt < 0) {
        if (this.open.length > 0) throw new Error(`XML ends inside <${this.open[this.open.length - 1]}>`);
        return false;
      }
      const first = xml.charCodeAt(lt + 1);
      if (first === 0x21 /* ! */ || first === 0x3f /* ? */) {
        this.pos = this.skipMarkup(lt);
        continue;
      }
      const gt = this.endOfTag(lt);
      this.closing = first === 0x2f; /* / */
      this.selfClosing = !this.closing && xml.charCodeAt(gt - 1) === 0x2f;
      const nameStart = this.closing ? lt + 2 : lt + 1;
      let nameEnd = nameStart;
      let colon = -1;
      for (;;) {
        const c = xml.charCodeAt(nameEnd);
        if (c === 0x3e || c === 0x2f || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) break;
        if (c === 0x3a /* : */) colon = nameEnd;
        nameEnd++;
      }
      this.name = xml.slice(colon < 0 ? nameStart : colon + 1, nameEnd);
      this.tagStart = nameEnd;
      this.tagEnd = this.selfClosing ? gt - 1 : gt;
      this.pos = gt + 1;
      if (this.closing) {
        const expected = this.open.pop();
        if (expected !== this.name) throw new Error(`</${this.name}> closes <${expected ?? ""}>`);
      } else if (!this.selfClosing) {
        this.open.push(this.name);
      }
      return true;
    }
  }

  /** The decoded value of the current tag's attribute of this local name (a prefix is ignored), or undefined. */
  attribute(localName: string): string | undefined {
    // Compared in place, without slicing each name: cells are read by the million, three attributes each.
    const xml = this.xml;
    const end = this.tagEnd;
    let i = this.tagStart;
    for (;;) {
      while (i < end && isSpace(xml.charCodeAt(i))) i++;
      const eq = xml.indexOf("=", i);
      if (i >= end || eq < 0 || eq >= end) return undefined;
      let nameEnd = eq;
      while (nameEnd > i && isSpace(xml.charCodeAt(nameEnd - 1))) nameEnd--;
      let localStart = i;
      for (let k = i; k < nameEnd; k++) if (xml.charCodeAt(k) === 0x3a /* : */) localStart = k + 1;
      let q = eq + 1;
      while (q < end && isSpace(xml.charCodeAt(q))) q++;
      const quote = xml.charCodeAt(q);
      const close = quote === 0x22 || quote === 0x27 ? xml.indexOf(quote === 0x22 ? '"' : "'", q + 1) : -1;
      if (close < 0 || close > end) throw new Error(`bad attribute in <${this.name}>`);
      if (nameEnd - localStart === localName.length && xml.startsWith(localName, localStart))
        return decodeXmlText(xml.slice(q + 1, close));
      i = close + 1;
    }
  }

  /**
   * The text after the current opening tag up to the next tag, entities decoded ("" after a self-closing tag).
   * CDATA sections and comments inside the text are taken as XML means them.
   */
  text(): string {
    if (this.selfClosing || this.closing) return "";
    const xml = this.xml;
    let out = "";
    for (;;) {
      const lt = xml.indexOf("<", this.pos);
      if (lt < 0) throw new Error(`XML ends inside <${this.name}>`);
      out += decodeXmlText(xml.slice(this.pos, lt));
      if (xml.startsWith("<![CDATA[", lt)) {
        const end = xml.indexOf("]]>", lt + 9);
        if (end < 0) throw new Error("unterminated CDATA");
        out += xml.slice(lt + 9, end);
        this.pos = end + 3;
      } else if (xml.startsWith("<!--", lt)) {
        this.pos = this.skipMarkup(lt);
      } else {
        this.pos = lt;
        return out;
      }
    }
  }

  /** Moves past the current element's content and its closing tag. */
  skipElement(): void {
    if (this.selfClosing || this.closing) return;
    const depth = this.open.length;
    while (this.open.length >= depth) if (!this.next()) return;
  }

  /** The end of a tag starting at `lt`: its `>`, quoted attribute values (which may hold `>`) stepped over. */
  private endOfTag(lt: number): number {
    const xml = this.xml;
    let i = lt + 1;
    for (;;) {
      const c = xml.charCodeAt(i);
      if (c === 0x3e) return i;
      if (c === 0x22 || c === 0x27) {
        i = xml.indexOf(c === 0x22 ? '"' : "'", i + 1);
        if (i < 0) break;
      } else if (c === 0x3c || Number.isNaN(c)) {
        break;
      }
      i++;
    }
    throw new Error("unterminated tag");
  }

  /** Past a comment, CDATA, declaration or processing instruction starting at `lt`. */
  private skipMarkup(lt: number): number {
    const xml = this.xml;
    const end = xml.startsWith("<!--", lt)
      ? xml.indexOf("-->", lt + 4) + 3
      : xml.startsWith("<![CDATA[", lt)
        ? xml.indexOf("]]>", lt + 9) + 3
        : xml.indexOf(">", lt) + 1;
    if (end <= lt + 2) throw new Error("unterminated markup");
    return end;
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML's five entities and character references decoded; an unknown `&name;` is left as written. */
export function decodeXmlText(raw: string): string {
  if (raw.indexOf("&") < 0) return raw;
  return raw.replace(ENTITY, (whole, hex: string | undefined, dec: string | undefined, named: string | undefined) => {
    if (named !== undefined) return NAMED[named];
    const code = hex !== undefined ? parseInt(hex, 16) : parseInt(dec!, 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
