/**
 * XML text as the package parts hold it: entity decoding and escaping, SpreadsheetML's `_xHHHH_` escapes for
 * characters XML cannot carry, and a small element finder for the parts that are short (workbook, rels,
 * content types, styles, tables). Worksheets and shared strings have their own scanner (sheetScanner.ts).
 */

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Replaces entity and character references, and normalises line ends as an XML parser does. */
export function decodeXml(raw: string): string {
  let text = raw;
  if (text.indexOf('\r') >= 0) text = text.replace(/\r\n?/g, '\n');
  if (text.indexOf('&') < 0) return text;
  return text.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z]+);/g, (whole, ref: string) => {
    if (ref.charCodeAt(0) !== 35) return NAMED_ENTITIES[ref] ?? whole;
    const code = ref.charCodeAt(1) === 120 ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Cell text: XML-decoded, then `_xHHHH_` escapes resolved (`_x005F_` protects a literal `_x`). */
export function decodeCellText(raw: string): string {
  const text = decodeXml(raw);
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Escapes text for element content or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return XML_SPECIAL.test(text) ? text.replace(XML_SPECIALS, escapeCharacter) : text;
}

export const XML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  // Parsers turn literal tabs and line breaks in attributes into spaces; references survive.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

const XML_SPECIAL = /[&<>"\t\n\r]/;
const XML_SPECIALS = /[&<>"\t\n\r]/g;

function escapeCharacter(ch: string): string {
  return XML_ESCAPES[ch];
}

/**
 * Cell text for an inline string or table column name: characters XML 1.0 cannot hold (controls, lone
 * surrogates, U+FFFE/FFFF) and carriage returns become `_xHHHH_`, and a literal `_xHHHH_` is protected as
 * `_x005F_xHHHH_`, as Excel writes them. Tabs and line feeds stay literal (content keeps them).
 */
export function encodeCellText(text: string): string {
  if (!CELL_TEXT_SPECIAL.test(text)) return text;
  const escaped = text.replace(
    /_(?=x[0-9A-Fa-f]{4}_)|[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
  return escaped.replace(/[&<>"]/g, escapeCharacter);
}

/** Every character encodeCellText may change, and `_` (which only might start `_xHHHH_`): text without any is kept as it is. */
const CELL_TEXT_SPECIAL = /[&<>"_\u0000-\u0008\u000B-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** encodeCellText for a double-quoted attribute, where literal tabs and line feeds would turn into spaces. */
export function encodeCellTextAttribute(text: string): string {
  return encodeCellText(text).replace(/[\t\n]/g, escapeCharacter);
}

export interface XmlElement {
  /** Index of the `<` that opens the element. */
  readonly start: number;
  /** Index just after the element (after `/>` or after its end tag). */
  readonly end: number;
  /** The qualified name as written, e.g. `sheet` or `x:sheet`. */
  readonly tag: string;
  /** Attributes by qualified name, values decoded. */
  readonly attrs: Readonly<Record<string, string>>;
  /** Index just after the start tag's `>`; equals `end` for an empty-element tag. */
  readonly contentStart: number;
  /** Raw content between the tags; undefined for an empty-element tag. */
  readonly content?: string;
}

/**
 * Elements with the given local name (any namespace prefix) between `from` and `to`, in document order.
 * For short parts only: the end tag found is the first one with the same name, so the named element must
 * not nest inside itself (true of every element this adapter looks up).
 */
export function findElements(xml: string, localName: string, from = 0, to = xml.length): XmlElement[] {
  const found: XmlElement[] = [];
  const pattern = new RegExp(`<((?:[A-Za-z_][\\w.-]*:)?${localName})(?=[\\s/>])`, 'g');
  pattern.lastIndex = from;
  for (let match = pattern.exec(xml); match && match.index < to; match = pattern.exec(xml)) {
    const tag = match[1];
    const { attrs, end: tagEnd, selfClosing } = readAttributes(xml, match.index + 1 + tag.length);
    if (selfClosing) {
      found.push({ start: match.index, end: tagEnd, tag, attrs, contentStart: tagEnd });
      pattern.lastIndex = tagEnd;
      continue;
    }
    const closing = new RegExp(`</${tag.replace(/\./g, '\\.')}\\s*>`, 'g');
    closing.lastIndex = tagEnd;
    const closeMatch = closing.exec(xml);
    if (!closeMatch) throw new Error(`Malformed XML: <${tag}> at offset ${match.index} is never closed`);
    const close = closeMatch.index;
    const end = close + closeMatch[0].length;
    found.push({ start: match.index, end, tag, attrs, contentStart: tagEnd, content: xml.slice(tagEnd, close) });
    pattern.lastIndex = end;
  }
  return found;
}

export function findElement(xml: string, localName: string, from = 0, to = xml.length): XmlElement | undefined {
  return findElements(xml, localName, from, to)[0];
}

/** Reads attributes from just after a tag name up to its `>`; quotes may hold `>`. */
export function readAttributes(xml: string, from: number): { attrs: Record<string, string>; end: number; selfClosing: boolean } {
  const attrs: Record<string, string> = {};
  const pattern = /\s*(?:([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')|(\/?>))/y;
  pattern.lastIndex = from;
  for (;;) {
    const match = pattern.exec(xml);
    if (!match) throw new Error(`Malformed XML tag at offset ${from}`);
    if (match[4] !== undefined) return { attrs, end: pattern.lastIndex, selfClosing: match[4] === '/>' };
    attrs[match[1]] = decodeXml(match[2] ?? match[3]);
  }
}

/** An attribute by local name, whatever its prefix (`r:id`, `id`). */
export function attrByLocalName(attrs: Readonly<Record<string, string>>, localName: string): string | undefined {
  for (const [name, value] of Object.entries(attrs)) {
    if (name === localName || name.endsWith(`:${localName}`)) return value;
  }
  return undefined;
}

/** The namespace prefix of a part's root element with its colon (`x:`), or '' for the default namespace. */
export function rootPrefix(xml: string): string {
  const match = /<(?![?!])([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*/.exec(xml);
  return match?.[1] ?? '';
}

/** xsd:boolean. */
export function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}
