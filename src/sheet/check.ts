import { CellValue, columnLetters, isBlank, isExcelError, qualifiedAddress } from '../engine/cells';
import { EngineError, isEngineError } from '../engine/errors';
import { BLANK_CODE } from '../engine/statusCodes';
import { Terms } from '../engine/terms';
import { shareOf, Status, StatusNote } from '../engine/status';
import { excelTrim } from '../engine/statusGrammar';
import { DateSystem, weekLabel, weekOverlaps } from '../engine/weeks';
import { EXCEL_COLUMNS, EXCEL_ROWS } from '../workbook/ranges';
import { SheetGrid, TableInfo } from '../workbook/types';
import { CandidateSheet, readCandidates } from './candidates';
import { ColumnFinding, columnsAmongWeeks } from './columnsAmongWeeks';
import { ContractTerms } from './contractTerms';
import { Finding } from './findings';
import { findLayout, SheetLayout, WeekColumn } from './layout';

export interface SheetCheck {
  readonly findings: readonly Finding[];
  /** The sheet as read, when a header row was found. */
  readonly sheet?: CandidateSheet;
}

export interface CheckOptions {
  /** 0-based header row chosen by the user instead of the automatic search. */
  readonly headerRow?: number;
}

/**
 * docs/rules.md §6: checks a candidate sheet and its contract terms. Never throws on odd input: every
 * problem becomes a finding at its cell. Findings come in sheet order: header, then row by row.
 */
export function checkSheet(
  grid: SheetGrid,
  tables: readonly TableInfo[],
  dateSystem: DateSystem,
  contract: ContractTerms,
  options: CheckOptions = {},
): SheetCheck {
  const found = findLayout(grid, tables, dateSystem, options.headerRow);
  if ('problem' in found) {
    return {
      findings: [
        ...contract.findings,
        { severity: 'error', address: qualifiedAddress(grid.name, found.row, found.column), code: found.problem, params: {} },
      ],
    };
  }
  const sheet = readCandidates(grid, found.layout, dateSystem);
  const headerFindings = [
    ...checkWeekHeaders(grid, found.layout),
    ...columnsAmongWeeks(grid, found.layout),
    ...columnsBeyondGrid(found.layout),
  ]
    .sort((a, b) => a.column - b.column)
    .map(({ column, ...finding }): Finding => ({ ...finding, address: qualifiedAddress(grid.name, found.layout.headerRow, column) }));
  const findings: Finding[] = [...contract.findings, ...headerFindings];
  checkRows(grid, sheet, contract.terms, findings);
  findings.push(...rowsBeyondGrid(grid, sheet));
  return { findings, sheet };
}

/** The week headers: unreadable, duplicated, out of date order, weeks missing. */
function checkWeekHeaders(grid: SheetGrid, layout: SheetLayout): ColumnFinding[] {
  const found: ColumnFinding[] = [];
  for (const column of layout.unreadableWeekColumns) {
    const value = String(grid.rows[layout.headerRow]?.[column] ?? '');
    found.push({ column, severity: 'error', code: 'week.unreadable', params: { value } });
  }
  const firstOf = new Map<number, WeekColumn>();
  let previous: WeekColumn | undefined;
  for (const current of layout.weekColumns) {
    const week = weekLabel(current.week);
    const other = firstOf.get(current.week.monday);
    if (other !== undefined) {
      const params = { week, other: qualifiedAddress(grid.name, layout.headerRow, other.column) };
      found.push({ column: current.column, severity: 'error', code: 'week.duplicate', params });
      continue;
    }
    firstOf.set(current.week.monday, current);
    if (previous && current.week.monday < previous.week.monday) {
      const params = { week, previous: weekLabel(previous.week) };
      found.push({ column: current.column, severity: 'warning', code: 'week.outOfOrder', params });
    }
    previous = current;
  }
  // Weeks are missing between the weeks in date order: a week merely out of place is not missing, and its
  // column's one warning says so. A gap is reported at the week after it.
  const byDate = [...firstOf.values()].sort((a, b) => a.week.monday - b.week.monday);
  byDate.forEach((current, index) => {
    const before = byDate[index - 1];
    if (!before || current.week.monday - before.week.monday <= 7) return;
    const params = {
      count: (current.week.monday - before.week.monday) / 7 - 1,
      previous: weekLabel(before.week),
      week: weekLabel(current.week),
    };
    found.push({ column: current.column, severity: 'warning', code: 'week.gap', params });
  });
  return found;
}

/**
 * An invoice's formulas refer to the candidate's cells, so every cell read must be one Excel has: a column
 * past XFD or a row past 1,048,576 would give formulas over cells that do not exist. Whatever grid an
 * adapter hands over, such cells are an error (docs/rules.md §6).
 */
function columnsBeyondGrid(layout: SheetLayout): ColumnFinding[] {
  const columns = [layout.idColumn, layout.startColumn, layout.endColumn, ...layout.weekColumns.map(({ column }) => column)];
  return columns
    .filter((column): column is number => column !== undefined && column >= EXCEL_COLUMNS)
    .map((column) => ({ column, severity: 'error', code: 'grid.beyondColumns', params: { column: columnLetters(column) } }));
}

function rowsBeyondGrid(grid: SheetGrid, sheet: CandidateSheet): Finding[] {
  const beyond = sheet.candidates.filter((candidate) => candidate.row >= EXCEL_ROWS);
  if (beyond.length === 0) return [];
  return [
    {
      severity: 'error',
      address: qualifiedAddress(grid.name, beyond[0].row, sheet.layout.idColumn),
      code: 'grid.beyondRows',
      params: { count: beyond.length },
    },
  ];
}

/** A status cell that is read but not in canonical form (docs/status-grammar.md) gets a warning saying how it is read. */
const NOTE_FINDINGS: Readonly<Record<StatusNote, Finding['code']>> = {
  numberAsText: 'status.numberAsText',
  spaces: 'status.spaces',
  logical: 'status.logical',
};

function noteParams(value: CellValue, status: Status): Finding['params'] {
  const text = typeof value === 'string' ? value : String(value).toUpperCase();
  return { value: text, word: excelTrim(text), number: shareOf(status)?.toString() ?? '' };
}

const CPR_LIKE = /^(\d{2})(\d{2})(\d{2})-?\d{4}$/;

/** Whether a candidate id looks like a Danish CPR number (DDMMYY-NNNN): personal data that must not leave the sheet. */
export function looksLikeCpr(id: string): boolean {
  const match = CPR_LIKE.exec(id);
  if (!match) return false;
  const [day, month] = [Number(match[1]), Number(match[2])];
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

/**
 * Row by row: ids, enrolment dates, statuses. One fault is one finding: a start or end date that cannot
 * be read, or an end before the start, is reported at its cell, and the row's statuses are then not also
 * reported as outside an enrolment nobody can know (nor its weeks counted against max weeks); the date
 * error holds the invoice anyway. Contract terms that cannot be read leave `terms` undefined, so no status
 * is reported outside a contract period nobody can know either.
 */
function checkRows(grid: SheetGrid, sheet: CandidateSheet, terms: Terms | undefined, findings: Finding[]): void {
  const { layout, weeks, weekColumns } = sheet;
  const { codes, values, readings, weekCount } = sheet.statuses;
  const name = grid.name;
  const weekOrder = weeks.map((_, index) => index).sort((a, b) => weeks[a].monday - weeks[b].monday);
  const inContract = weeks.map((week) => weekOverlaps(week, terms?.contractStart, terms?.contractEnd));
  const firstRowOfId = new Map<string, number>();
  const add = (
    severity: Finding['severity'],
    row: number,
    column: number,
    code: Finding['code'],
    params: Finding['params'] = {},
    cause?: EngineError,
  ) => findings.push({ severity, address: qualifiedAddress(name, row, column), code, params, ...(cause ? { cause } : {}) });
  const header = (column: number) => String(grid.rows[layout.headerRow]?.[column] ?? '');
  let next = 0;

  for (let row = layout.firstDataRow; row <= layout.lastDataRow; row++) {
    const cells = grid.rows[row];
    if (!cells) continue;
    const candidateIndex = next;
    const candidate = sheet.candidates[candidateIndex]?.row === row ? sheet.candidates[next++] : undefined;
    if (!candidate) {
      if (weekColumns.some((column) => !isBlank(cells[column]))) add('error', row, layout.idColumn, 'id.blank');
      continue;
    }
    const idCell = cells[layout.idColumn];
    // An id cell holding an error value is reported as such, not again as a duplicate of another such cell.
    const earlier = firstRowOfId.get(candidate.id.toLowerCase());
    if (isExcelError(idCell)) add('error', row, layout.idColumn, 'cell.excelError', { value: idCell.error });
    else if (earlier !== undefined)
      add('error', row, layout.idColumn, 'id.duplicate', { id: candidate.id, other: qualifiedAddress(name, earlier, layout.idColumn) });
    else firstRowOfId.set(candidate.id.toLowerCase(), row);
    if (looksLikeCpr(candidate.id)) add('warning', row, layout.idColumn, 'id.looksLikeCpr');

    let enrolmentKnown = true;
    const { start, end } = candidate;
    // The day as readCandidates read it: undefined when blank, infinite when the cell is no date (text, an
    // error, or a number outside the date system's serials, such as 0, which the invoice's formulas would
    // read as a date before any week rather than as the closed enrolment the rules give).
    for (const [column, day] of [
      [layout.startColumn, start],
      [layout.endColumn, end],
    ] as const) {
      if (column === undefined || day === undefined || Number.isFinite(day)) continue;
      const value = cells[column];
      enrolmentKnown = false;
      if (isExcelError(value)) add('error', row, column, 'cell.excelError', { value: value.error });
      else add('error', row, column, 'date.invalid', { column: header(column), value: String(value) });
    }
    if (start !== undefined && end !== undefined && Number.isFinite(start) && Number.isFinite(end) && end < start) {
      add('error', row, layout.endColumn!, 'date.endBeforeStart');
      enrolmentKnown = false;
    }

    let payable = 0;
    let firstBeyondMax: number | undefined;
    const statusesAt = candidateIndex * weekCount;
    for (const index of weekOrder) {
      const code = codes[statusesAt + index];
      if (code === BLANK_CODE) continue;
      const column = weekColumns[index];
      const value = values[code];
      const reading = readings[code];
      if (isEngineError(reading)) {
        add('error', row, column, 'status.invalid', {}, reading);
        continue;
      }
      if (reading.note) add('warning', row, column, NOTE_FINDINGS[reading.note], noteParams(value, reading.status));
      if (reading.status.kind === 'none') continue;
      const week = weeks[index];
      if (reading.status.kind === 'partial' && terms && terms.partialRate === undefined) {
        add('error', row, column, 'status.partialWithoutRate');
      } else if (enrolmentKnown && !weekOverlaps(week, start, end)) {
        add('error', row, column, 'status.outsideEnrolment', { week: weekLabel(week) });
      } else if (!inContract[index]) {
        add('error', row, column, 'status.outsideContract', { week: weekLabel(week) });
      } else if (++payable === (terms?.maxWeeks ?? 0) + 1) {
        firstBeyondMax = index;
      }
    }
    if (firstBeyondMax !== undefined && terms?.maxWeeks !== undefined && enrolmentKnown) {
      add('warning', row, weekColumns[firstBeyondMax], 'candidate.pastMaxWeeks', {
        count: payable,
        max: terms.maxWeeks,
        week: weekLabel(weeks[firstBeyondMax]),
      });
    }
  }
}
