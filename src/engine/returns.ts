import { EngineError, engineError } from './errors';
import { Amount, round2, sum } from './money';

/** docs/rules.md §4.6: Σ repaid − Σ invested, to øre. */
export function netReturn(invested: readonly Amount[], repaid: readonly Amount[]): Amount {
  return round2(sum(repaid).minus(sum(invested)));
}

/** docs/rules.md §4.6: Σ repaid ÷ Σ invested. */
export function moneyMultiple(invested: readonly Amount[], repaid: readonly Amount[]): Amount | EngineError {
  const totalInvested = sum(invested);
  if (totalInvested.isZero()) return engineError('#DIV/0!', 'multiple.nothingInvested');
  return sum(repaid).dividedBy(totalInvested);
}

/** docs/rules.md §4.6: candidates with at least `minWeeks` payable weeks ÷ all candidates. */
export function successRate(payableWeeksPerCandidate: readonly number[], minWeeks = 1): number | EngineError {
  if (payableWeeksPerCandidate.length === 0) return engineError('#DIV/0!', 'successRate.noCandidates');
  const succeeded = payableWeeksPerCandidate.filter((weeks) => weeks >= minWeeks).length;
  return succeeded / payableWeeksPerCandidate.length;
}
