import { cellAddress, CellValue, isExcelError } from '../../engine/cells';
import { CellSpec, SheetSpec } from '../../workbook/types';
import { fileFormula } from './formulaText';
import { CellStyle } from './styles';
import { encodeCellText, escapeXml } from './xmlText';

/**
 * A new worksheet part. Text goes in as inline strings, so the shared-strings part is never touched; a
 * formula carries the engine's value as its cached result, typed so Excel shows it before recalculating.
 */

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

export function cellStyleOf(cell: CellSpec): CellStyle {
  return { format: cell.format ?? 'general', bold: cell.bold ?? false };
}

export function worksheetXml(sheet: SheetSpec, styleIndex: (style: CellStyle) => number, tableRelationshipIds: readonly string[]): string {
  if (sheet.rows.length > MAX_ROWS) throw new Error(`Sheet '${sheet.name}' has ${sheet.rows.length} rows; Excel allows ${MAX_ROWS}`);
  const rows: string[] = [];
  let lastRow = 0;
  let lastColumn = 0;
  sheet.rows.forEach((cells, r) => {
    if (!cells) return;
    if (cells.length > MAX_COLUMNS) throw new Error(`Sheet '${sheet.name}' row ${r + 1} has ${cells.length} columns; Excel allows ${MAX_COLUMNS}`);
    let row = '';
    cells.forEach((cell, c) => {
      if (!cell) return;
      const xml = cellXml(cellAddress(r, c), cell, styleIndex(cellStyleOf(cell)));
      if (!xml) return;
      row += xml;
      lastColumn = Math.max(lastColumn, c);
    });
    if (!row) return;
    rows.push(`<row r="${r + 1}">${row}</row>`);
    lastRow = r;
  });
  const dimension = rows.length > 0 ? `A1:${cellAddress(lastRow, lastColumn)}` : 'A1';
  const tableParts = tableRelationshipIds.length > 0
    ? `<tableParts count="${tableRelationshipIds.length}">${tableRelationshipIds.map((id) => `<tablePart r:id="${escapeXml(id)}"/>`).join('')}</tableParts>`
    : '';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<dimension ref="${dimension}"/>${columnsXml(sheet.columnWidths ?? [])}<sheetData>${rows.join('')}</sheetData>${tableParts}</worksheet>`
  );
}

function cellXml(ref: string, cell: CellSpec, style: number): string {
  const s = style ? ` s="${style}"` : '';
  const value = cell.value ?? null;
  if (cell.formula !== undefined) {
    const formula = `<f>${escapeXml(fileFormula(cell.formula))}</f>`;
    if (value === null) return `<c r="${ref}"${s}>${formula}</c>`;
    const { type, text } = cached(value);
    return `<c r="${ref}"${s}${type}>${formula}<v>${text}</v></c>`;
  }
  if (value === null) return s ? `<c r="${ref}"${s}/>` : '';
  if (typeof value === 'string') return `<c r="${ref}"${s} t="inlineStr"><is>${textElement(value)}</is></c>`;
  const { type, text } = cached(value);
  return `<c r="${ref}"${s}${type}><v>${text}</v></c>`;
}

function cached(value: Exclude<CellValue, null>): { type: string; text: string } {
  if (typeof value === 'number') return Number.isFinite(value) ? { type: '', text: String(value) } : { type: ' t="e"', text: '#NUM!' };
  if (typeof value === 'string') return { type: ' t="str"', text: encodeCellText(value) };
  if (typeof value === 'boolean') return { type: ' t="b"', text: value ? '1' : '0' };
  if (isExcelError(value)) return { type: ' t="e"', text: escapeXml(value.error) };
  throw new Error(`Cannot write a cell value of type ${typeof value}`);
}

function textElement(text: string): string {
  const preserve = /^\s|\s$|[\t\n\r]/.test(text) ? ' xml:space="preserve"' : '';
  return `<t${preserve}>${encodeCellText(text)}</t>`;
}

/** Widths in characters become Excel's stored width: characters plus 5 px of padding, in 7 px digits. */
function columnsXml(widths: readonly number[]): string {
  const cols = widths
    .map((width, index) => (width > 0 ? `<col min="${index + 1}" max="${index + 1}" width="${Math.trunc(((width * 7 + 5) / 7) * 256) / 256}" customWidth="1"/>` : ''))
    .join('');
  return cols ? `<cols>${cols}</cols>` : '';
}
