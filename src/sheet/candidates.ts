import { CellValue, isBlank, isExcelError } from '../engine/cells';
import { CandidateRow } from '../engine/rules';
import { DateSystem, Day, dayFromSerial, IsoWeek } from '../engine/weeks';
import { SheetGrid } from '../workbook/types';
import { SheetLayout } from './layout';

export interface Candidate extends CandidateRow {
  readonly id: string;
  /** 0-based sheet row. */
  readonly row: number;
}

/** The candidate sheet as the rules see it: unique weeks in sheet order, one row per candidate. */
export interface CandidateSheet {
  readonly layout: SheetLayout;
  readonly dateSystem: DateSystem;
  readonly weeks: readonly IsoWeek[];
  /** Sheet column of each of `weeks`. */
  readonly weekColumns: readonly number[];
  /** The header cell of each of `weeks`, from which invoice formulas work out its Monday. */
  readonly weekHeaders: readonly CellValue[];
  readonly candidates: readonly Candidate[];
}

/**
 * Reads the rows under the header. A row counts when it has an id or any status; rows without an id are
 * left to the check. Of two columns for the same week the first is read (the check reports the second).
 * A start or end cell that is not a date closes enrolment entirely, so nothing is paid on a guess; the
 * check reports it and an invoice is not built while it stands.
 */
export function readCandidates(grid: SheetGrid, layout: SheetLayout, dateSystem: DateSystem): CandidateSheet {
  const seen = new Set<number>();
  const weekColumns = layout.weekColumns.filter(({ week }) => !seen.has(week.monday) && seen.add(week.monday));
  const columns = weekColumns.map(({ column }) => column);
  const contiguous = columns.every((column, index) => column === columns[0] + index);
  const statusesOf = contiguous
    ? (cells: readonly CellValue[]) => cells.slice(columns[0], columns[0] + columns.length)
    : (cells: readonly CellValue[]) => columns.map((column) => cells[column] ?? null);
  const candidates: Candidate[] = [];
  for (let row = layout.firstDataRow; row <= layout.lastDataRow; row++) {
    const cells = grid.rows[row];
    if (!cells) continue;
    const idCell = cells[layout.idColumn];
    if (isBlank(idCell)) continue;
    candidates.push({
      id: idText(idCell),
      row,
      start: enrolmentDay(cells, layout.startColumn, dateSystem, Number.POSITIVE_INFINITY),
      end: enrolmentDay(cells, layout.endColumn, dateSystem, Number.NEGATIVE_INFINITY),
      statuses: statusesOf(cells),
    });
  }
  const headers = grid.rows[layout.headerRow] ?? [];
  return {
    layout,
    dateSystem,
    weeks: weekColumns.map(({ week }) => week),
    weekColumns: columns,
    weekHeaders: columns.map((column) => headers[column] ?? null),
    candidates,
  };
}

export function idText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (isExcelError(value)) return value.error;
  return String(value).trim();
}

function enrolmentDay(cells: readonly CellValue[], column: number | undefined, system: DateSystem, ifInvalid: Day): Day | undefined {
  if (column === undefined) return undefined;
  const value = cells[column];
  if (isBlank(value)) return undefined;
  return typeof value === 'number' ? (dayFromSerial(value, system) ?? ifInvalid) : ifInvalid;
}
