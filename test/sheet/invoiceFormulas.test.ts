import { lineFormulas } from '../../src/sheet/invoiceFormulas';
import { TERM_NAMES, TermKey } from '../../src/sheet/contractTerms';

describe('the invoice line formulas', () => {
  test("stay within Excel's 8,192 characters at the grid's far corner, with the longest sheet name and terms scoped to it", () => {
    const longestSheet = `${"K'".repeat(15)}x`;
    const scoped = (key: TermKey) => `'${longestSheet.replace(/'/g, "''")}'!${TERM_NAMES[key]}`;
    const formulas = lineFormulas({
      sourceSheet: longestSheet,
      idColumn: 0,
      weekColumn: 16_383,
      startColumn: 16_381,
      endColumn: 16_382,
      mondayCell: '$B$7',
      invoicedBeforeCell: '$B$13',
      earlierWeeks: { firstColumn: 4, lastColumn: 16_380, mondays: '$B$15:$XEZ$15' },
      defined: new Map((Object.keys(TERM_NAMES) as TermKey[]).map((key) => [key, scoped(key)])),
      columns: { id: 0, status: 1, share: 2, rate: 3, before: 4, uncapped: 5, amount: 6, reason: 7 },
      firstRow: 15,
    })({ row: 1_048_575, sourceRow: 1_048_575 });
    const lengths = Object.values(formulas).map((formula) => formula?.length ?? 0);
    expect(Math.max(...lengths)).toBeGreaterThan(2_000);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(8_192);
  });
});
