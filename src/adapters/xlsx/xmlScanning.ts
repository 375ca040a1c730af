/**
 * Low-level steps of the forward XML scanners (sheetScanner.ts, sharedStrings.ts): positions in the text,
 * compared by char code, so scanning a large part creates no substrings for tag names.
 */

const LT = 60;
const GT = 62;
const SLASH = 47;
const QUOTE = 34;
const APOSTROPHE = 39;
const COLON = 58;

/** Index just after the `>` that ends the tag whose name ends at `from`; quoted values may hold `>`. */
export function endOfTag(xml: string, from: number): number {
  let p = from;
  for (;;) {
    const ch = xml.charCodeAt(p);
    if (ch === GT) return p + 1;
    if (ch === QUOTE || ch === APOSTROPHE) p = xml.indexOf(ch === QUOTE ? '"' : "'", p + 1);
    if (p < 0 || p >= xml.length) throw new Error(`Malformed XML: unterminated tag at offset ${from}`);
    p++;
  }
}

/** Skips an element with content, from just after its start tag, to after its matching end tag. */
export function endOfElement(xml: string, nameStart: number, nameEnd: number, contentStart: number): number {
  const name = xml.slice(nameStart, nameEnd);
  let depth = 1;
  let p = contentStart;
  const pattern = new RegExp(`<(/?)${name.replace(/[.]/g, '\\.')}(?=[\\s/>])`, 'g');
  for (;;) {
    pattern.lastIndex = p;
    const match = pattern.exec(xml);
    if (!match) throw new Error(`Malformed XML: <${name}> at offset ${nameStart} is never closed`);
    const tagEnd = endOfTag(xml, match.index + match[0].length);
    if (match[1]) depth--;
    else if (xml.charCodeAt(tagEnd - 2) !== SLASH) depth++;
    p = tagEnd;
    if (depth === 0) return p;
  }
}

export function skipMarkup(xml: string, lt: number): number {
  if (xml.startsWith('<!--', lt)) return xml.indexOf('-->', lt + 4) + 3;
  if (xml.startsWith('<![CDATA[', lt)) return xml.indexOf(']]>', lt + 9) + 3;
  return xml.indexOf('>', lt) + 1;
}

export function startOfContent(xml: string, localName: string): number {
  const match = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${localName}(?=[\\s/>])`).exec(xml);
  if (!match) return -1;
  const tagEnd = endOfTag(xml, match.index + match[0].length);
  return xml.charCodeAt(tagEnd - 2) === SLASH ? -1 : tagEnd;
}

export function endOfName(xml: string, from: number): number {
  let p = from;
  let ch = xml.charCodeAt(p);
  while (ch > 32 && ch !== GT && ch !== SLASH) ch = xml.charCodeAt(++p);
  return p;
}

export function localStart(xml: string, nameStart: number, nameEnd: number): number {
  for (let p = nameEnd - 1; p > nameStart; p--) if (xml.charCodeAt(p) === COLON) return p + 1;
  return nameStart;
}

export function isLocalName(xml: string, nameStart: number, nameEnd: number, localName: string): boolean {
  const local = localStart(xml, nameStart, nameEnd);
  return nameEnd - local === localName.length && xml.startsWith(localName, local);
}

/** `<x>` at `at`, for a one-letter unprefixed name x. */
export function isTag(xml: string, at: number, name: number): boolean {
  return xml.charCodeAt(at) === LT && xml.charCodeAt(at + 1) === name && xml.charCodeAt(at + 2) === GT;
}

/** `</x>` at `at`, for a one-letter unprefixed name x. */
export function isEndTag(xml: string, at: number, name: number): boolean {
  return xml.charCodeAt(at) === LT && xml.charCodeAt(at + 1) === SLASH && xml.charCodeAt(at + 2) === name && xml.charCodeAt(at + 3) === GT;
}

export function nextQuote(xml: string, from: number): number {
  let p = from;
  let ch = xml.charCodeAt(p);
  while (ch !== QUOTE && ch !== APOSTROPHE) {
    if (ch === LT || p >= xml.length) throw new Error(`Malformed XML attribute at offset ${from}`);
    ch = xml.charCodeAt(++p);
  }
  return p;
}

const AMPERSAND = 38;
const UNDERSCORE = 95;
const CARRIAGE_RETURN = 13;

/**
 * Whether text between `start` and `end` may read differently once decoded: it holds an entity or character
 * reference, a carriage return (line ends are normalised) or `_` (which may start an `_xHHHH_` escape).
 * Most cell text holds none, and is then taken as it stands.
 */
export function needsDecoding(xml: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = xml.charCodeAt(i);
    if (code === AMPERSAND || code === UNDERSCORE || code === CARRIAGE_RETURN) return true;
  }
  return false;
}
