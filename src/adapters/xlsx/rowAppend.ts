import { columnIndex, columnLetters } from '../../engine/cells';
import { RowsAppend } from '../../workbook/types';
import { sheetDataOf } from './cellXml';
import { SheetSource } from './sheetScanner';
import { rowsXml } from './sheetWriter';
import { CellStyle } from './styles';
import { XlsxError } from './xlsxError';

/**
 * Adds `append.rows` below the last row of an existing worksheet part — the settlement ledger, a sheet
 * this product created. Refuses when the sheet already has a row at or below `append.firstRow`: rows are
 * only ever added into empty space, never merged into or over what is there.
 */
export function appendRowsToPart(xml: string, append: RowsAppend, part: string, styleIndex: (style: CellStyle) => number): string {
  const source: SheetSource = { part, sheet: append.sheet };
  const data = sheetDataOf(xml, source);
  const lastExisting = lastRowNumber(xml.slice(data.contentStart, data.contentEnd), data.prefix);
  if (lastExisting > append.firstRow)
    throw new XlsxError('append.rowsBelow', { sheet: append.sheet, row: append.firstRow + 1, last: lastExisting });
  const rows = rowsXml(append.sheet, append.rows, append.firstRow, styleIndex);
  if (rows.lastRow < 0) return xml;
  const prefixed = data.prefix ? rows.xml.replace(/<(\/?)(row|c|f|v|is|t)(?=[\s>/])/g, `<$1${data.prefix}$2`) : rows.xml;
  const edited = data.selfClosing
    ? `${xml.slice(0, data.start)}<${data.prefix}sheetData>${prefixed}</${data.prefix}sheetData>${xml.slice(data.contentStart)}`
    : `${xml.slice(0, data.contentEnd)}${prefixed}${xml.slice(data.contentEnd)}`;
  return widenDimension(edited, rows.lastRow, rows.lastColumn);
}

function lastRowNumber(sheetData: string, prefix: string): number {
  let last = 0;
  for (const match of sheetData.matchAll(new RegExp(`<${prefix}row\\b[^>]*?\\sr="(\\d+)"`, 'g'))) last = Math.max(last, Number(match[1]));
  return last;
}

/** The `<dimension>` grown to take in the new rows, so programs that trust it see them. */
function widenDimension(xml: string, lastRow: number, lastColumn: number): string {
  return xml.replace(
    /(<(?:[\w.-]+:)?dimension\s+ref=")([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?(")/,
    (_whole, open: string, left: string, top: string, right = left, bottom = top, close: string) => {
      const newRight = columnLetters(Math.max(columnIndex(right), lastColumn));
      return `${open}${left}${top}:${newRight}${Math.max(Number(bottom), lastRow + 1)}${close}`;
    },
  );
}
