import { Amount } from './money';
import { Rates } from './payment';
import { Day } from './weeks';

/** The contract terms (docs/rules.md §4.5, §6); optional limits are absent when the contract has none. */
export interface Terms extends Rates {
  readonly maxWeeks?: number;
  readonly contractStart?: Day;
  readonly contractEnd?: Day;
  readonly paymentCap?: Amount;
  readonly invested?: Amount;
  /** The share of candidates the contract aims to see self-supporting (docs/rules.md §4.6); DEFAULT_SUCCESS_TARGET when absent. */
  readonly successTarget?: number;
  readonly currency: string;
  readonly contractName?: string;
  readonly commissioner?: string;
  readonly investor?: string;
  readonly provider?: string;
}

export const DEFAULT_CURRENCY = 'DKK';

/** IMPACT60's target: 60 of its 120 candidates self-supporting. */
export const DEFAULT_SUCCESS_TARGET = 0.5;
