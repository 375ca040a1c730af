import fs from 'fs';
import path from 'path';
import { CashFlow, xirr } from '../../src/engine/irr';
import { dayFromYmd, parseIsoDate } from '../../src/engine/weeks';
import spotCases from '../fixtures/xirr-excel-cases.json';

/** Excel stops iterating once the rate is "accurate within 0.000001 percent"; its figures are that close to the root. */
const EXCEL_ACCURACY = 1e-8;

interface ExcelCase {
  readonly line: number;
  readonly text: string;
  readonly flows: CashFlow[];
  readonly guess: number;
  readonly excel: number;
}

/** One distinct line of ExcelFinancialFunctions' xirr.test: `values,dates,guess,result` (see the README beside it). */
function excelCases(): ExcelCase[] {
  const file = path.join(__dirname, '../fixtures/excel-financial-functions/xirr.test');
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  return lines.flatMap((text, index) => {
    if (text === '' || lines.indexOf(text) !== index) return [];
    const [values, dates, guess, result] = text.split(',');
    const days = dates.split(';').map((date) => {
      const [month, day, year] = date.split(' ')[0].split('/').map(Number);
      return dayFromYmd(year, month, day);
    });
    const flows = values.split(';').map((value, i) => ({ amount: Number(value), day: days[i] }));
    return [{ line: index + 1, text, flows, guess: Number(guess), excel: Number(result) }];
  });
}

describe('INVESTORIRR agrees with XIRR values computed by Excel (test/fixtures/excel-financial-functions)', () => {
  const cases = excelCases();

  test('the file holds the cases it should', () => {
    expect(cases).toHaveLength(22);
  });

  test.each(cases)('xirr.test line $line', ({ flows, guess, excel }) => {
    const rate = xirr(flows, guess);
    expect(typeof rate).toBe('number');
    expect(Math.abs((rate as number) - excel)).toBeLessThanOrEqual(EXCEL_ACCURACY * Math.max(1, Math.abs(excel)));
  });
});

describe('INVESTORIRR against single results of Excel (test/fixtures/xirr-excel-cases.json)', () => {
  test.each(spotCases)('$name', ({ amounts, dates, guess, excel }) => {
    const flows = amounts.map((amount, i) => ({ amount, day: parseIsoDate(dates[i])! }));
    const rate = xirr(flows, guess);
    expect(typeof rate).toBe('number');
    // Where Excel's iteration fails, INVESTORIRR still gives the root: the one it finds from the default guess.
    if (excel === '#NUM!') expect(rate).toBe(xirr(flows));
    else expect(Math.abs((rate as number) - Number(excel))).toBeLessThanOrEqual(EXCEL_ACCURACY * Math.abs(Number(excel)));
  });
});
