import { createXlsx, openXlsx, writeXlsx } from '../../src/adapters/xlsx';
import { demoWorkbook } from '../../src/demo/demoWorkbook';
import { isEngineError } from '../../src/engine/errors';
import { formatAmount } from '../../src/engine/money';
import { dayFromYmd, formatDay, IsoWeek, parseWeekLabel, weekLabel } from '../../src/engine/weeks';
import { runInvestor } from '../../src/jobs/investorJob';
import { runInvoice } from '../../src/jobs/invoiceJob';
import { InvestorFigures } from '../../src/sheet/investor';
import { WorkbookReader } from '../../src/workbook/types';

const W30 = parseWeekLabel('2019-W30') as IsoWeek;
const TODAY = dayFromYmd(2021, 6, 1);

async function figures(workbook: WorkbookReader): Promise<InvestorFigures> {
  const result = await runInvestor(workbook, {}, TODAY, W30);
  if ('refusal' in result) throw new Error(JSON.stringify(result.refusal));
  return result.figures;
}

/** Every figure, as text to the last digit. */
function digits(result: InvestorFigures) {
  return {
    repayments: result.repayments.map((each) => `${weekLabel(each.week)} ${formatDay(each.day)} ${formatAmount(each.amount)}`),
    repaid: result.repaid.toString(),
    netReturn: result.netReturn!.toString(),
    multiple: isEngineError(result.multiple) ? result.multiple : result.multiple!.toString(),
    irr: result.irr,
    success: result.success,
    curve: result.curve.map((point) => `${formatDay(point.day)} ${point.cumulative.toString()}`),
    breakEven: result.breakEven,
  };
}

describe('the demo through 2019-W30: investor figures before and after building its first invoice', () => {
  test('are identical to the last digit: the weeks before the ledger keep their own dates', async () => {
    const bytes = createXlsx(demoWorkbook());
    const before = await figures(openXlsx(bytes));
    const invoice = await runInvoice(openXlsx(bytes), { week: W30, builtAt: new Date(2021, 5, 1) });
    if (invoice.kind !== 'invoice') throw new Error(invoice.kind);
    const after = await figures(openXlsx(writeXlsx(bytes, invoice.changes)));
    expect(after.source).toBe('ledger');
    expect(before.source).toBe('sheet');
    expect(digits(after)).toEqual(digits(before));
    expect(before.repayments.length).toBeGreaterThan(50);
    expect(formatAmount(before.repayments[before.repayments.length - 1].amount)).toBe(formatAmount(invoice.invoice.total));
    expect((before.irr as number).toFixed(6)).toBe('-0.264345');
  });
});
