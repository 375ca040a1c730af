/**
 * A minimal XML reader for checking manifest.xml offline: elements, attributes, text, comments, CDATA,
 * the XML declaration and the five predefined entities plus character references. Namespace prefixes stay
 * part of the name (`bt:Url`). Anything malformed throws, naming the offset.
 */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  readonly text: string;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function parseXml(source: string): XmlElement {
  const reader = new Reader(source);
  reader.skipMisc();
  const root = reader.element();
  reader.skipMisc();
  if (!reader.atEnd()) reader.fail('content after the root element');
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

class Reader {
  private pos = 0;
  constructor(private readonly source: string) {}

  atEnd(): boolean {
    return this.pos >= this.source.length;
  }

  fail(what: string): never {
    throw new Error(`XML: ${what} at offset ${this.pos}`);
  }

  /** Whitespace, comments and processing instructions (the XML declaration) outside the root. */
  skipMisc(): void {
    for (;;) {
      this.skipSpace();
      if (this.source.startsWith('<!--', this.pos)) this.skipPast('-->');
      else if (this.source.startsWith('<?', this.pos)) this.skipPast('?>');
      else return;
    }
  }

  element(): XmlElement {
    this.expect('<');
    const name = this.name();
    const attributes: Record<string, string> = {};
    for (;;) {
      this.skipSpace();
      if (this.source.startsWith('/>', this.pos)) {
        this.pos += 2;
        return { name, attributes, children: [], text: '' };
      }
      if (this.source[this.pos] === '>') break;
      const attribute = this.name();
      if (attribute in attributes) this.fail(`duplicate attribute ${attribute}`);
      this.skipSpace();
      this.expect('=');
      this.skipSpace();
      attributes[attribute] = this.quoted();
    }
    this.pos++;
    const children: XmlElement[] = [];
    let text = '';
    for (;;) {
      if (this.atEnd()) this.fail(`<${name}> is not closed`);
      if (this.source.startsWith('</', this.pos)) {
        this.pos += 2;
        if (this.name() !== name) this.fail(`closing tag does not match <${name}>`);
        this.skipSpace();
        this.expect('>');
        return { name, attributes, children, text };
      }
      if (this.source.startsWith('<!--', this.pos)) this.skipPast('-->');
      else if (this.source.startsWith('<![CDATA[', this.pos)) text += this.cdata();
      else if (this.source[this.pos] === '<') children.push(this.element());
      else text += this.characters();
    }
  }

  private name(): string {
    const start = this.pos;
    while (!this.atEnd() && !' \t\r\n/>=<"\''.includes(this.source[this.pos])) this.pos++;
    if (this.pos === start) this.fail('expected a name');
    return this.source.slice(start, this.pos);
  }

  private quoted(): string {
    const quote = this.source[this.pos];
    if (quote !== '"' && quote !== "'") this.fail('expected a quoted attribute value');
    const end = this.source.indexOf(quote, this.pos + 1);
    if (end < 0) this.fail('unterminated attribute value');
    const raw = this.source.slice(this.pos + 1, end);
    if (raw.includes('<')) this.fail("'<' in an attribute value");
    this.pos = end + 1;
    return this.decode(raw);
  }

  private characters(): string {
    const end = this.source.indexOf('<', this.pos);
    const raw = this.source.slice(this.pos, end < 0 ? this.source.length : end);
    this.pos += raw.length;
    return this.decode(raw);
  }

  private cdata(): string {
    const start = this.pos + '<![CDATA['.length;
    this.skipPast(']]>');
    return this.source.slice(start, this.pos - 3);
  }

  private decode(raw: string): string {
    let out = '';
    let at = 0;
    for (let amp = raw.indexOf('&'); amp >= 0; amp = raw.indexOf('&', at)) {
      const semicolon = raw.indexOf(';', amp);
      if (semicolon < 0) this.fail("'&' without ';'");
      const entity = raw.slice(amp + 1, semicolon);
      out += raw.slice(at, amp) + this.entity(entity);
      at = semicolon + 1;
    }
    return out + raw.slice(at);
  }

  private entity(entity: string): string {
    if (entity in ENTITIES) return ENTITIES[entity];
    const code = entity.startsWith('#x') ? parseInt(entity.slice(2), 16) : entity.startsWith('#') ? parseInt(entity.slice(1), 10) : NaN;
    if (!Number.isInteger(code)) this.fail(`unknown entity &${entity};`);
    return String.fromCodePoint(code);
  }

  private skipSpace(): void {
    while (!this.atEnd() && ' \t\r\n'.includes(this.source[this.pos])) this.pos++;
  }

  private skipPast(terminator: string): void {
    const end = this.source.indexOf(terminator, this.pos);
    if (end < 0) this.fail(`missing ${terminator}`);
    this.pos = end + terminator.length;
  }

  private expect(char: string): void {
    if (this.source[this.pos] !== char) this.fail(`expected '${char}'`);
    this.pos++;
  }
}
