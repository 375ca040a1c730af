import { parseCellAddress } from '../../engine/cells';
import { SheetSource } from './sheetScanner';
import { XlsxError } from './xlsxError';

/**
 * Finding one cell's XML in a worksheet part, for the single-cell edits and reads of the task pane (a
 * contract term, the formula of the cell to explain). Sheets that hold terms are small, so this walks
 * tags with regular expressions rather than the streaming scanner. Rows and cells must carry their `r`
 * reference, as every spreadsheet program writes them; a part without them is refused, never guessed at.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface RowXml extends Span {
  readonly prefix: string;
  /** Where the row's cells go: after its start tag; undefined for a self-closing `<row/>`. */
  readonly contentStart?: number;
  readonly contentEnd?: number;
}

export interface CellXml extends Span {
  readonly attributes: string;
  /** The cell's children (`<f>`, `<v>`, `<is>`), '' for a self-closing cell. */
  readonly content: string;
}

/** Where a cell is, or where it would go: the row that holds it (or the row to insert before) and the cell. */
export interface CellPlace {
  readonly row?: RowXml;
  readonly cell?: CellXml;
  /** Insertion point for the cell when it is missing: in its row, or in sheetData for a missing row. */
  readonly insertAt: number;
  readonly prefix: string;
}

const TAG = (prefix: string, name: string) => new RegExp(`<(${prefix || '(?:[\\w.-]+:)?'})${name}(?=[\\s/>])([^>]*?)(/?)>`, 'g');

export function attribute(attributes: string, name: string): string | undefined {
  return new RegExp(`(?:^|\\s)${name}\\s*=\\s*(["'])(.*?)\\1`).exec(attributes)?.[2];
}

export function sheetDataOf(
  xml: string,
  source: SheetSource,
): {
  contentStart: number;
  contentEnd: number;
  prefix: string;
  selfClosing: boolean;
  start: number;
} {
  const open = TAG('', 'sheetData');
  const match = open.exec(xml);
  if (!match) throw new XlsxError('sheet.noSheetData', { ...source });
  const prefix = match[1];
  const contentStart = match.index + match[0].length;
  if (match[3] === '/') return { contentStart, contentEnd: contentStart, prefix, selfClosing: true, start: match.index };
  const contentEnd = xml.indexOf(`</${prefix}sheetData>`, contentStart);
  if (contentEnd < 0) {
    const line = xml.slice(0, match.index).split('\n').length;
    throw new XlsxError('xml.mismatchedTag', { part: source.part, expected: `${prefix}sheetData`, found: '(end of part)', line });
  }
  return { contentStart, contentEnd, prefix, selfClosing: false, start: match.index };
}

/** The place of `A1`-style `address` (0-based row and column from parseCellAddress) in the worksheet XML. */
export function findCell(xml: string, address: string, source: SheetSource): CellPlace {
  const target = parseCellAddress(address);
  if (!target) throw new XlsxError('cell.notAddress', { address });
  const data = sheetDataOf(xml, source);
  const rows = TAG(data.prefix, 'row');
  rows.lastIndex = data.contentStart;
  for (let match = rows.exec(xml); match && match.index < data.contentEnd; match = rows.exec(xml)) {
    const number = Number(attribute(match[2], 'r'));
    if (!Number.isInteger(number) || number < 1) throw new XlsxError('sheet.rowWithoutNumber', { ...source });
    if (number - 1 > target.row) return { insertAt: match.index, prefix: data.prefix };
    const selfClosing = match[3] === '/';
    const contentStart = match.index + match[0].length;
    const close = selfClosing ? contentStart : xml.indexOf(`</${data.prefix}row>`, contentStart);
    const end = selfClosing ? contentStart : close + `</${data.prefix}row>`.length;
    if (number - 1 < target.row) {
      rows.lastIndex = end;
      continue;
    }
    const row: RowXml = {
      start: match.index,
      end,
      prefix: data.prefix,
      contentStart: selfClosing ? undefined : contentStart,
      contentEnd: selfClosing ? undefined : close,
    };
    if (selfClosing) return { row, insertAt: contentStart, prefix: data.prefix };
    return { row, ...cellInRow(xml, row, target.col, data.prefix, source), prefix: data.prefix };
  }
  return { insertAt: data.contentEnd, prefix: data.prefix };
}

function cellInRow(xml: string, row: RowXml, column: number, prefix: string, source: SheetSource): { cell?: CellXml; insertAt: number } {
  const cells = TAG(prefix, 'c');
  cells.lastIndex = row.contentStart!;
  for (let match = cells.exec(xml); match && match.index < row.contentEnd!; match = cells.exec(xml)) {
    const reference = parseCellAddress(attribute(match[2], 'r') ?? '');
    if (!reference) throw new XlsxError('sheet.cellWithoutReference', { ...source });
    const contentStart = match.index + match[0].length;
    const selfClosing = match[3] === '/';
    const close = selfClosing ? contentStart : xml.indexOf(`</${prefix}c>`, contentStart);
    const end = selfClosing ? contentStart : close + `</${prefix}c>`.length;
    if (reference.col > column) return { insertAt: match.index };
    if (reference.col === column)
      return {
        cell: { start: match.index, end, attributes: match[2], content: selfClosing ? '' : xml.slice(contentStart, close) },
        insertAt: match.index,
      };
    cells.lastIndex = end;
  }
  return { insertAt: row.contentEnd! };
}
