import { amount } from '../../../src/engine/money';
import { dayFromYmd } from '../../../src/engine/weeks';
import { chartGeometry } from './chartGeometry';

const day = (d: number) => dayFromYmd(2021, 1, d);

describe('the repayment chart’s geometry', () => {
  test('a step line from the investment day, the invested line, and break-even where they cross', () => {
    const geometry = chartGeometry(
      [
        { day: day(1), cumulative: amount(0) },
        { day: day(11), cumulative: amount(50) },
        { day: day(21), cumulative: amount(110) },
      ],
      amount(100),
      day(21),
    )!;
    expect(geometry.repaidPath).toBe('M8,176 H160 V109.9 H312 V30.5');
    expect(geometry.investedY).toBe(43.8);
    expect(geometry.breakEvenX).toBe(312);
    expect([geometry.firstDay, geometry.lastDay]).toEqual([day(1), day(21)]);
  });

  test('nothing to draw without points; no invested line without an investment', () => {
    expect(chartGeometry([], amount(1), undefined)).toBeUndefined();
    const single = chartGeometry([{ day: day(1), cumulative: amount(0) }], undefined, undefined)!;
    expect(single.investedY).toBeUndefined();
    expect(single.repaidPath).toBe('M8,176');
  });
});
