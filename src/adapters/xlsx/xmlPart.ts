import { SaxesParser, SaxesTagNS } from 'saxes';
import { XlsxError } from './xlsxError';

/**
 * The package's XML parts other than worksheets (workbook, relationships, content types, shared strings'
 * neighbours, styles, tables) as element trees, parsed by saxes: a part that is not well-formed, binds no
 * namespace for a prefix, or holds a DTD is refused with its name and line. Each element keeps where it is
 * in the text, so the writers can insert into a part without re-serialising what they do not change.
 */
export interface XmlNode {
  /** The qualified name as written (`x:sheet`). */
  readonly name: string;
  readonly prefix: string;
  readonly local: string;
  readonly uri: string;
  /** Values by qualified name, as written (`r:id`); namespace declarations left out. */
  readonly attributes: Readonly<Record<string, string>>;
  /** Namespaces this element declares, by prefix ('' for the default namespace). */
  readonly declared: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
  /** Character data directly inside, references decoded. */
  readonly text: string;
  /** Index of its `<`, just after its start tag, of its end tag's `<` (= contentStart when empty), and after it. */
  readonly start: number;
  readonly contentStart: number;
  readonly contentEnd: number;
  readonly end: number;
  readonly selfClosing: boolean;
}

interface MutableNode extends XmlNode {
  children: XmlNode[];
  text: string;
  contentEnd: number;
  end: number;
}

/** The root element of an XML part; refuses anything not well-formed, with the part named. */
export function parseXmlPart(xml: string, part: string): XmlNode {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const open: MutableNode[] = [];
  let root: MutableNode | undefined;
  parser.on('doctype', () => {
    throw new XlsxError('xml.dtd', { part });
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const contentStart = parser.position;
    const start = xml.lastIndexOf('<', contentStart - 1);
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.prefix === 'xmlns' || attribute.name === 'xmlns') continue;
      attributes[attribute.name] = attribute.value;
    }
    const node: MutableNode = {
      name: tag.name,
      prefix: tag.prefix,
      local: tag.local,
      uri: tag.uri,
      attributes,
      declared: { ...tag.ns },
      children: [],
      text: '',
      start,
      contentStart,
      contentEnd: contentStart,
      end: contentStart,
      selfClosing: tag.isSelfClosing,
    };
    const parent = open[open.length - 1];
    if (parent) parent.children.push(node);
    else root = node;
    open.push(node);
  });
  // On a mismatched end tag saxes first closes the element it expected, then reports the error.
  let lastClosed = '';
  parser.on('closetag', () => {
    const node = open.pop() as MutableNode;
    lastClosed = node.name;
    node.end = parser.position;
    node.contentEnd = node.selfClosing ? node.contentStart : xml.lastIndexOf('<', node.end - 1);
  });
  parser.on('text', (text) => {
    const parent = open[open.length - 1];
    if (parent) parent.text += text;
  });
  parser.on('cdata', (text) => {
    const parent = open[open.length - 1];
    if (parent) parent.text += text;
  });
  parser.on('error', (error) => {
    throw partError(error, part, xml, lastClosed);
  });
  parser.write(xml).close();
  if (!root) throw new XlsxError('xml.malformed', { part, line: 1, column: 1 });
  return root;
}

/**
 * Streams an XML part through saxes for a reader that keeps only what it needs (the shared strings, which
 * can number millions): the same checks as parseXmlPart, without building a tree.
 */
export function streamXmlPart(xml: string, part: string, parser: SaxesParser<{ xmlns: true }>): void {
  parser.on('doctype', () => {
    throw new XlsxError('xml.dtd', { part });
  });
  parser.on('error', (error) => {
    throw partError(error, part, xml);
  });
  parser.write(xml).close();
}

/** saxes words its errors as `line:column: what`; the kinds a person can act on get their own message. */
function partError(error: Error, part: string, xml: string, expected?: string): XlsxError {
  if (error instanceof XlsxError) return error;
  const match = /^(\d+):(\d+): (.*)$/s.exec(error.message);
  const line = match ? Number(match[1]) : 1;
  const column = match ? Number(match[2]) : 1;
  const what = match?.[3] ?? error.message;
  const before = xml.slice(0, offsetOf(xml, line, column));
  if (what.startsWith('undefined entity')) {
    const entity = /&([^\s&;<]*);?$/.exec(before)?.[1] ?? '';
    return new XlsxError('xml.undefinedEntity', { part, entity, line });
  }
  if (what.startsWith('unexpected close tag') && expected) {
    const found = /<\/([^\s>]*)\s*>?$/.exec(before)?.[1] ?? '';
    return new XlsxError('xml.mismatchedTag', { part, expected, found, line });
  }
  const unclosed = /^unclosed tag: (.*)$/.exec(what);
  if (unclosed) return new XlsxError('xml.mismatchedTag', { part, expected: unclosed[1], found: '(end of part)', line });
  return new XlsxError('xml.malformed', { part, line, column });
}

/** The index of a 1-based line and column in the text. */
function offsetOf(xml: string, line: number, column: number): number {
  let at = 0;
  for (let l = 1; l < line && at >= 0; l++) at = xml.indexOf('\n', at) + 1;
  return Math.min(xml.length, at + column);
}

/** The children of `node` with this local name, in document order. */
export function childrenNamed(node: XmlNode, local: string): XmlNode[] {
  return node.children.filter((child) => child.local === local);
}

/** The first child with this local name. */
export function childNamed(node: XmlNode, local: string): XmlNode | undefined {
  return node.children.find((child) => child.local === local);
}

/** An attribute by local name in no namespace, else in any namespace (`r:id` for `id`). */
export function attributeOf(node: XmlNode, local: string): string | undefined {
  if (local in node.attributes) return node.attributes[local];
  for (const [name, value] of Object.entries(node.attributes)) if (name.endsWith(`:${local}`)) return value;
  return undefined;
}

/** The element's prefix with its colon (`x:`), or '' in the default namespace: new children are written with it. */
export function prefixOf(node: XmlNode): string {
  return node.prefix ? `${node.prefix}:` : '';
}

/** `children` added at the end of `element`'s content; a self-closing `<x/>` is opened up to hold them. */
export function appendToElement(xml: string, element: XmlNode, children: string): string {
  if (!element.selfClosing) return xml.slice(0, element.contentEnd) + children + xml.slice(element.contentEnd);
  const startTag = xml.slice(element.start, element.end).replace(/\s*\/>$/, '>');
  return `${xml.slice(0, element.start)}${startTag}${children}</${element.name}>${xml.slice(element.end)}`;
}
