import { CellValue } from './cells';
import { EngineError, isEngineError } from './errors';
import { Amount, amount, sum, ZERO } from './money';
import { rateFor, Rates, weekPayment } from './payment';
import { NONE_STATUS, shareOf, Status, StatusReading } from './status';
import { StatusCache } from './statusCache';
import { Terms } from './terms';
import { Day, IsoWeek, weekOverlaps } from './weeks';

export type Reason = 'outside-enrolment' | 'outside-contract' | 'max-weeks' | 'cap' | 'invalid-status';

/** One candidate's row: enrolment dates and one status cell per week, aligned with the weeks given. */
export interface CandidateRow {
  readonly start?: Day;
  readonly end?: Day;
  readonly statuses: readonly CellValue[];
}

export interface SettlementLine {
  /** Index of the candidate in the rows given (sheet row order). */
  readonly candidate: number;
  readonly reading: StatusReading | EngineError;
  readonly status?: Status;
  /** Share of `rate`: 1 for `S` and for `D` (paid at the partial rate), the degree share otherwise. */
  readonly share?: Amount;
  readonly rate?: Amount;
  /** Payable weeks of this candidate before this week (DESIGN §4.5). */
  readonly payableBefore: number;
  /** What the week pays under the per-candidate rules, before the contract cap. */
  readonly uncapped: Amount;
  /** What the contract had paid before this line: earlier weeks and the lines above it this week. */
  readonly capUsedBefore: Amount;
  readonly amount: Amount;
  readonly reason: Reason | null;
}

export interface WeekSettlement {
  readonly week: IsoWeek;
  /** Candidates with a status other than "not self-supporting" that week, in row order. */
  readonly lines: readonly SettlementLine[];
  readonly total: Amount;
  /** What all earlier weeks invoiced (or what the caller says was invoiced, e.g. from a ledger). */
  readonly cumulativeBefore: Amount;
  readonly capRemainingBefore?: Amount;
}

export interface SettleOptions {
  /** Overrides the invoiced total before the target week, once a ledger records it. */
  readonly invoicedBefore?: Amount;
  /** Candidates (by index) that get a line even when not self-supporting, e.g. to correct what they were paid. */
  readonly alwaysLine?: ReadonlySet<number>;
}

/**
 * DESIGN §4.5: settles the target week from the whole history before it. Every earlier week is
 * settled by the same rules, so payable-week counts and the cumulative total for the cap are
 * exactly what earlier invoices would have said. The history is read candidate by candidate, each row
 * once and in order (the cap never changes which weeks count as payable, only what a week pays, so a
 * week's total before the cap is all the cap needs). Sums run in whole øre: exact and fast.
 */
export function settleWeek(
  terms: Terms,
  weeks: readonly IsoWeek[],
  rows: readonly CandidateRow[],
  target: number,
  options: SettleOptions = {},
): WeekSettlement {
  const week = weeks[target];
  const judge = new Judge(terms);
  const capOre = terms.paymentCap === undefined ? undefined : toOre(terms.paymentCap);
  const { payableCount, weekOre } = settleInOrder(
    judge,
    terms,
    weeksInOrder(weeks, (each) => each.monday < week.monday),
    rows,
  );
  const cumulativeOre =
    options.invoicedBefore !== undefined
      ? toOre(options.invoicedBefore)
      : cappedWeeks(weekOre, capOre).reduce((total, ore) => total + ore, 0);

  const inContract = weekOverlaps(week, terms.contractStart, terms.contractEnd);
  let remainingOre = capOre === undefined ? Infinity : Math.max(0, capOre - cumulativeOre);
  let paidThisWeekOre = 0;
  const lines: SettlementLine[] = [];
  for (let candidate = 0; candidate < rows.length; candidate++) {
    const row = rows[candidate];
    const value = row.statuses[target];
    const always = options.alwaysLine?.has(candidate) ?? false;
    if ((value === null || value === undefined) && !always) continue;
    const verdict = judge.of(value, row, week, inContract, payableCount[candidate]);
    if (!verdict) {
      if (always)
        lines.push(
          lineOf(candidate, judge.reading(value), judge.priceOfNone(), payableCount[candidate], null, 0, cumulativeOre + paidThisWeekOre),
        );
      continue;
    }
    let { reason } = verdict;
    let paidOre = 0;
    if (reason === null) {
      paidOre = Math.min(verdict.price!.ore, remainingOre);
      if (paidOre < verdict.price!.ore) reason = 'cap';
      remainingOre -= paidOre;
    }
    lines.push(
      lineOf(candidate, verdict.reading, verdict.price, payableCount[candidate], reason, paidOre, cumulativeOre + paidThisWeekOre),
    );
    paidThisWeekOre += paidOre;
  }
  return {
    week,
    lines,
    total: sum(lines.map((line) => line.amount)),
    cumulativeBefore: fromOre(cumulativeOre),
    capRemainingBefore: capOre === undefined ? undefined : fromOre(Math.max(0, capOre - cumulativeOre)),
  };
}

export interface HistorySettlement {
  /** Each week up to the one asked for, in date order, with what its invoice comes to under the contract cap. */
  readonly weeks: readonly { readonly week: IsoWeek; readonly total: Amount }[];
  /** Each candidate's payable weeks (in the rows' order) over those weeks, the cap notwithstanding. */
  readonly payableWeeks: readonly number[];
  readonly total: Amount;
}

/**
 * docs/rules.md §4.5 for every week up to and including `through` (all weeks when absent) in one pass over
 * the rows: what each week's invoice comes to, had each been built in turn from the sheet's history, and
 * how many payable weeks each candidate has. The same per-candidate rules and cap as settleWeek, so week k
 * here is settleWeek(k)'s total, at the cost of one invoice instead of one per week.
 */
export function settleHistory(
  terms: Terms,
  weeks: readonly IsoWeek[],
  rows: readonly CandidateRow[],
  through?: IsoWeek,
): HistorySettlement {
  const included = weeksInOrder(weeks, (each) => through === undefined || each.monday <= through.monday);
  const { payableCount, weekOre } = settleInOrder(new Judge(terms), terms, included, rows);
  const totals = cappedWeeks(weekOre, terms.paymentCap === undefined ? undefined : toOre(terms.paymentCap));
  return {
    weeks: included.map(({ week }, k) => ({ week, total: fromOre(totals[k]) })),
    payableWeeks: Array.from(payableCount),
    total: fromOre(totals.reduce((total, ore) => total + ore, 0)),
  };
}

interface WeekInOrder {
  readonly week: IsoWeek;
  /** Its position in the weeks given, which is where its status sits in each row. */
  readonly index: number;
}

function weeksInOrder(weeks: readonly IsoWeek[], include: (week: IsoWeek) => boolean): WeekInOrder[] {
  return weeks
    .map((week, index) => ({ week, index }))
    .filter(({ week }) => include(week))
    .sort((a, b) => a.week.monday - b.week.monday);
}

/**
 * The weeks given, settled by the per-candidate rules, candidate by candidate (each row read once, in
 * order): each candidate's payable weeks and each week's total before the cap. The cap never changes
 * which weeks count as payable, only what a week pays, so the totals before it are all it needs.
 */
function settleInOrder(
  judge: Judge,
  terms: Terms,
  weeks: readonly WeekInOrder[],
  rows: readonly CandidateRow[],
): { payableCount: Int32Array; weekOre: Float64Array } {
  const inContract = weeks.map(({ week }) => weekOverlaps(week, terms.contractStart, terms.contractEnd));
  const payableCount = new Int32Array(rows.length);
  const weekOre = new Float64Array(weeks.length);
  for (let candidate = 0; candidate < rows.length; candidate++) {
    const row = rows[candidate];
    let count = 0;
    for (let k = 0; k < weeks.length; k++) {
      const value = row.statuses[weeks[k].index];
      if (value === null || value === undefined) continue;
      const verdict = judge.of(value, row, weeks[k].week, inContract[k], count);
      if (verdict?.reason === null) {
        count++;
        weekOre[k] += verdict.price!.ore;
      }
    }
    payableCount[candidate] = count;
  }
  return { payableCount, weekOre };
}

/** Each week's total under the contract cap, weeks in date order: a week gets at most what is left of it. */
function cappedWeeks(weekOre: Float64Array, capOre: number | undefined): number[] {
  let cumulativeOre = 0;
  return Array.from(weekOre, (ore) => {
    const paid = capOre === undefined ? ore : Math.min(ore, Math.max(0, capOre - cumulativeOre));
    cumulativeOre += paid;
    return paid;
  });
}

interface Verdict {
  readonly reading: StatusReading | EngineError;
  readonly price?: Price;
  /** Why the week is not paid; null when it is payable (before the contract cap). */
  readonly reason: Reason | null;
}

/** The per-candidate rules of DESIGN §4.5 for one status cell, in their order; statuses read and priced once each. */
class Judge {
  private readonly statuses = new StatusCache();
  private readonly prices: PriceList;

  constructor(private readonly terms: Terms) {
    this.prices = new PriceList(terms);
  }

  /** Undefined for "not self-supporting", which gives no line. */
  of(value: CellValue | undefined, row: CandidateRow, week: IsoWeek, inContract: boolean, payableBefore: number): Verdict | undefined {
    const reading = this.statuses.read(value);
    if (isEngineError(reading)) return { reading, reason: 'invalid-status' };
    if (reading.status.kind === 'none') return undefined;
    const price = this.prices.of(reading.status);
    if (isEngineError(price.amount)) return { reading, price, reason: 'invalid-status' };
    if (!weekOverlaps(week, row.start, row.end)) return { reading, price, reason: 'outside-enrolment' };
    if (!inContract) return { reading, price, reason: 'outside-contract' };
    if (this.terms.maxWeeks !== undefined && payableBefore >= this.terms.maxWeeks) return { reading, price, reason: 'max-weeks' };
    return { reading, price, reason: null };
  }

  reading(value: CellValue | undefined): StatusReading | EngineError {
    return this.statuses.read(value);
  }

  priceOfNone(): Price {
    return this.prices.of(NONE_STATUS);
  }
}

function lineOf(
  candidate: number,
  reading: StatusReading | EngineError,
  price: Price | undefined,
  payableBefore: number,
  reason: Reason | null,
  paidOre: number,
  usedOre: number,
): SettlementLine {
  const capUsedBefore = fromOre(usedOre);
  if (isEngineError(reading) || price === undefined)
    return { candidate, reading, payableBefore, uncapped: ZERO, capUsedBefore, amount: ZERO, reason };
  const uncapped = isEngineError(price.amount) ? ZERO : price.amount;
  const paid = reason === null ? uncapped : fromOre(paidOre);
  return {
    candidate,
    reading,
    status: reading.status,
    share: price.share,
    rate: price.rate,
    payableBefore,
    uncapped: reason === null || reason === 'cap' ? uncapped : ZERO,
    capUsedBefore,
    amount: paid,
    reason,
  };
}

export interface Price {
  readonly amount: Amount | EngineError;
  readonly ore: number;
  /** Share of `rate`: 1 for S and D, the degree share otherwise. */
  readonly share?: Amount;
  readonly rate?: Amount;
}

/**
 * Prices each distinct status once. Statuses read through one StatusCache are the same objects for the
 * same cell values, so a sheet of 1.5 million cells costs only a handful of decimal computations.
 */
export class PriceList {
  private readonly byStatus = new Map<Status, Price>();
  constructor(private readonly rates: Rates) {}

  of(status: Status): Price {
    let price = this.byStatus.get(status);
    if (price === undefined) {
      const paid = weekPayment(status, this.rates);
      price = {
        amount: paid,
        ore: isEngineError(paid) ? 0 : toOre(paid),
        share: shareOf(status) ?? ONE,
        rate: rateFor(status, this.rates),
      };
      this.byStatus.set(status, price);
    }
    return price;
  }
}

const ONE = amount(1);

function toOre(value: Amount): number {
  return value.times(100).toDecimalPlaces(0).toNumber();
}

function fromOre(ore: number): Amount {
  return amount(ore).dividedBy(100);
}

/** PAYABLEWEEKS: weeks with a share above 0, capped at maxWeeks. Invalid statuses are returned as errors. */
export function payableWeeks(readings: readonly StatusReading[], maxWeeks?: number): number {
  const count = readings.filter((reading) => reading.status.kind !== 'none').length;
  return maxWeeks === undefined ? count : Math.min(count, maxWeeks);
}

/** CANDIDATETOTAL: pays only the first maxWeeks payable weeks, in range order. */
export function candidateTotal(
  readings: readonly StatusReading[],
  rates: Rates,
  maxWeeks?: number,
  prices = new PriceList(rates),
): Amount | EngineError {
  let paidWeeks = 0;
  let totalOre = 0;
  for (const reading of readings) {
    if (reading.status.kind === 'none') continue;
    if (maxWeeks !== undefined && paidWeeks >= maxWeeks) break;
    const price = prices.of(reading.status);
    if (isEngineError(price.amount)) return price.amount;
    paidWeeks++;
    totalOre += price.ore;
  }
  return fromOre(totalOre);
}
