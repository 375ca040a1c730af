import { CellValue } from '../../engine/cells';
import { DateSystem, dayFromYmd, serialFromDay } from '../../engine/weeks';
import { plainTextStart, readRichText } from './sharedStrings';
import {
  endOfElement,
  endOfName,
  endOfTag,
  isEndTag,
  isLocalName,
  isTag,
  localStart,
  needsDecoding,
  nextQuote,
  skipMarkup,
  startOfContent,
} from './xmlScanning';
import { decodeCellText, decodeXml } from './xmlText';

/**
 * The forward scanner over worksheet XML, for any well-formed part; the reader first tries the faster byte
 * scanner (sheetByteScanner.ts), which leaves to this one what it does not read. A worksheet can hold
 * millions of cells, so this walks the text once with indexOf and char codes and builds only the value grid:
 * no node per cell, no substring per tag name or attribute, one state object reused for every cell. The
 * usual cell shapes (`<c r="B2" t="s"><v>3</v></c>`, `<c t="inlineStr"><is><t>x</t></is></c>`) skip the
 * general walk over a cell's children. Element names are matched by local name, so prefixed parts (`<x:c>`)
 * read too.
 */

export type Grid = (CellValue[] | undefined)[];

const LT = 60;
const GT = 62;
const SLASH = 47;
const EQUALS = 61;
const BANG = 33;
const QUESTION = 63;
const MINUS = 45;
const QUOTE = 34;

// Globals are looked up once: per-cell global lookups are slow where code runs in a vm context (jest, 5x).
const toNumber = Number;
const isFiniteNumber = Number.isFinite;

/** Cell types by their `t` attribute; sheetByteScanner.ts reads them too. */
export const TYPE_NUMBER = 0;
export const TYPE_SHARED = 1;
export const TYPE_STRING = 2;
export const TYPE_INLINE = 3;
export const TYPE_BOOLEAN = 4;
export const TYPE_ERROR = 5;
export const TYPE_DATE = 6;

/** The cached values of a worksheet part, 0-based from A1; blank cells are left out. */
export function scanSheet(xml: string, sharedStrings: readonly string[], dateSystem: DateSystem): Grid {
  const grid = new GridBuilder();
  let pos = startOfContent(xml, 'sheetData');
  if (pos < 0) return grid.finish();
  const cell: CellState = { type: TYPE_NUMBER, col: -1, row: -1, end: 0, empty: false, value: null };
  let rowIndex = -1;
  let col = -1;
  for (;;) {
    // Short hops use char codes: at millions of cells, a builtin call per hop shows in the profile.
    const lt = xml.charCodeAt(pos) === LT ? pos : xml.indexOf('<', pos);
    if (lt < 0) return grid.finish();
    const nameStart = lt + 1;
    const first = xml.charCodeAt(nameStart);
    let cellNameEnd: number;
    if (first === 99 /* c */ && isNameEnd(xml.charCodeAt(nameStart + 1))) {
      cellNameEnd = nameStart + 1;
    } else {
      if (first === SLASH) {
        const nameEnd = endOfName(xml, nameStart + 1);
        if (isLocalName(xml, nameStart + 1, nameEnd, 'sheetData')) return grid.finish();
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
      if (nameLength === 3 && xml.startsWith('row', local)) {
        const r = rowNumber(xml, nameEnd);
        rowIndex = r > 0 ? r - 1 : rowIndex + 1;
        col = -1;
        pos = endOfTag(xml, nameEnd);
        continue;
      }
      if (nameLength !== 1 || xml.charCodeAt(local) !== 99 /* c */) {
        pos = nameEnd;
        continue;
      }
      cellNameEnd = nameEnd;
    }

    readCellTag(xml, cellNameEnd, cell);
    col = cell.col >= 0 ? cell.col : col + 1;
    if (cell.row >= 0) rowIndex = cell.row;
    else if (rowIndex < 0) rowIndex = 0;
    if (cell.empty) {
      pos = cell.end;
    } else {
      pos = readCellValue(xml, cell, sharedStrings, dateSystem);
      if (cell.value !== null) grid.put(rowIndex, col, cell.value);
    }
  }
}

/** The cell being read; one object is reused for every cell, so the hot loop does not allocate. */
interface CellState {
  type: number;
  /** 0-based column and row from `r`, or -1 when the tag has none. */
  col: number;
  row: number;
  /** Index just after the start tag. */
  end: number;
  /** `<c .../>`: no value. */
  empty: boolean;
  value: CellValue;
}

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

/** Cell text between `start` and `end`, decoded only when it needs it. */
function cellText(xml: string, start: number, end: number): string {
  const text = xml.slice(start, end);
  return needsDecoding(xml, start, end) ? decodeCellText(text) : text;
}

function isNameEnd(code: number): boolean {
  return code <= 32 || code === GT || code === SLASH;
}

/** Reads the attributes of a `<c>` start tag from just after its name; only r and t matter for values. */
function readCellTag(xml: string, from: number, cell: CellState): void {
  cell.type = TYPE_NUMBER;
  cell.col = -1;
  cell.row = -1;
  let p = from;
  let ch = xml.charCodeAt(p);
  for (;;) {
    while (ch === 32 || ch === 9 || ch === 10 || ch === 13) ch = xml.charCodeAt(++p);
    if (ch === GT || ch === SLASH || p >= xml.length) break;
    const nameStart = p;
    while (ch !== EQUALS && ch > 32) ch = xml.charCodeAt(++p);
    const oneLetter = p - nameStart === 1 ? xml.charCodeAt(nameStart) : 0;
    const quoteAt = nextQuote(xml, p);
    const quote = xml.charCodeAt(quoteAt);
    const valueStart = quoteAt + 1;
    let valueEnd = valueStart;
    while (xml.charCodeAt(valueEnd) !== quote) {
      if (valueEnd >= xml.length) throw new Error(`Malformed XML attribute at offset ${nameStart}`);
      valueEnd++;
    }
    if (oneLetter === 114 /* r */) readReference(xml, valueStart, valueEnd, cell);
    else if (oneLetter === 116 /* t */) cell.type = cellType(xml, valueStart, valueEnd);
    p = valueEnd + 1;
    ch = xml.charCodeAt(p);
  }
  cell.empty = ch === SLASH;
  cell.end = cell.empty ? p + 2 : p + 1;
}

/** `B3` (or `$B$3`) into 0-based column and row. */
function readReference(xml: string, start: number, end: number, cell: CellState): void {
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
  if (col > 0) cell.col = col - 1;
  if (row > 0) cell.row = row - 1;
}

/** The `r` attribute of a `<row>` start tag, read from just after its name; 0 when it has none. */
function rowNumber(xml: string, from: number): number {
  let p = from;
  for (;;) {
    let ch = xml.charCodeAt(p);
    while (ch === 32 || ch === 9 || ch === 10 || ch === 13) ch = xml.charCodeAt(++p);
    if (ch === GT || ch === SLASH || p >= xml.length) return 0;
    const nameStart = p;
    while (ch !== EQUALS && ch > 32) ch = xml.charCodeAt(++p);
    const isR = p - nameStart === 1 && xml.charCodeAt(nameStart) === 114; /* r */
    const quoteAt = nextQuote(xml, p);
    const valueEnd = xml.indexOf(xml.charCodeAt(quoteAt) === QUOTE ? '"' : "'", quoteAt + 1);
    if (valueEnd < 0) throw new Error(`Malformed XML attribute at offset ${nameStart}`);
    if (isR) return /^\d+$/.test(xml.slice(quoteAt + 1, valueEnd)) ? toNumber(xml.slice(quoteAt + 1, valueEnd)) : 0;
    p = valueEnd + 1;
  }
}

/** Reads a cell's content from just after its start tag into `cell.value`; returns the index after `</c>`. */
function readCellValue(xml: string, cell: CellState, sharedStrings: readonly string[], dateSystem: DateSystem): number {
  let p = cell.end;
  let value: CellValue = null;
  // The usual shapes, <c ...><v>text</v></c> and <c ...><is><t>text</t></is></c>, skip the general walk.
  if (isTag(xml, p, 118 /* v */)) {
    let textEnd = p + 3;
    while (xml.charCodeAt(textEnd) !== LT && textEnd < xml.length) textEnd++;
    value = valueOf(cell.type, xml, p + 3, textEnd, sharedStrings, dateSystem);
    p = isEndTag(xml, textEnd, 118 /* v */) ? textEnd + 4 : xml.indexOf('>', textEnd) + 1;
  } else if (xml.startsWith('<is>', p)) {
    const textStart = plainTextStart(xml, p + 4);
    const textEnd = textStart < 0 ? -1 : xml.indexOf('<', textStart);
    if (textEnd >= 0 && xml.startsWith('</t></is>', textEnd)) {
      value = cellText(xml, textStart, textEnd);
      p = textEnd + 9;
    }
  }
  if (isEndTag(xml, p, 99 /* c */)) {
    cell.value = value;
    return p + 4;
  }
  return readCellContent(xml, p, cell, value, sharedStrings, dateSystem);
}

/**
 * A cell's children from `from` to just after its end tag: the value from `<v>` or `<is>`, others skipped.
 * Sets `cell.value`, starting from `found`; returns the index after the end tag.
 */
function readCellContent(
  xml: string,
  from: number,
  cell: CellState,
  found: CellValue,
  sharedStrings: readonly string[],
  dateSystem: DateSystem,
): number {
  let value = found;
  let p = from;
  for (;;) {
    const lt = xml.indexOf('<', p);
    if (lt < 0) throw new Error(`Malformed worksheet XML: a cell before offset ${from} is never closed`);
    const nameStart = lt + 1;
    if (xml.charCodeAt(nameStart) === SLASH) {
      cell.value = value;
      return xml.indexOf('>', nameStart) + 1;
    }
    const nameEnd = endOfName(xml, nameStart);
    const local = localStart(xml, nameStart, nameEnd);
    const tagEnd = endOfTag(xml, nameEnd);
    const empty = xml.charCodeAt(tagEnd - 2) === SLASH;
    if (isLocalName(xml, local, nameEnd, 'v')) {
      const textEnd = empty ? tagEnd : xml.indexOf('<', tagEnd);
      value = valueOf(cell.type, xml, tagEnd, textEnd, sharedStrings, dateSystem);
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

function valueOf(
  type: number,
  xml: string,
  start: number,
  end: number,
  sharedStrings: readonly string[],
  dateSystem: DateSystem,
): CellValue {
  switch (type) {
    case TYPE_NUMBER:
      return parseNumber(xml, start, end);
    case TYPE_SHARED: {
      const index = parseNumber(xml, start, end);
      if (index === null) return null;
      const text = sharedStrings[index as number];
      if (text === undefined)
        throw new Error(`A cell refers to shared string ${xml.slice(start, end)}, but the workbook has ${sharedStrings.length}`);
      return text;
    }
    case TYPE_STRING:
    case TYPE_INLINE:
      return cellText(xml, start, end);
    default:
      return otherValue(type, xml.slice(start, end), dateSystem);
  }
}

/** The value of a boolean, error or date cell from its `<v>` text. */
export function otherValue(type: number, text: string, dateSystem: DateSystem): CellValue {
  switch (type) {
    case TYPE_BOOLEAN: {
      const trimmed = text.trim();
      return trimmed === '1' || trimmed === 'true';
    }
    case TYPE_ERROR:
      return { error: decodeXml(text).trim() };
    case TYPE_DATE:
      return serialFromIsoDateTime(text, dateSystem) ?? { error: '#VALUE!' };
    default:
      return numberFromText(text);
  }
}

/** A number as Number() reads it: blank text is no value, and what is not a finite number is #NUM!. */
export function numberFromText(text: string): CellValue {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const number = toNumber(trimmed);
  return isFiniteNumber(number) ? number : { error: '#NUM!' };
}

export const POWERS_OF_TEN = Array.from({ length: 16 }, (_, k) => 10 ** k);

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
  return numberFromText(xml.slice(start, end));
}

/** The `t` attribute, compared in place: s, str, inlineStr, b, e, d; anything else (n) is a number. */
function cellType(xml: string, start: number, end: number): number {
  const length = end - start;
  const first = xml.charCodeAt(start);
  if (length === 1) {
    if (first === 115 /* s */) return TYPE_SHARED;
    if (first === 98 /* b */) return TYPE_BOOLEAN;
    if (first === 101 /* e */) return TYPE_ERROR;
    if (first === 100 /* d */) return TYPE_DATE;
    return TYPE_NUMBER;
  }
  if (length === 3 && xml.startsWith('str', start)) return TYPE_STRING;
  if (length === 9 && xml.startsWith('inlineStr', start)) return TYPE_INLINE;
  return TYPE_NUMBER;
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
