import Decimal from 'decimal.js';

/**
 * The one decimal constructor for amounts. A private clone, so nothing here changes decimal.js's
 * global settings and nothing elsewhere can change ours. Precision is far beyond any contract sum.
 */
const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });

export type Amount = Decimal;

export const ZERO: Amount = new Money(0);

/**
 * A number typed into Excel carries at most 15 significant digits; reading a JavaScript number at that
 * precision drops binary noise (0.1 + 0.2 reads as 0.3, 1.005 stays 1.005) exactly as Excel's ROUND sees it.
 */
export function amount(value: number | string | Amount): Amount {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
    return new Money(value.toPrecision(15));
  }
  return new Money(value);
}

/** Excel's ROUND(x, 2): to øre, half away from zero (ROUND_HALF_UP in decimal.js rounds away from zero). */
export function round2(value: Amount): Amount {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** The exact sum of amounts that are already rounded, so a total always foots with its lines. */
export function sum(values: Iterable<Amount>): Amount {
  let total = ZERO;
  for (const value of values) total = total.plus(value);
  return total;
}

export function minAmount(a: Amount, b: Amount): Amount {
  return a.lessThanOrEqualTo(b) ? a : b;
}

export function maxAmount(a: Amount, b: Amount): Amount {
  return a.greaterThanOrEqualTo(b) ? a : b;
}

/** Two decimals, no grouping, '-' for negatives: the form JSON output and tests state øre in. */
export function formatAmount(value: Amount): string {
  return value.toFixed(2, Decimal.ROUND_HALF_UP);
}

export function toNumber(value: Amount): number {
  return value.toNumber();
}

export function isAmount(value: unknown): value is Amount {
  return Decimal.isDecimal(value);
}
