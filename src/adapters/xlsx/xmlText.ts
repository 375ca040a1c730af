/**
 * XML text as the package parts hold it: entity decoding and escaping, and SpreadsheetML's `_xHHHH_` escapes
 * for characters XML cannot carry. Parts are parsed by xmlPart.ts (saxes) and worksheets by sheetScanner.ts.
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

/** Cell text: XML-decoded, then `_xHHHH_` escapes resolved. */
export function decodeCellText(raw: string): string {
  return resolveCellEscapes(decodeXml(raw));
}

/** SpreadsheetML's `_xHHHH_` escapes in text already XML-decoded (`_x005F_` protects a literal `_x`). */
export function resolveCellEscapes(text: string): string {
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
