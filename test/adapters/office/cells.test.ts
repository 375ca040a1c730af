import { OfficeWorkbook, SetSupported } from '../../../src/adapters/office';
import { CellEdit } from '../../../src/workbook/types';
import { FakeExcel } from './fakeExcel';

// Excel.run and its proxy objects exist only inside Excel; FakeExcel stands in for them (see fakeExcel.ts).

const supportsAll = () => true;

function contractExcel(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet('Contract', { at: 'C6', values: [[1], [3300], [null], [null], [43101], [null], [null], [null], [null], [null], [2020]] });
  excel.cell('Contract', 'C7')!.numberFormat = '#,##0.00 kr.';
  excel.cell('Contract', 'C16')!.numberFormat = '0';
  excel.addSheet('Notes');
  return excel;
}

async function opened(excel: FakeExcel, supports: SetSupported = supportsAll): Promise<OfficeWorkbook> {
  const workbook = await OfficeWorkbook.open(excel.run, { supports });
  excel.syncs.length = 0;
  return workbook;
}

/** The calls of a sync on Contract's cells, as `C7 values`. */
const cellCalls = (excel: FakeExcel, sync: number) =>
  excel.syncs[sync].calls.map((call) => call.replace(/^worksheets\.getItem\("Contract"\)\.getRange\("(\w+)"\)\./, '$1 '));

describe('OfficeWorkbook.setCells', () => {
  test('writes the values in two syncs, a number format only where the cell’s is General, and before the value', async () => {
    const excel = contractExcel();
    await (
      await opened(excel)
    ).setCells([
      { address: 'Contract!C7', cell: { value: 3400.5, format: 'amount' } },
      { address: 'Contract!C10', cell: { value: 43132, format: 'date' } },
      { address: 'Contract!C14', cell: { value: '00123', format: 'text' } },
      { address: 'Contract!C12', cell: { value: null, format: 'amount' } },
      { address: "'Contract'!C16", cell: { value: '2021', format: 'text' } },
      { address: 'Contract!C6', cell: { value: true } },
    ]);
    expect(excel.syncs).toHaveLength(2);
    expect(cellCalls(excel, 1)).toEqual([
      'C7 values',
      'C10 numberFormat',
      'C10 values',
      'C14 numberFormat',
      'C14 values',
      'C12 numberFormat',
      'C12 values',
      'C16 values',
      'C6 values',
    ]);
    expect(['C7', 'C10', 'C14', 'C12', 'C16', 'C6'].map((address) => excel.cell('Contract', address))).toEqual([
      { value: 3400.5, type: 'Double', numberFormat: '#,##0.00 kr.' },
      { value: 43132, type: 'Double', numberFormat: 'yyyy-mm-dd' },
      { value: '00123', type: 'String', numberFormat: '@' },
      { numberFormat: '#,##0.00' },
      // The cell's own format stays; the text stays text all the same.
      { value: '2021', type: 'String', numberFormat: '0' },
      { value: true, type: 'Boolean' },
    ]);
  });

  test('a cell holding a formula is refused after one sync, and nothing is written', async () => {
    const excel = contractExcel();
    Object.assign(excel.cell('Contract', 'C7')!, { formula: '=C8*2', value: 0 });
    const workbook = await opened(excel);
    await expect(
      workbook.setCells([
        { address: 'Contract!C6', cell: { value: 2 } },
        { address: 'Contract!C7', cell: { value: 2 } },
      ]),
    ).rejects.toThrow(
      expect.objectContaining({ code: 'cell.holdsFormula', message: expect.stringContaining('Contract!C7 holds a formula') }),
    );
    expect(excel.syncs).toHaveLength(1);
    expect(excel.cell('Contract', 'C6')!.value).toBe(1);
  });

  test('a sheet that does not exist is named, one sync later, and nothing is written', async () => {
    const excel = contractExcel();
    const workbook = await opened(excel);
    await expect(
      workbook.setCells([
        { address: 'Contract!C6', cell: { value: 2 } },
        { address: 'Gone!A1', cell: { value: 2 } },
      ]),
    ).rejects.toThrow("The workbook has no sheet named 'Gone'");
    expect(excel.syncs).toHaveLength(2);
    expect(excel.cell('Contract', 'C6')!.value).toBe(1);
  });

  test.each<[string, CellEdit]>([
    ['Cannot write the error #N/A into Contract!C6', { address: 'Contract!C6', cell: { value: { error: '#N/A' } } }],
    ['Cannot write the number Infinity into Contract!C6', { address: 'Contract!C6', cell: { value: Infinity } }],
    ["'Contract!C6:C7' is not a single cell", { address: 'Contract!C6:C7', cell: { value: 1 } }],
    ["'C6' is not a cell address with its sheet", { address: 'C6', cell: { value: 1 } }],
  ])('%s, before any call', async (message, edit) => {
    const excel = contractExcel();
    await expect((await opened(excel)).setCells([{ address: 'Contract!C10', cell: { value: 2 } }, edit])).rejects.toThrow(message);
    expect(excel.syncs).toHaveLength(0);
  });

  test('an Excel without the requirement sets for writing is told so, before any call', async () => {
    const excel = contractExcel();
    const workbook = await opened(excel, (_, version) => version !== '1.4');
    await expect(workbook.setCells([{ address: 'Contract!C6', cell: { value: 2 } }])).rejects.toThrow(
      'This version of Excel cannot write to the workbook for the add-in: it needs ExcelApi 1.4 or later',
    );
    expect(excel.syncs).toHaveLength(0);
  });
});

describe('OfficeWorkbook.activeCell and formulaOf', () => {
  test('the active cell is the selection’s top-left cell, sheet-qualified as Excel gives it, in one sync', async () => {
    const excel = contractExcel();
    excel.addSheet('Invoice 2019-W30');
    const workbook = await opened(excel);
    expect(await workbook.activeCell()).toBe('Contract!A1');
    await workbook.select("'Invoice 2019-W30'!G17:H20");
    excel.syncs.length = 0;
    expect(await workbook.activeCell()).toBe("'Invoice 2019-W30'!G17");
    expect(excel.syncs.map((sync) => sync.calls)).toEqual([['workbook.getActiveCell().load']]);
  });

  test('a cell’s formula with its =, none for a value or a blank, the top-left cell’s for a range', async () => {
    const excel = contractExcel();
    Object.assign(excel.cell('Contract', 'C7')!, { formula: '=SIB.RESULTPAYMENT(Candidates!H14,SIB_WeeklyRate)', value: 0 });
    const workbook = await opened(excel);
    expect(await workbook.formulaOf('Contract!C7')).toBe('=SIB.RESULTPAYMENT(Candidates!H14,SIB_WeeklyRate)');
    expect(await workbook.formulaOf('Contract!C7:D9')).toBe('=SIB.RESULTPAYMENT(Candidates!H14,SIB_WeeklyRate)');
    expect(await workbook.formulaOf('Contract!C6')).toBeUndefined();
    expect(await workbook.formulaOf('Notes!B3')).toBeUndefined();
    expect(excel.syncs).toHaveLength(4);
    await expect(workbook.formulaOf('B3')).rejects.toThrow('with its sheet');
  });
});
