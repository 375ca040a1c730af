import { SaxesParser, SaxesTagNS } from 'saxes';
import { parseCellAddress } from '../../engine/cells';
import { SheetSource } from './sheetScanner';
import { streamXmlPart } from './xmlPart';
import { XlsxError } from './xlsxError';

/**
 * Where things are in a worksheet part's text, for the single-cell edits and reads (a contract term, the
 * formula of the cell to explain) and for rows appended to the ledger, which splice into the text without
 * re-serialising what they do not change. A saxes pass finds them, so a comment, CDATA section or
 * processing instruction that holds `<row r="5">` as text is never taken for a row, and the pass ends as
 * soon as what is sought is found. Rows and cells must carry their `r` reference, as every spreadsheet
 * program writes them; a part without them is refused, never guessed at.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** The parts of a worksheet part around its cells. */
export interface SheetXml {
  /** The prefix of sheetData with its colon (`x:`), or '': new rows and cells are written with it. */
  readonly prefix: string;
  /** The start tag of `<sheetData>`: where it starts, where its content starts (after `/>` when it is empty). */
  readonly sheetData: { readonly start: number; readonly contentStart: number; readonly selfClosing: boolean };
  /** The start tag of `<dimension>` before sheetData, if the part has one. */
  readonly dimension?: Span;
}

export interface CellXml extends Span {
  /** Attribute values by local name. */
  readonly attributes: Readonly<Record<string, string>>;
  readonly hasFormula: boolean;
  /** The text of its `<f>`, references decoded; '' for a cell that shares another cell's formula. */
  readonly formula: string;
  /** The index (`si`) of the shared formula its `<f t="shared">` starts or follows. */
  readonly sharedIndex?: string;
  readonly hasValue: boolean;
}

/** Where a cell is, or where it would go. */
export interface CellPlace {
  readonly sheet: SheetXml;
  readonly cell?: CellXml;
  /** Where a missing cell goes: in its row, or, when `newRow`, where a row for it goes in sheetData. */
  readonly insertAt: number;
  readonly newRow: boolean;
  /** The cell's row when it is an empty `<row/>`, which must be opened to hold it. */
  readonly emptyRow?: Span;
}

/** The place of `A1`-style `address` in the worksheet part. */
export function findCell(xml: string, address: string, source: SheetSource): CellPlace {
  const target = parseCellAddress(address);
  if (!target) throw new XlsxError('cell.notAddress', { address });
  let found: Omit<CellPlace, 'sheet'> | undefined;
  const done = (place: Omit<CellPlace, 'sheet'>) => {
    found = place;
    return new Stop();
  };
  let inRow = false;
  let cell:
    | { start: number; attributes: Record<string, string>; hasFormula: boolean; formula: string; sharedIndex?: string; hasValue: boolean }
    | undefined;
  const { sheet, contentEnd } = passOver(xml, source, (listen) => ({
    open(element, depth) {
      if (depth === ROW_DEPTH) {
        const row = rowNumber(element, source) - 1;
        if (row > target.row) throw done({ insertAt: element.start, newRow: true });
        inRow = row === target.row;
        return inRow;
      } else if (depth === CELL_DEPTH && inRow) {
        const col = cellColumn(element, source);
        if (col > target.col) throw done({ insertAt: element.start, newRow: false });
        if (col !== target.col) return false;
        cell = { start: element.start, attributes: attributesOf(element.tag), hasFormula: false, formula: '', hasValue: false };
        return true;
      } else if (depth === CELL_DEPTH + 1 && cell) {
        if (element.local === 'v') cell.hasValue = true;
        if (element.local !== 'f') return false;
        const formulaOf = cell;
        formulaOf.hasFormula = true;
        formulaOf.sharedIndex = sharedIndexOf(element);
        listen((text) => (formulaOf.formula += text));
        return true;
      }
      return false;
    },
    close(element, depth) {
      if (depth === CELL_DEPTH + 1) listen(undefined);
      if (depth === CELL_DEPTH && cell) throw done({ cell: { ...cell, end: element.end }, insertAt: cell.start, newRow: false });
      if (depth === ROW_DEPTH && inRow) {
        throw done(
          element.selfClosing
            ? { insertAt: element.contentStart, newRow: false, emptyRow: { start: element.start, end: element.end } }
            : { insertAt: element.contentEnd, newRow: false },
        );
      }
    },
  }));
  // Without an early stop the pass went to the end of sheetData, so contentEnd is known.
  return { sheet, ...(found ?? { insertAt: contentEnd!, newRow: true }) };
}

/** The first formula of the shared formula `index` and its cell, as `findCell` gives cells; undefined when the part has none. */
export function findSharedFormula(
  xml: string,
  index: string,
  source: SheetSource,
): { row: number; col: number; formula: string } | undefined {
  let cell: { row: number; col: number } | undefined;
  let formula = '';
  let found: { row: number; col: number; formula: string } | undefined;
  let row = -1;
  passOver(xml, source, (listen) => ({
    open(element, depth) {
      if (depth === ROW_DEPTH) row = rowNumber(element, source) - 1;
      else if (depth === CELL_DEPTH) cell = { row, col: cellColumn(element, source) };
      else if (depth === CELL_DEPTH + 1 && element.local === 'f' && sharedIndexOf(element) === index) {
        formula = '';
        listen((text) => (formula += text));
        return true;
      }
      return false;
    },
    close(_element, depth) {
      listen(undefined);
      if (depth === CELL_DEPTH + 1 && formula !== '' && cell) {
        found = { ...cell, formula };
        throw new Stop();
      }
    },
  }));
  return found;
}

/** The `si` of an `<f t="shared">`; undefined for any other formula. */
function sharedIndexOf(formula: Element): string | undefined {
  const attributes = formula.tag.attributes;
  return attributes.t?.value === 'shared' ? attributes.si?.value : undefined;
}

/** The worksheet part's sheetData (with where its content ends) and dimension, and the number of its last row (0 when none). */
export function readSheetXml(xml: string, source: SheetSource): SheetXml & { readonly contentEnd: number; readonly lastRow: number } {
  let lastRow = 0;
  const { sheet, contentEnd } = passOver(xml, source, () => ({
    open(element, depth) {
      if (depth === ROW_DEPTH) lastRow = Math.max(lastRow, rowNumber(element, source));
      return false;
    },
  }));
  return { ...sheet, contentEnd: contentEnd!, lastRow };
}

const SHEET_DATA_DEPTH = 2;
const ROW_DEPTH = 3;
const CELL_DEPTH = 4;

interface Element {
  readonly local: string;
  readonly tag: SaxesTagNS;
  readonly start: number;
  readonly contentStart: number;
  readonly selfClosing: boolean;
}

interface Closed extends Element {
  readonly contentEnd: number;
  readonly end: number;
}

/** What a pass looks for inside sheetData; depths count from the root element (1). It throws a Stop when done. */
interface Visitor {
  /** Whether the visitor is to be told when this element closes. */
  open(element: Element, depth: number): boolean;
  close?(element: Closed, depth: number): void;
}

/** Sends the text (and CDATA) that follows to `listener`, or, without one, to no one: saxes then does not collect it, which is faster. */
type Listen = (listener: ((text: string) => void) | undefined) => void;

/** Thrown to end a pass early: what the visitor sought is found. */
class Stop {}

/**
 * One saxes pass over the part up to the end of sheetData, telling the visitor about what is inside it, with
 * the checks every XML part gets (well-formed, no DTD, entities known) as far as the pass goes. `contentEnd`,
 * where sheetData's content ends, is known unless the visitor stopped the pass.
 */
function passOver(xml: string, source: SheetSource, visitorOf: (listen: Listen) => Visitor): { sheet: SheetXml; contentEnd?: number } {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const visitor = visitorOf((listener) => {
    if (listener) {
      parser.on('text', listener);
      parser.on('cdata', listener);
    } else {
      parser.off('text');
      parser.off('cdata');
    }
  });
  const open: Element[] = [];
  /** For each open element, whether the visitor is to be told when it closes. */
  const watched: boolean[] = [];
  let dimension: Span | undefined;
  let sheetData: Element | undefined;
  let contentEnd: number | undefined;
  const inSheetData = () => open.length > SHEET_DATA_DEPTH && open[SHEET_DATA_DEPTH - 1] === sheetData;
  parser.on('opentag', (tag: SaxesTagNS) => {
    const contentStart = parser.position;
    const element: Element = {
      local: tag.local,
      tag,
      start: xml.lastIndexOf('<', contentStart - 1),
      contentStart,
      selfClosing: tag.isSelfClosing,
    };
    open.push(element);
    if (open.length === SHEET_DATA_DEPTH && !sheetData) {
      if (tag.local === 'dimension') dimension = { start: element.start, end: contentStart };
      if (tag.local === 'sheetData') sheetData = element;
    }
    watched.push(inSheetData() && visitor.open(element, open.length));
  });
  parser.on('closetag', () => {
    const depth = open.length;
    const element = open.pop() as Element;
    const watching = watched.pop();
    if (element !== sheetData && !watching) return;
    const end = parser.position;
    const elementEnd = element.selfClosing ? element.contentStart : xml.lastIndexOf('<', end - 1);
    if (element === sheetData) {
      contentEnd = elementEnd;
      throw new Stop();
    }
    visitor.close?.({ ...element, end, contentEnd: elementEnd }, depth);
  });
  try {
    streamXmlPart(xml, source.part, parser);
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
  }
  if (!sheetData) throw new XlsxError('sheet.noSheetData', { ...source });
  const { start, contentStart, selfClosing, tag } = sheetData;
  return { sheet: { prefix: tag.prefix ? `${tag.prefix}:` : '', sheetData: { start, contentStart, selfClosing }, dimension }, contentEnd };
}

function attributesOf(tag: SaxesTagNS): Record<string, string> {
  return Object.fromEntries(Object.values(tag.attributes).map((attribute) => [attribute.local, attribute.value]));
}

function rowNumber(row: Element, source: SheetSource): number {
  const number = Number(row.tag.attributes.r?.value);
  if (!Number.isInteger(number) || number < 1) throw new XlsxError('sheet.rowWithoutNumber', { ...source });
  return number;
}

function cellColumn(cell: Element, source: SheetSource): number {
  const reference = parseCellAddress(cell.tag.attributes.r?.value ?? '');
  if (!reference) throw new XlsxError('sheet.cellWithoutReference', { ...source });
  return reference.col;
}

/** The value of the `ref` of the part's `<dimension>` and where it is in the text; undefined when there is none. */
export function dimensionRef(xml: string, sheet: SheetXml): (Span & { readonly ref: string }) | undefined {
  if (!sheet.dimension) return undefined;
  const match = /(\sref\s*=\s*)(["'])(.*?)\2/.exec(xml.slice(sheet.dimension.start, sheet.dimension.end));
  if (!match) return undefined;
  const start = sheet.dimension.start + match.index + match[1].length + 1;
  return { start, end: start + match[3].length, ref: match[3] };
}
