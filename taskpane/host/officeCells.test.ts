import { fakeExcelCells } from '../testing/fakeExcelCells';
import { activeCellInExcel, formulaInExcel, setCellsInExcel } from './officeCells';

describe('single cells inside Excel', () => {
  test('term edits write the value, and a number format only where the cell has none, in one batch', async () => {
    const excel = fakeExcelCells(['Contract'], { 'Contract!C7': { value: 3300, numberFormat: '#,##0.00 kr.' }, 'Contract!C10': { value: 43101 } });
    await setCellsInExcel(excel.run, [
      { address: 'Contract!C7', cell: { value: 3400.5, format: 'amount' } },
      { address: 'Contract!C10', cell: { value: 43132, format: 'date' } },
      { address: 'Contract!C14', cell: { value: 'DKK', format: 'text' } },
      { address: 'Contract!C12', cell: { value: null, format: 'amount' } },
    ]);
    expect(excel.log).toEqual([
      'Contract!C7 value 3400.5',
      'Contract!C10 numberFormat yyyy-mm-dd',
      'Contract!C10 value 43132',
      'Contract!C14 numberFormat @',
      'Contract!C14 value "DKK"',
      'Contract!C12 numberFormat #,##0.00',
      'Contract!C12 value ""',
    ]);
    expect(excel.syncs).toBe(2);
  });

  test('a cell holding a formula is refused and nothing is written', async () => {
    const excel = fakeExcelCells(['Contract'], { 'Contract!C7': { formula: '=C8*2' } });
    await expect(setCellsInExcel(excel.run, [{ address: 'Contract!C6', cell: { value: 1 } }, { address: 'Contract!C7', cell: { value: 2 } }])).rejects.toThrow('Contract!C7 holds a formula');
    expect(excel.log).toEqual([]);
  });

  test('the active cell, and a cell’s formula for Explain', async () => {
    const excel = fakeExcelCells(['Notes'], { 'Notes!B2': { formula: '=SIB.RESULTPAYMENT(Candidates!H14,SIB_WeeklyRate)' }, 'Notes!B3': { value: 7 } }, "'Invoice 2019-W30'!G17");
    expect(await activeCellInExcel(excel.run)).toBe("'Invoice 2019-W30'!G17");
    expect(await formulaInExcel(excel.run, 'Notes!B2')).toBe('=SIB.RESULTPAYMENT(Candidates!H14,SIB_WeeklyRate)');
    expect(await formulaInExcel(excel.run, 'Notes!B3')).toBeUndefined();
    await expect(formulaInExcel(excel.run, 'B3')).rejects.toThrow('with its sheet');
  });
});
