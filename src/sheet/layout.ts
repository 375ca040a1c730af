import { CellValue, isBlank } from '../engine/cells';
import { isEngineError } from '../engine/errors';
import { DateSystem, IsoWeek } from '../engine/weeks';
import { SheetGrid, TableInfo } from '../workbook/types';
import { parseRange } from '../workbook/ranges';
import { headerRole, looksLikeWeek, weekOfHeader } from './headers';

export interface WeekColumn {
  readonly column: number;
  readonly week: IsoWeek;
}

/** Where things are on a candidate sheet; rows and columns are 0-based. */
export interface SheetLayout {
  readonly sheet: string;
  readonly headerRow: number;
  readonly idColumn: number;
  readonly startColumn?: number;
  readonly endColumn?: number;
  /** Every readable week column in sheet order, duplicates and disorder included (the check reports them). */
  readonly weekColumns: readonly WeekColumn[];
  readonly unreadableWeekColumns: readonly number[];
  readonly firstDataRow: number;
  readonly lastDataRow: number;
}

export type LayoutProblem = 'header.notFound' | 'header.noIdColumn' | 'header.noWeeks';

export type LayoutResult =
  { readonly layout: SheetLayout } | { readonly problem: LayoutProblem; readonly row: number; readonly column: number };

export const HEADER_SEARCH_ROWS = 20;

/**
 * docs/rules.md §6: finds the header row within the first 20 rows (or takes the one given, 0-based), its id,
 * start and end columns and its week columns. Data rows run to the end of the sheet, or of the Excel
 * table whose header row it is (its totals row excluded).
 */
export function findLayout(grid: SheetGrid, tables: readonly TableInfo[], system: DateSystem, headerRow?: number): LayoutResult {
  const candidates =
    headerRow === undefined ? Array.from({ length: Math.min(HEADER_SEARCH_ROWS, grid.rows.length) }, (_, row) => row) : [headerRow];
  let weeksWithoutId: { row: number; column: number } | undefined;
  for (const row of candidates) {
    const cells = grid.rows[row] ?? [];
    const scanned = scanHeaderRow(cells, system);
    if (scanned.idColumn === undefined) {
      if (scanned.weekColumns.length > 0 && weeksWithoutId === undefined) weeksWithoutId = { row, column: scanned.weekColumns[0].column };
      continue;
    }
    if (scanned.weekColumns.length === 0 && scanned.unreadableWeekColumns.length === 0) {
      if (headerRow !== undefined) return { problem: 'header.noWeeks', row, column: scanned.idColumn };
      continue;
    }
    const body = tableBody(tables, grid.name, row, scanned.idColumn);
    return {
      layout: {
        sheet: grid.name,
        headerRow: row,
        idColumn: scanned.idColumn,
        startColumn: scanned.startColumn,
        endColumn: scanned.endColumn,
        weekColumns: scanned.weekColumns,
        unreadableWeekColumns: scanned.unreadableWeekColumns,
        firstDataRow: row + 1,
        lastDataRow: body?.lastRow ?? grid.rows.length - 1,
      },
    };
  }
  if (weeksWithoutId) return { problem: 'header.noIdColumn', ...weeksWithoutId };
  return { problem: headerRow === undefined ? 'header.notFound' : 'header.noIdColumn', row: headerRow ?? 0, column: 0 };
}

function scanHeaderRow(cells: readonly CellValue[], system: DateSystem) {
  let idColumn: number | undefined;
  let startColumn: number | undefined;
  let endColumn: number | undefined;
  const weekColumns: WeekColumn[] = [];
  const unreadableWeekColumns: number[] = [];
  cells.forEach((value, column) => {
    if (isBlank(value)) return;
    const role = headerRole(value);
    if (role === 'id' && idColumn === undefined) idColumn = column;
    else if (role === 'start' && startColumn === undefined) startColumn = column;
    else if (role === 'end' && endColumn === undefined) endColumn = column;
    if (role) return;
    const week = weekOfHeader(value, system);
    if (week === undefined) {
      if (looksLikeWeek(value)) unreadableWeekColumns.push(column);
    } else if (isEngineError(week)) unreadableWeekColumns.push(column);
    else weekColumns.push({ column, week });
  });
  return { idColumn, startColumn, endColumn, weekColumns, unreadableWeekColumns };
}

function tableBody(tables: readonly TableInfo[], sheet: string, headerRow: number, idColumn: number): { lastRow: number } | undefined {
  for (const table of tables) {
    if (table.sheet !== sheet || table.headerRowCount === 0) continue;
    const range = parseRange(table.range);
    if (range && range.top === headerRow && range.left <= idColumn && idColumn <= range.right)
      return { lastRow: range.bottom - table.totalsRowCount };
  }
  return undefined;
}
