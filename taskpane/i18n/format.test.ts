import { amount } from '../../src/engine/money';
import { dayFromYmd } from '../../src/engine/weeks';
import { decimalMark, formatDate, formatDecimal, formatMoney, formatPercent } from './format';

describe('numbers as the reader writes them', () => {
  test('amounts to the øre, grouped, with the currency where each language puts it', () => {
    expect(formatMoney(amount('4052237.5'), 'en', 'DKK')).toBe('DKK 4,052,237.50');
    expect(formatMoney(amount('4052237.5'), 'da', 'DKK')).toBe('4.052.237,50 DKK');
    expect(formatMoney(amount('-0.13'), 'en')).toBe('-0.13');
  });

  test('exact decimals keep every digit', () => {
    expect(formatDecimal(amount('1234.565'), 'en')).toBe('1,234.565');
    expect(formatDecimal(amount('1234.565'), 'da')).toBe('1.234,565');
    expect(formatDecimal(amount('-0.5'), 'da')).toBe('-0,5');
    expect(formatDecimal(amount('3300.5'), 'en', 2)).toBe('3,300.50');
    expect(formatDecimal(amount('1234.565'), 'da', 2)).toBe('1.234,565');
  });

  test('percentages, dates and the decimal mark', () => {
    expect(formatPercent(0.4583, 'en')).toBe('45.8%');
    expect(formatPercent(0.4583, 'da')).toBe('45,8\u00a0%');
    expect(formatDate(dayFromYmd(2021, 3, 8))).toBe('2021-03-08');
    expect([decimalMark('da'), decimalMark('en')]).toEqual([',', '.']);
  });
});
