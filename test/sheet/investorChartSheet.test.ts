import { dayFromYmd } from '../../src/engine/weeks';
import { runInvestor } from '../../src/jobs/investorJob';
import { investorChartSheet, investorChartSheetName } from '../../src/sheet/investorChartSheet';
import { serial } from './fixtures';
import { smallWorkbook } from './smallContract';

describe('the data sheet of the investor chart', () => {
  test('one row per repayment day: cumulative repaid beside the amount invested', async () => {
    const result = await runInvestor(smallWorkbook(), {}, dayFromYmd(2021, 5, 1));
    if (!('figures' in result)) throw new Error('refused');
    const sheet = investorChartSheet(result.figures, 'Investor chart', '1900', 'en');
    expect(sheet.rows.map((row) => row?.map((cell) => cell?.value ?? null))).toEqual([
      [null, 'Repaid (DKK, cumulative)', 'Invested (DKK)'],
      [serial('2021-03-01'), 0, 3000],
      [serial('2021-03-14'), 1728.4, 3000],
      [serial('2021-03-21'), 3562.97, 3000],
      [serial('2021-04-04'), 4000, 3000],
    ]);
  });

  test('a name no sheet has yet', () => {
    expect(investorChartSheetName(['Candidates'], 'en')).toBe('Investor chart');
    expect(investorChartSheetName(['investor CHART', 'Investor chart (2)'], 'en')).toBe('Investor chart (3)');
    expect(investorChartSheetName(['Investor chart', 'investordiagram'], 'da')).toBe('Investordiagram (2)');
  });

  test('in Danish: its headers', async () => {
    const result = await runInvestor(smallWorkbook(), {}, dayFromYmd(2021, 5, 1));
    if (!('figures' in result)) throw new Error('refused');
    const sheet = investorChartSheet(result.figures, 'Investordiagram', '1900', 'da');
    expect(sheet.rows[0]!.map((cell) => cell?.value ?? null)).toEqual([null, 'Tilbagebetalt (DKK, akkumuleret)', 'Investeret (DKK)']);
  });
});
