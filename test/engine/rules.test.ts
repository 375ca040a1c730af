import { CellValue } from '../../src/engine/cells';
import { amount, formatAmount } from '../../src/engine/money';
import fc from 'fast-check';
import { CandidateRow, candidateTotal, linesInWeek, payableWeeks, settleHistory, settleWeek } from '../../src/engine/rules';
import { codeStatusRows } from '../../src/engine/statusCodes';
import { parseStatus, StatusReading } from '../../src/engine/status';
import { Terms } from '../../src/engine/terms';
import { addWeeks, dayFromYmd, isoWeek, IsoWeek, weekLabel } from '../../src/engine/weeks';
import { isEngineError } from '../../src/engine/errors';

const terms: Terms = { weeklyRate: amount('1000.005'), partialRate: amount('500'), currency: 'DKK' };
const weeks: IsoWeek[] = Array.from({ length: 6 }, (_, i) => addWeeks(isoWeek(2021, 1), i));

function row(statuses: CellValue[], start?: string, end?: string): CandidateRow {
  const day = (text?: string) => (text ? dayFromYmd(...(text.split('-').map(Number) as [number, number, number])) : undefined);
  return { statuses, start: day(start), end: day(end) };
}

function summary(settlement: ReturnType<typeof settleWeek>) {
  return settlement.lines.map((line) => [line.candidate, formatAmount(line.amount), line.reason, line.payableBefore]);
}

describe('settling a week (docs/rules.md §4.4, §4.5)', () => {
  test('full, partial and degree shares pay their rounded rates; blanks and O give no line', () => {
    const rows = [row(['S']), row(['D']), row([0.4]), row([null]), row(['O']), row(['0,5'])];
    const result = settleWeek(terms, weeks.slice(0, 1), rows, 0);
    expect(summary(result)).toEqual([
      [0, '1000.01', null, 0],
      [1, '500.00', null, 0],
      [2, '400.00', null, 0],
      [5, '500.00', null, 0],
    ]);
    expect(formatAmount(result.total)).toBe('2400.01');
  });

  test('a week is within enrolment when any of its days is', () => {
    // 2021-W02 runs 2021-01-11 to 2021-01-17.
    const rows = [
      row([null, 'S'], '2021-01-17'),
      row([null, 'S'], '2021-01-18'),
      row([null, 'S'], undefined, '2021-01-11'),
      row([null, 'S'], undefined, '2021-01-10'),
    ];
    expect(summary(settleWeek(terms, weeks, rows, 1))).toEqual([
      [0, '1000.01', null, 0],
      [1, '0.00', 'outside-enrolment', 0],
      [2, '1000.01', null, 0],
      [3, '0.00', 'outside-enrolment', 0],
    ]);
  });

  test('weeks outside the contract period are never paid', () => {
    const contract = { ...terms, contractStart: dayFromYmd(2021, 1, 17), contractEnd: dayFromYmd(2021, 1, 18) };
    const rows = [row(['S', 'S', 'S', 'S'])];
    expect(settleWeek(contract, weeks, rows, 0).lines[0].reason).toBe('outside-contract');
    expect(settleWeek(contract, weeks, rows, 1).lines[0].reason).toBeNull();
    expect(settleWeek(contract, weeks, rows, 2).lines[0].reason).toBeNull();
    expect(settleWeek(contract, weeks, rows, 3).lines[0].reason).toBe('outside-contract');
  });

  test('only the first maxWeeks payable weeks are paid', () => {
    const capped = { ...terms, maxWeeks: 2 };
    const rows = [row(['S', null, 'D', 'X', 0.5, 'S'])];
    const lines = weeks.map((_, index) => settleWeek(capped, weeks, rows, index).lines[0]);
    expect(lines.map((line) => line && [formatAmount(line.amount), line.reason, line.payableBefore])).toEqual([
      ['1000.01', null, 0],
      undefined,
      ['500.00', null, 1],
      ['0.00', 'invalid-status', 2],
      ['0.00', 'max-weeks', 2],
      ['0.00', 'max-weeks', 2],
    ]);
  });

  test('the contract cap cuts the crossing line and zeroes later ones, in row order', () => {
    const capped = { ...terms, paymentCap: amount('2500') };
    const rows = [row(['S', 'S']), row([null, 'S']), row([null, 'D'])];
    const first = settleWeek(capped, weeks, rows, 0);
    expect(formatAmount(first.cumulativeBefore)).toBe('0.00');
    const second = settleWeek(capped, weeks, rows, 1);
    expect(formatAmount(second.cumulativeBefore)).toBe('1000.01');
    expect(formatAmount(second.capRemainingBefore!)).toBe('1499.99');
    expect(summary(second)).toEqual([
      [0, '1000.01', null, 1],
      [1, '499.98', 'cap', 0],
      [2, '0.00', 'cap', 0],
    ]);
    expect(formatAmount(second.total)).toBe('1499.99');
  });

  test('weeks cut by the cap still count as payable weeks', () => {
    const capped = { ...terms, paymentCap: amount('1500'), maxWeeks: 2 };
    const rows = [row(['S', 'S', 'S'])];
    const lines = [0, 1, 2].map((index) => settleWeek(capped, weeks, rows, index).lines[0]);
    expect(lines.map((line) => [formatAmount(line.amount), line.reason, line.payableBefore])).toEqual([
      ['1000.01', null, 0],
      ['499.99', 'cap', 1],
      ['0.00', 'max-weeks', 2],
    ]);
  });

  test('an invalid status is held at 0 and does not count as a payable week', () => {
    const rows = [row(['X', 'S'])];
    const held = settleWeek({ ...terms, maxWeeks: 1 }, weeks, rows, 0).lines[0];
    expect([formatAmount(held.amount), held.reason]).toEqual(['0.00', 'invalid-status']);
    expect(settleWeek({ ...terms, maxWeeks: 1 }, weeks, rows, 1).lines[0].reason).toBeNull();
  });

  test('D without a partial rate is held as invalid', () => {
    const line = settleWeek({ weeklyRate: amount(1000), currency: 'DKK' }, weeks, [row(['D'])], 0).lines[0];
    expect(line.reason).toBe('invalid-status');
  });

  test('weeks given out of order are settled in week order', () => {
    const shuffled = [weeks[2], weeks[0], weeks[1]];
    const capped = { ...terms, maxWeeks: 2 };
    const rows = [row(['S', 'S', 'S'])];
    expect(weekLabel(shuffled[0])).toBe('2021-W03');
    expect(settleWeek(capped, shuffled, rows, 0).lines[0].reason).toBe('max-weeks');
    expect(settleWeek(capped, shuffled, rows, 2).lines[0].payableBefore).toBe(1);
  });

  test('a ledger figure overrides the computed cumulative total for the cap', () => {
    const capped = { ...terms, paymentCap: amount('1500') };
    const result = settleWeek(capped, weeks, [row(['S', 'S'])], 1, { invoicedBefore: amount('1200') });
    expect(formatAmount(result.cumulativeBefore)).toBe('1200.00');
    expect(formatAmount(result.total)).toBe('300.00');
  });
});

describe('row functions behind PAYABLEWEEKS and CANDIDATETOTAL', () => {
  const readings = (values: CellValue[]) => values.map((value) => parseStatus(value) as StatusReading);

  test('payable weeks count shares above 0, capped', () => {
    expect(payableWeeks(readings(['S', null, 'D', 0.3, 'O', 0]))).toBe(3);
    expect(payableWeeks(readings(['S', 'S', 'S']), 2)).toBe(2);
  });

  test('a candidate total pays the first maxWeeks payable weeks in order', () => {
    const total = candidateTotal(readings(['D', null, 0.5, 'S']), { weeklyRate: amount('993.45'), partialRate: amount('250.125') }, 2);
    expect(isEngineError(total) ? total : formatAmount(total)).toBe('746.86');
  });

  test('D without a partial rate is #VALUE!', () => {
    const total = candidateTotal(readings(['S', 'D']), { weeklyRate: amount(1) });
    expect(isEngineError(total) && total.code).toBe('#VALUE!');
  });
});

describe('settling the whole history in one pass', () => {
  test('golden figures: each week as its own invoice would have it, the cap applied in date order', () => {
    const capped = { ...terms, paymentCap: amount('2500'), maxWeeks: 2 };
    const rows = [row(['S', 'S', 'S', null]), row([null, 'D', 'X', 'S']), row([0.4, null, null, 'S'], '2021-01-18')];
    const history = settleHistory(capped, weeks.slice(0, 4), rows);
    expect(history.weeks.map(({ week, total }) => [weekLabel(week), formatAmount(total)])).toEqual([
      ['2021-W01', '1000.01'],
      ['2021-W02', '1499.99'],
      ['2021-W03', '0.00'],
      ['2021-W04', '0.00'],
    ]);
    expect(history.payableWeeks).toEqual([2, 2, 1]);
    expect(formatAmount(history.total)).toBe('2500.00');
    expect(settleHistory(capped, weeks.slice(0, 4), rows, weeks[1]).weeks.map(({ week }) => weekLabel(week))).toEqual([
      '2021-W01',
      '2021-W02',
    ]);
  });

  test('property: week k of the history is settleWeek(k)’s total; payable weeks are the next week’s payable weeks before', () => {
    const status = fc.constantFrom<CellValue>('S', 'D', 'd', 'X', 'O', null, null, null, 0.4, 0.123, 1, 0, 1.5, '0,5', { error: '#N/A' });
    const day = fc.option(fc.integer({ min: weeks[0].monday - 10, max: weeks[5].monday + 10 }), { nil: undefined });
    const sheet = fc.record({
      order: fc.shuffledSubarray([0, 1, 2, 3, 4, 5], { minLength: 1 }),
      rows: fc.array(fc.record({ statuses: fc.array(status, { minLength: 6, maxLength: 6 }), start: day, end: day }), { maxLength: 8 }),
      cap: fc.option(fc.integer({ min: 0, max: 8000 }), { nil: undefined }),
      maxWeeks: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
      contractStart: day,
      partial: fc.boolean(),
    });
    fc.assert(
      fc.property(sheet, ({ order, rows, cap, maxWeeks, contractStart, partial }) => {
        const contract: Terms = {
          weeklyRate: amount('1234.565'),
          partialRate: partial ? amount('617.285') : undefined,
          paymentCap: cap === undefined ? undefined : amount(cap),
          maxWeeks,
          contractStart,
          currency: 'DKK',
        };
        const given = order.map((index) => weeks[index]);
        const history = settleHistory(contract, given, rows);
        const byMonday = new Map(history.weeks.map(({ week, total }) => [week.monday, formatAmount(total)]));
        given.forEach((week, index) =>
          expect(byMonday.get(week.monday)).toBe(formatAmount(settleWeek(contract, given, rows, index).total)),
        );
        const after = [...given, addWeeks(weeks[5], 1)];
        const everyone = new Set(rows.map((_, index) => index));
        const next = settleWeek(
          contract,
          after,
          rows.map((each) => ({ ...each, statuses: [...each.statuses, null] })),
          given.length,
          {
            alwaysLine: everyone,
          },
        );
        expect(history.payableWeeks).toEqual(next.lines.map((line) => line.payableBefore));
      }),
      { numRuns: 300 },
    );
  });
});

describe('counting a week’s lines before settling it', () => {
  test('blanks and "not self-supporting" give no line; an invalid status and a candidate always given one do', () => {
    const rows = [row(['S', 'O']), row([null, 'D']), row(['O', null]), row(['bad', 'S']), row([0.4, 0])];
    const codes = codeStatusRows(rows, 2);
    expect(linesInWeek(codes, rows.length, 0)).toBe(3);
    expect(linesInWeek(codes, rows.length, 1)).toBe(2);
    expect(linesInWeek(codes, rows.length, 0, new Set([2]))).toBe(4);
    expect(linesInWeek(codes, rows.length, 0, new Set([0]))).toBe(3);
    expect(settleWeek(terms, weeks.slice(0, 2), rows, 0).lines).toHaveLength(3);
    expect(settleWeek(terms, weeks.slice(0, 2), rows, 1).lines).toHaveLength(2);
  });
});
