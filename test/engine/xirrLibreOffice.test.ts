import { createXlsx, openXlsx } from '../../src/adapters/xlsx';
import { cellAddress } from '../../src/engine/cells';
import { isEngineError } from '../../src/engine/errors';
import { CashFlow, xirr, xirrRoots } from '../../src/engine/irr';
import { dayFromSerial, dayFromYmd, serialFromDay } from '../../src/engine/weeks';
import { seededRandom } from '../../src/demo/random';
import { CellSpec, SheetGrid } from '../../src/workbook/types';
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

/** Three yearly flows whose present value is zero at exactly `low` and `high`. */
function rootPair(low: number, high: number): CashFlow[] {
  const [v, w] = [1 / (1 + low), 1 / (1 + high)];
  const start = dayFromYmd(2019, 1, 1);
  return [v * w, -(v + w), 1].map((coefficient, year) => ({ amount: coefficient * 1e6, day: start + 365 * year }));
}

const ROOT_PAIRS: [number, number][] = [
  [-0.315, -0.029],
  [0.1, 0.11],
  [0.1, 0.101],
  [-0.5, -0.4999],
  [5, 5.001],
  [-0.25, 0.5],
];
const GUESSES = [undefined, -0.9, -0.5, -0.1, 0, 0.3, 1, 10];

/** Excel serials before and around 1900-03-01, where Excel's (and LibreOffice's) serials are not calendar days. */
const EARLY_SERIALS = [
  [1, 61],
  [1, 59, 61, 400],
  [20, 45, 100],
];

/** One column pair per set (amounts, serial dates) and XIRR formulas below them, one per guess. */
function xirrSheet(name: string, sets: readonly CashFlow[][], guesses: readonly (number | undefined)[]) {
  const rows: (CellSpec | null)[][] = [];
  const length = Math.max(...sets.map((flows) => flows.length));
  sets.forEach((flows, set) => {
    const [amounts, dates] = [2 * set, 2 * set + 1];
    flows.forEach((flow, row) => {
      rows[row] ??= [];
      rows[row][amounts] = { value: flow.amount };
      rows[row][dates] = { value: serialFromDay(flow.day), format: 'date' };
    });
    const range = (column: number) => `${cellAddress(0, column)}:${cellAddress(flows.length - 1, column)}`;
    guesses.forEach((guess, g) => {
      rows[length + g] ??= [];
      rows[length + g][amounts] = { formula: `XIRR(${range(amounts)},${range(dates)}${guess === undefined ? '' : `,${guess}`})` };
    });
  });
  return { name, rows, results: (grid: SheetGrid, set: number) => guesses.map((_, g) => grid.rows[length + g]![2 * set]) };
}

describe('INVESTORIRR agrees with LibreOffice’s XIRR, computed live', () => {
  const sets = cashFlowSets(24);
  const noSignChange: CashFlow[] = [
    { amount: 100, day: dayFromYmd(2020, 1, 1) },
    { amount: 200, day: dayFromYmd(2021, 1, 1) },
  ];
  const pairs = ROOT_PAIRS.map(([low, high]) => rootPair(low, high));
  const early = EARLY_SERIALS.map((serials) =>
    serials.map((serial, i) => ({ amount: i === 0 ? -1000 : 1020 / (serials.length - 1), day: dayFromSerial(serial)! })),
  );
  const generated = xirrSheet('Generated', [...sets, noSignChange], [undefined]);
  const close = xirrSheet('Close roots', pairs, GUESSES);
  const beforeMarch1900 = xirrSheet('Before 1900-03-01', early, [undefined]);
  const computed = new Map<string, SheetGrid>();

  beforeAll(async () => {
    const sheets = [generated, close, beforeMarch1900];
    const recalculated = openXlsx(await recalculateWithLibreOffice(createXlsx({ addSheets: sheets })));
    for (const { name } of sheets) computed.set(name, await recalculated.readSheet(name));
  });

  const libreOffice = (sheet: ReturnType<typeof xirrSheet>, set: number) => sheet.results(computed.get(sheet.name)!, set);

  test('on 24 generated cash-flow sets, to 1e-9', () => {
    sets.forEach((flows, set) => {
      const ours = xirr(flows);
      const [theirs] = libreOffice(generated, set);
      expect(isEngineError(ours)).toBe(false);
      expect(typeof theirs).toBe('number');
      expect(Math.abs((ours as number) - (theirs as number))).toBeLessThan(1e-9);
    });
  });

  test('the sets cover losses and gains', () => {
    const rates = sets.map((flows) => xirr(flows) as number);
    expect(rates.some((rate) => rate < 0)).toBe(true);
    expect(rates.some((rate) => rate > 0)).toBe(true);
  });

  test('without a sign change both fail: LibreOffice says #VALUE!, we say #NUM! as Excel does (docs/rules.md §4.6)', () => {
    expect(libreOffice(generated, sets.length)).toEqual([{ error: '#VALUE!' }]);
    const ours = xirr(noSignChange);
    expect(isEngineError(ours) && ours.code).toBe('#NUM!');
  });

  test.each(ROOT_PAIRS.map((pair, set) => ({ pair, set })))(
    'roots close together at $pair: every rate LibreOffice finds from 8 guesses is one INVESTORIRR finds',
    ({ set }) => {
      const roots = xirrRoots(pairs[set]);
      expect(roots).toHaveLength(2);
      const found = libreOffice(close, set).filter((rate): rate is number => typeof rate === 'number');
      expect(found.length).toBeGreaterThan(0);
      for (const rate of found) expect(roots.some((root) => Math.abs(root - rate) < 1e-9 * (1 + Math.abs(root)))).toBe(true);
      expect(roots).toContain(xirr(pairs[set]));
    },
  );

  test('from the default guess, the root LibreOffice’s Newton iteration reaches, even where the other root is nearer the guess', () => {
    for (const pair of [
      [-0.315, -0.029],
      [-0.25, 0.5],
    ]) {
      const set = ROOT_PAIRS.findIndex(([low, high]) => low === pair[0] && high === pair[1]);
      const [theirs] = libreOffice(close, set);
      expect(Math.abs((xirr(pairs[set]) as number) - (theirs as number))).toBeLessThan(1e-9);
    }
  });

  test('LibreOffice finds both roots of each pair between its guesses, so neither is a rate only INVESTORIRR sees', () => {
    ROOT_PAIRS.forEach((_, set) => {
      const found = libreOffice(close, set).filter((rate): rate is number => typeof rate === 'number');
      const roots = xirrRoots(pairs[set]);
      for (const root of roots) expect(found.some((rate) => Math.abs(root - rate) < 1e-9 * (1 + Math.abs(root)))).toBe(true);
    });
  });

  test.each(EARLY_SERIALS.map((serials, set) => ({ serials, set })))(
    'dates before 1900-03-01 (serials $serials) count days as serial differences, as LibreOffice and Excel do',
    ({ set }) => {
      const [theirs] = libreOffice(beforeMarch1900, set);
      expect(typeof theirs).toBe('number');
      expect(Math.abs((xirr(early[set]) as number) - (theirs as number))).toBeLessThan(1e-9);
    },
  );
});
