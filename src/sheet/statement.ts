import { CellValue, isExcelError, qualifiedAddress } from '../engine/cells';
import { isEngineError } from '../engine/errors';
import { Amount, sum, ZERO } from '../engine/money';
import { parseStatus } from '../engine/status';
import { IsoWeek } from '../engine/weeks';
import { Invoice, InvoiceLine } from './invoice';
import { ReceivedLine, ReceivedTable } from './statementTable';

/**
 * - `missing`: the fund's invoice has a line the statement lacks;
 * - `extra`: the statement has a line the fund's invoice lacks (or a second line for one candidate);
 * - `status`: the statuses differ (the amounts may too);
 * - `amount`: same status, different amount;
 * - `unreadable`: the statement's amount cell holds no number, or a line has no candidate id.
 */
export type DifferenceKind = 'missing' | 'extra' | 'status' | 'amount' | 'unreadable';

/** One side of a difference; null where that side has no line or no such cell. */
export interface StatementSide {
  readonly status: string | null;
  readonly amount: Amount | null;
  /** Received: the cell that differs. Expected: the candidate's status cell on the fund's own sheet. */
  readonly address: string | null;
}

export interface StatementDifference {
  readonly kind: DifferenceKind;
  /** Null for the totals row or a line without an id. */
  readonly candidateId: string | null;
  readonly received: StatementSide;
  readonly expected: StatementSide;
  /** Received − expected; null when the received amount cannot be read. */
  readonly difference: Amount | null;
}

export interface StatementComparison {
  readonly week: IsoWeek;
  readonly agrees: boolean;
  /** Received lines in statement order, then missing lines in the fund's sheet order. */
  readonly differences: readonly StatementDifference[];
  readonly receivedLines: number;
  readonly expectedLines: number;
  /** The statement's totals row when it has a readable one, else the sum of its lines. */
  readonly receivedTotal: Amount;
  readonly receivedTotalAddress: string | null;
  readonly receivedLinesTotal: Amount;
  /** Whether the totals row equals the sum of the statement's own lines (true without a totals row). */
  readonly receivedFoots: boolean;
  readonly expectedTotal: Amount;
  /** receivedTotal − expectedTotal. */
  readonly difference: Amount;
}

const NO_SIDE: StatementSide = { status: null, amount: null, address: null };
const key = (id: string) => id.trim().toLowerCase();

/**
 * docs/rules.md §8: compares a received invoice table with the fund's own invoice for the same week, line by
 * line by candidate id (trimmed, any case), in exact øre. Statuses are equal when the engine reads them
 * as the same status ('selv' and 'S', 0.5 and '50%'); text it cannot read is compared as written.
 */
export function compareStatement(table: ReceivedTable, invoice: Invoice): StatementComparison {
  const own = ownCells(invoice);
  const unmatched = new Map(invoice.lines.map((line) => [key(line.candidate.id), line]));
  const differences: StatementDifference[] = [];
  for (const line of table.lines) {
    const expectedLine = unmatched.get(key(line.candidateId));
    unmatched.delete(key(line.candidateId));
    const expected = expectedLine ? sideOf(expectedLine) : (own.get(key(line.candidateId)) ?? NO_SIDE);
    const difference = lineDifference(line, expectedLine, expected);
    if (difference) differences.push(difference);
  }
  for (const line of unmatched.values()) {
    differences.push({
      kind: 'missing',
      candidateId: line.candidate.id,
      received: NO_SIDE,
      expected: sideOf(line),
      difference: ZERO.minus(line.amount),
    });
  }

  const receivedLinesTotal = sum(table.lines.flatMap((line) => (line.amount ? [line.amount] : [])));
  const totals = table.totals;
  if (totals && !totals.amount) {
    differences.push({
      kind: 'unreadable',
      candidateId: null,
      received: { status: null, amount: null, address: totals.address },
      expected: NO_SIDE,
      difference: null,
    });
  }
  const receivedTotal = totals?.amount ?? receivedLinesTotal;
  const receivedFoots = receivedTotal.equals(receivedLinesTotal);
  return {
    week: invoice.week,
    agrees: differences.length === 0 && receivedFoots,
    differences,
    receivedLines: table.lines.length,
    expectedLines: invoice.lines.length,
    receivedTotal,
    receivedTotalAddress: totals?.amount ? totals.address : null,
    receivedLinesTotal,
    receivedFoots,
    expectedTotal: invoice.total,
    difference: receivedTotal.minus(invoice.total),
  };
}

function lineDifference(
  line: ReceivedLine,
  expectedLine: InvoiceLine | undefined,
  expected: StatementSide,
): StatementDifference | undefined {
  const candidateId = line.candidateId === '' ? null : line.candidateId;
  const received = (address: string): StatementSide => ({ status: statusText(line.status), amount: line.amount ?? null, address });
  if (candidateId === null)
    return { kind: 'unreadable', candidateId, received: received(line.idAddress), expected: NO_SIDE, difference: null };
  if (!line.amount) return { kind: 'unreadable', candidateId, received: received(line.amountAddress), expected, difference: null };
  if (!expectedLine) return { kind: 'extra', candidateId, received: received(line.amountAddress), expected, difference: line.amount };
  const difference = line.amount.minus(expectedLine.amount);
  if (!sameStatus(line.status, expectedLine.status))
    return { kind: 'status', candidateId, received: received(line.statusAddress), expected, difference };
  if (!difference.isZero()) return { kind: 'amount', candidateId, received: received(line.amountAddress), expected, difference };
  return undefined;
}

function sideOf(line: InvoiceLine): StatementSide {
  return { status: statusText(line.status), amount: line.amount, address: line.statusAddress };
}

/** Each candidate's status cell for the week on the fund's own sheet, for lines only the statement has. */
function ownCells(invoice: Invoice): Map<string, StatementSide> {
  const { sheet } = invoice;
  const target = sheet.weeks.findIndex((week) => week.monday === invoice.week.monday);
  return new Map(
    sheet.candidates.map((candidate, index) => [
      key(candidate.id),
      {
        status: statusText(sheet.statuses.value(index, target)),
        amount: null,
        address: qualifiedAddress(sheet.layout.sheet, candidate.row, invoice.weekColumn),
      },
    ]),
  );
}

function sameStatus(received: CellValue, expected: CellValue): boolean {
  const [a, b] = [parseStatus(received), parseStatus(expected)];
  if (isEngineError(a) || isEngineError(b)) return statusText(received).trim().toUpperCase() === statusText(expected).trim().toUpperCase();
  if (a.status.kind === 'share' && b.status.kind === 'share') return a.status.share.equals(b.status.share);
  return a.status.kind === b.status.kind;
}

function statusText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (isExcelError(value)) return value.error;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
