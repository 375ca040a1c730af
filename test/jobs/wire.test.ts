import { serialize } from 'v8';
import { amount, formatAmount, isAmount } from '../../src/engine/money';
import { fromWire, toWire } from '../../src/jobs/wire';

describe('job results on the wire', () => {
  test('an amount cannot cross to the pane as it is; encoded, it arrives with every digit', () => {
    const result = {
      total: amount('4052237.505'),
      lines: [{ id: 'K-1', amount: amount('-0.13') }],
      weeks: new Set(['2021-W01']),
      when: new Date(0),
    };
    expect(() => serialize(result)).toThrow(/could not be cloned/);
    const wire = toWire(result);
    expect(() => serialize(wire)).not.toThrow();
    const back = fromWire<typeof result>(wire);
    expect(isAmount(back.total) && back.total.toFixed()).toBe('4052237.505');
    expect(formatAmount(back.lines[0].amount)).toBe('-0.13');
    expect([back.weeks, back.when]).toEqual([new Set(['2021-W01']), new Date(0)]);
  });

  test('everything else passes unchanged, bytes included', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const value = { text: 'x', number: 1.5, none: null, error: { error: '#N/A' }, bytes, map: new Map([['a', 1]]) };
    expect(fromWire(toWire(value))).toEqual(value);
    expect((toWire(value) as typeof value).bytes).toBe(bytes);
  });
});
