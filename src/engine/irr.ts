import { EngineError, engineError } from './errors';
import { ExponentialTerm, exponentialSumRoots } from './exponentialSumRoots';
import { Day, formatDay, serialFromDay } from './weeks';

export interface CashFlow {
  readonly amount: number;
  readonly day: Day;
}

/** Excel's XIRR documentation: it iterates "until the result is accurate within 0.000001 percent", for at most "100 tries". */
const EXCEL_TOLERANCE = 1e-8;
const EXCEL_TRIES = 100;
/** ln(1 + r) from the smallest rate above −100 % that a double holds (−1 + 2⁻⁵³) to a rate of about 8e307. */
const LOWEST_LOG_RATE = Math.log(Number.EPSILON / 2);
const HIGHEST_LOG_RATE = 709;

/**
 * docs/rules.md §4.6: the annual rate r with Σ aᵢ / (1+r)^((dᵢ − d₀)/365) = 0, d₀ the first date — Excel's XIRR.
 * dᵢ − d₀ is the difference of the dates' Excel serials, so a span over Excel's phantom 1900-02-29 has one day more
 * than the calendar's, as in Excel. Every root is found (`xirrRoots`); of several, the one Excel's Newton iteration
 * from the guess converges to, and where that iteration fails, the root nearest the guess
 * (docs/differences-from-excel.md). The root itself is exact to the last bit, not to Excel's 1e-8.
 */
export function xirr(flows: readonly CashFlow[], guess = 0.1): number | EngineError {
  if (!Number.isFinite(guess) || guess <= -1) return engineError('#NUM!', 'irr.guessInvalid', { value: guess });
  if (!flows.some((flow) => flow.amount > 0) || !flows.some((flow) => flow.amount < 0)) return engineError('#NUM!', 'irr.noSignChange');
  const late = flows.find((flow) => flow.day < flows[0].day);
  if (late) return engineError('#NUM!', 'irr.dateBeforeFirst', { value: formatDay(late.day) });
  const terms = presentValueTerms(flows);
  const roots = ratesOfRoots(terms);
  if (roots.length === 0) return engineError('#NUM!', 'irr.noRoot');
  return nearest(roots, excelNewton(terms, guess) ?? guess);
}

/** Every rate above −100 % at which the flows' present value is zero, in increasing order. */
export function xirrRoots(flows: readonly CashFlow[]): number[] {
  return ratesOfRoots(presentValueTerms(flows));
}

function ratesOfRoots(terms: readonly ExponentialTerm[]): number[] {
  return exponentialSumRoots(terms, LOWEST_LOG_RATE, HIGHEST_LOG_RATE).map(Math.expm1);
}

/** The present value as Σ cᵢ·(1+r)^(−tᵢ): flows on one day added up, years counted from the first flow's date. */
function presentValueTerms(flows: readonly CashFlow[]): ExponentialTerm[] {
  const first = serialFromDay(flows[0].day);
  const byDay = new Map<number, number>();
  for (const { amount, day } of flows) {
    const days = serialFromDay(day) - first;
    byDay.set(days, (byDay.get(days) ?? 0) + amount);
  }
  return [...byDay].filter(([, amount]) => amount !== 0).map(([days, amount]) => ({ coefficient: amount, exponent: days / 365 }));
}

/** Where Newton's iteration from the guess settles under Excel's stopping rule, or undefined where it fails. */
function excelNewton(terms: readonly ExponentialTerm[], guess: number): number | undefined {
  let rate = guess;
  for (let tries = 0; tries < EXCEL_TRIES; tries++) {
    let value = 0;
    let slope = 0;
    for (const { coefficient, exponent } of terms) {
      const discounted = coefficient * Math.pow(1 + rate, -exponent);
      value += discounted;
      slope -= (exponent * discounted) / (1 + rate);
    }
    const next = rate - value / slope;
    if (!Number.isFinite(next) || next <= -1) return undefined;
    if (Math.abs(next - rate) < EXCEL_TOLERANCE) return next;
    rate = next;
  }
  return undefined;
}

function nearest(roots: readonly number[], target: number): number {
  return roots.reduce((best, root) => (Math.abs(root - target) < Math.abs(best - target) ? root : best));
}
