import { CashFlow, xirr } from '../../src/engine/irr';
import { dayFromYmd } from '../../src/engine/weeks';
import { report, time } from './statusGrid';

const START = dayFromYmd(2018, 1, 1);
const RUNS = 100;

/**
 * INVESTORIRR's cost grows with the number of sign changes in the flows (one level of root isolation each):
 * a contract's history has one or two, flows that alternate sign every week have hundreds.
 */
export function benchIrr(): void {
  const contract: CashFlow[] = [
    { amount: -4_000_000, day: START },
    ...Array.from({ length: 156 }, (_, week) => ({ amount: 20_000 + ((week * 7919) % 9000), day: START + 7 * (week + 1) })),
  ];
  const alternating: CashFlow[] = Array.from({ length: 300 }, (_, week) => ({
    amount: (week % 2 ? 1 : -1) * (1000 + ((week * 7919) % 113)),
    day: START + 7 * week,
  }));
  for (const [name, flows] of [
    ['INVESTORIRR, 1 investment + 156 weekly repayments', contract],
    ['INVESTORIRR, 300 weekly flows alternating sign', alternating],
  ] as const) {
    const { seconds } = time(() => {
      for (let run = 0; run < RUNS; run++) xirr(flows);
    });
    report(name, seconds / RUNS, 'per call');
  }
}
