import { EngineError, engineError } from './errors';
import { Amount, round2, ZERO } from './money';
import { Status } from './status';

export interface Rates {
  readonly weeklyRate: Amount;
  readonly partialRate?: Amount;
}

/** docs/rules.md §4.4: the payment for one candidate-week, rounded to øre like Excel's ROUND(x, 2). */
export function weekPayment(status: Status, rates: Rates): Amount | EngineError {
  switch (status.kind) {
    case 'full':
      return round2(rates.weeklyRate);
    case 'partial':
      return rates.partialRate === undefined ? engineError('#VALUE!', 'rate.partialMissing') : round2(rates.partialRate);
    case 'share':
      return round2(rates.weeklyRate.times(status.share));
    case 'none':
      return ZERO;
  }
}

/** The rate a status is paid at: the partial rate for `D`, the full weekly rate otherwise. */
export function rateFor(status: Status, rates: Rates): Amount | undefined {
  return status.kind === 'partial' ? rates.partialRate : rates.weeklyRate;
}
