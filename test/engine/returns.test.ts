import { isEngineError } from '../../src/engine/errors';
import { CashFlow, xirr } from '../../src/engine/irr';
import { amount, formatAmount } from '../../src/engine/money';
import { moneyMultiple, netReturn, successRate } from '../../src/engine/returns';
import { dayFromYmd } from '../../src/engine/weeks';

const flows = (rows: [number, string][]): CashFlow[] =>
  rows.map(([value, date]) => ({ amount: value, day: dayFromYmd(...(date.split('-').map(Number) as [number, number, number])) }));

describe('net return and money multiple (docs/rules.md §4.6)', () => {
  test("the seed's return: DKK 4,052,237 repaid on DKK 4,000,000 invested", () => {
    expect(formatAmount(netReturn([amount(4_000_000)], [amount('4052237')]))).toBe('52237.00');
    const multiple = moneyMultiple([amount(4_000_000)], [amount('4052237')]);
    expect(isEngineError(multiple) ? multiple : multiple.toString()).toBe('1.01305925');
  });

  test('the net return is rounded to øre, half away from zero', () => {
    expect(formatAmount(netReturn([amount('0.005')], [amount('0.01')]))).toBe('0.01');
    expect(formatAmount(netReturn([amount('100.005')], [amount('0.1'), amount('0.2')]))).toBe('-99.71');
  });

  test('nothing invested has no multiple', () => {
    const multiple = moneyMultiple([], [amount(5)]);
    expect(isEngineError(multiple) && multiple.code).toBe('#DIV/0!');
  });

  test('success rate counts candidates with at least minWeeks payable weeks', () => {
    expect(successRate([0, 1, 5, 0])).toBe(0.5);
    expect(successRate([0, 1, 5, 0], 2)).toBe(0.25);
    const none = successRate([]);
    expect(isEngineError(none) && none.code).toBe('#DIV/0!');
  });
});

describe('XIRR', () => {
  test("Excel's documented example gives 0.373362535", () => {
    const rate = xirr(
      flows([
        [-10000, '2008-01-01'],
        [2750, '2008-03-01'],
        [4250, '2008-10-30'],
        [3250, '2009-02-15'],
        [2750, '2009-04-01'],
      ]),
    );
    // Excel stops its Newton iteration at a tolerance of 1e-8; the exact root is 0.3733625335…
    expect(rate).toBeCloseTo(0.373362535, 8);
  });

  test('finds the root near −99 % that Newton from 0.1 misses', () => {
    const rate = xirr(
      flows([
        [-1000, '2020-01-01'],
        [1, '2020-12-31'],
      ]),
    );
    expect(isEngineError(rate)).toBe(false);
    expect(rate as number).toBeCloseTo(-0.999, 9);
  });

  test('a zero-sum flow has a zero rate', () => {
    expect(
      xirr(
        flows([
          [-100, '2020-01-01'],
          [100, '2021-01-01'],
        ]),
      ),
    ).toBeCloseTo(0, 12);
  });

  test('no sign change is #NUM!', () => {
    const rate = xirr(
      flows([
        [100, '2020-01-01'],
        [100, '2021-01-01'],
      ]),
    );
    expect(isEngineError(rate) && rate.code).toBe('#NUM!');
  });

  test('a date before the first is #NUM!', () => {
    const rate = xirr(
      flows([
        [-100, '2020-01-01'],
        [110, '2019-01-01'],
      ]),
    );
    expect(isEngineError(rate) && rate.key).toBe('irr.dateBeforeFirst');
  });

  test('a guess at or below −100 % is #NUM!', () => {
    const rate = xirr(
      flows([
        [-100, '2020-01-01'],
        [110, '2021-01-01'],
      ]),
      -1,
    );
    expect(isEngineError(rate) && rate.code).toBe('#NUM!');
  });
});
