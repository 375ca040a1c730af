import { formatAmount, sum } from '../../engine/money';
import { weekLabel } from '../../engine/weeks';
import { LedgerKind, readLedger } from '../../sheet/ledger';
import { findLedgerSheet } from '../../sheet/sheetNames';
import { Language } from '../../engine/messages';
import { readContractTerms } from '../../sheet/contractTerms';
import { CliError, EXIT_FINDINGS } from '../cliError';
import { openWorkbook } from '../files';
import { cliStrings } from '../text/cliStrings';

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
  /** The contract's currency, or null when its terms cannot be read. */
  readonly currency: string | null;
  readonly entries: readonly LedgerEntryReport[];
  readonly total: string;
}

/** `sib ledger`: what the workbook's settlement ledger records, in the order it was built. */
export async function ledger(options: { readonly book: string; readonly language: Language }): Promise<LedgerReport> {
  const { workbook } = openWorkbook(options.book);
  const currency = (await readContractTerms(workbook)).terms?.currency ?? null;
  const sheet = findLedgerSheet(await workbook.sheetNames());
  if (sheet === undefined) return { sheet: null, currency, entries: [], total: '0.00' };
  const read = readLedger(await workbook.readSheet(sheet));
  if (read.unreadable.length > 0)
    throw new CliError(
      cliStrings(options.language).t('ledger.unreadable', { book: options.book, cells: read.unreadable.join(', ') }),
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
  return { sheet, currency, entries, total: formatAmount(sum(read.entries.map((entry) => entry.total))) };
}
