import { CellValue } from '../../engine/cells';
import { DateSystem } from '../../engine/weeks';
import {
  GridBuilder,
  Grid,
  numberFromText,
  otherValue,
  POWERS_OF_TEN,
  scanSheet,
  TYPE_BOOLEAN,
  TYPE_DATE,
  TYPE_ERROR,
  TYPE_INLINE,
  TYPE_NUMBER,
  TYPE_SHARED,
  TYPE_STRING,
} from './sheetScanner';
import { decodeCellText } from './xmlText';

/**
 * The fast path of the worksheet reader: the worksheet part's UTF-8 bytes scanned as they are, without
 * first decoding tens of megabytes into a string (reading a byte is also about twice as fast as reading a
 * char code). It reads the shapes Excel and this adapter write:
 *
 *   <row r="2" spans="1:3"><c r="A2" s="1" t="s"><v>3</v></c><c r="B2"><f>A2*2</f><v>6</v></c>
 *   <c r="C2" t="inlineStr"><is><t>text</t></is></c><c r="D2" s="2"/></row>
 *
 * Anything else (namespace prefixes, comments, rich text, extensions in a cell, malformed XML) makes it give
 * up, and the sheet is decoded and read by the general scanner (sheetScanner.ts), which also words the errors.
 */
export function readSheetPart(bytes: Uint8Array, sharedStrings: readonly string[], dateSystem: DateSystem): Grid {
  return scanSheetBytes(bytes, sharedStrings, dateSystem) ?? scanSheet(new TextDecoder('utf-8').decode(bytes), sharedStrings, dateSystem);
}

/** For pieces of a part: a text that starts with U+FEFF keeps it (only a whole part starts with a byte order mark). */
const utf8Decoder = new TextDecoder('utf-8', { ignoreBOM: true });

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const QUOTE = 34;
const AMPERSAND = 38;
const APOSTROPHE = 39;
const MINUS = 45;
const DOT = 46;
const SLASH = 47;
const ZERO = 48;
const NINE = 57;
const EQUALS = 61;
const LT = 60;
const GT = 62;
const UNDERSCORE = 95;
const C = 99;
const V = 118;

/** What a step returns instead of a position when the part holds something the fast path does not read. */
const GIVE_UP = -1;

/** The grid, or undefined when the part holds something only the general scanner reads. */
export function scanSheetBytes(bytes: Uint8Array, sharedStrings: readonly string[], dateSystem: DateSystem): Grid | undefined {
  const grid = new GridBuilder();
  const start = sheetDataContent(bytes);
  if (start === GIVE_UP) return undefined;
  if (start === bytes.length) return grid.finish();
  const scanner = new ByteScanner(bytes, sharedStrings, dateSystem);
  const length = bytes.length;
  let p = start;
  let rowIndex = -1;
  let col = -1;
  for (;;) {
    while (p < length && bytes[p] !== LT) p++;
    if (p >= length) return undefined;
    const next = bytes[p + 1];
    if (next === C && isNameEnd(bytes[p + 2])) {
      p = scanner.readCellTag(p + 2);
      if (p === GIVE_UP) return undefined;
      col = scanner.col >= 0 ? scanner.col : col + 1;
      if (scanner.row >= 0) rowIndex = scanner.row;
      else if (rowIndex < 0) rowIndex = 0;
      if (scanner.empty) continue;
      p = scanner.readCellContent(p);
      if (p === GIVE_UP) return undefined;
      if (scanner.value !== null) grid.put(rowIndex, col, scanner.value);
    } else if (next === 114 /* r */ && bytes[p + 2] === 111 /* o */ && bytes[p + 3] === 119 /* w */ && isNameEnd(bytes[p + 4])) {
      p = scanner.readRowTag(p + 4);
      if (p === GIVE_UP) return undefined;
      rowIndex = scanner.rowNumber > 0 ? scanner.rowNumber - 1 : rowIndex + 1;
      col = -1;
    } else if (next === SLASH && startsWith(bytes, p + 2, ROW_END)) {
      p += 2 + ROW_END.length;
    } else if (next === SLASH && startsWith(bytes, p + 2, SHEET_DATA_END)) {
      return grid.finish();
    } else {
      return undefined;
    }
  }
}

const ascii = (text: string): Uint8Array => Uint8Array.from(text, (ch) => ch.charCodeAt(0));
const SHEET_DATA = ascii('<sheetData');
const SHEET_DATA_END = ascii('sheetData>');
const ROW_END = ascii('row>');
const CELL_END = ascii('</c>');
const V_END = ascii('</v>');
const F_END = ascii('</f>');
const INLINE_TEXT = ascii('<is><t>');
const INLINE_PRESERVED_TEXT = ascii('<is><t xml:space="preserve">');
const INLINE_TEXT_END = ascii('</t></is>');
const STR = ascii('str');
const INLINE_STR = ascii('inlineStr');

/**
 * Where the content of the unprefixed `<sheetData>` starts; the part's length for `<sheetData/>`, GIVE_UP when
 * there is none (a prefixed part, or no cells at all: the general scanner tells which).
 */
function sheetDataContent(bytes: Uint8Array): number {
  for (let at = bytes.indexOf(LT); at >= 0; at = bytes.indexOf(LT, at + 1)) {
    if (!startsWith(bytes, at, SHEET_DATA) || !isNameEnd(bytes[at + SHEET_DATA.length])) continue;
    const end = endOfTag(bytes, at + SHEET_DATA.length);
    if (end === GIVE_UP) return GIVE_UP;
    return bytes[end - 2] === SLASH ? bytes.length : end;
  }
  return GIVE_UP;
}

/** The cell being read and what is needed to read it; one per sheet, so the hot loop does not allocate. */
class ByteScanner {
  /** From the last `<c>` tag: its `t`, 0-based column and row from `r` (-1 when none), and whether it is `<c/>`. */
  type = TYPE_NUMBER;
  col = -1;
  row = -1;
  empty = false;
  /** The value read by readCellContent. */
  value: CellValue = null;
  /** From the last `<row>` tag: its 1-based `r`, or 0 (or -1) when it has none (or one that is not a number). */
  rowNumber = 0;
  private readonly texts: string[] = Array.from({ length: TEXT_CACHE_SLOTS }, () => '');

  constructor(
    private readonly bytes: Uint8Array,
    private readonly sharedStrings: readonly string[],
    private readonly dateSystem: DateSystem,
  ) {}

  /** Attributes of a `<c>` start tag from just after its name; returns the index after the tag. */
  readCellTag(from: number): number {
    const bytes = this.bytes;
    this.type = TYPE_NUMBER;
    this.col = -1;
    this.row = -1;
    let p = from;
    for (;;) {
      let ch = bytes[p];
      while (ch === SPACE || ch === TAB || ch === LF || ch === CR) ch = bytes[++p];
      if (ch === GT) {
        this.empty = false;
        return p + 1;
      }
      if (ch === SLASH) {
        if (bytes[p + 1] !== GT) return GIVE_UP;
        this.empty = true;
        return p + 2;
      }
      const name = p;
      while (ch !== EQUALS && ch > SPACE) ch = bytes[++p];
      const oneLetter = p - name === 1 ? bytes[name] : 0;
      const valueStart = quotedValueStart(bytes, p);
      if (valueStart === GIVE_UP) return GIVE_UP;
      const valueEnd = oneLetter === 114 /* r */ ? this.readReference(valueStart) : closingQuote(bytes, valueStart);
      if (valueEnd === GIVE_UP) return GIVE_UP;
      if (oneLetter === 116 /* t */) this.type = cellType(bytes, valueStart, valueEnd);
      p = valueEnd + 1;
    }
  }

  /** Attributes of a `<row>` start tag from just after its name, into `rowNumber`; returns the index after the tag. */
  readRowTag(from: number): number {
    const bytes = this.bytes;
    this.rowNumber = 0;
    let p = from;
    for (;;) {
      let ch = bytes[p];
      while (ch === SPACE || ch === TAB || ch === LF || ch === CR) ch = bytes[++p];
      if (ch === GT) return p + 1;
      if (ch === SLASH) return bytes[p + 1] === GT ? p + 2 : GIVE_UP;
      const name = p;
      while (ch !== EQUALS && ch > SPACE) ch = bytes[++p];
      const valueStart = quotedValueStart(bytes, p);
      if (valueStart === GIVE_UP) return GIVE_UP;
      const valueEnd = closingQuote(bytes, valueStart);
      if (valueEnd === GIVE_UP) return GIVE_UP;
      if (p - name === 1 && bytes[name] === 114 /* r */) this.rowNumber = digitsValue(bytes, valueStart, valueEnd);
      p = valueEnd + 1;
    }
  }

  /**
   * `B3` (or `$B$3`) into 0-based column and row, as the general scanner reads it, from the start of the
   * attribute value; returns the index of its closing quote.
   */
  private readReference(start: number): number {
    const bytes = this.bytes;
    const quote = bytes[start - 1];
    let i = start;
    let col = 0;
    for (; i < bytes.length; i++) {
      const code = bytes[i];
      if (code >= 65 && code <= 90) col = col * 26 + code - 64;
      else if (code >= 97 && code <= 122) col = col * 26 + code - 96;
      else if (code !== 36 /* $ */) break;
    }
    let row = 0;
    for (; i < bytes.length; i++) {
      const code = bytes[i];
      if (code === quote) break;
      if (code >= ZERO && code <= NINE) row = row * 10 + code - ZERO;
    }
    if (i >= bytes.length) return GIVE_UP;
    if (col > 0) this.col = col - 1;
    if (row > 0) this.row = row - 1;
    return i;
  }

  /** A cell's children from just after its start tag: `<f>` skipped, `<v>` or a plain `<is>` read into `value`. */
  readCellContent(from: number): number {
    const bytes = this.bytes;
    const length = bytes.length;
    let value: CellValue = null;
    let p = from;
    for (;;) {
      while (p < length && bytes[p] !== LT) p++;
      const next = bytes[p + 1];
      if (next === V && bytes[p + 2] === GT) {
        const start = p + 3;
        let end = start;
        while (end < length && bytes[end] !== LT) end++;
        if (!startsWith(bytes, end, V_END)) return GIVE_UP;
        const read = this.valueOf(start, end);
        if (read === undefined) return GIVE_UP;
        value = read;
        p = end + V_END.length;
      } else if (next === SLASH) {
        if (!startsWith(bytes, p, CELL_END)) return GIVE_UP;
        this.value = value;
        return p + CELL_END.length;
      } else if (next === 102 /* f */ && isNameEnd(bytes[p + 2])) {
        const tagEnd = endOfTag(bytes, p + 2);
        if (tagEnd === GIVE_UP) return GIVE_UP;
        if (bytes[tagEnd - 2] === SLASH) {
          p = tagEnd;
        } else {
          let end = tagEnd;
          while (end < length && bytes[end] !== LT) end++;
          if (!startsWith(bytes, end, F_END)) return GIVE_UP;
          p = end + F_END.length;
        }
      } else {
        const textStart = startsWith(bytes, p, INLINE_TEXT)
          ? p + INLINE_TEXT.length
          : startsWith(bytes, p, INLINE_PRESERVED_TEXT)
            ? p + INLINE_PRESERVED_TEXT.length
            : GIVE_UP;
        if (textStart === GIVE_UP) return GIVE_UP;
        let end = textStart;
        while (end < length && bytes[end] !== LT) end++;
        if (!startsWith(bytes, end, INLINE_TEXT_END)) return GIVE_UP;
        value = this.text(textStart, end);
        p = end + INLINE_TEXT_END.length;
      }
    }
  }

  /** The value of `<v>` text for the cell's type; undefined to give up (a shared string that is not there). */
  private valueOf(start: number, end: number): CellValue | undefined {
    switch (this.type) {
      case TYPE_NUMBER:
        return this.number(start, end);
      case TYPE_SHARED: {
        const index = digitsValue(this.bytes, start, end);
        return index < 0 ? undefined : this.sharedStrings[index];
      }
      case TYPE_STRING:
      case TYPE_INLINE:
        return this.text(start, end);
      default:
        return otherValue(this.type, this.decode(start, end), this.dateSystem);
    }
  }

  /** As the general scanner's parseNumber: plain decimals of up to 15 digits exactly, others through Number. */
  private number(start: number, end: number): CellValue {
    if (start === end) return null;
    const bytes = this.bytes;
    let i = start;
    const negative = bytes[i] === MINUS;
    if (negative) i++;
    let digits = 0;
    let n = 0;
    let point = -1;
    for (; i < end && digits <= 15; i++) {
      const code = bytes[i];
      if (code >= ZERO && code <= NINE) {
        n = n * 10 + code - ZERO;
        digits++;
      } else if (code === DOT && point < 0) {
        point = i;
      } else {
        break;
      }
    }
    if (i === end && digits > 0 && digits <= 15) {
      const value = point < 0 ? n : n / POWERS_OF_TEN[end - point - 1];
      return negative ? -value : value;
    }
    return numberFromText(this.decode(start, end));
  }

  /**
   * Cell text. Short ASCII texts that need no decoding (statuses, codes) are kept in a small table by hash, so
   * a million cells holding "S" or "Delvis" share a handful of strings instead of each holding a copy.
   */
  private text(start: number, end: number): string {
    const bytes = this.bytes;
    const length = end - start;
    let hash = length;
    let plain = length <= CACHED_TEXT_LENGTH;
    for (let i = start; i < end && plain; i++) {
      const code = bytes[i];
      if (code >= 0x80 || code === AMPERSAND || code === UNDERSCORE || code === CR) plain = false;
      hash = (Math.imul(hash, 31) + code) | 0;
    }
    if (!plain) return decodeCellText(this.decode(start, end));
    const slot = hash & (TEXT_CACHE_SLOTS - 1);
    const cached = this.texts[slot];
    if (cached.length === length && sameText(cached, bytes, start)) return cached;
    const text = this.decode(start, end);
    this.texts[slot] = text;
    return text;
  }

  private decode(start: number, end: number): string {
    return utf8Decoder.decode(this.bytes.subarray(start, end));
  }
}

const TEXT_CACHE_SLOTS = 1024;
const CACHED_TEXT_LENGTH = 16;

function sameText(text: string, bytes: Uint8Array, start: number): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== bytes[start + i]) return false;
  return true;
}

function isNameEnd(code: number): boolean {
  return code <= SPACE || code === GT || code === SLASH;
}

function startsWith(bytes: Uint8Array, at: number, expected: Uint8Array): boolean {
  if (at + expected.length > bytes.length) return false;
  for (let i = 0; i < expected.length; i++) if (bytes[at + i] !== expected[i]) return false;
  return true;
}

/** From the end of an attribute name: past `=` and spaces to just after the opening quote. */
function quotedValueStart(bytes: Uint8Array, from: number): number {
  let p = from;
  let ch = bytes[p];
  while (ch === SPACE || ch === TAB || ch === LF || ch === CR) ch = bytes[++p];
  if (ch !== EQUALS) return GIVE_UP;
  ch = bytes[++p];
  while (ch === SPACE || ch === TAB || ch === LF || ch === CR) ch = bytes[++p];
  return ch === QUOTE || ch === APOSTROPHE ? p + 1 : GIVE_UP;
}

/** The quote that closes an attribute value starting at `start` (a loop: values are short, a builtin call costs more). */
function closingQuote(bytes: Uint8Array, start: number): number {
  const quote = bytes[start - 1];
  for (let p = start; p < bytes.length; p++) if (bytes[p] === quote) return p;
  return GIVE_UP;
}

/** Index just after the `>` that ends the tag whose name ends at `from`; quoted values may hold `>`. */
function endOfTag(bytes: Uint8Array, from: number): number {
  for (let p = from; p < bytes.length; p++) {
    const ch = bytes[p];
    if (ch === GT) return p + 1;
    if (ch === QUOTE || ch === APOSTROPHE) {
      p = bytes.indexOf(ch, p + 1);
      if (p < 0) return GIVE_UP;
    }
  }
  return GIVE_UP;
}

/** A non-negative integer written in plain digits; -1 for anything else. */
function digitsValue(bytes: Uint8Array, start: number, end: number): number {
  if (start === end || end - start > 15) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const code = bytes[i];
    if (code < ZERO || code > NINE) return -1;
    n = n * 10 + code - ZERO;
  }
  return n;
}

/** The `t` attribute, compared in place: s, str, inlineStr, b, e, d; anything else (n) is a number. */
function cellType(bytes: Uint8Array, start: number, end: number): number {
  const length = end - start;
  if (length === 1) {
    const first = bytes[start];
    if (first === 115 /* s */) return TYPE_SHARED;
    if (first === 98 /* b */) return TYPE_BOOLEAN;
    if (first === 101 /* e */) return TYPE_ERROR;
    if (first === 100 /* d */) return TYPE_DATE;
    return TYPE_NUMBER;
  }
  if (length === STR.length && startsWith(bytes, start, STR)) return TYPE_STRING;
  if (length === INLINE_STR.length && startsWith(bytes, start, INLINE_STR)) return TYPE_INLINE;
  return TYPE_NUMBER;
}
