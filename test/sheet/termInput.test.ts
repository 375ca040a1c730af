import { serial } from './fixtures';
import { termText, termValue } from '../../src/sheet/termInput';
import { TermKey } from '../../src/sheet/contractTerms';

const t = (key: TermKey, text: string, mark: ',' | '.', expected: unknown) =>
  test(`${key} '${text}' (${mark})`, () => expect(termValue(key, text, mark, '1900')).toEqual(expected));

describe('an amount as typed, by the pane’s decimal mark', () => {
  t('weeklyRate', '3300', ',', { value: 3300 });
  t('weeklyRate', '3.300,50', ',', { value: 3300.5 });
  t('weeklyRate', '3 300,5', ',', { value: 3300.5 });
  t('weeklyRate', '1.234.567', ',', { value: 1234567 });
  t('weeklyRate', '3,300.50', '.', { value: 3300.5 });
  t('weeklyRate', '1650.25', '.', { value: 1650.25 });
  t('weeklyRate', '1,234,567.5', '.', { value: 1234567.5 });
  t('weeklyRate', '1234.565', '.', { value: 1234.565 });
  t('weeklyRate', 'tre', ',', { problem: 'amount' });
  t('weeklyRate', '1,2,3', ',', { problem: 'amount' });
  t('paymentCap', '  ', ',', { value: null });
});

describe('what the other language reads differently is refused, never guessed', () => {
  t('weeklyRate', '3300,50', '.', { problem: 'ambiguous' });
  t('weeklyRate', '1,650', '.', { problem: 'ambiguous' });
  t('weeklyRate', '0,5', '.', { problem: 'ambiguous' });
  t('weeklyRate', '1650.50', ',', { problem: 'ambiguous' });
  t('weeklyRate', '1.650', ',', { problem: 'ambiguous' });
  t('weeklyRate', '1.650,50', '.', { problem: 'amount' });
  t('weeklyRate', '1,650.50', ',', { problem: 'amount' });
  t('weeklyRate', '12,50.5', '.', { problem: 'amount' });
  t('weeklyRate', '3300.', '.', { problem: 'amount' });
});

describe('no negative rate, cap, amount or count', () => {
  t('weeklyRate', '-5', '.', { problem: 'negative' });
  t('partialRate', '−1.650,50', ',', { problem: 'negative' });
  t('paymentCap', '- 100', ',', { problem: 'negative' });
  t('invested', '-1,000,000', '.', { problem: 'negative' });
  t('maxWeeks', '-52', '.', { problem: 'negative' });
  t('successTarget', '-10 %', ',', { problem: 'negative' });
});

describe('the other kinds', () => {
  t('maxWeeks', '52', '.', { value: 52 });
  t('maxWeeks', '52.5', '.', { problem: 'integer' });
  t('maxWeeks', '0', '.', { problem: 'integer' });
  t('successTarget', '50 %', ',', { value: 0.5 });
  t('successTarget', '37,5%', ',', { value: 0.375 });
  t('successTarget', '12.5', '.', { value: 0.125 });
  t('successTarget', '37.5 %', ',', { problem: 'percent' });
  t('successTarget', '150 %', '.', { problem: 'percent' });
  t('contractStart', '2018-01-01', '.', { value: serial('2018-01-01') });
  t('contractStart', '2018-02-30', '.', { problem: 'date' });
  t('contractStart', '01-01-2018', ',', { problem: 'date' });
  t('investor', ' Den Sociale Kapitalfond ', ',', { value: 'Den Sociale Kapitalfond' });
});

describe('a term’s value as an input shows it', () => {
  test('the inverse of the parser, in each language', () => {
    expect(termText('weeklyRate', 3300.5, ',', '1900')).toBe('3300,5');
    expect(termText('weeklyRate', 3300.5, '.', '1900')).toBe('3300.5');
    expect(termText('contractEnd', serial('2020-12-31'), ',', '1900')).toBe('2020-12-31');
    expect(termText('contractEnd', serial('2020-12-31') - 1462, ',', '1904')).toBe('2020-12-31');
    expect(termText('maxWeeks', 52, ',', '1900')).toBe('52');
    expect(termText('successTarget', 0.375, ',', '1900')).toBe('37,5 %');
    expect(termText('successTarget', 0.5, '.', '1900')).toBe('50%');
    expect(termText('currency', null, ',', '1900')).toBe('');
    expect(termText('currency', { error: '#REF!' }, ',', '1900')).toBe('#REF!');
  });

  test.each([
    ['weeklyRate', 1234.565],
    ['paymentCap', 6_000_000],
    ['successTarget', 0.375],
    ['successTarget', 1],
    ['maxWeeks', 52],
  ] as [TermKey, number][])('%s %d reads back as itself in both languages', (key, value) => {
    for (const mark of [',', '.'] as const) expect(termValue(key, termText(key, value, mark, '1900'), mark, '1900')).toEqual({ value });
  });
});
