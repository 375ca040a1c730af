import { CellValue, columnLetters, isBlank, isExcelError, qualifiedAddress } from '../engine/cells';
import { isEngineError } from '../engine/errors';
import { StatusCache } from '../engine/statusCache';
import { STATUS_WORDS } from '../engine/statusGrammar';
import { SheetGrid } from '../workbook/types';
import { Finding } from './findings';
import { SheetLayout } from './layout';

/** A finding at a column's header cell, placed once all the header row's findings are in column order. */
export type ColumnFinding = Omit<Finding, 'address'> & { readonly column: number };

/**
 * docs/rules.md §6: a column among the week columns whose header is not a week — a notes column, or a week
 * whose header was left blank or overwritten. No invoice counts its cells, so it must not pass in silence:
 * an error when its cells hold statuses, a warning when they hold notes or nothing.
 *
 * "Among the week columns" goes by the sheet's columns, not by the weeks' dates: any column right of the
 * leftmost week column and left of the rightmost one, so weeks out of date order change nothing. That is
 * the range a reader takes for the weeks, and the range an invoice's formulas count a candidate's earlier
 * weeks over. Columns outside it (names, advisors, notes kept to one side) are the sheet's own business.
 * Headers already reported as unreadable weeks, and the id, start and end columns, are not reported again.
 */
export function columnsAmongWeeks(grid: SheetGrid, layout: SheetLayout): ColumnFinding[] {
  const strays = strayColumns(layout);
  if (strays.length === 0) return [];
  const contents = strays.map(() => ({ statuses: [] as number[], notes: [] as number[] }));
  const cache = new StatusCache();
  for (let row = layout.firstDataRow; row <= layout.lastDataRow; row++) {
    const cells = grid.rows[row];
    if (!cells) continue;
    for (let index = 0; index < strays.length && strays[index] < cells.length; index++) {
      const value = cells[strays[index]];
      if (isBlank(value)) continue;
      (holdsStatus(value, cache) ? contents[index].statuses : contents[index].notes).push(row);
    }
  }
  const header = grid.rows[layout.headerRow] ?? [];
  return strays.flatMap((column, index): ColumnFinding[] => {
    const { statuses, notes } = contents[index];
    const headerText = isBlank(header[column]) ? '' : String(header[column]).trim();
    const params = { column: columnLetters(column), header: headerText };
    const filled = (rows: number[]) => ({
      ...params,
      count: rows.length,
      first: qualifiedAddress(grid.name, rows[0], column),
      value: String(shown(grid.rows[rows[0]]![column])),
    });
    if (statuses.length > 0) return [{ column, severity: 'error', code: 'column.statuses', params: filled(statuses) }];
    if (notes.length > 0) return [{ column, severity: 'warning', code: 'column.notes', params: filled(notes) }];
    return headerText === '' ? [] : [{ column, severity: 'warning', code: 'column.notWeek', params }];
  });
}

/** The columns between the leftmost and the rightmost week column that have no part in the layout, left to right. */
function strayColumns(layout: SheetLayout): number[] {
  const weekColumns = layout.weekColumns.map(({ column }) => column);
  if (weekColumns.length < 2) return [];
  const [first, last] = [Math.min(...weekColumns), Math.max(...weekColumns)];
  const placed = new Set([...weekColumns, ...layout.unreadableWeekColumns, layout.idColumn, layout.startColumn, layout.endColumn]);
  const strays: number[] = [];
  for (let column = first + 1; column < last; column++) if (!placed.has(column)) strays.push(column);
  return strays;
}

const STATUS_SPELLINGS = new Set(Object.values(STATUS_WORDS).flat());
const INVISIBLE = /[\s\u00ad\u200b-\u200d\u2060\ufeff\p{Cc}]/gu;
const NUMBER_LIKE = /^[0-9.,%+\-eE]*[0-9][0-9.,%+\-eE]*$/;

/**
 * A cell holds a status when the status grammar reads it as self-supporting, or when it would be a status
 * word or a share but for how it is written (a non-breaking space, full-width letters, a sign, a number
 * above 1), or when it holds an error value. Text that is no status in any spelling is a note; so is a
 * status that claims no self-support (O, 0, -), which no invoice would pay whatever its column.
 */
function holdsStatus(value: CellValue, cache: StatusCache): boolean {
  const reading = cache.read(value);
  if (!isEngineError(reading)) return reading.status.kind !== 'none';
  if (typeof value !== 'string') return true;
  const essence = value.normalize('NFKC').replace(INVISIBLE, '').toUpperCase();
  return STATUS_SPELLINGS.has(essence) || NUMBER_LIKE.test(essence);
}

function shown(value: CellValue): string {
  if (isExcelError(value)) return value.error;
  return typeof value === 'boolean' ? String(value).toUpperCase() : String(value);
}
