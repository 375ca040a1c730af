import { errorMessage, isEngineError } from '../../engine/errors';
import { Language } from '../../engine/messages';
import { formatAmount, toNumber } from '../../engine/money';
import { formatDay, todayDay, weekLabel } from '../../engine/weeks';
import { runInvestor } from '../../jobs/investorJob';
import { CliError, EXIT_FINDINGS } from '../cliError';
import { openWorkbook } from '../files';
import { Blocked } from './blocked';
import { cliStrings } from '../text/cliStrings';
import { parseWeekOption } from './invoice';

export interface InvestorOptions {
  readonly book: string;
  /** The last week to take in (default: the last complete one, or the ledger's latest if later). */
  readonly until?: string;
  readonly sheet?: string;
  readonly headerRow?: number;
  readonly language: Language;
  readonly progress: (message: string) => void;
}

export interface RepaymentReport {
  readonly week: string;
  /** The Sunday the week ends, ISO. */
  readonly date: string;
  readonly amount: string;
}

/** Amounts are decimal strings (`"4052237.50"`); the multiple, the IRR and the rates are numbers. Null where the contract gives no figure. */
export interface InvestorReport {
  readonly sheet: string;
  /** `ledger`: the settlement ledger's invoices and corrections; `sheet`: the weeks the candidate sheet gives, before any invoice. */
  readonly source: 'ledger' | 'sheet';
  readonly through: string | null;
  readonly currency: string;
  readonly invested: string | null;
  readonly investedDate: string | null;
  readonly repaid: string;
  readonly netReturn: string | null;
  readonly multiple: number | null;
  readonly irr: number | null;
  readonly successRate: number | null;
  readonly successTarget: number;
  readonly succeeded: number;
  readonly candidates: number;
  readonly breakEven: string | null;
  readonly repayments: readonly RepaymentReport[];
  /** Why a figure is null though the contract defines what it needs (no IRR for these flows, no candidates). */
  readonly notes: readonly string[];
}

/** `sib investor`: the investor's figures (docs/rules.md §4.6) from a workbook, as the task pane shows them. */
export async function investor(options: InvestorOptions): Promise<InvestorReport> {
  const { t } = cliStrings(options.language);
  const until = options.until === undefined ? undefined : parseWeekOption(options.until, '--until', options.language);
  options.progress(t('progress.reading', { file: options.book }));
  const { workbook } = openWorkbook(options.book);
  options.progress(t('progress.settlingAll'));
  const result = await runInvestor(workbook, { sheet: options.sheet, headerRow: options.headerRow }, todayDay(), until);
  if ('refusal' in result) {
    const { refusal } = result;
    if (refusal.refused === 'ledger-unreadable')
      throw new CliError(t('investor.ledgerUnreadable', { cells: refusal.cells.join(', ') }), EXIT_FINDINGS);
    throw new Blocked('investor.blocked', refusal.findings);
  }
  const { figures } = result;
  const { multiple, irr, success } = figures;
  const problem = (value: unknown) => (isEngineError(value) ? [errorMessage(value, options.language)] : []);
  return {
    sheet: result.check.sheetName,
    source: figures.source,
    through: figures.throughWeek ? weekLabel(figures.throughWeek) : null,
    currency: figures.currency,
    invested: figures.invested ? formatAmount(figures.invested.amount) : null,
    investedDate: figures.invested ? formatDay(figures.invested.day) : null,
    repaid: formatAmount(figures.repaid),
    netReturn: figures.netReturn ? formatAmount(figures.netReturn) : null,
    multiple: multiple === undefined || isEngineError(multiple) ? null : toNumber(multiple),
    irr: irr === undefined || isEngineError(irr) ? null : irr,
    successRate: isEngineError(success.rate) ? null : success.rate,
    successTarget: success.target,
    succeeded: success.succeeded,
    candidates: success.candidates,
    breakEven: figures.breakEven === undefined ? null : formatDay(figures.breakEven),
    repayments: figures.repayments.map((each) => ({
      week: weekLabel(each.week),
      date: formatDay(each.day),
      amount: formatAmount(each.amount),
    })),
    notes: [...problem(multiple), ...problem(irr), ...problem(success.rate)],
  };
}
