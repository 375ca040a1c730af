import { EngineError, isEngineError } from '../engine/errors';
import { CashFlow, xirr } from '../engine/irr';
import { Amount, sum, toNumber, ZERO } from '../engine/money';
import { moneyMultiple, netReturn, successRate } from '../engine/returns';
import { settleWeek } from '../engine/rules';
import { Terms } from '../engine/terms';
import { addWeeks, Day, IsoWeek, lastCompleteWeek, sundayOf } from '../engine/weeks';
import { CandidateSheet } from './candidates';
import { Finding } from './findings';
import { blockingFindings } from './invoice';
import { Ledger } from './ledger';

/** DESIGN §1: IMPACT60's target, 60 of its 120 candidates self-supporting. */
export const SUCCESS_TARGET = 0.5;

/** One repayment to the investor: an invoice or correction, dated the Sunday its week ends. */
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
 * DESIGN §4.6 for the investor's view: net return, money multiple and IRR (XIRR) of the investment against
 * what was repaid, and the success rate over the weeks up to the last complete one. Repayments are the
 * ledger's entries, or, before any invoice was built, what the engine settles for each week of the sheet.
 */
export function investorFigures(
  sheet: CandidateSheet,
  terms: Terms,
  findings: readonly Finding[],
  ledger: Ledger | undefined,
  today: Day,
): InvestorFigures | InvestorRefusal {
  const blocking = blockingFindings(findings);
  if (blocking.length > 0) return { refused: 'blocking-findings', findings: blocking };
  if (ledger && ledger.unreadable.length > 0) return { refused: 'ledger-unreadable', cells: ledger.unreadable };
  const last = lastCompleteWeek(today);
  const weeks = sheet.weeks
    .map((week, index) => ({ week, index }))
    .filter(({ week }) => week.monday <= last.monday)
    .sort((a, b) => a.week.monday - b.week.monday);
  const repayments = ledger
    ? ledger.entries
        .filter((entry) => !entry.total.isZero())
        .map((entry) => ({ week: entry.week, day: sundayOf(entry.week), amount: entry.total }))
    : weeks
        .map(({ week, index }) => ({ week, day: sundayOf(week), amount: settleWeek(terms, sheet.weeks, sheet.candidates, index).total }))
        .filter((repayment) => !repayment.amount.isZero());
  const firstMonday = weeks[0]?.week.monday ?? sheet.weeks[0]?.monday;
  const investedDay = terms.contractStart ?? firstMonday;
  const invested = terms.invested && investedDay !== undefined ? { amount: terms.invested, day: investedDay } : undefined;
  const repaid = sum(repayments.map((repayment) => repayment.amount));
  const curve = cumulativeCurve(repayments, invested?.day);
  return {
    source: ledger ? 'ledger' : 'sheet',
    throughWeek: ledger
      ? ledger.entries.reduce<IsoWeek | undefined>(
          (latest, entry) => (!latest || entry.week.monday > latest.monday ? entry.week : latest),
          undefined,
        )
      : weeks[weeks.length - 1]?.week,
    currency: terms.currency,
    invested,
    repayments,
    repaid,
    netReturn:
      invested &&
      netReturn(
        [invested.amount],
        repayments.map((repayment) => repayment.amount),
      ),
    multiple:
      invested &&
      moneyMultiple(
        [invested.amount],
        repayments.map((repayment) => repayment.amount),
      ),
    irr: invested && xirr(cashFlows(invested, repayments)),
    success: success(
      sheet,
      terms,
      weeks.map(({ week }) => week),
    ),
    curve,
    breakEven: invested && curve.find((point) => point.cumulative.greaterThanOrEqualTo(invested.amount) && !invested.amount.isZero())?.day,
  };
}

/** The investment first, then the repayments in date order: XIRR dates everything from the first flow. */
function cashFlows(invested: { amount: Amount; day: Day }, repayments: readonly Repayment[]): CashFlow[] {
  const flows = [
    { amount: -toNumber(invested.amount), day: invested.day },
    ...repayments.map((repayment) => ({ amount: toNumber(repayment.amount), day: repayment.day })),
  ];
  return flows
    .map((flow, order) => ({ flow, order }))
    .sort((a, b) => a.flow.day - b.flow.day || a.order - b.order)
    .map(({ flow }) => flow);
}

function cumulativeCurve(repayments: readonly Repayment[], start: Day | undefined): CurvePoint[] {
  const points: CurvePoint[] = start === undefined ? [] : [{ day: start, cumulative: ZERO }];
  let cumulative = ZERO;
  for (const repayment of [...repayments].sort((a, b) => a.day - b.day)) {
    cumulative = cumulative.plus(repayment.amount);
    const previous = points[points.length - 1];
    if (previous && previous.day === repayment.day) points[points.length - 1] = { day: repayment.day, cumulative };
    else points.push({ day: repayment.day, cumulative });
  }
  return points;
}

/**
 * Payable weeks per candidate up to the last week taken in, counted by the rules themselves: they are the
 * "payable weeks before" of the week after it, settled with a line for every candidate.
 */
function success(sheet: CandidateSheet, terms: Terms, weeks: readonly IsoWeek[]): InvestorFigures['success'] {
  const candidates = sheet.candidates.length;
  if (weeks.length === 0 || candidates === 0)
    return { rate: successRate(new Array(candidates).fill(0)), succeeded: 0, candidates, target: SUCCESS_TARGET };
  const after = [...weeks, addWeeks(weeks[weeks.length - 1], 1)];
  const columns = weeks.map((week) => sheet.weeks.findIndex((each) => each.monday === week.monday));
  const rows = sheet.candidates.map((candidate) => ({
    start: candidate.start,
    end: candidate.end,
    statuses: columns.map((column) => candidate.statuses[column]),
  }));
  const settlement = settleWeek(terms, after, rows, weeks.length, { alwaysLine: new Set(rows.map((_, index) => index)) });
  const rate = successRate(settlement.lines.map((line) => line.payableBefore));
  return { rate, succeeded: isEngineError(rate) ? 0 : Math.round(rate * candidates), candidates, target: SUCCESS_TARGET };
}
