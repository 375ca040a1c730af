import { CellValue, columnLetters } from '../../engine/cells';
import { DateSystem, dayFromYmd, serialFromDay } from '../../engine/weeks';
import { XlsxError } from './xlsxError';
import { decodeCellText, decodeXml, resolveCellEscapes } from './xmlText';

/**
 * The worksheet reader: one forward pass over the part's UTF-8 bytes (never decoded whole into a string)
 * that builds only the grid of cached values. It checks as it goes what it reads: tags that close what they
 * opened, entity references, the absence of a DTD, Excel's grid limits and shared-string indexes; a part
 * that breaks any of these is refused with the place named. The shapes Excel writes
 *
 *   <row r="2" spans="1:3"><c r="A2" s="1" t="s"><v>3</v></c><c r="B2"><f>A2*2</f><v>6</v></c>
 *   <c r="C2" t="inlineStr"><is><t>text</t></is></c><c r="D2" s="2"/></row>
 *
 * are read by byte comparisons without allocating; anything else (prefixes, comments, rich text, extensions
 * in a cell) goes through the general steps, which read any well-formed XML.
 */

export type Grid = (CellValue[] | undefined)[];

/** The part and the sheet it holds, for messages. */
export interface SheetSource {
  readonly part: string;
  readonly sheet: string;
}

/** The cached values of a worksheet part, 0-based from A1; blank cells are left out. */
export function readSheetPart(bytes: Uint8Array, sharedStrings: readonly string[], dateSystem: DateSystem, source: SheetSource): Grid {
  return new SheetScanner(bytes, sharedStrings, dateSystem, source).scan();
}

/** Excel's grid: what the reader refuses past, and the writer never writes past. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const BANG = 33;
const QUOTE = 34;
const AMPERSAND = 38;
const APOSTROPHE = 39;
const MINUS = 45;
const DOT = 46;
const SLASH = 47;
const ZERO = 48;
const NINE = 57;
const COLON = 58;
const SEMICOLON = 59;
const LT = 60;
const EQUALS = 61;
const GT = 62;
const QUESTION = 63;
const UNDERSCORE = 95;

/** Cell types by their `t` attribute. */
const TYPE_NUMBER = 0;
const TYPE_SHARED = 1;
const TYPE_STRING = 2;
const TYPE_INLINE = 3;
const TYPE_BOOLEAN = 4;
const TYPE_ERROR = 5;
const TYPE_DATE = 6;

const ascii = (text: string): Uint8Array => Uint8Array.from(text, (ch) => ch.charCodeAt(0));
const COMMENT_START = ascii('<!--');
const COMMENT_END = ascii('-->');
const CDATA_START = ascii('<![CDATA[');
const CDATA_END = ascii(']]>');
const PI_END = ascii('?>');
const DOCTYPE = ascii('<!DOCTYPE');
const V_END = ascii('</v>');
const F_END = ascii('</f>');
const C_END = ascii('</c>');
const INLINE_TEXT = ascii('<is><t>');
const INLINE_PRESERVED_TEXT = ascii('<is><t xml:space="preserve">');
const INLINE_TEXT_END = ascii('</t></is>');
const STR = ascii('str');
const INLINE_STR = ascii('inlineStr');
const SHEET_DATA = ascii('sheetData');
const ROW = ascii('row');
const NAMED_ENTITIES = ['amp', 'lt', 'gt', 'quot', 'apos'].map(ascii);

/** For pieces of a part: a text that starts with U+FEFF keeps it (only a whole part starts with a byte order mark). */
const utf8Decoder = new TextDecoder('utf-8', { ignoreBOM: true });

// Globals are looked up once: per-cell global lookups are slow where code runs in a vm context (jest, 5x).
const toNumber = Number;
const isFiniteNumber = Number.isFinite;

const TEXT_CACHE_SLOTS = 1024;
const CACHED_TEXT_LENGTH = 16;

/** A tag name's bytes (a view of the part, or a constant for the usual unprefixed names); end tags must repeat it exactly. */
type Name = Uint8Array;

class SheetScanner {
  private p = 0;
  private readonly grid = new GridBuilder();
  /** 0-based position of the current row and of the last cell read in it. */
  private rowIndex = -1;
  private col = -1;
  /** From the last start tag read by startTag(): whether it was `<x/>`. */
  private empty = false;
  /** From the last `<c>` tag: its type, and its 0-based column and row (-1 when it has no `r`). */
  private type = TYPE_NUMBER;
  private cellCol = -1;
  private cellRow = -1;
  /** Short plain texts (statuses, codes) by hash, so a million "S" cells share one string. */
  private readonly texts: string[] = Array.from({ length: TEXT_CACHE_SLOTS }, () => '');

  constructor(
    private readonly bytes: Uint8Array,
    private readonly sharedStrings: readonly string[],
    private readonly dateSystem: DateSystem,
    private readonly source: SheetSource,
  ) {}

  scan(): Grid {
    this.prolog();
    const root = this.startTag();
    if (!this.empty) this.rootContent(root);
    this.epilog();
    return this.grid.finish();
  }

  /** Up to the root element: a byte order mark, the declaration, comments, processing instructions; no DTD. */
  private prolog(): void {
    const bytes = this.bytes;
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) this.p = 3;
    for (;;) {
      this.skipSpace();
      if (this.p >= bytes.length) this.malformed();
      if (bytes[this.p] !== LT) this.malformed();
      if (startsWith(bytes, this.p, DOCTYPE)) throw new XlsxError('xml.dtd', { part: this.source.part });
      if (!this.skipMarkup()) return;
    }
  }

  /** After the root element: only whitespace, comments and processing instructions. */
  private epilog(): void {
    const bytes = this.bytes;
    for (;;) {
      this.skipSpace();
      if (this.p >= bytes.length) return;
      if (bytes[this.p] !== LT || !this.skipMarkup()) this.malformed();
    }
  }

  /** The root's children; the one named sheetData holds the cells, the others are checked and passed over. */
  private rootContent(root: Name): void {
    for (;;) {
      const name = this.nextTag(root);
      if (name === undefined) return;
      if (this.isLocal(name, SHEET_DATA)) {
        if (!this.empty) this.sheetData(name);
      } else if (!this.empty) {
        this.skipContent(name);
      }
    }
  }

  private sheetData(sheetData: Name): void {
    const bytes = this.bytes;
    for (;;) {
      const p = this.p;
      // The usual next thing is an unprefixed <row, read without the general steps.
      if (bytes[p] === LT && bytes[p + 1] === 114 && bytes[p + 2] === 111 && bytes[p + 3] === 119 && isNameEnd(bytes[p + 4])) {
        this.p = p + 4;
        this.row(ROW);
        continue;
      }
      const name = this.nextTag(sheetData);
      if (name === undefined) return;
      if (this.isLocal(name, ROW)) {
        this.p = this.nameEnd;
        this.row(name);
      } else if (!this.empty) {
        this.skipContent(name);
      }
    }
  }

  /** A `<row>` from just after its name: its `r`, then its cells. */
  private row(row: Name): void {
    this.readRowTag();
    this.col = -1;
    if (this.empty) return;
    const bytes = this.bytes;
    for (;;) {
      const p = this.p;
      if (bytes[p] === LT && bytes[p + 1] === 99 /* c */ && isNameEnd(bytes[p + 2])) {
        this.p = p + 2;
        this.cell(C_NAME);
        continue;
      }
      if (
        row === ROW &&
        bytes[p] === LT &&
        bytes[p + 1] === SLASH &&
        bytes[p + 2] === 114 &&
        bytes[p + 3] === 111 &&
        bytes[p + 4] === 119 &&
        bytes[p + 5] === GT
      ) {
        this.p = p + 6;
        return;
      }
      const name = this.nextTag(row);
      if (name === undefined) return;
      if (this.isLocal(name, C_NAME)) {
        this.p = this.nameEnd;
        this.cell(name);
      } else if (!this.empty) {
        this.skipContent(name);
      }
    }
  }

  /** A `<c>` from just after its name: its place and type, then its value. */
  private cell(cell: Name): void {
    this.readCellTag();
    const col = this.cellCol >= 0 ? this.cellCol : this.col + 1;
    if (col >= MAX_COLUMNS) throw this.gridError('grid.column', col, this.cellRow >= 0 ? this.cellRow : this.rowIndex);
    this.col = col;
    if (this.cellRow >= 0) this.rowIndex = this.cellRow;
    else if (this.rowIndex < 0) this.rowIndex = 0;
    if (this.empty) return;
    const bytes = this.bytes;
    const length = bytes.length;
    let value: CellValue = null;
    for (;;) {
      const p = this.p;
      if (bytes[p] !== LT) {
        if (p >= length) throw this.unclosed(cell);
        this.text(false);
        continue;
      }
      const next = bytes[p + 1];
      if (next === 118 /* v */ && bytes[p + 2] === GT) {
        const start = p + 3;
        let end = start;
        while (end < length && bytes[end] !== LT && bytes[end] !== AMPERSAND) end++;
        if (startsWith(bytes, end, V_END)) {
          value = this.valueOf(start, end);
          this.p = end + V_END.length;
        } else {
          this.p = start;
          value = this.valueOfText(this.collectText(V_NAME));
        }
      } else if (next === 102 /* f */ && isNameEnd(bytes[p + 2])) {
        this.p = p + 2;
        const formula = F_NAME;
        this.skipAttributes();
        if (!this.empty) {
          let end = this.p;
          while (end < length && bytes[end] !== LT && bytes[end] !== AMPERSAND) end++;
          if (startsWith(bytes, end, F_END)) this.p = end + F_END.length;
          else this.skipContent(formula);
        }
      } else if (cell === C_NAME && next === SLASH && bytes[p + 2] === 99 && bytes[p + 3] === GT) {
        this.p = p + C_END.length;
        break;
      } else if (next === 105 /* i */ && (startsWith(bytes, p, INLINE_TEXT) || startsWith(bytes, p, INLINE_PRESERVED_TEXT))) {
        const start = p + (bytes[p + 6] === GT ? INLINE_TEXT.length : INLINE_PRESERVED_TEXT.length);
        let end = start;
        while (end < length && bytes[end] !== LT && bytes[end] !== AMPERSAND) end++;
        if (startsWith(bytes, end, INLINE_TEXT_END)) {
          value = this.cachedText(start, end);
          this.p = end + INLINE_TEXT_END.length;
        } else {
          this.p = p + 3;
          value = this.richText(IS_NAME);
        }
      } else {
        const name = this.nextTag(cell);
        if (name === undefined) break;
        if (this.isLocal(name, V_NAME)) value = this.empty ? this.valueOfText('') : this.valueOfText(this.collectText(name));
        else if (this.isLocal(name, IS_NAME)) value = this.empty ? '' : this.richText(name);
        else if (!this.empty) this.skipContent(name);
      }
    }
    if (value !== null) this.grid.put(this.rowIndex, this.col, value);
  }

  /** Attributes of a `<row>` start tag from just after its name: `r` sets the row, else it follows the last. */
  private readRowTag(): void {
    const bytes = this.bytes;
    let rowNumber = 0;
    let seen = false;
    for (;;) {
      const name = this.attributeName();
      if (name < 0) break;
      const valueStart = this.p;
      const valueEnd = this.attributeValueEnd();
      if (this.nameLength === 1 && bytes[name] === 114 /* r */) {
        if (seen) this.malformed();
        seen = true;
        rowNumber = digitsValue(bytes, valueStart, valueEnd);
        if (rowNumber < 1) {
          throw new XlsxError('grid.rowNumber', { ...this.source, row: utf8Decoder.decode(bytes.subarray(valueStart, valueEnd)) });
        }
      }
    }
    const rowIndex = seen ? rowNumber - 1 : this.rowIndex + 1;
    if (rowIndex >= MAX_ROWS) throw new XlsxError('grid.row', { sheet: this.source.sheet, row: seen ? rowNumber : rowIndex + 1 });
    this.rowIndex = rowIndex;
  }

  /** Attributes of a `<c>` start tag from just after its name: `r` and `t`. */
  private readCellTag(): void {
    const bytes = this.bytes;
    this.type = TYPE_NUMBER;
    this.cellCol = -1;
    this.cellRow = -1;
    let seen = 0;
    for (;;) {
      const name = this.attributeName();
      if (name < 0) return;
      const valueStart = this.p;
      const valueEnd = this.attributeValueEnd();
      if (this.nameLength !== 1) continue;
      const letter = bytes[name];
      if (letter === 114 /* r */) {
        if (seen & 1) this.malformed();
        seen |= 1;
        this.readReference(valueStart, valueEnd);
      } else if (letter === 116 /* t */) {
        if (seen & 2) this.malformed();
        seen |= 2;
        this.type = cellType(bytes, valueStart, valueEnd);
      }
    }
  }

  /** `B3` into 0-based column and row; refused past Excel's grid or when it is not a cell address. */
  private readReference(start: number, end: number): void {
    const bytes = this.bytes;
    let i = start;
    if (bytes[i] === 36 /* $ */) i++;
    let col = 0;
    const lettersStart = i;
    for (; i < end && i - lettersStart < 4; i++) {
      const code = bytes[i] | 0x20;
      if (code >= 97 && code <= 122) col = col * 26 + code - 96;
      else break;
    }
    if (bytes[i] === 36 /* $ */) i++;
    let row = 0;
    const digitsStart = i;
    for (; i < end && i - digitsStart < 8; i++) {
      const code = bytes[i];
      if (code >= ZERO && code <= NINE) row = row * 10 + code - ZERO;
      else break;
    }
    if (i !== end || col === 0 || row === 0 || digitsStart === i) {
      const cell = utf8Decoder.decode(bytes.subarray(start, end));
      const digits = /^\$?[A-Za-z]+\$?([0-9]+)$/.exec(cell)?.[1];
      if (digits !== undefined && Number(digits) > 0) {
        throw new XlsxError(/^\$?[A-Za-z]{4,}/.test(cell) ? 'grid.column' : 'grid.row', { sheet: this.source.sheet, cell, row: digits });
      }
      throw new XlsxError('grid.reference', { ...this.source, cell });
    }
    if (col > MAX_COLUMNS) throw this.gridError('grid.column', col - 1, row - 1);
    if (row > MAX_ROWS) throw new XlsxError('grid.row', { sheet: this.source.sheet, row });
    this.cellCol = col - 1;
    this.cellRow = row - 1;
  }

  private gridError(code: 'grid.column', col: number, row: number): XlsxError {
    const letters = col < MAX_COLUMNS * 26 ? columnLetters(col) : `column ${col + 1}`;
    return new XlsxError(code, { sheet: this.source.sheet, cell: `${letters}${row + 1}` });
  }

  /** The value of `<v>` text in the part for the cell's type. */
  private valueOf(start: number, end: number): CellValue {
    switch (this.type) {
      case TYPE_NUMBER:
        return this.number(start, end);
      case TYPE_SHARED: {
        if (start === end) return null;
        const text = this.sharedStrings[digitsValue(this.bytes, start, end)];
        return text === undefined ? this.badSharedString(utf8Decoder.decode(this.bytes.subarray(start, end))) : text;
      }
      case TYPE_STRING:
      case TYPE_INLINE:
        return this.cachedText(start, end);
      default:
        return otherValue(this.type, utf8Decoder.decode(this.bytes.subarray(start, end)), this.dateSystem);
    }
  }

  /** The value of `<v>` text already decoded (it held references, CDATA or comments). */
  private valueOfText(text: string): CellValue {
    switch (this.type) {
      case TYPE_SHARED: {
        const trimmed = text.trim();
        if (trimmed === '') return null;
        const shared = /^[0-9]{1,15}$/.test(trimmed) ? this.sharedStrings[Number(trimmed)] : undefined;
        return shared === undefined ? this.badSharedString(trimmed) : shared;
      }
      case TYPE_STRING:
      case TYPE_INLINE:
        return resolveCellEscapes(text);
      default:
        return otherValue(this.type, text, this.dateSystem);
    }
  }

  private badSharedString(index: string): never {
    throw new XlsxError('sheet.sharedString', {
      sheet: this.source.sheet,
      cell: `${columnLetters(this.col)}${this.rowIndex + 1}`,
      index,
      count: this.sharedStrings.length,
    });
  }

  /** Plain decimals of up to 15 digits exactly, as Number() reads them; others through Number. */
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
    return numberFromText(utf8Decoder.decode(bytes.subarray(start, end)));
  }

  /** Cell text with no references in it; short ASCII texts come from the cache. */
  private cachedText(start: number, end: number): string {
    const bytes = this.bytes;
    const length = end - start;
    let hash = length;
    let plain = length <= CACHED_TEXT_LENGTH;
    for (let i = start; i < end && plain; i++) {
      const code = bytes[i];
      if (code >= 0x80 || code === UNDERSCORE || code === CR) plain = false;
      hash = (Math.imul(hash, 31) + code) | 0;
    }
    if (!plain) return decodeCellText(utf8Decoder.decode(bytes.subarray(start, end)));
    const slot = hash & (TEXT_CACHE_SLOTS - 1);
    const cached = this.texts[slot];
    if (cached.length === length && sameText(cached, bytes, start)) return cached;
    const text = utf8Decoder.decode(bytes.subarray(start, end));
    this.texts[slot] = text;
    return text;
  }

  /** The text of an `<is>` (or an `<r>` in it): its `<t>` children and runs joined, phonetic runs left out. */
  private richText(container: Name): string {
    let text = '';
    for (;;) {
      const name = this.nextTag(container);
      if (name === undefined) return text;
      if (this.empty) continue;
      if (this.isLocal(name, T_NAME)) text += resolveCellEscapes(this.collectText(name));
      else if (this.isLocal(name, R_NAME)) text += this.richText(name);
      else this.skipContent(name);
    }
  }

  /** All character data of an element up to its end tag, references decoded; child elements are passed over. */
  private collectText(element: Name): string {
    const bytes = this.bytes;
    let text = '';
    for (;;) {
      const start = this.p;
      if (start >= bytes.length) throw this.unclosed(element);
      if (bytes[start] === LT) {
        if (startsWith(bytes, start, CDATA_START)) {
          const end = indexOf(bytes, CDATA_END, start + CDATA_START.length);
          if (end < 0) this.malformed();
          text += utf8Decoder.decode(bytes.subarray(start + CDATA_START.length, end)).replace(/\r\n?/g, '\n');
          this.p = end + CDATA_END.length;
          continue;
        }
        const name = this.nextTag(element);
        if (name === undefined) return text;
        if (!this.empty) this.skipContent(name);
        continue;
      }
      const hasReference = this.text(true);
      const raw = utf8Decoder.decode(bytes.subarray(start, this.p));
      text += hasReference || raw.indexOf('\r') >= 0 ? decodeXml(raw) : raw;
    }
  }

  /** Passes over an element's content up to its end tag, checking that every tag inside is closed in order. */
  private skipContent(element: Name): void {
    const open: Name[] = [element];
    while (open.length > 0) {
      const name = this.nextTag(open[open.length - 1]);
      if (name === undefined) open.pop();
      else if (!this.empty) open.push(name);
    }
  }

  /**
   * The next child element of `parent`: reads character data, comments, CDATA and processing instructions on
   * the way, and reads the child's start tag (its attributes checked, `empty` set). Undefined at the parent's
   * end tag, which must match it.
   */
  private nextTag(parent: Name): Name | undefined {
    const bytes = this.bytes;
    for (;;) {
      if (this.p >= bytes.length) throw this.unclosed(parent);
      if (bytes[this.p] !== LT) {
        this.text(false);
        continue;
      }
      const next = bytes[this.p + 1];
      if (next === SLASH) {
        this.endTag(parent);
        return undefined;
      }
      if (next === BANG || next === QUESTION) {
        if (startsWith(bytes, this.p, CDATA_START)) {
          const end = indexOf(bytes, CDATA_END, this.p + CDATA_START.length);
          if (end < 0) this.malformed();
          this.p = end + CDATA_END.length;
        } else if (!this.skipMarkup()) {
          this.malformed();
        }
        continue;
      }
      return this.startTag();
    }
  }

  /** Where the name read by startTag() ends: its attributes start there. */
  private nameEnd = 0;

  /** A start tag at `<`: its name, and its attributes checked; `p` after it. */
  private startTag(): Name {
    const start = this.p + 1;
    const end = nameEnd(this.bytes, start);
    if (end === start) this.malformed();
    this.p = end;
    this.nameEnd = end;
    this.skipAttributes();
    return this.bytes.subarray(start, end);
  }

  /** An end tag at `</`, which must close `open`. */
  private endTag(open: Name): void {
    const bytes = this.bytes;
    const start = this.p + 2;
    const end = nameEnd(bytes, start);
    let p = end;
    while (isSpace(bytes[p])) p++;
    if (bytes[p] !== GT) this.malformed(p);
    if (end - start !== open.length || !startsWith(bytes, start, open)) {
      throw new XlsxError('xml.mismatchedTag', {
        part: this.source.part,
        expected: utf8Decoder.decode(open),
        found: utf8Decoder.decode(bytes.subarray(start, end)),
        line: this.lineAt(start),
      });
    }
    this.p = p + 1;
  }

  /** Attributes up to the end of a start tag, each checked; sets `empty`. */
  private skipAttributes(): void {
    while (this.attributeName() >= 0) this.attributeValueEnd();
  }

  /** Length of the attribute name attributeName() read last. */
  private nameLength = 0;

  /**
   * The next attribute's name in a start tag (its start; `nameLength` its length), leaving `p` just after the
   * value's opening quote; -1 at the end of the tag, with `p` after it and `empty` set.
   */
  private attributeName(): number {
    const bytes = this.bytes;
    let p = this.p;
    const spaced = isSpace(bytes[p]);
    while (isSpace(bytes[p])) p++;
    const ch = bytes[p];
    if (ch === GT) {
      this.empty = false;
      this.p = p + 1;
      return -1;
    }
    if (ch === SLASH && bytes[p + 1] === GT) {
      this.empty = true;
      this.p = p + 2;
      return -1;
    }
    if (!spaced) this.malformed(p);
    const name = p;
    while (p < bytes.length && bytes[p] !== EQUALS && !isSpace(bytes[p]) && bytes[p] !== GT && bytes[p] !== SLASH && bytes[p] !== LT) p++;
    if (p === name || p >= bytes.length) this.malformed(p);
    this.nameLength = p - name;
    while (isSpace(bytes[p])) p++;
    if (bytes[p] !== EQUALS) this.malformed(p);
    p++;
    while (isSpace(bytes[p])) p++;
    if (bytes[p] !== QUOTE && bytes[p] !== APOSTROPHE) this.malformed(p);
    this.p = p + 1;
    return name;
  }

  /** From just after a value's opening quote: the index of its closing quote, `p` after it; no `<`, references checked. */
  private attributeValueEnd(): number {
    const bytes = this.bytes;
    const quote = bytes[this.p - 1];
    let p = this.p;
    for (;;) {
      const ch = bytes[p];
      if (ch === quote) break;
      if (ch === LT || p >= bytes.length) this.malformed(p);
      if (ch === AMPERSAND) p = this.reference(p);
      else p++;
    }
    this.p = p + 1;
    return p;
  }

  /**
   * Character data from `p` to the next `<`, with its references checked; returns whether it held any.
   * `keep` says the caller decodes it (otherwise only the check matters).
   */
  private text(keep: boolean): boolean {
    const bytes = this.bytes;
    const length = bytes.length;
    let p = this.p;
    let references = false;
    while (p < length) {
      const ch = bytes[p];
      if (ch === LT) break;
      if (ch === AMPERSAND) {
        p = this.reference(p);
        references = true;
      } else {
        p++;
      }
    }
    this.p = p;
    return keep && references;
  }

  /** An entity or character reference at `&`: one of XML's five, or a character; returns the index after `;`. */
  private reference(at: number): number {
    const bytes = this.bytes;
    let end = at + 1;
    while (end < bytes.length && end - at < 12 && bytes[end] !== SEMICOLON) end++;
    if (bytes[end] !== SEMICOLON) this.malformed(at);
    if (bytes[at + 1] === 35 /* # */) {
      const text = utf8Decoder.decode(bytes.subarray(at + 2, end));
      const code = /^x[0-9A-Fa-f]+$/.test(text) ? parseInt(text.slice(1), 16) : /^[0-9]+$/.test(text) ? parseInt(text, 10) : -1;
      if (!(code === 9 || code === 10 || code === 13 || (code >= 0x20 && code <= 0x10ffff))) this.malformed(at);
      return end + 1;
    }
    for (const entity of NAMED_ENTITIES) if (end - at - 1 === entity.length && startsWith(bytes, at + 1, entity)) return end + 1;
    throw new XlsxError('xml.undefinedEntity', {
      part: this.source.part,
      entity: utf8Decoder.decode(bytes.subarray(at + 1, end)),
      line: this.lineAt(at),
    });
  }

  /** A comment or processing instruction at `<`; false when there is none there. */
  private skipMarkup(): boolean {
    const bytes = this.bytes;
    let end: number;
    if (startsWith(bytes, this.p, COMMENT_START)) {
      end = indexOf(bytes, COMMENT_END, this.p + COMMENT_START.length);
      if (end < 0) this.malformed();
      this.p = end + COMMENT_END.length;
      return true;
    }
    if (bytes[this.p + 1] === QUESTION) {
      end = indexOf(bytes, PI_END, this.p + 2);
      if (end < 0) this.malformed();
      this.p = end + PI_END.length;
      return true;
    }
    if (startsWith(bytes, this.p, DOCTYPE)) throw new XlsxError('xml.dtd', { part: this.source.part });
    return false;
  }

  private skipSpace(): void {
    while (isSpace(this.bytes[this.p])) this.p++;
  }

  /** Whether a tag name has this local name, whatever its prefix. */
  private isLocal(name: Name, local: Uint8Array): boolean {
    const start = name.lastIndexOf(COLON) + 1;
    return name.length - start === local.length && startsWith(name, start, local);
  }

  private lineAt(at: number): number {
    let line = 1;
    for (let i = 0; i < at; i++) if (this.bytes[i] === LF) line++;
    return line;
  }

  private unclosed(open: Name): XlsxError {
    return new XlsxError('xml.mismatchedTag', {
      part: this.source.part,
      expected: utf8Decoder.decode(open),
      found: '(end of part)',
      line: this.lineAt(this.bytes.length),
    });
  }

  private malformed(at = this.p): never {
    const line = this.lineAt(at);
    let lineStart = at;
    while (lineStart > 0 && this.bytes[lineStart - 1] !== LF) lineStart--;
    throw new XlsxError('xml.malformed', { part: this.source.part, line, column: at - lineStart + 1 });
  }
}

const C_NAME = ascii('c');
const F_NAME = ascii('f');
const V_NAME = ascii('v');
const T_NAME = ascii('t');
const R_NAME = ascii('r');
const IS_NAME = ascii('is');

/**
 * The grid, filled row by row. A new row is allocated at the length of the one before (sheets are mostly
 * rectangular), so it is not regrown cell by cell; gaps are filled with null and the unused end cut off.
 */
export class GridBuilder {
  private readonly rows: Grid = [];
  private rowIndex = -1;
  private cells: CellValue[] = [];
  /** Cells in use in `cells`: one past its last value. */
  private used = 0;

  put(rowIndex: number, col: number, value: CellValue): void {
    if (rowIndex !== this.rowIndex) this.startRow(rowIndex);
    const cells = this.cells;
    if (col >= this.used) {
      for (let c = this.used; c < col; c++) cells[c] = null;
      this.used = col + 1;
    }
    cells[col] = value;
  }

  finish(): Grid {
    this.endRow();
    return this.rows;
  }

  private startRow(rowIndex: number): void {
    const width = this.endRow();
    const rows = this.rows;
    while (rows.length < rowIndex) rows.push(undefined);
    let cells = rows[rowIndex];
    if (cells) {
      this.used = cells.length;
    } else {
      cells = new Array<CellValue>(width);
      rows[rowIndex] = cells;
      this.used = 0;
    }
    this.rowIndex = rowIndex;
    this.cells = cells;
  }

  /** Cuts the current row to its used length, which it returns. */
  private endRow(): number {
    if (this.cells.length > this.used) this.cells.length = this.used;
    return this.used;
  }
}

function isSpace(code: number): boolean {
  return code === SPACE || code === LF || code === TAB || code === CR;
}

function isNameEnd(code: number): boolean {
  return code <= SPACE || code === GT || code === SLASH;
}

function nameEnd(bytes: Uint8Array, from: number): number {
  let p = from;
  while (p < bytes.length && !isNameEnd(bytes[p]) && bytes[p] !== EQUALS && bytes[p] !== LT) p++;
  return p;
}

function startsWith(bytes: Uint8Array, at: number, expected: Uint8Array): boolean {
  if (at + expected.length > bytes.length) return false;
  for (let i = 0; i < expected.length; i++) if (bytes[at + i] !== expected[i]) return false;
  return true;
}

function indexOf(bytes: Uint8Array, needle: Uint8Array, from: number): number {
  for (let at = bytes.indexOf(needle[0], from); at >= 0; at = bytes.indexOf(needle[0], at + 1)) {
    if (startsWith(bytes, at, needle)) return at;
  }
  return -1;
}

function sameText(text: string, bytes: Uint8Array, start: number): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== bytes[start + i]) return false;
  return true;
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

/** The value of a number, boolean, error or date cell from its `<v>` text. */
function otherValue(type: number, text: string, dateSystem: DateSystem): CellValue {
  switch (type) {
    case TYPE_BOOLEAN: {
      const trimmed = text.trim();
      return trimmed === '1' || trimmed === 'true';
    }
    case TYPE_ERROR:
      return { error: text.trim() };
    case TYPE_DATE:
      return serialFromIsoDateTime(text, dateSystem) ?? { error: '#VALUE!' };
    default:
      return numberFromText(text);
  }
}

/** A number as Number() reads it: blank text is no value, and what is not a finite number is #NUM!. */
function numberFromText(text: string): CellValue {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const number = toNumber(trimmed);
  return isFiniteNumber(number) ? number : { error: '#NUM!' };
}

const POWERS_OF_TEN = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * `t="d"` cells hold ISO 8601 text: a date, a date and time, or a time alone (a fraction of a day).
 * A zone suffix is ignored: Excel serials have no time zone.
 */
export function serialFromIsoDateTime(text: string, dateSystem: DateSystem): number | undefined {
  const match = /^\s*(?:(\d{4})-(\d{2})-(\d{2}))?(?:T?(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(?:Z|[+-]\d{2}:?\d{2})?\s*$/.exec(text);
  if (!match || (match[1] === undefined && match[4] === undefined)) return undefined;
  const fraction = match[4] === undefined ? 0 : (Number(match[4]) * 3600 + Number(match[5]) * 60 + Number(match[6] ?? 0)) / 86400;
  if (match[1] === undefined) return fraction;
  return serialFromDay(dayFromYmd(Number(match[1]), Number(match[2]), Number(match[3])), dateSystem) + fraction;
}
