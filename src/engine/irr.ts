import { EngineError, engineError } from './errors';
import { Day, formatDay } from './weeks';

export interface CashFlow {
  readonly amount: number;
  readonly day: Day;
}

const NEWTON_MAX_ITERATIONS = 100;
const NEWTON_TOLERANCE = 1e-10;
const LOWEST_RATE = -1 + 1e-12;

/**
 * DESIGN §4.6: the annual rate r with Σ aᵢ / (1+r)^((dᵢ − d₀)/365) = 0, d₀ the first date — Excel's XIRR.
 * Newton from the guess first, as Excel does, so wherever Excel converges we land on the same root;
 * where Newton fails (a root near −100 %, or a flat start) the root is bracketed and found by Brent's method.
 */
export function xirr(flows: readonly CashFlow[], guess = 0.1): number | EngineError {
  if (!Number.isFinite(guess) || guess <= -1) return engineError('#NUM!', 'irr.guessInvalid', { value: guess });
  if (!flows.some((flow) => flow.amount > 0) || !flows.some((flow) => flow.amount < 0)) return engineError('#NUM!', 'irr.noSignChange');
  const first = flows[0].day;
  const late = flows.find((flow) => flow.day < first);
  if (late) return engineError('#NUM!', 'irr.dateBeforeFirst', { value: formatDay(late.day) });
  const years = flows.map((flow) => (flow.day - first) / 365);
  const amounts = flows.map((flow) => flow.amount);
  const value = (rate: number): number => presentValue(amounts, years, rate);

  const newton = newtonRoot(amounts, years, guess);
  if (newton !== undefined) return newton;
  const bracket = findBracket(value);
  if (bracket === undefined) return engineError('#NUM!', 'irr.noRoot');
  return brentRoot(value, bracket[0], bracket[1]);
}

function presentValue(amounts: readonly number[], years: readonly number[], rate: number): number {
  let total = 0;
  for (let i = 0; i < amounts.length; i++) total += amounts[i] / Math.pow(1 + rate, years[i]);
  return total;
}

function newtonRoot(amounts: readonly number[], years: readonly number[], guess: number): number | undefined {
  let rate = guess;
  for (let iteration = 0; iteration < NEWTON_MAX_ITERATIONS; iteration++) {
    let value = 0;
    let slope = 0;
    for (let i = 0; i < amounts.length; i++) {
      const discount = Math.pow(1 + rate, years[i]);
      value += amounts[i] / discount;
      slope -= (years[i] * amounts[i]) / (discount * (1 + rate));
    }
    if (!Number.isFinite(value) || !Number.isFinite(slope) || slope === 0) return undefined;
    const next = rate - value / slope;
    if (!Number.isFinite(next) || next <= -1) return undefined;
    if (Math.abs(next - rate) <= NEWTON_TOLERANCE * Math.max(1, Math.abs(rate))) return next;
    rate = next;
  }
  return undefined;
}

/**
 * Scans rates from just above −100 % upwards for a sign change of the present value. The grid is
 * dense near −100 %, where the present value changes fastest.
 */
function findBracket(value: (rate: number) => number): [number, number] | undefined {
  const grid: number[] = [LOWEST_RATE];
  for (let exponent = -11; exponent <= 0; exponent += 0.25) grid.push(-1 + Math.pow(10, exponent));
  for (let rate = 0.05; rate <= 1; rate += 0.05) grid.push(rate);
  for (let rate = 1.5; rate <= 1e9; rate *= 1.5) grid.push(rate);
  const sorted = [...new Set(grid)].sort((a, b) => a - b);
  let previousRate = sorted[0];
  let previousValue = value(previousRate);
  for (const rate of sorted.slice(1)) {
    const current = value(rate);
    if (Number.isFinite(previousValue) && Number.isFinite(current)) {
      if (current === 0) return [rate, rate];
      if (Math.sign(current) !== Math.sign(previousValue)) return [previousRate, rate];
    }
    previousRate = rate;
    previousValue = current;
  }
  return undefined;
}

/** Brent's method (inverse quadratic interpolation, secant and bisection) on a bracketing interval. */
function brentRoot(f: (x: number) => number, lower: number, upper: number): number {
  let a = lower;
  let b = upper;
  let fa = f(a);
  let fb = f(b);
  if (fb === 0) return b;
  if (fa === 0) return a;
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  for (let iteration = 0; iteration < 200; iteration++) {
    if (Math.sign(fb) === Math.sign(fc)) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tolerance = 2 * Number.EPSILON * Math.abs(b) + 1e-15;
    const half = (c - b) / 2;
    if (Math.abs(half) <= tolerance || fb === 0) return b;
    if (Math.abs(e) >= tolerance && Math.abs(fa) > Math.abs(fb)) {
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * half * s;
        q = 1 - s;
      } else {
        const r = fb / fc;
        const t = fa / fc;
        p = s * (2 * half * t * (t - r) - (b - a) * (r - 1));
        q = (t - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (2 * p < Math.min(3 * half * q - Math.abs(tolerance * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = half;
        e = d;
      }
    } else {
      d = half;
      e = d;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tolerance ? d : half > 0 ? tolerance : -tolerance;
    fb = f(b);
  }
  return b;
}
