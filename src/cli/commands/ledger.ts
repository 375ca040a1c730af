import { formatAmount, sum } from '../../engine/money';
import { weekLabel } from '../../engine/weeks';
import { LedgerKind, readLedger } from '../../sheet/ledger';
import { findLedgerSheet } from '../../sheet/sheetNames';
import { CliError, EXIT_FINDINGS } from '../cliError';
import { openWorkbook } from '../files';

export interface LedgerEntryReport {
  readonly row: number;
  readonly week: string;
  readonly kind: LedgerKind;
  readonly sheet: string;
  readonly lines: number;
  readonly total: string;
  readonly cumulativeTotal: string;
  readonly fingerprint: string;
}

export interface LedgerReport {
  readonly sheet: string | null;
  readonly entries: readonly LedgerEntryReport[];
  readonly total: string;
}

/** `sib ledger`: what the workbook's settlement ledger records, in the order it was built. */
export async function ledger(options: { readonly book: string }): Promise<LedgerReport> {
  const { workbook } = openWorkbook(options.book);
  const sheet = findLedgerSheet(await workbook.sheetNames());
  if (sheet === undefined) return { sheet: null, entries: [], total: '0.00' };
  const read = readLedger(await workbook.readSheet(sheet));
  if (read.unreadable.length > 0)
    throw new CliError(
      `The settlement ledger ('${sheet}') of ${options.book} has rows that cannot be read: ${read.unreadable.join(', ')}`,
      EXIT_FINDINGS,
    );
  const entries = read.entries.map((entry, index) => ({
    row: entry.row + 1,
    week: weekLabel(entry.week),
    kind: entry.kind,
    sheet: entry.sheet,
    lines: entry.lines,
    total: formatAmount(entry.total),
    cumulativeTotal: formatAmount(sum(read.entries.slice(0, index + 1).map((each) => each.total))),
    fingerprint: entry.fingerprint,
  }));
  return { sheet, entries, total: formatAmount(sum(read.entries.map((entry) => entry.total))) };
}
