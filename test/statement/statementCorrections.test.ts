import { amount } from '../../src/engine/money';
import { IsoWeek, parseWeekLabel } from '../../src/engine/weeks';
import { chooseStatement } from '../../src/sheet/statementChoice';
import { withCorrections } from '../../src/sheet/statementCorrections';
import { ReceivedLine, ReceivedTable } from '../../src/sheet/statementTable';

const week = parseWeekLabel('2021-W10') as IsoWeek;
const line = (candidateId: string, status: ReceivedLine['status'], value: string, sheet: string): ReceivedLine => ({
  candidateId,
  status,
  amount: amount(value),
  idAddress: `${sheet}!A1`,
  statusAddress: `${sheet}!B1`,
  amountAddress: `${sheet}!C1`,
});

const invoice: ReceivedTable = {
  kind: 'invoice',
  sheet: 'Invoice',
  address: 'Invoice!A16',
  week,
  lines: [line('K-1', 'D', '500', 'Invoice'), line('K-2', 'S', '1000', 'Invoice')],
  totals: { amount: amount('1500'), address: 'Invoice!I19' },
};
const correction = (sheet: string, lines: ReceivedLine[], difference: string): ReceivedTable => ({
  kind: 'correction',
  sheet,
  address: `${sheet}!A16`,
  week,
  lines,
  difference: { amount: amount(difference), address: `${sheet}!L20` },
});

describe('a received week with its corrections (docs/rules.md §7, §8)', () => {
  test('correction lines replace the invoice’s, in order; a cleared line is gone; the total adds the differences', () => {
    const first = correction('Correction', [line('K-1', 'S', '1000', 'Correction'), line('K-3', 'S', '1000', 'Correction')], '1500');
    const second = correction('Correction (2)', [line('K-2', null, '0', 'Correction (2)')], '-1000');
    const merged = withCorrections(invoice, [first, second]);
    expect(merged.lines.map((each) => [each.candidateId, each.status, each.amount?.toFixed(2), each.amountAddress])).toEqual([
      ['K-1', 'S', '1000.00', 'Correction!C1'],
      ['K-3', 'S', '1000.00', 'Correction!C1'],
    ]);
    expect(merged.totals).toEqual({ amount: amount('2000'), address: 'Invoice!I19' });
  });

  test('a line a capped correction lists unchanged (difference 0) changes nothing, even one that reads as cleared', () => {
    const unchanged = (candidateId: string, status: ReceivedLine['status'], value: string) => ({
      ...line(candidateId, status, value, 'Correction'),
      difference: amount('0'),
    });
    const whole = correction(
      'Correction',
      [unchanged('K-1', 'd', '500'), { ...line('K-2', 'S', '900', 'Correction'), difference: amount('-100') }, unchanged('K-4', null, '0')],
      '-100',
    );
    const merged = withCorrections({ ...invoice, lines: [...invoice.lines, line('K-4', 'X', '0', 'Invoice')] }, [whole]);
    expect(merged.lines.map((each) => [each.candidateId, each.status, each.amount?.toFixed(2), each.amountAddress])).toEqual([
      ['K-1', 'D', '500.00', 'Invoice!C1'],
      ['K-2', 'S', '900.00', 'Correction!C1'],
      ['K-4', 'X', '0.00', 'Invoice!C1'],
    ]);
    expect(merged.totals?.amount?.toFixed(2)).toBe('1400.00');
  });

  test('the chosen statement for a week applies that week’s corrections only', () => {
    const other = { ...correction('Correction W11', [line('K-1', 'S', '9', 'W11')], '9'), week: parseWeekLabel('2021-W11') as IsoWeek };
    const chosen = chooseStatement([invoice, correction('Correction', [line('K-2', 'S', '1200', 'Correction')], '200'), other]);
    if ('kind' in chosen && chosen.kind === 'engine-error') throw new Error('refused');
    const { table, corrections } = chosen as Exclude<typeof chosen, { kind: 'engine-error' }>;
    expect(corrections.map((each) => each.sheet)).toEqual(['Correction']);
    expect(table.lines.map((each) => each.amount?.toFixed(2))).toEqual(['500.00', '1200.00']);
    expect(table.totals?.amount?.toFixed(2)).toBe('1700.00');
  });
});
