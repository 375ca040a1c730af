import { amount } from '../../src/engine/money';
import { decimalMark, formatDecimal, formatMoney, formatNumber, formatPercent } from '../../src/engine/numberFormat';

describe('numbers as the reader writes them, in the pane and the sib command', () => {
  test('amounts to the øre, grouped, with the currency where each language puts it', () => {
    expect(formatMoney(amount('4052237.5'), 'en', 'DKK')).toBe('DKK 4,052,237.50');
    expect(formatMoney(amount('4052237.5'), 'da', 'DKK')).toBe('4.052.237,50 DKK');
    expect(formatMoney(amount('-1232950'), 'en', 'EUR')).toBe('EUR -1,232,950.00');
    expect(formatMoney(amount('-1232950'), 'da', 'EUR')).toBe('-1.232.950,00 EUR');
    expect(formatMoney(amount('-0.13'), 'en')).toBe('-0.13');
    expect(formatMoney(amount('999.995'), 'da')).toBe('1.000,00');
    expect(formatMoney(amount('0'), 'da')).toBe('0,00');
  });

  test('an amount keeps every øre however large: no binary number in between', () => {
    expect(formatMoney(amount('12345678901234567.89'), 'en')).toBe('12,345,678,901,234,567.89');
    expect(formatMoney(amount('-12345678901234567.89'), 'da', 'DKK')).toBe('-12.345.678.901.234.567,89 DKK');
  });

  test('the minus is the plain hyphen-minus, and a rounded zero has no sign', () => {
    expect(formatMoney(amount('-1234.5'), 'da')).toBe('\u002d1.234,50');
    expect(formatMoney(amount('-0.001'), 'en')).toBe('0.00');
  });

  test('exact decimals keep every digit', () => {
    expect(formatDecimal(amount('1234.565'), 'en')).toBe('1,234.565');
    expect(formatDecimal(amount('1234.565'), 'da')).toBe('1.234,565');
    expect(formatDecimal(amount('-0.5'), 'da')).toBe('-0,5');
    expect(formatDecimal(amount('3300.5'), 'en', 2)).toBe('3,300.50');
    expect(formatDecimal(amount('1234.565'), 'da', 2)).toBe('1.234,565');
  });

  test('counts, percentages and the decimal mark', () => {
    expect(formatNumber(10000, 'en')).toBe('10,000');
    expect(formatNumber(10000, 'da')).toBe('10.000');
    expect(formatPercent(0.4583, 'en')).toBe('45.8%');
    expect(formatPercent(0.4583, 'da')).toBe('45,8\u00a0%');
    expect([decimalMark('da'), decimalMark('en')]).toEqual([',', '.']);
  });
});
