import { columnIndex, columnLetters } from '../../engine/cells';
import { CellSpec, SheetSpec, TableSpec } from '../../workbook/types';
import { fileFormula } from './formulaText';
import { encodeCellTextAttribute, escapeXml } from './xmlText';

/**
 * A new table part. Excel requires the header cells to hold exactly the column names, so that is checked
 * before anything is written. The totals row mirrors what the sheet's totals-row cells hold: a text cell
 * becomes the column's `totalsRowLabel`, a formula cell its `totalsRowFormula` (function "custom").
 */

export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function parseRange(range: string): CellRange {
  const match = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7}):\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/.exec(range.trim());
  if (!match) throw new Error(`Table range '${range}' is not a range like A1:C10`);
  const [top, bottom] = [Number(match[2]) - 1, Number(match[4]) - 1];
  const [left, right] = [columnIndex(match[1]), columnIndex(match[3])];
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

function rangeText(range: CellRange): string {
  return `${columnLetters(range.left)}${range.top + 1}:${columnLetters(range.right)}${range.bottom + 1}`;
}

/** Checks a table against its sheet's cells and the sheet's other tables; returns its range. */
export function checkTable(table: TableSpec, sheet: SheetSpec, others: readonly CellRange[]): CellRange {
  const range = parseRange(table.range);
  const width = range.right - range.left + 1;
  const where = `Table '${table.name}' on sheet '${sheet.name}'`;
  if (table.columns.length !== width)
    throw new Error(`${where} has ${table.columns.length} column names for ${width} columns (${table.range})`);
  const minimumRows = table.totalsRow ? 3 : 2;
  if (range.bottom - range.top + 1 < minimumRows)
    throw new Error(`${where} needs a header row, at least one data row${table.totalsRow ? ' and its totals row' : ''} (${table.range})`);
  const seen = new Set<string>();
  table.columns.forEach((column, i) => {
    if (column.trim() === '') throw new Error(`${where}: column ${i + 1} has no name`);
    if (seen.has(column.toUpperCase())) throw new Error(`${where}: column name '${column}' appears twice`);
    seen.add(column.toUpperCase());
    const header = sheet.rows[range.top]?.[range.left + i];
    if (header?.formula !== undefined || header?.value !== column) {
      throw new Error(`${where}: header cell ${columnLetters(range.left + i)}${range.top + 1} must hold the text '${column}'`);
    }
  });
  const overlapping = others.find(
    (other) => other.left <= range.right && range.left <= other.right && other.top <= range.bottom && range.top <= other.bottom,
  );
  if (overlapping) throw new Error(`${where} overlaps another table at ${rangeText(overlapping)}`);
  return range;
}

export function tableXml(table: TableSpec, id: number, sheet: SheetSpec): string {
  const range = parseRange(table.range);
  const ref = rangeText(range);
  const totals = table.totalsRow ? sheet.rows[range.bottom] : undefined;
  const columns = table.columns.map((column, i) => columnXml(i + 1, column, totals?.[range.left + i] ?? null)).join('');
  const filter = rangeText({ ...range, bottom: table.totalsRow ? range.bottom - 1 : range.bottom });
  const name = escapeXml(table.name);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${name}" displayName="${name}" ref="${ref}"${table.totalsRow ? ' totalsRowCount="1"' : ' totalsRowShown="0"'}>` +
    `<autoFilter ref="${filter}"/><tableColumns count="${table.columns.length}">${columns}</tableColumns>` +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>'
  );
}

function columnXml(id: number, name: string, totals: CellSpec | null): string {
  const start = `<tableColumn id="${id}" name="${encodeCellTextAttribute(name)}"`;
  if (totals?.formula !== undefined) {
    return `${start} totalsRowFunction="custom"><totalsRowFormula>${escapeXml(fileFormula(totals.formula))}</totalsRowFormula></tableColumn>`;
  }
  if (typeof totals?.value === 'string' && totals.value !== '')
    return `${start} totalsRowLabel="${encodeCellTextAttribute(totals.value)}"/>`;
  return `${start}/>`;
}
