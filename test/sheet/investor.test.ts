import { isEngineError } from '../../src/engine/errors';
import { formatAmount } from '../../src/engine/money';
import { dayFromYmd, formatDay, IsoWeek, parseWeekLabel, weekLabel } from '../../src/engine/weeks';
import { runInvestor } from '../../src/jobs/investorJob';
import { runInvoice } from '../../src/jobs/invoiceJob';
import { InvestorFigures } from '../../src/sheet/investor';
import { MemoryWorkbook } from '../../src/workbook/memoryWorkbook';
import { serial } from './fixtures';
import { SMALL_CANDIDATES, SMALL_TERMS, smallWorkbook, withChanges } from './smallContract';

const TODAY = dayFromYmd(2021, 5, 1);

async function figures(book = smallWorkbook()): Promise<InvestorFigures> {
  const result = await runInvestor(book, {}, TODAY);
  if ('refusal' in result) throw new Error(JSON.stringify(result.refusal));
  return result.figures;
}

/** Σ amount / (1+r)^(days/365) over the flows, as XIRR defines the rate r. */
function presentValue(flows: { amount: number; day: number }[], rate: number): number {
  return flows.reduce((total, flow) => total + flow.amount / Math.pow(1 + rate, (flow.day - flows[0].day) / 365), 0);
}

describe('the investor figures (docs/rules.md §4.6)', () => {
  test('without a ledger, repayments are the weeks the engine settles, up to the last complete week', async () => {
    const result = await figures();
    expect(result.source).toBe('sheet');
    expect(result.repayments.map((repayment) => [formatDay(repayment.day), formatAmount(repayment.amount)])).toEqual([
      ['2021-03-14', '1728.40'],
      ['2021-03-21', '1834.57'],
      ['2021-04-04', '437.03'],
    ]);
    expect(formatAmount(result.repaid)).toBe('4000.00');
    expect(result.invested && [formatAmount(result.invested.amount), formatDay(result.invested.day)]).toEqual(['3000.00', '2021-03-01']);
    expect(formatAmount(result.netReturn!)).toBe('1000.00');
    expect(!isEngineError(result.multiple) && result.multiple!.toFixed(6)).toBe('1.333333');
    const rate = result.irr as number;
    const flows = [
      { amount: -3000, day: dayFromYmd(2021, 3, 1) },
      ...result.repayments.map((repayment) => ({ amount: repayment.amount.toNumber(), day: repayment.day })),
    ];
    expect(Math.abs(presentValue(flows, rate))).toBeLessThan(1e-6);
    expect(result.breakEven && formatDay(result.breakEven)).toBe('2021-03-21');
    expect(result.curve.map((point) => formatAmount(point.cumulative))).toEqual(['0.00', '1728.40', '3562.97', '4000.00']);
  });

  test('success: candidates with a payable week, the cap notwithstanding, against the 50 % target', async () => {
    expect((await figures()).success).toEqual({ rate: 0.75, succeeded: 3, candidates: 4, target: 0.5 });
  });

  test('weeks after the last complete one are left out', async () => {
    const result = await runInvestor(smallWorkbook(), {}, dayFromYmd(2021, 3, 17));
    expect('figures' in result && result.figures.repayments.map((repayment) => formatAmount(repayment.amount))).toEqual(['1728.40']);
    expect('figures' in result && result.figures.success.succeeded).toBe(2);
  });

  test('with a ledger, repayments are what it records', async () => {
    let book = smallWorkbook();
    for (const label of ['2021-W10', '2021-W11']) {
      const invoice = await runInvoice(book, { week: parseWeekLabel(label) as IsoWeek, builtAt: new Date(2021, 3, 1) });
      if (invoice.kind !== 'invoice') throw new Error(invoice.kind);
      book = await withChanges(book, invoice.changes);
    }
    const result = await figures(book);
    expect(result.source).toBe('ledger');
    expect(result.repayments.map((repayment) => formatAmount(repayment.amount))).toEqual(['1728.40', '1834.57']);
    expect(result.throughWeek && result.throughWeek.week).toBe(11);
    expect(formatAmount(result.netReturn!)).toBe('562.97');
  });

  test('with a ledger, the weeks before its opening keep their weekly dates from the sheet', async () => {
    const invoice = await runInvoice(smallWorkbook(), { week: parseWeekLabel('2021-W13') as IsoWeek, builtAt: new Date(2021, 3, 5) });
    if (invoice.kind !== 'invoice') throw new Error(invoice.kind);
    const result = await figures(await withChanges(smallWorkbook(), invoice.changes));
    expect(result.source).toBe('ledger');
    expect(result.repayments.map((each) => [formatDay(each.day), formatAmount(each.amount)])).toEqual([
      ['2021-03-14', '1728.40'],
      ['2021-03-21', '1834.57'],
      ['2021-04-04', '437.03'],
    ]);
  });

  test('a week before the opening changed since: the ledger’s record stands, the difference dated at the opening week', async () => {
    const invoice = await runInvoice(smallWorkbook(), { week: parseWeekLabel('2021-W12') as IsoWeek, builtAt: new Date(2021, 2, 29) });
    if (invoice.kind !== 'invoice') throw new Error(invoice.kind);
    const built = await withChanges(smallWorkbook(), invoice.changes);
    const changed = SMALL_CANDIDATES.map((row) => (row[0] === 'K-1' ? [...row.slice(0, 3), null, ...row.slice(4)] : row));
    const sheets = Object.fromEntries(
      await Promise.all((await built.sheetNames()).map(async (name) => [name, (await built.readSheet(name)).rows] as const)),
    );
    const later = new MemoryWorkbook({ ...sheets, Candidates: changed }, await built.definedNames());
    const result = await figures(later);
    expect(result.repayments.map((each) => [weekLabel(each.week), formatAmount(each.amount)])).toEqual([
      ['2021-W10', '493.83'],
      ['2021-W11', '1834.57'],
      ['2021-W11', '1234.57'],
    ]);
    expect(formatAmount(result.repaid)).toBe('3562.97');
  });

  test('--until leaves out ledger entries after it', async () => {
    let book = smallWorkbook();
    for (const label of ['2021-W10', '2021-W11']) {
      const invoice = await runInvoice(book, { week: parseWeekLabel(label) as IsoWeek, builtAt: new Date(2021, 3, 1) });
      if (invoice.kind !== 'invoice') throw new Error(invoice.kind);
      book = await withChanges(book, invoice.changes);
    }
    const result = await runInvestor(book, {}, TODAY, parseWeekLabel('2021-W10') as IsoWeek);
    expect('figures' in result && result.figures.repayments.map((each) => formatAmount(each.amount))).toEqual(['1728.40']);
    expect('figures' in result && result.figures.throughWeek && weekLabel(result.figures.throughWeek)).toBe('2021-W10');
  });

  test('the success target is the contract’s SIB_SuccessTarget', async () => {
    const result = await figures(smallWorkbook(SMALL_CANDIDATES, { ...SMALL_TERMS, SIB_SuccessTarget: 0.8 }));
    expect(result.success).toEqual({ rate: 0.75, succeeded: 3, candidates: 4, target: 0.8 });
  });

  test('without SIB_Invested there is no return, multiple or IRR', async () => {
    const { SIB_Invested: _invested, ...terms } = SMALL_TERMS;
    const result = await figures(smallWorkbook(SMALL_CANDIDATES, terms));
    expect([result.invested, result.netReturn, result.multiple, result.irr, result.breakEven]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  test('a duplicate id makes the figures uncertain, so none are given', async () => {
    const result = await runInvestor(
      smallWorkbook([...SMALL_CANDIDATES, ['K-1', serial('2021-03-01'), null, null, null, null, null]]),
      {},
      TODAY,
    );
    expect('refusal' in result && result.refusal.refused).toBe('blocking-findings');
  });
});
