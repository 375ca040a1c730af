import { SaxesParser } from 'saxes';

/**
 * XML for the tests' own checks (manifest.xml, parts of the workbooks we write), read by saxes, the same
 * maintained parser the adapter uses: anything not well-formed, a DTD included, throws with its line and
 * column. Names stay as written (`bt:Url`, `r:id`); each element keeps where it is in the text.
 */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  readonly text: string;
  /** Index of its `<` and just after it ends. */
  readonly start: number;
  readonly end: number;
}

interface OpenElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  start: number;
  end: number;
}

export function parseXml(source: string): XmlElement {
  const parser = new SaxesParser({ position: true });
  const open: OpenElement[] = [];
  let root: OpenElement | undefined;
  parser.on('doctype', () => {
    throw new Error('XML: a DTD is not allowed');
  });
  parser.on('opentag', (tag) => {
    const element: OpenElement = {
      name: tag.name,
      attributes: { ...(tag.attributes as Record<string, string>) },
      children: [],
      text: '',
      start: source.lastIndexOf('<', parser.position - 1),
      end: parser.position,
    };
    if (open.length > 0) open[open.length - 1].children.push(element);
    else root = element;
    open.push(element);
  });
  parser.on('closetag', () => {
    (open.pop() as OpenElement).end = parser.position;
  });
  const addText = (text: string) => {
    if (open.length > 0) open[open.length - 1].text += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('error', (error) => {
    throw new Error(`XML: ${error.message}`);
  });
  parser.write(source).close();
  if (!root) throw new Error('XML: no root element');
  return root;
}

/** Every element below `element` (depth first, document order) with the given name. */
export function descendants(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((child) => [...(child.name === name ? [child] : []), ...descendants(child, name)]);
}

/** Every element in the tree, `element` included. */
export function allElements(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(allElements)];
}

/** The one child with that name; throws when there is none or more than one. */
export function only(element: XmlElement, name: string): XmlElement {
  const found = element.children.filter((child) => child.name === name);
  if (found.length !== 1) throw new Error(`<${element.name}> has ${found.length} <${name}> children, expected 1`);
  return found[0];
}
