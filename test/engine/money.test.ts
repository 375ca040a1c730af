import fc from 'fast-check';
import { amount, formatAmount, round2, sum } from '../../src/engine/money';

describe('round2 is Excel ROUND(x, 2): half away from zero', () => {
  test.each([
    ['1234.57', 1234.565],
    ['-0.13', -0.125],
    ['1.01', 1.005],
    ['993.73', 993.725],
    ['2.68', 2.675],
    ['0.00', 0.004],
    ['-0.01', -0.005],
    ['1000000.01', 1000000.005],
    ['0.30', 0.1 + 0.2],
  ])('%s = ROUND(%p, 2)', (expected, input) => {
    expect(formatAmount(round2(amount(input)))).toBe(expected);
  });

  test('0.5 × 2.01 rounds to 1.01 (binary floating point gives 1.00)', () => {
    expect(formatAmount(round2(amount(0.5).times(amount(2.01))))).toBe('1.01');
    expect(Math.round(0.5 * 2.01 * 100) / 100).toBe(1);
  });

  test('text amounts are exact', () => {
    expect(formatAmount(round2(amount('1234.565')))).toBe('1234.57');
  });

  test('non-finite numbers are refused', () => {
    expect(() => amount(Number.NaN)).toThrow(RangeError);
  });
});

describe('properties', () => {
  const ore = fc.integer({ min: -10_000_000_00, max: 10_000_000_00 });

  test('a total is the exact sum of its rounded lines', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(ore, fc.integer({ min: 0, max: 999 })), { maxLength: 200 }), (raw) => {
        const lines = raw.map(([whole, extra]) => round2(amount(`${whole / 100}`).plus(amount(extra).dividedBy(100000))));
        const totalOre = lines.reduce((acc, line) => acc + BigInt(line.times(100).toFixed(0)), 0n);
        expect(sum(lines).times(100).toFixed(0)).toBe(totalOre.toString());
        expect(sum(lines).decimalPlaces()).toBeLessThanOrEqual(2);
      }),
    );
  });

  test('results do not depend on float noise in inputs', () => {
    fc.assert(
      fc.property(ore, fc.integer({ min: 1, max: 999 }), (whole, thousandths) => {
        const exact = whole / 100 + thousandths / 100000;
        const noisy = exact + Number.EPSILON * Math.abs(exact);
        expect(formatAmount(round2(amount(noisy)))).toBe(formatAmount(round2(amount(exact))));
      }),
    );
    expect(formatAmount(round2(amount(0.1 + 0.2).times(1000)))).toBe('300.00');
  });
});
