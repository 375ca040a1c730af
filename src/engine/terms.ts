import { Amount } from './money';
import { Rates } from './payment';
import { Day } from './weeks';

/** The contract terms (DESIGN §4.5, §6); optional limits are absent when the contract has none. */
export interface Terms extends Rates {
  readonly maxWeeks?: number;
  readonly contractStart?: Day;
  readonly contractEnd?: Day;
  readonly paymentCap?: Amount;
  readonly invested?: Amount;
  readonly currency: string;
  readonly contractName?: string;
  readonly commissioner?: string;
  readonly investor?: string;
  readonly provider?: string;
}

export const DEFAULT_CURRENCY = 'DKK';
