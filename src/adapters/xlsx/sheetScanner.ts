import { CellValue } from '../../engine/cells';
import { DateSystem, dayFromYmd, serialFromDay } from '../../engine/weeks';
import { readRichText } from './sharedStrings';
import { endOfElement, endOfName, endOfTag, isEndTag, isLocalName, isTag, localStart, nextQuote, skipMarkup, startOfContent } from './xmlScanning';
import { decodeCellText, decodeXml } from './xmlText';

/**
 * The forward scanner over worksheet XML. A worksheet can hold millions of cells, so this
 * walks the text once with indexOf and char codes and builds only the value grid: no node per cell, no
 * substring per tag name. Element names are matched by local name, so prefixed parts (`<x:c>`) read too.
 */

export type Grid = (CellValue[] | undefined)[];

const LT = 60;
const GT = 62;
const SLASH = 47;
const EQUALS = 61;
const BANG = 33;
const QUESTION = 63;
const MINUS = 45;

// Globals are looked up once: per-cell global lookups are slow where code runs in a vm context (jest, 5x).
const toNumber = Number;
const isFiniteNumber = Number.isFinite;

const TYPE_NUMBER = 0;
const TYPE_SHARED = 1;
const TYPE_STRING = 2;
const TYPE_INLINE = 3;
const TYPE_BOOLEAN = 4;
const TYPE_ERROR = 5;
const TYPE_DATE = 6;

/** The cached values of a worksheet part, 0-based from A1; blank cells are left out. */
export function scanSheet(xml: string, sharedStrings: readonly string[], dateSystem: DateSystem): Grid {
  const rows: Grid = [];
  let pos = startOfContent(xml, 'sheetData');
  if (pos < 0) return rows;
  const tag: CellTag = { type: TYPE_NUMBER, col: -1, row: -1, end: 0, empty: false };
  let rowIndex = -1;
  let col = -1;
  for (;;) {
    // Short hops use char codes: at millions of cells, a builtin call per hop shows in the profile.
    const lt = xml.charCodeAt(pos) === LT ? pos : xml.indexOf('<', pos);
    if (lt < 0) return rows;
    const nameStart = lt + 1;
    const first = xml.charCodeAt(nameStart);
    if (first === SLASH) {
      const nameEnd = endOfName(xml, nameStart + 1);
      if (isLocalName(xml, nameStart + 1, nameEnd, 'sheetData')) return rows;
      pos = nameEnd;
      continue;
    }
    if (first === BANG || first === QUESTION) {
      pos = skipMarkup(xml, lt);
      continue;
    }
    const nameEnd = endOfName(xml, nameStart);
    const local = localStart(xml, nameStart, nameEnd);
    const nameLength = nameEnd - local;

    if (nameLength === 1 && xml.charCodeAt(local) === 99 /* c */) {
      readCellTag(xml, nameEnd, tag);
      col = tag.col >= 0 ? tag.col : col + 1;
      if (tag.row >= 0) rowIndex = tag.row;
      else if (rowIndex < 0) rowIndex = 0;
      let value: CellValue = null;
      let p = tag.end;
      if (tag.empty) {
        pos = p;
      } else {
        // The usual shape, <c ...><v>text</v></c>, skips the general walk over children.
        if (isTag(xml, p, 118 /* v */)) {
          let textEnd = p + 3;
          while (xml.charCodeAt(textEnd) !== LT && textEnd < xml.length) textEnd++;
          value = valueOf(tag.type, xml, p + 3, textEnd, sharedStrings, dateSystem);
          p = isEndTag(xml, textEnd, 118 /* v */) ? textEnd + 4 : xml.indexOf('>', textEnd) + 1;
        }
        if (isEndTag(xml, p, 99 /* c */)) {
          pos = p + 4;
        } else {
          const content = readCellContent(xml, p, tag.type, value, sharedStrings, dateSystem);
          value = content.value;
          pos = content.end;
        }
      }
      if (value !== null) putCell(rows, rowIndex, col, value);
    } else if (nameLength === 3 && xml.startsWith('row', local)) {
      const tagEnd = endOfTag(xml, nameEnd);
      const r = rowNumber(xml, nameEnd, tagEnd);
      rowIndex = r > 0 ? r - 1 : rowIndex + 1;
      col = -1;
      pos = tagEnd;
    } else {
      pos = nameEnd;
    }
  }
}

/** What a `<c>` start tag says; one object is reused for every cell, so the hot loop does not allocate. */
interface CellTag {
  type: number;
  /** 0-based column and row from `r`, or -1 when the tag has none. */
  col: number;
  row: number;
  /** Index just after the tag. */
  end: number;
  /** `<c .../>`: no value. */
  empty: boolean;
}

/** Reads the attributes of a `<c>` start tag from just after its name; only r and t matter for values. */
function readCellTag(xml: string, from: number, tag: CellTag): void {
  tag.type = TYPE_NUMBER;
  tag.col = -1;
  tag.row = -1;
  let p = from;
  let ch = xml.charCodeAt(p);
  for (;;) {
    while (ch === 32 || ch === 9 || ch === 10 || ch === 13) ch = xml.charCodeAt(++p);
    if (ch === GT || ch === SLASH || p >= xml.length) break;
    const nameStart = p;
    while (ch !== EQUALS && ch > 32) ch = xml.charCodeAt(++p);
    const nameEnd = p;
    const quoteAt = nextQuote(xml, p);
    const quote = xml.charCodeAt(quoteAt);
    const valueStart = quoteAt + 1;
    let valueEnd = valueStart;
    while (xml.charCodeAt(valueEnd) !== quote) {
      if (valueEnd >= xml.length) throw new Error(`Malformed XML attribute at offset ${nameStart}`);
      valueEnd++;
    }
    if (nameEnd - nameStart === 1) {
      const attr = xml.charCodeAt(nameStart);
      if (attr === 114 /* r */) readReference(xml, valueStart, valueEnd, tag);
      else if (attr === 116 /* t */) tag.type = cellType(xml, valueStart, valueEnd);
    }
    p = valueEnd + 1;
    ch = xml.charCodeAt(p);
  }
  tag.empty = ch === SLASH;
  tag.end = tag.empty ? p + 2 : p + 1;
}

/** `B3` (or `$B$3`) into 0-based column and row. */
function readReference(xml: string, start: number, end: number, tag: CellTag): void {
  let i = start;
  let col = 0;
  for (; i < end; i++) {
    const code = xml.charCodeAt(i);
    if (code >= 65 && code <= 90) col = col * 26 + code - 64;
    else if (code >= 97 && code <= 122) col = col * 26 + code - 96;
    else if (code !== 36 /* $ */) break;
  }
  let row = 0;
  for (; i < end; i++) {
    const code = xml.charCodeAt(i);
    if (code >= 48 && code <= 57) row = row * 10 + code - 48;
  }
  if (col > 0) tag.col = col - 1;
  if (row > 0) tag.row = row - 1;
}

/** Stores a value, padding the row with blanks and the grid with missing rows as needed. */
function putCell(rows: Grid, rowIndex: number, col: number, value: CellValue): void {
  while (rows.length < rowIndex) rows.push(undefined);
  let cells = rows[rowIndex];
  if (!cells) {
    cells = [];
    rows[rowIndex] = cells;
  }
  if (col < cells.length) {
    cells[col] = value;
    return;
  }
  while (cells.length < col) cells.push(null);
  cells.push(value);
}

/** A cell's children from `from` to just after its end tag: the value from `<v>` or `<is>`, others skipped. */
function readCellContent(xml: string, from: number, type: number, found: CellValue, sharedStrings: readonly string[], dateSystem: DateSystem): { value: CellValue; end: number } {
  let value = found;
  let p = from;
  for (;;) {
    const lt = xml.indexOf('<', p);
    if (lt < 0) throw new Error(`Malformed worksheet XML: a cell before offset ${from} is never closed`);
    const nameStart = lt + 1;
    if (xml.charCodeAt(nameStart) === SLASH) return { value, end: xml.indexOf('>', nameStart) + 1 };
    const nameEnd = endOfName(xml, nameStart);
    const local = localStart(xml, nameStart, nameEnd);
    const tagEnd = endOfTag(xml, nameEnd);
    const empty = xml.charCodeAt(tagEnd - 2) === SLASH;
    if (isLocalName(xml, local, nameEnd, 'v')) {
      const textEnd = empty ? tagEnd : xml.indexOf('<', tagEnd);
      value = valueOf(type, xml, tagEnd, textEnd, sharedStrings, dateSystem);
      p = empty ? tagEnd : xml.indexOf('>', textEnd) + 1;
    } else if (isLocalName(xml, local, nameEnd, 'is')) {
      const rich = empty ? { text: '', end: tagEnd } : readRichText(xml, tagEnd, 'is');
      value = rich.text;
      p = rich.end;
    } else {
      p = empty ? tagEnd : endOfElement(xml, nameStart, nameEnd, tagEnd);
    }
  }
}

function valueOf(type: number, xml: string, start: number, end: number, sharedStrings: readonly string[], dateSystem: DateSystem): CellValue {
  switch (type) {
    case TYPE_SHARED: {
      const index = parseNumber(xml, start, end);
      if (index === null) return null;
      const text = sharedStrings[index as number];
      if (text === undefined) throw new Error(`A cell refers to shared string ${xml.slice(start, end)}, but the workbook has ${sharedStrings.length}`);
      return text;
    }
    case TYPE_STRING:
    case TYPE_INLINE:
      return decodeCellText(xml.slice(start, end));
    case TYPE_BOOLEAN: {
      const text = xml.slice(start, end).trim();
      return text === '1' || text === 'true';
    }
    case TYPE_ERROR:
      return { error: decodeXml(xml.slice(start, end)).trim() };
    case TYPE_DATE:
      return serialFromIsoDateTime(xml.slice(start, end), dateSystem) ?? { error: '#VALUE!' };
    default:
      return parseNumber(xml, start, end);
  }
}

const POWERS_OF_TEN = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * Plain decimals of up to 15 digits (the common case) are read without allocating: digits and the power of
 * ten are then both exact doubles, so one division rounds exactly as Number() would. Others go through Number.
 */
function parseNumber(xml: string, start: number, end: number): CellValue {
  if (start === end) return null;
  let i = start;
  const negative = xml.charCodeAt(i) === MINUS;
  if (negative) i++;
  let digits = 0;
  let n = 0;
  let point = -1;
  for (; i < end && digits <= 15; i++) {
    const code = xml.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      n = n * 10 + code - 48;
      digits++;
    } else if (code === 46 /* . */ && point < 0) {
      point = i;
    } else {
      break;
    }
  }
  if (i === end && digits > 0 && digits <= 15) {
    const value = point < 0 ? n : n / POWERS_OF_TEN[end - point - 1];
    return negative ? -value : value;
  }
  const text = xml.slice(start, end).trim();
  if (text === '') return null;
  const number = toNumber(text);
  return isFiniteNumber(number) ? number : { error: '#NUM!' };
}

function cellType(xml: string, start: number, end: number): number {
  switch (xml.slice(start, end)) {
    case 's':
      return TYPE_SHARED;
    case 'str':
      return TYPE_STRING;
    case 'inlineStr':
      return TYPE_INLINE;
    case 'b':
      return TYPE_BOOLEAN;
    case 'e':
      return TYPE_ERROR;
    case 'd':
      return TYPE_DATE;
    default:
      return TYPE_NUMBER;
  }
}

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

function rowNumber(xml: string, from: number, to: number): number {
  const match = /\sr\s*=\s*["'](\d+)["']/.exec(xml.slice(from, to));
  return match ? Number(match[1]) : 0;
}
