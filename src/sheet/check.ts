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
import { ContractTerms } from './contractTerms';
import { Finding } from './findings';
import { findLayout, SheetLayout } from './layout';

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
 * DESIGN §6: checks a candidate sheet and its contract terms. Never throws on odd input: every
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
  const findings: Finding[] = [...contract.findings, ...checkWeekHeaders(grid, found.layout), ...columnsBeyondGrid(grid, found.layout)];
  checkRows(grid, sheet, contract.terms, findings);
  findings.push(...rowsBeyondGrid(grid, sheet));
  return { findings, sheet };
}

function checkWeekHeaders(grid: SheetGrid, layout: SheetLayout): Finding[] {
  const findings: Finding[] = [];
  const at = (column: number) => qualifiedAddress(grid.name, layout.headerRow, column);
  for (const column of layout.unreadableWeekColumns) {
    findings.push({
      severity: 'error',
      address: at(column),
      code: 'week.unreadable',
      params: { value: String(grid.rows[layout.headerRow]?.[column] ?? '') },
    });
  }
  const firstColumnOf = new Map<number, number>();
  let previous: SheetLayout['weekColumns'][number] | undefined;
  for (const current of layout.weekColumns) {
    const label = weekLabel(current.week);
    const other = firstColumnOf.get(current.week.monday);
    if (other !== undefined) {
      findings.push({ severity: 'error', address: at(current.column), code: 'week.duplicate', params: { week: label, other: at(other) } });
      continue;
    }
    firstColumnOf.set(current.week.monday, current.column);
    if (previous && current.week.monday < previous.week.monday) {
      findings.push({
        severity: 'warning',
        address: at(current.column),
        code: 'week.outOfOrder',
        params: { week: label, previous: weekLabel(previous.week) },
      });
    } else if (previous && current.week.monday - previous.week.monday > 7) {
      const count = (current.week.monday - previous.week.monday) / 7 - 1;
      findings.push({
        severity: 'warning',
        address: at(current.column),
        code: 'week.gap',
        params: { count, previous: weekLabel(previous.week), week: label },
      });
    }
    previous = current;
  }
  return findings;
}

/**
 * An invoice's formulas refer to the candidate's cells, so every cell read must be one Excel has: a column
 * past XFD or a row past 1,048,576 would give formulas over cells that do not exist. Whatever grid an
 * adapter hands over, such cells are an error (docs/rules.md §6).
 */
function columnsBeyondGrid(grid: SheetGrid, layout: SheetLayout): Finding[] {
  const columns = [layout.idColumn, layout.startColumn, layout.endColumn, ...layout.weekColumns.map(({ column }) => column)];
  return columns
    .filter((column): column is number => column !== undefined && column >= EXCEL_COLUMNS)
    .sort((a, b) => a - b)
    .map((column) => ({
      severity: 'error',
      address: qualifiedAddress(grid.name, layout.headerRow, column),
      code: 'grid.beyondColumns',
      params: { column: columnLetters(column) },
    }));
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
    if (isExcelError(idCell)) add('error', row, layout.idColumn, 'cell.excelError', { value: idCell.error });
    const earlier = firstRowOfId.get(candidate.id.toLowerCase());
    if (earlier !== undefined)
      add('error', row, layout.idColumn, 'id.duplicate', { id: candidate.id, other: qualifiedAddress(name, earlier, layout.idColumn) });
    else firstRowOfId.set(candidate.id.toLowerCase(), row);
    if (looksLikeCpr(candidate.id)) add('warning', row, layout.idColumn, 'id.looksLikeCpr');

    for (const column of [layout.startColumn, layout.endColumn]) {
      const value = column === undefined ? null : cells[column];
      if (column === undefined || isBlank(value) || typeof value === 'number') continue;
      if (isExcelError(value)) add('error', row, column, 'cell.excelError', { value: value.error });
      else add('error', row, column, 'date.invalid', { column: header(column), value: String(value) });
    }
    const { start, end } = candidate;
    if (start !== undefined && end !== undefined && Number.isFinite(start) && Number.isFinite(end) && end < start)
      add('error', row, layout.endColumn!, 'date.endBeforeStart');

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
      } else if (!weekOverlaps(week, start, end)) {
        add('error', row, column, 'status.outsideEnrolment', { week: weekLabel(week) });
      } else if (!inContract[index]) {
        add('error', row, column, 'status.outsideContract', { week: weekLabel(week) });
      } else if (++payable === (terms?.maxWeeks ?? 0) + 1) {
        firstBeyondMax = index;
      }
    }
    if (firstBeyondMax !== undefined && terms?.maxWeeks !== undefined) {
      add('warning', row, weekColumns[firstBeyondMax], 'candidate.pastMaxWeeks', {
        count: payable,
        max: terms.maxWeeks,
        week: weekLabel(weeks[firstBeyondMax]),
      });
    }
  }
}
