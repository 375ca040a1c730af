/**
 * A small XML writer for the e-invoice: elements, attributes and text, nothing else. Every text and
 * attribute value is escaped; a character XML 1.0 cannot carry at all (most control characters) is never
 * written: callers check their texts with `isXmlText` first and refuse, so reaching one here is a bug.
 */
export interface XmlNode {
  readonly name: string;
  readonly attributes?: Readonly<Record<string, string>>;
  /** Text content, or child elements; an element has one or the other. */
  readonly content?: string | readonly (XmlNode | undefined)[];
}

/** An element; children that are undefined (an optional part left out) are skipped. */
export function el(name: string, content?: XmlNode['content'], attributes?: XmlNode['attributes']): XmlNode {
  return { name, content, attributes };
}

// Tab, line feed and carriage return are the only characters below U+0020 that XML 1.0 allows; U+FFFE, U+FFFF too are not.
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isXmlText(text: string): boolean {
  return !NOT_XML.test(text);
}

function escaped(text: string, quote: boolean): string {
  if (!isXmlText(text)) throw new Error(`A character XML cannot carry reached the XML writer: ${JSON.stringify(text)}`);
  const plain = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return quote
    ? plain.replace(/"/g, '&quot;').replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;')
    : plain.replace(/\r/g, '&#13;');
}

/** The document, UTF-8, indented by two spaces, with a final newline. */
export function xmlDocument(root: XmlNode): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${lines(root, '').join('\n')}\n`;
}

function lines(node: XmlNode, indent: string): string[] {
  const attributes = Object.entries(node.attributes ?? {})
    .map(([name, value]) => ` ${name}="${escaped(value, true)}"`)
    .join('');
  const open = `${indent}<${node.name}${attributes}`;
  const { content } = node;
  if (content === undefined || content === '' || (Array.isArray(content) && content.every((child) => child === undefined)))
    return [`${open}/>`];
  if (typeof content === 'string') return [`${open}>${escaped(content, false)}</${node.name}>`];
  const children = (content as readonly (XmlNode | undefined)[]).filter((child): child is XmlNode => child !== undefined);
  return [`${open}>`, ...children.flatMap((child) => lines(child, `${indent}  `)), `${indent}</${node.name}>`];
}
