import { CellValue, columnLetters, isBlank } from '../engine/cells';
import { EngineError, isEngineError } from '../engine/errors';
import { Amount, maxAmount, ZERO } from '../engine/money';
import { Reason } from '../engine/rules';
import { weekPayment } from '../engine/payment';
import { parseStatus, Status, StatusReading } from '../engine/status';
import { Day, IsoWeek, parseWeekLabel, weekOverlaps } from '../engine/weeks';
import { Terms } from '../engine/terms';
import { SheetGrid } from '../workbook/types';
import { Candidate, CandidateSheet } from './candidates';
import { Finding } from './findings';
import { buildInvoice, isRefusal } from './invoice';
import { readIssued } from './issued';
import { ledgerInvoicedBefore, Ledger } from './ledger';
import { parseRange, splitSheetReference } from '../workbook/ranges';
import { sheetCell } from './settlementTable';
import { isWorkbookText, WorkbookTextKey } from './workbookTexts';

export { LINE_SHEETS } from './sheetNames';

/**
 * "How was this amount derived?" for one cell: an amount on an invoice or correction sheet, a cell whose
 * formula is a SIB function of a status cell, or a status cell itself. Every figure comes from the same
 * settlement an invoice is built by (buildInvoice over the candidate sheet's whole history, with the
 * ledger's record of what was invoiced before), so the explanation and the invoice cannot disagree. The
 * task pane turns this model into sentences.
 */

export interface ExplainedLine {
  readonly candidateId: string;
  readonly candidateSheet: string;
  readonly week: IsoWeek;
  readonly statusAddress: string;
  readonly status: CellValue;
  readonly reading: StatusReading | EngineError;
  /** The term the status is paid at; absent for a status that pays nothing. */
  readonly rateTerm?: 'weeklyRate' | 'partialRate';
  readonly rate?: Amount;
  readonly share?: Amount;
  /** rate × share before rounding to øre. */
  readonly exact?: Amount;
  /** What the status pays for a week (docs/rules.md §4.4), rounded to øre, before the limits of §4.5. */
  readonly price?: Amount;
  readonly enrolment: { readonly start?: Day; readonly end?: Day; readonly within: boolean };
  readonly contract: { readonly start?: Day; readonly end?: Day; readonly within: boolean };
  readonly payableBefore: number;
  readonly maxWeeks?: number;
  readonly cap?: { readonly cap: Amount; readonly usedBefore: Amount; readonly remaining: Amount };
  /** What the week pays under the per-candidate rules, rounded to øre. */
  readonly uncapped: Amount;
  readonly amount: Amount;
  readonly reason: Reason | null;
  readonly currency: string;
}

export type ExplainSource =
  /** A line of an invoice or correction sheet; `issued` is what that sheet charged, when it says. */
  | { readonly kind: 'invoice'; readonly sheet: string; readonly issued?: { readonly amount: Amount; readonly address: string } }
  | { readonly kind: 'formula'; readonly formula: string; readonly functionName: string }
  | { readonly kind: 'status' };

export type ExplainRefusal =
  | { readonly why: 'not-explainable' }
  | { readonly why: 'formula-argument'; readonly formula: string }
  | { readonly why: 'no-candidate'; readonly candidateId: string; readonly sheet: string }
  | { readonly why: 'no-week'; readonly week: string; readonly sheet: string }
  | { readonly why: 'blocking-findings'; readonly findings: readonly Finding[] }
  | { readonly why: 'ledger-unreadable'; readonly cells: readonly string[] };

export type Explanation =
  | { readonly address: string; readonly source: ExplainSource; readonly line: ExplainedLine }
  | { readonly address: string; readonly refusal: ExplainRefusal };

/** What is asked about: the candidate sheet, the candidate (by id or row) and the week (by label or column). */
export interface ExplainTarget {
  readonly source: ExplainSource;
  readonly sheet: string;
  readonly candidate: { readonly id: string } | { readonly row: number };
  readonly week: { readonly label: string } | { readonly column: number };
}

/** What a cell of `grid` asks about: a SIB formula's status cell, an invoice line, or else the cell itself as a status. */
export function cellTarget(grid: SheetGrid, row: number, column: number, formula: string | undefined): ExplainTarget | ExplainRefusal {
  return (
    sibFormulaTarget(formula, grid.name) ??
    invoiceLineTarget(grid, row) ?? { source: { kind: 'status' }, sheet: grid.name, candidate: { row }, week: { column } }
  );
}

/**
 * The explanation of the target's candidate-week, settled as runInvoice settles it: once there is a
 * ledger, what was invoiced before the week is what the ledger records.
 */
export async function explainLine(
  sheet: CandidateSheet,
  terms: Terms,
  findings: readonly Finding[],
  target: ExplainTarget,
  ledger?: Ledger,
): Promise<ExplainedLine | ExplainRefusal> {
  if (ledger && ledger.unreadable.length > 0) return { why: 'ledger-unreadable', cells: ledger.unreadable };
  const index = sheet.candidates.findIndex((candidate) =>
    'id' in target.candidate ? candidate.id.toLowerCase() === target.candidate.id.toLowerCase() : candidate.row === target.candidate.row,
  );
  if (index < 0)
    return 'id' in target.candidate
      ? { why: 'no-candidate', candidateId: target.candidate.id, sheet: sheet.layout.sheet }
      : { why: 'not-explainable' };
  const week = targetWeek(target.week, sheet.weeks, sheet.weekColumns);
  if (!week)
    return 'label' in target.week ? { why: 'no-week', week: target.week.label, sheet: sheet.layout.sheet } : { why: 'not-explainable' };
  const invoice = await buildInvoice(sheet, terms, findings, week, {
    invoicedBefore: ledgerInvoicedBefore(ledger, week),
    alwaysLine: new Set([index]),
  });
  if (isRefusal(invoice))
    return invoice.refused === 'blocking-findings'
      ? { why: 'blocking-findings', findings: invoice.findings }
      : { why: 'no-week', week: invoice.week, sheet: sheet.layout.sheet };
  const candidate = sheet.candidates[index];
  const line = invoice.lines.find((each) => each.candidate.row === candidate.row)!;
  const reading = parseStatus(line.status);
  const paid = !isEngineError(reading) && reading.status.kind !== 'none';
  return {
    candidateId: candidate.id,
    candidateSheet: sheet.layout.sheet,
    week,
    statusAddress: line.statusAddress,
    status: line.status,
    reading,
    rateTerm: paid ? (reading.status.kind === 'partial' ? 'partialRate' : 'weeklyRate') : undefined,
    rate: paid ? line.rate : undefined,
    share: paid ? line.share : undefined,
    exact: paid && line.rate && line.share ? line.rate.times(line.share) : undefined,
    price: paid ? priceOf(reading.status, terms) : undefined,
    enrolment: enrolmentOf(candidate, week),
    contract: { start: terms.contractStart, end: terms.contractEnd, within: weekOverlaps(week, terms.contractStart, terms.contractEnd) },
    payableBefore: line.payableBefore,
    maxWeeks: terms.maxWeeks,
    cap: terms.paymentCap && {
      cap: terms.paymentCap,
      usedBefore: line.capUsedBefore,
      remaining: maxAmount(ZERO, terms.paymentCap.minus(line.capUsedBefore)),
    },
    uncapped: line.uncapped,
    amount: line.amount,
    reason: line.reason,
    currency: terms.currency,
  };
}

export function isExplainRefusal(value: object): value is ExplainRefusal {
  return 'why' in value;
}

function priceOf(status: Status, terms: Terms): Amount | undefined {
  const price = weekPayment(status, terms);
  return isEngineError(price) ? undefined : price;
}

function enrolmentOf(candidate: Candidate, week: IsoWeek): ExplainedLine['enrolment'] {
  const known = (day: Day | undefined) => (day !== undefined && Number.isFinite(day) ? day : undefined);
  return { start: known(candidate.start), end: known(candidate.end), within: weekOverlaps(week, candidate.start, candidate.end) };
}

function targetWeek(week: ExplainTarget['week'], weeks: readonly IsoWeek[], columns: readonly number[]): IsoWeek | undefined {
  if ('column' in week) return weeks[columns.indexOf(week.column)];
  const parsed = parseWeekLabel(week.label);
  return isEngineError(parsed) ? undefined : weeks.find((each) => each.monday === parsed.monday);
}

/** `=SIB.RESULTPAYMENT(Candidates!H14, …)` as Excel shows it, or `_xldudf_SIB_…` as a file may store it. */
const SIB_CALL = /^=?\s*(?:_xldudf_)?SIB[._]([A-Z]+)\s*\(\s*((?:'(?:[^']|'')+'|[^'(),])+)/i;

function sibFormulaTarget(formula: string | undefined, sheet: string): ExplainTarget | ExplainRefusal | undefined {
  const call = formula === undefined ? null : SIB_CALL.exec(formula.trim());
  if (!call || formula === undefined) return undefined;
  const argument = call[2].trim();
  const reference = splitSheetReference(argument) ?? { sheet, range: argument };
  const range = parseRange(reference.range);
  if (!range || range.top !== range.bottom || range.left !== range.right) return { why: 'formula-argument', formula };
  return {
    source: { kind: 'formula', formula, functionName: call[1].toUpperCase() },
    sheet: reference.sheet,
    candidate: { row: range.top },
    week: { column: range.left },
  };
}

/**
 * A line of a sheet this product wrote (invoice or correction), in any language: its table's `Candidate ID`
 * header in column A, its header block's `Week` and `Source sheet`. The totals row and anything above the
 * table are not lines.
 */
function invoiceLineTarget(grid: SheetGrid, row: number): ExplainTarget | undefined {
  const header = tableHeaderRow(grid);
  const id = grid.rows[row]?.[0];
  if (header < 0 || row <= header || isBlank(id) || isWorkbookText(id, 'row.total')) return undefined;
  const label = (key: WorkbookTextKey) => grid.rows.slice(0, header).find((cells) => isWorkbookText(cells?.[0], key))?.[1];
  const week = label('header.week');
  const source = label('header.sourceSheet');
  if (typeof week !== 'string' || typeof source !== 'string') return undefined;
  const issued = readIssued(grid).get(String(id).trim().toLowerCase());
  return {
    source: {
      kind: 'invoice',
      sheet: grid.name,
      issued: issued && { amount: issued.amount, address: sheetCell(grid.name, issued.address) },
    },
    sheet: source,
    candidate: { id: String(id).trim() },
    week: { label: week },
  };
}

/** The lines of an invoice or correction sheet, each with the address of its Amount cell, for picking one to explain. */
export function explainableLines(grid: SheetGrid): { readonly candidateId: string; readonly address: string }[] {
  const header = tableHeaderRow(grid);
  const column = header < 0 ? -1 : grid.rows[header]!.findIndex((name) => isWorkbookText(name, 'column.amount'));
  if (column < 0) return [];
  const lines: { candidateId: string; address: string }[] = [];
  for (let row = header + 1; row < grid.rows.length; row++) {
    const id = grid.rows[row]?.[0];
    if (isWorkbookText(id, 'row.total')) break;
    if (!isBlank(id)) lines.push({ candidateId: String(id).trim(), address: sheetCell(grid.name, `${columnLetters(column)}${row + 1}`) });
  }
  return lines;
}

/** The row of a line table's header: `Candidate ID` in column A, in any language. */
function tableHeaderRow(grid: SheetGrid): number {
  return grid.rows.findIndex((cells) => isWorkbookText(cells?.[0], 'column.id'));
}
