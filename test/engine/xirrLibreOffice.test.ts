import { createXlsx, openXlsx } from '../../src/adapters/xlsx';
import { cellAddress, columnLetters } from '../../src/engine/cells';
import { isEngineError } from '../../src/engine/errors';
import { CashFlow, xirr } from '../../src/engine/irr';
import { dayFromYmd, serialFromDay } from '../../src/engine/weeks';
import { seededRandom } from '../../src/demo/random';
import { CellSpec } from '../../src/workbook/types';
import { recalculateWithLibreOffice } from '../support/libreoffice';

/**
 * Cash flows shaped like social impact investments: one or two investments, then weekly or monthly
 * repayments of varying size over one to four years. Some end in a loss, some in a gain.
 */
function cashFlowSets(count: number): CashFlow[][] {
  const random = seededRandom(2021);
  return Array.from({ length: count }, () => {
    const start = dayFromYmd(2018, 1, 1) + Math.floor(random() * 365);
    const invested = 1_000_000 + Math.round(random() * 4_000_000);
    const flows: CashFlow[] = [{ amount: -invested, day: start }];
    if (random() < 0.4) flows.push({ amount: -Math.round(invested * random() * 0.5), day: start + 30 + Math.floor(random() * 200) });
    const repayments = 6 + Math.floor(random() * 40);
    const ratio = 0.6 + random() * 0.8;
    for (let i = 1; i <= repayments; i++) {
      flows.push({
        amount: Math.round(((invested * ratio) / repayments) * (0.5 + random()) * 100) / 100,
        day: start + i * (7 + Math.floor(random() * 40)),
      });
    }
    return flows;
  });
}

describe('INVESTORIRR agrees with LibreOffice’s XIRR, computed live', () => {
  const sets = cashFlowSets(24);
  let results: (number | string)[];

  beforeAll(async () => {
    const rows: (CellSpec | null)[][] = [];
    sets.forEach((flows, set) => {
      const amounts = 3 * set;
      flows.forEach((flow, row) => {
        rows[row] ??= [];
        rows[row][amounts] = { value: flow.amount };
        rows[row][amounts + 1] = { value: serialFromDay(flow.day), format: 'date' };
      });
      const last = flows.length - 1;
      rows[0][amounts + 2] = {
        formula: `XIRR(${cellAddress(0, amounts)}:${cellAddress(last, amounts)},${cellAddress(0, amounts + 1)}:${cellAddress(last, amounts + 1)})`,
      };
    });
    const noSignChange = 3 * sets.length;
    rows[0][noSignChange] = { value: 100 };
    rows[1] ??= [];
    rows[1][noSignChange] = { value: 200 };
    rows[0][noSignChange + 1] = { value: serialFromDay(dayFromYmd(2020, 1, 1)) };
    rows[1][noSignChange + 1] = { value: serialFromDay(dayFromYmd(2021, 1, 1)) };
    rows[0][noSignChange + 2] = {
      formula: `XIRR(${columnLetters(noSignChange)}1:${columnLetters(noSignChange)}2,${columnLetters(noSignChange + 1)}1:${columnLetters(noSignChange + 1)}2)`,
    };
    const recalculated = openXlsx(await recalculateWithLibreOffice(createXlsx({ addSheets: [{ name: 'Flows', rows }] })));
    const first = (await recalculated.readSheet('Flows')).rows[0]!;
    results = Array.from({ length: sets.length + 1 }, (_, set) => {
      const value = first[3 * set + 2];
      return typeof value === 'number' ? value : JSON.stringify(value);
    });
  });

  test('on 24 generated cash-flow sets, to 1e-9', () => {
    expect(sets.length).toBeGreaterThanOrEqual(20);
    sets.forEach((flows, set) => {
      const ours = xirr(flows);
      expect(isEngineError(ours)).toBe(false);
      expect(typeof results[set]).toBe('number');
      expect(Math.abs((ours as number) - (results[set] as number))).toBeLessThan(1e-9);
    });
  });

  test('the sets cover losses and gains', () => {
    const rates = sets.map((flows) => xirr(flows) as number);
    expect(rates.some((rate) => rate < 0)).toBe(true);
    expect(rates.some((rate) => rate > 0)).toBe(true);
  });

  test('without a sign change both fail: LibreOffice says #VALUE!, we say #NUM! as Excel does (DESIGN §4.6)', () => {
    expect(results[sets.length]).toBe('{"error":"#VALUE!"}');
    const ours = xirr([
      { amount: 100, day: dayFromYmd(2020, 1, 1) },
      { amount: 200, day: dayFromYmd(2021, 1, 1) },
    ]);
    expect(isEngineError(ours) && ours.code).toBe('#NUM!');
  });
});
