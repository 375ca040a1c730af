import { createXlsx, openXlsx } from '../../../src/adapters/xlsx';

describe('a formula the file holds without its computed value', () => {
  const workbook = openXlsx(
    createXlsx({
      addSheets: [{ name: 'Terms', rows: [[{ formula: '500*2' }, { formula: 'A1+1', value: 1001 }, { value: 5 }, null]] }],
    }),
  );

  test('is told apart from a blank cell, which readSheet cannot do', async () => {
    expect((await workbook.readSheet('Terms')).rows[0]?.[0] ?? null).toBeNull();
    expect(await workbook.uncomputedFormula('Terms!A1')).toBe('=500*2');
    expect(await workbook.uncomputedFormula('Terms!$A$1')).toBe('=500*2');
  });

  test('a formula with its value, a plain value and an empty cell have none', async () => {
    expect(await workbook.uncomputedFormula('Terms!B1')).toBeUndefined();
    expect(await workbook.uncomputedFormula('Terms!C1')).toBeUndefined();
    expect(await workbook.uncomputedFormula('Terms!D1')).toBeUndefined();
    expect(await workbook.uncomputedFormula('Gone!A1')).toBeUndefined();
  });
});
