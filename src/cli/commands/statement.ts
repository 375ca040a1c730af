import { errorMessage } from '../../engine/errors';
import { Language } from '../../engine/messages';
import { Amount, formatAmount } from '../../engine/money';
import { weekLabel } from '../../engine/weeks';
import { JobError } from '../../jobs/jobError';
import { runStatement, StatementJobResult, StatementRefusal } from '../../jobs/statementJob';
import { showFinding, ShownFinding } from '../../sheet/findings';
import { DifferenceKind, StatementSide } from '../../sheet/statement';
import { CliError, EXIT_FINDINGS } from '../cliError';
import { openWorkbook } from '../files';
import { Blocked } from './blocked';
import { cliStrings } from '../text/cliStrings';
import { parseWeekOption } from './invoice';

export interface StatementOptions {
  /** The received workbook holding the invoice table. */
  readonly invoice: string;
  /** The fund's own workbook: candidate sheet and contract terms. */
  readonly book: string;
  readonly week?: string;
  readonly sheet?: string;
  readonly headerRow?: number;
  readonly language: Language;
  readonly progress: (message: string) => void;
}

export interface StatementSideReport {
  readonly status: string | null;
  readonly amount: string | null;
  readonly address: string | null;
}

export interface StatementDifferenceReport {
  readonly kind: DifferenceKind;
  readonly candidateId: string | null;
  readonly received: StatementSideReport;
  readonly expected: StatementSideReport;
  readonly difference: string | null;
}

export interface StatementReport {
  readonly week: string;
  readonly agrees: boolean;
  /** Where the received invoice table starts: its Candidate ID header cell. */
  readonly receivedTable: string;
  /** The received correction tables applied to the invoice, in the order they were built. */
  readonly receivedCorrections: readonly string[];
  /** The fund's own candidate sheet. */
  readonly sheet: string;
  readonly currency: string;
  readonly receivedLines: number;
  readonly expectedLines: number;
  readonly differences: readonly StatementDifferenceReport[];
  readonly receivedTotal: string;
  /** The received totals cell, or null when the received total is the sum of its lines. */
  readonly receivedTotalCell: string | null;
  readonly receivedLinesTotal: string;
  readonly receivedFoots: boolean;
  readonly expectedTotal: string;
  readonly difference: string;
  /** Findings on the fund's own sheet that did not stop the comparison (held lines, warnings). */
  readonly findings: readonly ShownFinding[];
}

export async function statement(options: StatementOptions): Promise<StatementReport> {
  const { t } = cliStrings(options.language);
  const week = options.week === undefined ? undefined : parseWeekOption(options.week, '--week', options.language);
  options.progress(t('progress.reading', { file: options.invoice }));
  const { workbook: received } = openWorkbook(options.invoice);
  options.progress(t('progress.reading', { file: options.book }));
  const { workbook: own } = openWorkbook(options.book);
  options.progress(t('progress.comparing'));
  const result = await runStatement(received, own, { week, sheet: options.sheet, headerRow: options.headerRow }).catch((error: unknown) => {
    throw error instanceof JobError ? new CliError(`${options.book}: ${error.text(options.language)}`) : error;
  });
  if ('refusal' in result) throw refusalError(result, options);
  const { comparison } = result;
  return {
    week: weekLabel(comparison.week),
    agrees: comparison.agrees,
    receivedTable: result.statement.address,
    receivedCorrections: result.corrections.map((correction) => correction.address),
    sheet: result.check.sheetName,
    currency: result.invoice.terms.currency,
    receivedLines: comparison.receivedLines,
    expectedLines: comparison.expectedLines,
    differences: comparison.differences.map((difference) => ({
      kind: difference.kind,
      candidateId: difference.candidateId,
      received: sideReport(difference.received),
      expected: sideReport(difference.expected),
      difference: money(difference.difference),
    })),
    receivedTotal: formatAmount(comparison.receivedTotal),
    receivedTotalCell: comparison.receivedTotalAddress,
    receivedLinesTotal: formatAmount(comparison.receivedLinesTotal),
    receivedFoots: comparison.receivedFoots,
    expectedTotal: formatAmount(comparison.expectedTotal),
    difference: formatAmount(comparison.difference),
    findings: result.check.findings.map((finding) => showFinding(finding, options.language)),
  };
}

function sideReport(side: StatementSide): StatementSideReport {
  return { status: side.status, amount: money(side.amount), address: side.address };
}

function money(value: Amount | null): string | null {
  return value === null ? null : formatAmount(value);
}

/** A statement that cannot be read is a usage error; errors in the fund's own sheet are findings. */
function refusalError(result: Extract<StatementJobResult, { refusal: StatementRefusal }>, options: StatementOptions): CliError | Blocked {
  const { refusal } = result;
  const { t } = cliStrings(options.language);
  switch (refusal.refused) {
    case 'unreadable-statement':
      return new CliError(`${options.invoice}: ${errorMessage(refusal.error, options.language)}`);
    case 'week-not-in-sheet':
      return new CliError(
        t('statement.noWeekColumn', { sheet: result.check?.sheetName ?? '', book: options.book, week: refusal.week }),
        EXIT_FINDINGS,
      );
    case 'ledger-unreadable':
      return new CliError(t('statement.ledgerUnreadable', { book: options.book, cells: refusal.cells.join(', ') }), EXIT_FINDINGS);
    case 'blocking-findings':
      return new Blocked('statement.blocked', refusal.findings, { book: options.book });
  }
}
