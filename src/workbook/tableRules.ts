import { columnLetters } from '../engine/cells';
import { CellRange, parseRange } from './ranges';
import { SheetSpec, TableSpec } from './types';

/**
 * Excel's rules for a table the product adds: header cells that hold exactly the column names, distinct
 * column names, room for a data row (and the totals row), and no overlap with another table. Both adapters
 * check them before writing anything, because Excel would otherwise "repair" the file and drop the table.
 */

export function tableRange(table: TableSpec): CellRange {
  const range = table.range.includes(':') ? parseRange(table.range) : undefined;
  if (!range) throw new Error(`Table range '${table.range}' is not a range like A1:C10`);
  return range;
}

export function rangeText(range: CellRange): string {
  return `${columnLetters(range.left)}${range.top + 1}:${columnLetters(range.right)}${range.bottom + 1}`;
}

/** Checks a table against its sheet's cells and the sheet's other tables; returns its range. */
export function checkTable(table: TableSpec, sheet: SheetSpec, others: readonly CellRange[]): CellRange {
  const range = tableRange(table);
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
