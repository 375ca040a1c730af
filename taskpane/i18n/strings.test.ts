import { strings } from './strings';
import { placeholders } from '../../test/support/placeholders';

describe('the pane’s texts', () => {
  test('every English text has a Danish one with the same placeholders', () => {
    const mismatched = Object.entries(strings.en).filter(
      ([key, text]) => placeholders(text).join() !== placeholders(strings.da[key as keyof typeof strings.da]).join(),
    );
    expect(mismatched).toEqual([]);
    expect(Object.keys(strings.da)).toEqual(Object.keys(strings.en));
  });

  test('no text is left empty or untranslated by mistake', () => {
    const same = Object.keys(strings.en).filter(
      (key) => strings.en[key as keyof typeof strings.en] === strings.da[key as keyof typeof strings.da],
    );
    expect(same.sort()).toEqual(['investor.breakEvenLabel', 'invoice.status', 'statement.status', 'term.investor', 'view.investor']);
    expect(Object.values(strings.da).filter((text) => text.trim() === '')).toEqual([]);
  });

  test('Danish names the settlement ledger one way everywhere: afregningsloggen', () => {
    const ledgerTexts = Object.entries(strings.en)
      .filter(([, text]) => /ledger/i.test(text))
      .map(([key]) => [key, strings.da[key as keyof typeof strings.da]]);
    expect(ledgerTexts.length).toBeGreaterThan(5);
    expect(ledgerTexts.filter(([, text]) => !/afregningslog/i.test(text))).toEqual([]);
    expect(Object.values(strings.da).filter((text) => /hovedbog|\blog(gen)?\b/i.test(text))).toEqual([]);
  });
});
