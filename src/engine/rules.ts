import { CellValue } from './cells';
import { EngineError, isEngineError } from './errors';
import { Amount, amount, ZERO } from './money';
import { rateFor, Rates, weekPayment } from './payment';
import { NONE_STATUS, shareOf, Status, StatusReading } from './status';
import { BLANK_CODE, codeStatusRows, StatusCodes } from './statusCodes';
import { Terms } from './terms';
import { Day, IsoWeek, weekOverlaps } from './weeks';

export type Reason = 'outside-enrolment' | 'outside-contract' | 'max-weeks' | 'cap' | 'invalid-status';

/** A candidate's enrolment: the first and last day, when the sheet gives them. */
export interface Enrolment {
  readonly start?: Day;
  readonly end?: Day;
}

/** One candidate's row: enrolment dates and one status cell per week, aligned with the weeks given. */
export interface CandidateRow extends Enrolment {
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
  /** Payable weeks of this candidate before this week (docs/rules.md §4.5). */
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

/** settleCodedWeek for rows of cell values, each row's statuses coded first. */
export function settleWeek(
  terms: Terms,
  weeks: readonly IsoWeek[],
  rows: readonly CandidateRow[],
  target: number,
  options: SettleOptions = {},
): WeekSettlement {
  return settleCodedWeek(terms, weeks, rows, codeStatusRows(rows, weeks.length), target, options);
}

/**
 * docs/rules.md §4.5: settles the target week from the whole history before it. Every earlier week is
 * settled by the same rules, so payable-week counts and the cumulative total for the cap are
 * exactly what earlier invoices would have said. The history is read candidate by candidate, each row
 * once and in order (the cap never changes which weeks count as payable, only what a week pays, so a
 * week's total before the cap is all the cap needs). Sums run in whole øre: exact and fast.
 */
export function settleCodedWeek(
  terms: Terms,
  weeks: readonly IsoWeek[],
  candidates: readonly Enrolment[],
  statuses: StatusCodes,
  target: number,
  options: SettleOptions = {},
): WeekSettlement {
  const week = weeks[target];
  const codes = new CodeVerdicts(terms, statuses);
  const capOre = terms.paymentCap === undefined ? undefined : toOre(terms.paymentCap);
  const { payableCount, weekOre } = settleInOrder(
    codes,
    terms,
    weeksInOrder(weeks, (each) => each.monday < week.monday),
    candidates,
  );
  const cumulativeOre =
    options.invoicedBefore !== undefined
      ? toOre(options.invoicedBefore)
      : cappedWeeks(weekOre, capOre).reduce((total, ore) => total + ore, 0);

  const inContract = weekOverlaps(week, terms.contractStart, terms.contractEnd);
  let remainingOre = capOre === undefined ? Infinity : Math.max(0, capOre - cumulativeOre);
  let paidThisWeekOre = 0;
  let totalOre = 0;
  const lines: SettlementLine[] = [];
  const { weekCount } = statuses;
  for (let candidate = 0; candidate < candidates.length; candidate++) {
    const code = statuses.codes[candidate * weekCount + target];
    const always = options.alwaysLine?.has(candidate) ?? false;
    if (code === BLANK_CODE && !always) continue;
    const enrolment = candidates[candidate];
    const reason = codes.reason(code, week, enrolment, inContract, payableCount[candidate]);
    if (reason === NO_LINE) {
      if (always) lines.push(codes.line(candidate, code, payableCount[candidate], null, 0, cumulativeOre + paidThisWeekOre));
      continue;
    }
    let paidOre = 0;
    let paidReason = reason;
    if (reason === null) {
      const priceOre = codes.ore[code];
      paidOre = Math.min(priceOre, remainingOre);
      if (paidOre < priceOre) paidReason = 'cap';
      remainingOre -= paidOre;
    }
    lines.push(codes.line(candidate, code, payableCount[candidate], paidReason, paidOre, cumulativeOre + paidThisWeekOre));
    paidThisWeekOre += paidOre;
    totalOre += paidOre;
  }
  return {
    week,
    lines,
    total: fromOre(totalOre),
    cumulativeBefore: fromOre(cumulativeOre),
    capRemainingBefore: capOre === undefined ? undefined : fromOre(Math.max(0, capOre - cumulativeOre)),
  };
}

/**
 * How many lines settling the target week gives: one for each candidate whose status that week is other
 * than "not self-supporting" (an invalid one too), and for each of `alwaysLine`. Counted from the codes
 * alone, before anything is settled.
 */
export function linesInWeek(statuses: StatusCodes, candidateCount: number, target: number, alwaysLine?: ReadonlySet<number>): number {
  const givesLine = statuses.readings.map((reading) => isEngineError(reading) || reading.status.kind !== 'none');
  let lines = 0;
  for (let candidate = 0; candidate < candidateCount; candidate++)
    if (givesLine[statuses.codes[candidate * statuses.weekCount + target]] || alwaysLine?.has(candidate)) lines++;
  return lines;
}

export interface HistorySettlement {
  /** Each week up to the one asked for, in date order, with what its invoice comes to under the contract cap. */
  readonly weeks: readonly { readonly week: IsoWeek; readonly total: Amount }[];
  /** Each candidate's payable weeks (in the rows' order) over those weeks, the cap notwithstanding. */
  readonly payableWeeks: readonly number[];
  readonly total: Amount;
}

/** settleCodedHistory for rows of cell values, each row's statuses coded first. */
export function settleHistory(
  terms: Terms,
  weeks: readonly IsoWeek[],
  rows: readonly CandidateRow[],
  through?: IsoWeek,
): HistorySettlement {
  return settleCodedHistory(terms, weeks, rows, codeStatusRows(rows, weeks.length), through);
}

/**
 * docs/rules.md §4.5 for every week up to and including `through` (all weeks when absent) in one pass over
 * the rows: what each week's invoice comes to, had each been built in turn from the sheet's history, and
 * how many payable weeks each candidate has. The same per-candidate rules and cap as settleCodedWeek, so
 * week k here is settleCodedWeek(k)'s total, at the cost of one invoice instead of one per week.
 */
export function settleCodedHistory(
  terms: Terms,
  weeks: readonly IsoWeek[],
  candidates: readonly Enrolment[],
  statuses: StatusCodes,
  through?: IsoWeek,
): HistorySettlement {
  const included = weeksInOrder(weeks, (each) => through === undefined || each.monday <= through.monday);
  const { payableCount, weekOre } = settleInOrder(new CodeVerdicts(terms, statuses), terms, included, candidates);
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
  verdicts: CodeVerdicts,
  terms: Terms,
  weeks: readonly WeekInOrder[],
  candidates: readonly Enrolment[],
): { payableCount: Int32Array; weekOre: Float64Array } {
  const inContract = weeks.map(({ week }) => weekOverlaps(week, terms.contractStart, terms.contractEnd));
  const columns = Int32Array.from(weeks, ({ index }) => index);
  const { payable, ore } = verdicts;
  const { codes, weekCount } = verdicts.statuses;
  const maxWeeks = terms.maxWeeks ?? Infinity;
  const payableCount = new Int32Array(candidates.length);
  const weekOre = new Float64Array(weeks.length);
  for (let candidate = 0; candidate < candidates.length; candidate++) {
    const { start, end } = candidates[candidate];
    const base = candidate * weekCount;
    let count = 0;
    for (let k = 0; k < columns.length && count < maxWeeks; k++) {
      const code = codes[base + columns[k]];
      if (payable[code] === 0 || !inContract[k] || !weekOverlaps(weeks[k].week, start, end)) continue;
      count++;
      weekOre[k] += ore[code];
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

/** A status that gives no line: blank, or "not self-supporting". */
const NO_LINE = 'no-line';

/**
 * The per-candidate rules of docs/rules.md §4.5 for the coded status cells of one sheet: each code's reading
 * priced once, so a cell costs a few array look-ups.
 */
class CodeVerdicts {
  /** 1 where the code's status claims self-support at a price the terms give. */
  readonly payable: Uint8Array;
  /** What a payable code's week pays, in øre, before the contract cap. */
  readonly ore: Float64Array;
  private readonly prices: readonly (Price | undefined)[];
  /** The price of "not self-supporting", for lines given to candidates without a status that week. */
  private readonly none: Price;

  constructor(
    private readonly terms: Terms,
    readonly statuses: StatusCodes,
  ) {
    const list = new PriceList(terms);
    this.none = list.of(NONE_STATUS);
    this.prices = statuses.readings.map((reading) =>
      isEngineError(reading) || reading.status.kind === 'none' ? undefined : list.of(reading.status),
    );
    this.payable = Uint8Array.from(this.prices, (price) => (price === undefined || isEngineError(price.amount) ? 0 : 1));
    this.ore = Float64Array.from(this.prices, (price) => price?.ore ?? 0);
  }

  /** Why the cell's week is not paid, in the rules' order; null when it is payable (before the cap). */
  reason(code: number, week: IsoWeek, enrolment: Enrolment, inContract: boolean, payableBefore: number): Reason | null | typeof NO_LINE {
    const reading = this.statuses.readings[code];
    if (isEngineError(reading)) return 'invalid-status';
    if (reading.status.kind === 'none') return NO_LINE;
    if (this.payable[code] === 0) return 'invalid-status';
    if (!weekOverlaps(week, enrolment.start, enrolment.end)) return 'outside-enrolment';
    if (!inContract) return 'outside-contract';
    if (this.terms.maxWeeks !== undefined && payableBefore >= this.terms.maxWeeks) return 'max-weeks';
    return null;
  }

  line(candidate: number, code: number, payableBefore: number, reason: Reason | null, paidOre: number, usedOre: number): SettlementLine {
    const reading = this.statuses.readings[code];
    const price = isEngineError(reading) ? undefined : (this.prices[code] ?? this.none);
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
}

export interface Price {
  readonly amount: Amount | EngineError;
  readonly ore: number;
  /** Share of `rate`: 1 for S and D, the degree share otherwise. */
  readonly share?: Amount;
  readonly rate?: Amount;
}

/**
 * Prices each distinct status once. Statuses read through one StatusCache (or coded once, statusCodes.ts)
 * are the same objects for the same cell values, so a sheet of 1.5 million cells costs only a handful of
 * decimal computations.
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
