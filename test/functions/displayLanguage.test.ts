import { investorMultiple, resultPayment, weekLabel } from '../../functions/functions';
import { excelError, thrownBy } from '../support/excelErrors';
import { useOfficeHost } from './officeHost';

useOfficeHost({ displayLanguage: 'da-DK' });

const office = () => (globalThis as any).Office;

describe('error messages follow Office’s display language', () => {
  afterEach(() => {
    office().context.displayLanguage = 'da-DK';
  });

  test('Danish in a Danish Office, from the engine’s catalogue', async () => {
    expect(resultPayment([['X']], 1000)).toEqual([
      [excelError('#VALUE!', "Ukendt status 'X' i en statuscelle — brug S, D, en andel 0–1, eller lad den stå tom")],
    ]);
    expect(thrownBy(() => investorMultiple([['4 mio.']], [[1]]))).toEqual(
      excelError('#VALUE!', "'4 mio.' er ikke et tal — angiv et beløb, fx 4000000"),
    );
    expect(await weekLabel([['snart']])).toEqual([
      [excelError('#VALUE!', "'snart' er ikke en dato — angiv en Excel-dato eller en dato som 2021-03-08")],
    ]);
  });

  test.each(['en-US', 'en-GB', 'fr-FR', 'de-DE', ''])('English in an Office displaying %p', (language) => {
    office().context.displayLanguage = language;
    expect(resultPayment([['X']], 1000)).toEqual([
      [excelError('#VALUE!', "Unknown status 'X' in a status cell — use S, D, a share 0–1, or leave blank")],
    ]);
  });

  test('English before Office has started (no Office.context yet)', () => {
    const context = office().context;
    delete office().context;
    try {
      expect(thrownBy(() => investorMultiple([['x']], [[1]]))).toEqual(
        excelError('#VALUE!', "'x' is not a number — give an amount, e.g. 4000000"),
      );
    } finally {
      office().context = context;
    }
  });
});
