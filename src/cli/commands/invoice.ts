import { writeXlsx } from '../../adapters/xlsx';
import { isEngineError, errorMessage } from '../../engine/errors';
import { formatAmount } from '../../engine/money';
import { Language } from '../../engine/messages';
import { IsoWeek, lastCompleteWeek, parseWeekLabel, todayDay, weekLabel } from '../../engine/weeks';
import { runInvoice } from '../../jobs/invoiceJob';
import { showFinding, ShownFinding } from '../../sheet/findings';
import { CliError, EXIT_FINDINGS } from '../cliError';
import { openWorkbook, writeOutput } from '../files';

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
  readonly reason: string | null;
}

export interface InvoiceReport {
  readonly week: string;
  readonly sheet: string;
  readonly invoiceSheet: string;
  readonly output: string;
  readonly currency: string;
  readonly lines: readonly InvoiceLineReport[];
  readonly total: string;
  readonly invoicedBefore: string;
  readonly capRemainingBefore: string | null;
  readonly fingerprint: string;
  /** Findings that did not stop the invoice (held lines, warnings). */
  readonly findings: readonly ShownFinding[];
}

export function parseWeekOption(text: string | undefined): IsoWeek {
  if (text === undefined) return lastCompleteWeek(todayDay());
  const week = parseWeekLabel(text);
  if (isEngineError(week)) throw new CliError(`--week: ${errorMessage(week)}`);
  return week;
}

export async function invoice(options: InvoiceOptions): Promise<InvoiceReport> {
  const week = parseWeekOption(options.week);
  options.progress(`Reading ${options.book}`);
  const { bytes, workbook } = openWorkbook(options.book);
  options.progress(`Settling ${weekLabel(week)}`);
  const result = await runInvoice(workbook, { sheet: options.sheet, headerRow: options.headerRow, week });
  if ('refusal' in result) {
    const { refusal } = result;
    if (refusal.refused === 'sheet-exists') throw new CliError(`${options.book} already has a sheet '${refusal.sheet}'; an issued invoice is never replaced`, EXIT_FINDINGS);
    if (refusal.refused === 'week-not-in-sheet') throw new CliError(`The sheet ${result.check.sheetName} has no column for week ${refusal.week}`, EXIT_FINDINGS);
    const lines = refusal.findings.map((finding) => {
      const shown = showFinding(finding, options.language);
      return `  ${shown.address}: ${shown.message} — ${shown.action}`;
    });
    throw new CliError(`No invoice was built: the check found ${lines.length} error(s) that make amounts uncertain:\n${lines.join('\n')}`, EXIT_FINDINGS);
  }
  options.progress(`Writing ${options.out}`);
  writeOutput(options.out, writeXlsx(bytes, { addSheets: [result.sheet] }), { input: options.book, overwrite: options.overwrite });
  const { invoice: built } = result;
  return {
    week: weekLabel(built.week),
    sheet: built.sheet.layout.sheet,
    invoiceSheet: result.sheet.name,
    output: options.out,
    currency: built.terms.currency,
    lines: built.lines.map((line) => ({
      candidateId: line.candidate.id,
      statusCell: line.statusAddress,
      status: line.status === null ? '' : typeof line.status === 'object' ? line.status.error : String(line.status),
      share: line.reason === 'invalid-status' || !line.share ? null : line.share.toString(),
      rate: line.reason === 'invalid-status' || !line.rate ? null : formatAmount(line.rate),
      payableWeeksBefore: line.payableBefore,
      amount: formatAmount(line.amount),
      reason: line.reason,
    })),
    total: formatAmount(built.total),
    invoicedBefore: formatAmount(built.cumulativeBefore),
    capRemainingBefore: built.capRemainingBefore === undefined ? null : formatAmount(built.capRemainingBefore),
    fingerprint: built.fingerprint,
    findings: result.check.findings.map((finding) => showFinding(finding, options.language)),
  };
}
