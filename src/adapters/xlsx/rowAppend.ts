import { columnIndex, columnLetters } from '../../engine/cells';
import { RowsAppend } from '../../workbook/types';
import { dimensionRef, readSheetXml, SheetXml } from './cellXml';
import { rowsXml } from './sheetWriter';
import { CellStyle } from './styles';
import { XlsxError } from './xlsxError';

/**
 * Adds `append.rows` below the last row of an existing worksheet part — the settlement ledger, a sheet
 * this product created. Refuses when the sheet already has a row at or below `append.firstRow`: rows are
 * only ever added into empty space, never merged into or over what is there.
 */
export function appendRowsToPart(xml: string, append: RowsAppend, part: string, styleIndex: (style: CellStyle) => number): string {
  const sheet = readSheetXml(xml, { part, sheet: append.sheet });
  if (sheet.lastRow > append.firstRow)
    throw new XlsxError('append.rowsBelow', { sheet: append.sheet, row: append.firstRow + 1, last: sheet.lastRow });
  const rows = rowsXml(append.sheet, append.rows, append.firstRow, styleIndex);
  if (rows.lastRow < 0) return xml;
  const { prefix, sheetData } = sheet;
  const prefixed = prefix ? rows.xml.replace(/<(\/?)(row|c|f|v|is|t)(?=[\s>/])/g, `<$1${prefix}$2`) : rows.xml;
  const edited = sheetData.selfClosing
    ? `${xml.slice(0, sheetData.start)}<${prefix}sheetData>${prefixed}</${prefix}sheetData>${xml.slice(sheetData.contentStart)}`
    : `${xml.slice(0, sheet.contentEnd)}${prefixed}${xml.slice(sheet.contentEnd)}`;
  return widenDimension(edited, sheet, rows.lastRow, rows.lastColumn);
}

/** The `<dimension>` grown to take in the new rows, so programs that trust it see them; it comes before sheetData, so it has not moved. */
function widenDimension(xml: string, sheet: SheetXml, lastRow: number, lastColumn: number): string {
  const dimension = dimensionRef(xml, sheet);
  const match = dimension && /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(dimension.ref);
  if (!dimension || !match) return xml;
  const [, left, top, right = left, bottom = top] = match;
  const ref = `${left}${top}:${columnLetters(Math.max(columnIndex(right), lastColumn))}${Math.max(Number(bottom), lastRow + 1)}`;
  return xml.slice(0, dimension.start) + ref + xml.slice(dimension.end);
}
