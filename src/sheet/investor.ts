import { EngineError } from '../engine/errors';
import { CashFlow, xirr } from '../engine/irr';
import { Amount, sum, toNumber, ZERO } from '../engine/money';
import { moneyMultiple, netReturn, successRate } from '../engine/returns';
import { HistorySettlement, settleCodedHistory } from '../engine/rules';
import { DEFAULT_SUCCESS_TARGET, Terms } from '../engine/terms';
import { Day, IsoWeek, sundayOf } from '../engine/weeks';
import { CandidateSheet } from './candidates';
import { Finding } from './findings';
import { blockingFindings } from './invoice';
import { Ledger, LedgerEntry, openingWeek } from './ledger';

/** One repayment to the investor: a week's invoice or a correction, dated the Sunday its week ends. */
export interface Repayment {
  readonly week: IsoWeek;
  readonly day: Day;
  readonly amount: Amount;
}

export interface CurvePoint {
  readonly day: Day;
  /** Repaid up to and including this day. */
  readonly cumulative: Amount;
}

export interface InvestorFigures {
  /** Repayments as the ledger records them, or as the engine settles the sheet's weeks when there is no ledger. */
  readonly source: 'ledger' | 'sheet';
  /** The last week the figures take in. */
  readonly throughWeek?: IsoWeek;
  readonly currency: string;
  /** SIB_Invested, dated SIB_ContractStart (else the sheet's first Monday); absent when the contract does not say. */
  readonly invested?: { readonly amount: Amount; readonly day: Day };
  readonly repayments: readonly Repayment[];
  readonly repaid: Amount;
  readonly netReturn?: Amount;
  readonly multiple?: Amount | EngineError;
  readonly irr?: number | EngineError;
  readonly success: {
    readonly rate: number | EngineError;
    readonly succeeded: number;
    readonly candidates: number;
    /** SIB_SuccessTarget, or 50 % when the contract does not say. */
    readonly target: number;
  };
  /** Cumulative repayments from the day of investment, one point per repayment day. */
  readonly curve: readonly CurvePoint[];
  /** The first day cumulative repayments reach the amount invested. */
  readonly breakEven?: Day;
}

export type InvestorRefusal =
  | { readonly refused: 'blocking-findings'; readonly findings: readonly Finding[] }
  | { readonly refused: 'ledger-unreadable'; readonly cells: readonly string[] };

/**
 * docs/rules.md §4.6 for the investor: net return, money multiple and IRR (XIRR) of the investment against
 * what was repaid, and the success rate, over the weeks up to and including `through`. Repayments are
 * dated by their week. Before any invoice was built they are what each week of the sheet invoices, settled
 * in one pass; once a ledger exists, its invoices and corrections. The weeks up to the ledger's opening keep
 * their own dates from the sheet, so building a first invoice changes no figure: the opening row records
 * their sum, and any difference from it (the sheet changed since) is dated at the opening week.
 */
export function investorFigures(
  sheet: CandidateSheet,
  terms: Terms,
  findings: readonly Finding[],
  ledger: Ledger | undefined,
  through: IsoWeek,
): InvestorFigures | InvestorRefusal {
  const blocking = blockingFindings(findings);
  if (blocking.length > 0) return { refused: 'blocking-findings', findings: blocking };
  if (ledger && ledger.unreadable.length > 0) return { refused: 'ledger-unreadable', cells: ledger.unreadable };
  const history = settleCodedHistory(terms, sheet.weeks, sheet.candidates, sheet.statuses, through);
  const repayments = (ledger ? fromLedger(ledger, history, through) : history.weeks.map(repayment)).filter((each) => !each.amount.isZero());
  const firstMonday = history.weeks[0]?.week.monday ?? sheet.weeks[0]?.monday;
  const investedDay = terms.contractStart ?? firstMonday;
  const invested = terms.invested && investedDay !== undefined ? { amount: terms.invested, day: investedDay } : undefined;
  const amounts = repayments.map((each) => each.amount);
  const curve = cumulativeCurve(repayments, invested?.day);
  const settled = ledger
    ? ledger.entries.map((entry) => entry.week).filter((week) => week.monday <= through.monday)
    : history.weeks.map(({ week }) => week);
  return {
    source: ledger ? 'ledger' : 'sheet',
    throughWeek: settled.reduce<IsoWeek | undefined>((latest, week) => (!latest || week.monday > latest.monday ? week : latest), undefined),
    currency: terms.currency,
    invested,
    repayments,
    repaid: sum(amounts),
    netReturn: invested && netReturn([invested.amount], amounts),
    multiple: invested && moneyMultiple([invested.amount], amounts),
    irr: invested && xirr(cashFlows(invested, repayments)),
    success: success(history, terms.successTarget ?? DEFAULT_SUCCESS_TARGET),
    curve,
    breakEven: invested && curve.find((point) => point.cumulative.greaterThanOrEqualTo(invested.amount) && !invested.amount.isZero())?.day,
  };
}

function repayment({ week, total }: { week: IsoWeek; total: Amount }): Repayment {
  return { week, day: sundayOf(week), amount: total };
}

/**
 * The ledger's entries up to `through`, with its opening row — one sum for every week before the first
 * invoice — given back its weeks from the sheet's history.
 */
function fromLedger(ledger: Ledger, history: HistorySettlement, through: IsoWeek): Repayment[] {
  const opening = openingWeek(ledger);
  const recorded = (entry: LedgerEntry) => entry.kind !== 'opening' && entry.week.monday <= through.monday;
  const entries = ledger.entries.filter(recorded).map((entry) => repayment({ week: entry.week, total: entry.total }));
  if (opening === undefined) return entries;
  const before = history.weeks.filter(({ week }) => week.monday <= opening.monday).map(repayment);
  if (opening.monday > through.monday) return before;
  const openingTotal = sum(ledger.entries.filter((entry) => entry.kind === 'opening').map((entry) => entry.total));
  const difference = openingTotal.minus(sum(before.map((each) => each.amount)));
  return [...before, ...(difference.isZero() ? [] : [repayment({ week: opening, total: difference })]), ...entries];
}

/** The investment first, then the repayments in date order: XIRR dates everything from the first flow. */
function cashFlows(invested: { amount: Amount; day: Day }, repayments: readonly Repayment[]): CashFlow[] {
  const flows = [
    { amount: -toNumber(invested.amount), day: invested.day },
    ...repayments.map((each) => ({ amount: toNumber(each.amount), day: each.day })),
  ];
  return flows
    .map((flow, order) => ({ flow, order }))
    .sort((a, b) => a.flow.day - b.flow.day || a.order - b.order)
    .map(({ flow }) => flow);
}

function cumulativeCurve(repayments: readonly Repayment[], start: Day | undefined): CurvePoint[] {
  const points: CurvePoint[] = start === undefined ? [] : [{ day: start, cumulative: ZERO }];
  let cumulative = ZERO;
  for (const each of [...repayments].sort((a, b) => a.day - b.day)) {
    cumulative = cumulative.plus(each.amount);
    const previous = points[points.length - 1];
    if (previous && previous.day === each.day) points[points.length - 1] = { day: each.day, cumulative };
    else points.push({ day: each.day, cumulative });
  }
  return points;
}

/** Candidates with a payable week up to the last week taken in, counted in the same pass that settles the weeks. */
function success(history: HistorySettlement, target: number): InvestorFigures['success'] {
  const candidates = history.payableWeeks.length;
  const rate = successRate(history.payableWeeks);
  return { rate, succeeded: history.payableWeeks.filter((weeks) => weeks >= 1).length, candidates, target };
}
