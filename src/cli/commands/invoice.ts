import { writeXlsx } from '../../adapters/xlsx';
import { isEngineError, errorMessage } from '../../engine/errors';
import { formatAmount, ZERO } from '../../engine/money';
import { Language } from '../../engine/messages';
import { Reason } from '../../engine/rules';
import { IsoWeek, lastCompleteWeek, parseWeekLabel, todayDay, weekLabel } from '../../engine/weeks';
import { InvoiceJobRefusal, runInvoice } from '../../jobs/invoiceJob';
import { CorrectionLine, correctionTotal } from '../../sheet/correction';
import { InvoiceLine } from '../../sheet/invoice';
import { showFinding, ShownFinding } from '../../sheet/findings';
import { CliError, EXIT_FINDINGS } from '../cliError';
import { openWorkbook, writeOutput } from '../files';
import { Blocked } from './blocked';
import { cliStrings } from '../text/cliStrings';

export interface InvoiceOptions {
  readonly book: string;
  readonly week?: string;
  readonly out: string;
  readonly sheet?: string;
  readonly headerRow?: number;
  readonly overwrite: boolean;
  readonly language: Language;
  readonly progress: (message: string) => void;
}

export interface InvoiceLineReport {
  readonly candidateId: string;
  readonly statusCell: string;
  readonly status: string;
  readonly share: string | null;
  readonly rate: string | null;
  readonly payableWeeksBefore: number;
  readonly amount: string;
  readonly reason: Reason | null;
  /** Corrections only: what was issued before for this candidate and week, and the difference charged now. */
  readonly previouslyIssued?: string;
  readonly difference?: string;
}

export interface InvoiceReport {
  /** `invoice`: a new invoice; `correction`: only the differences from what was issued; `unchanged`: nothing written. */
  readonly kind: 'invoice' | 'correction' | 'unchanged';
  readonly week: string;
  readonly sheet: string;
  /** The sheet written, or for `unchanged` the sheets that already settle the week. */
  readonly invoiceSheet: string;
  readonly output: string | null;
  readonly currency: string;
  readonly lines: readonly InvoiceLineReport[];
  /** The invoice's total; for a correction, the sum of the differences. */
  readonly total: string;
  readonly invoicedBefore: string;
  readonly capRemainingBefore: string | null;
  readonly fingerprint: string;
  /** Findings that did not stop the invoice (held lines, warnings). */
  readonly findings: readonly ShownFinding[];
}

/** A week given on the command line (`--week`, `--until`), by default the last complete one. */
export function parseWeekOption(text: string | undefined, option: string, language: Language): IsoWeek {
  if (text === undefined) return lastCompleteWeek(todayDay());
  const week = parseWeekLabel(text);
  if (isEngineError(week)) throw new CliError(cliStrings(language).t('usage.week', { option, message: errorMessage(week, language) }));
  return week;
}

export async function invoice(options: InvoiceOptions): Promise<InvoiceReport> {
  const { t } = cliStrings(options.language);
  const week = parseWeekOption(options.week, '--week', options.language);
  options.progress(t('progress.reading', { file: options.book }));
  const { bytes, workbook } = openWorkbook(options.book);
  options.progress(t('progress.settling', { week: weekLabel(week) }));
  const result = await runInvoice(workbook, { sheet: options.sheet, headerRow: options.headerRow, week });
  if (result.kind === 'refused') throw refusalError(result.refusal, result.check.sheetName, options);
  const { invoice: built } = result;
  let output: string | null = null;
  if (result.kind !== 'unchanged') {
    options.progress(t('progress.writing', { file: options.out }));
    writeOutput(options.out, writeXlsx(bytes, result.changes), { input: options.book, overwrite: options.overwrite });
    output = options.out;
  }
  const lines: readonly (InvoiceLine & Partial<Pick<CorrectionLine, 'previous' | 'difference'>>)[] =
    result.kind === 'correction' ? result.lines : result.kind === 'invoice' ? built.lines : [];
  return {
    kind: result.kind,
    week: weekLabel(built.week),
    sheet: built.sheet.layout.sheet,
    invoiceSheet: result.kind === 'unchanged' ? result.sheets.join(', ') : result.sheetName,
    output,
    currency: built.terms.currency,
    lines: lines.map((line) => ({
      candidateId: line.candidate.id,
      statusCell: line.statusAddress,
      status: line.status === null ? '' : typeof line.status === 'object' ? line.status.error : String(line.status),
      share: line.reason === 'invalid-status' || !line.share ? null : line.share.toString(),
      rate: line.reason === 'invalid-status' || !line.rate ? null : formatAmount(line.rate),
      payableWeeksBefore: line.payableBefore,
      amount: formatAmount(line.amount),
      reason: line.reason,
      ...(line.difference
        ? { previouslyIssued: formatAmount(line.previous?.amount ?? ZERO), difference: formatAmount(line.difference) }
        : {}),
    })),
    total: formatAmount(result.kind === 'correction' ? correctionTotal(result.lines) : built.total),
    invoicedBefore: formatAmount(built.cumulativeBefore),
    capRemainingBefore: built.capRemainingBefore === undefined ? null : formatAmount(built.capRemainingBefore),
    fingerprint: built.fingerprint,
    findings: result.check.findings.map((finding) => showFinding(finding, options.language)),
  };
}

/** What a refused invoice says: a usage-like error, or the findings that block it (worded by the text layer). */
function refusalError(refusal: InvoiceJobRefusal, sheetName: string, options: InvoiceOptions): CliError | Blocked {
  const strings = cliStrings(options.language);
  const { t } = strings;
  switch (refusal.refused) {
    case 'week-not-in-sheet':
      return new CliError(t('invoice.noWeekColumn', { sheet: sheetName, week: refusal.week }), EXIT_FINDINGS);
    case 'sheet-without-ledger':
      return new CliError(t('invoice.sheetWithoutLedger', { book: options.book, sheet: refusal.sheet }), EXIT_FINDINGS);
    case 'before-ledger-opening':
      return new CliError(t('invoice.beforeOpening', { week: refusal.week, opening: refusal.opening }), EXIT_FINDINGS);
    case 'too-many-lines':
      return new CliError(
        t('invoice.tooManyLines', { week: refusal.week, lines: strings.count(refusal.lines), limit: strings.count(refusal.limit) }),
        EXIT_FINDINGS,
      );
    case 'ledger-unreadable':
      return new CliError(t('invoice.ledgerUnreadable', { cells: refusal.cells.join(', ') }), EXIT_FINDINGS);
    case 'blocking-findings':
      return new Blocked('invoice.blocked', refusal.findings);
  }
}
