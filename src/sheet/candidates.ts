import { CellValue, isBlank, isExcelError } from '../engine/cells';
import { CandidateRow } from '../engine/rules';
import { StatusCoder, StatusCodes } from '../engine/statusCodes';
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
  /** Every candidate's status cells, coded once: candidate i's cell for `weeks[k]` is `statuses.code(i, k)`. */
  readonly statuses: StatusCodes;
}

/**
 * A candidate of the sheet. Its status cells stay coded in the sheet's StatusCodes, which the check, the
 * rules and the fingerprint read; `statuses` gives them as values, for a caller that wants a row of them.
 */
class SheetCandidate implements Candidate {
  constructor(
    readonly id: string,
    readonly row: number,
    readonly start: Day | undefined,
    readonly end: Day | undefined,
    private readonly codes: StatusCodes,
    private readonly index: number,
  ) {}

  get statuses(): readonly CellValue[] {
    return this.codes.row(this.index);
  }
}

/**
 * Reads the rows under the header. A row counts when it has an id or any status; rows without an id are
 * left to the check. Of two columns for the same week the first is read (the check reports the second).
 * A start or end cell that is not a date closes enrolment entirely, so nothing is paid on a guess; the
 * check reports it and an invoice is not built while it stands. Each status cell is coded as it is read
 * (statusCodes.ts): nothing else keeps a copy of a row.
 */
export function readCandidates(grid: SheetGrid, layout: SheetLayout, dateSystem: DateSystem): CandidateSheet {
  const seen = new Set<number>();
  const weekColumns = layout.weekColumns.filter(({ week }) => !seen.has(week.monday) && seen.add(week.monday));
  const columns = weekColumns.map(({ column }) => column);
  const coder = new StatusCoder(columns.length, Math.max(0, layout.lastDataRow - layout.firstDataRow + 1));
  const ids: string[] = [];
  const rows: number[] = [];
  const starts: (Day | undefined)[] = [];
  const ends: (Day | undefined)[] = [];
  for (let row = layout.firstDataRow; row <= layout.lastDataRow; row++) {
    const cells = grid.rows[row];
    if (!cells) continue;
    const idCell = cells[layout.idColumn];
    if (isBlank(idCell)) continue;
    coder.addRow(cells, columns);
    ids.push(idText(idCell));
    rows.push(row);
    starts.push(enrolmentDay(cells, layout.startColumn, dateSystem, Number.POSITIVE_INFINITY));
    ends.push(enrolmentDay(cells, layout.endColumn, dateSystem, Number.NEGATIVE_INFINITY));
  }
  const statuses = coder.finish();
  const headers = grid.rows[layout.headerRow] ?? [];
  return {
    layout,
    dateSystem,
    weeks: weekColumns.map(({ week }) => week),
    weekColumns: columns,
    weekHeaders: columns.map((column) => headers[column] ?? null),
    candidates: ids.map((id, index) => new SheetCandidate(id, rows[index], starts[index], ends[index], statuses, index)),
    statuses,
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
