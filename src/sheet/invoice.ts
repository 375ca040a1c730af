import { CellValue, qualifiedAddress } from '../engine/cells';
import { Amount } from '../engine/money';
import { settleCodedWeek, SettlementLine, SettleOptions } from '../engine/rules';
import { Terms } from '../engine/terms';
import { IsoWeek, weekLabel } from '../engine/weeks';
import { Candidate, CandidateSheet } from './candidates';
import { Finding } from './findings';
import { invoiceFingerprint } from './fingerprint';

/** A settlement line placed on the candidate sheet: whose it is and which cell its status comes from. */
export interface InvoiceLine extends Pick<
  SettlementLine,
  'share' | 'rate' | 'payableBefore' | 'uncapped' | 'capUsedBefore' | 'amount' | 'reason'
> {
  readonly candidate: Candidate;
  /** The status cell on the candidate sheet, `Sheet!H14`, and what it holds. */
  readonly statusAddress: string;
  readonly status: CellValue;
}

/** docs/rules.md §7: the invoice for one ISO week, computed from the sheet's whole history up to it. */
export interface Invoice {
  readonly week: IsoWeek;
  readonly sheet: CandidateSheet;
  readonly terms: Terms;
  /** Column of the invoiced week on the candidate sheet. */
  readonly weekColumn: number;
  readonly lines: readonly InvoiceLine[];
  readonly total: Amount;
  readonly cumulativeBefore: Amount;
  readonly capRemainingBefore?: Amount;
  readonly fingerprint: string;
}

export type InvoiceRefusal =
  | { readonly refused: 'blocking-findings'; readonly findings: readonly Finding[] }
  | { readonly refused: 'week-not-in-sheet'; readonly week: string };

/**
 * Problems an invoice is built despite (docs/rules.md §4.5): a bad status only holds its own line. Everything
 * else — an unreadable header, a duplicate id or week, a bad date, missing terms — makes the amounts
 * uncertain, so no invoice is built until it is fixed.
 */
const NON_BLOCKING = new Set<Finding['code']>([
  'status.invalid',
  'status.partialWithoutRate',
  'status.outsideEnrolment',
  'status.outsideContract',
]);

export function blockingFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.severity === 'error' && !NON_BLOCKING.has(finding.code));
}

export async function buildInvoice(
  sheet: CandidateSheet,
  terms: Terms,
  findings: readonly Finding[],
  week: IsoWeek,
  options: SettleOptions = {},
): Promise<Invoice | InvoiceRefusal> {
  const blocking = blockingFindings(findings);
  if (blocking.length > 0) return { refused: 'blocking-findings', findings: blocking };
  const target = sheet.weeks.findIndex((each) => each.monday === week.monday);
  if (target < 0) return { refused: 'week-not-in-sheet', week: weekLabel(week) };
  const settlement = settleCodedWeek(terms, sheet.weeks, sheet.candidates, sheet.statuses, target, options);
  const weekColumn = sheet.weekColumns[target];
  const lines = settlement.lines.map((line): InvoiceLine => {
    const candidate = sheet.candidates[line.candidate];
    const { share, rate, payableBefore, uncapped, capUsedBefore, amount, reason } = line;
    return {
      candidate,
      statusAddress: qualifiedAddress(sheet.layout.sheet, candidate.row, weekColumn),
      status: sheet.statuses.value(line.candidate, target),
      share,
      rate,
      payableBefore,
      uncapped,
      capUsedBefore,
      amount,
      reason,
    };
  });
  return {
    week,
    sheet,
    terms,
    weekColumn,
    lines,
    total: settlement.total,
    cumulativeBefore: settlement.cumulativeBefore,
    capRemainingBefore: settlement.capRemainingBefore,
    fingerprint: await invoiceFingerprint(sheet, terms, week, options.invoicedBefore),
  };
}

export function isRefusal(result: Invoice | InvoiceRefusal): result is InvoiceRefusal {
  return 'refused' in result;
}
