import { serial } from './fixtures';
import { termText, termValue } from '../../src/sheet/termInput';
import { TermKey } from '../../src/sheet/contractTerms';

const t = (key: TermKey, text: string, mark: ',' | '.', expected: unknown) =>
  test(`${key} '${text}' (${mark})`, () => expect(termValue(key, text, mark, '1900')).toEqual(expected));

describe('a contract term as typed', () => {
  t('weeklyRate', '3300', ',', { value: 3300 });
  t('weeklyRate', '3.300,50', ',', { value: 3300.5 });
  t('weeklyRate', '3 300,5', ',', { value: 3300.5 });
  t('weeklyRate', '3,300.50', '.', { value: 3300.5 });
  t('weeklyRate', '1650.25', '.', { value: 1650.25 });
  t('weeklyRate', '12,5', '.', { value: 125 });
  t('weeklyRate', 'tre', ',', { problem: 'amount' });
  t('weeklyRate', '1,2,3', ',', { problem: 'amount' });
  t('paymentCap', '  ', ',', { value: null });
  t('maxWeeks', '52', '.', { value: 52 });
  t('maxWeeks', '52.5', '.', { problem: 'integer' });
  t('contractStart', '2018-01-01', '.', { value: serial('2018-01-01') });
  t('contractStart', '2018-02-30', '.', { problem: 'date' });
  t('contractStart', '01-01-2018', ',', { problem: 'date' });
  t('investor', ' Den Sociale Kapitalfond ', ',', { value: 'Den Sociale Kapitalfond' });

  test('as shown in an input: the inverse', () => {
    expect(termText('weeklyRate', 3300.5, ',', '1900')).toBe('3300,5');
    expect(termText('weeklyRate', 3300.5, '.', '1900')).toBe('3300.5');
    expect(termText('contractEnd', serial('2020-12-31'), ',', '1900')).toBe('2020-12-31');
    expect(termText('contractEnd', serial('2020-12-31') - 1462, ',', '1904')).toBe('2020-12-31');
    expect(termText('maxWeeks', 52, ',', '1900')).toBe('52');
    expect(termText('currency', null, ',', '1900')).toBe('');
    expect(termText('currency', { error: '#REF!' }, ',', '1900')).toBe('#REF!');
  });
});
