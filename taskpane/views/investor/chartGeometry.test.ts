import { amount } from '../../../src/engine/money';
import { dayFromYmd } from '../../../src/engine/weeks';
import { chartGeometry } from './chartGeometry';

const day = (d: number) => dayFromYmd(2021, 1, d);
const curve = [
  { day: day(1), cumulative: amount(0) },
  { day: day(11), cumulative: amount(50) },
  { day: day(21), cumulative: amount(110) },
];

describe('the repayment chart’s geometry', () => {
  test('a step line from the investment day, the invested line, and break-even where they cross', () => {
    const geometry = chartGeometry(curve, amount(100), day(21))!;
    expect(geometry.repaidPath).toBe('M64,176 H188 V122.7 H312 V58.7');
    expect(geometry.investedY).toBe(69.3);
    expect(geometry.breakEvenX).toBe(312);
    expect([geometry.firstDay, geometry.lastDay]).toEqual([day(1), day(21)]);
  });

  test('a value axis of round amounts from 0 to just above the highest', () => {
    expect(chartGeometry(curve, amount(100), day(21))!.ticks).toEqual([
      { value: 0, y: 176 },
      { value: 50, y: 122.7 },
      { value: 100, y: 69.3 },
      { value: 150, y: 16 },
    ]);
  });

  test('the plot takes the width it is given, and no less than a narrow pane’s', () => {
    expect(chartGeometry(curve, amount(100), day(21), 720)!.plot.right).toBe(712);
    expect(chartGeometry(curve, amount(100), day(21), 100)!.plot.right).toBe(312);
  });

  test('nothing to draw without points; no invested line without an investment', () => {
    expect(chartGeometry([], amount(1), undefined)).toBeUndefined();
    const single = chartGeometry([{ day: day(1), cumulative: amount(0) }], undefined, undefined)!;
    expect(single.investedY).toBeUndefined();
    expect(single.repaidPath).toBe('M64,176');
  });
});
