import { createXlsx, openXlsx, writeXlsx, XlsxWorkbook } from '../../src/adapters/xlsx';
import { IsoWeek, parseWeekLabel } from '../../src/engine/weeks';
import { ledgerSheetName } from '../../src/sheet/ledger';
import { WorkbookChanges } from '../../src/workbook/types';
import { createInlineEngine } from '../testing/inlineEngine';
import { CLEAN_ROWS, workbookWith } from '../testing/workbooks';
import { KeptSheets, sheetsChangedBy, sheetsEditedBy } from './keptSheets';

const LEDGER_SHEET = ledgerSheetName('en');
const week = (label: string) => parseWeekLabel(label) as IsoWeek;

describe('the sheets the worker keeps from one version of its workbook to the next', () => {
  test('a sheet a change did not touch is the one read before; a sheet it touched is read from the new workbook', async () => {
    const first = createXlsx({ ...workbookWith(CLEAN_ROWS), addSheets: [...workbookWith(CLEAN_ROWS).addSheets, ledgerWith(1)] });
    const before = new KeptSheets(openXlsx(first));
    const candidates = await before.readSheet('Candidates');
    expect((await before.readSheet(LEDGER_SHEET)).rows).toHaveLength(1);
    const change: WorkbookChanges = {
      addSheets: [{ name: 'Invoice 2021-W04', rows: [[{ value: 'Invoice' }]] }],
      appendRows: [{ sheet: LEDGER_SHEET, firstRow: 1, rows: [[{ value: '2021-W04' }]] }],
    };
    const after = before.changedTo(new KeptSheets(openXlsx(writeXlsx(first, change))), sheetsChangedBy(change));
    expect(await after.readSheet('candidates')).toBe(candidates);
    expect((await after.readSheet(LEDGER_SHEET)).rows).toEqual([['Week'], ['2021-W04']]);
    expect(await after.sheetNames()).toEqual(['Contract', 'Candidates', LEDGER_SHEET, 'Invoice 2021-W04']);
  });

  test('the sheets a cell edit touches are named by its addresses, quoted or not; an address without a sheet keeps none', () => {
    const edit = (address: string) => ({ address, cell: { value: 1 } });
    expect(sheetsEditedBy([edit('Contract!C7'), edit("'Other sheet'!B2")])).toEqual(['Contract', 'Other sheet']);
    expect(sheetsEditedBy([edit('Contract!C7'), edit('C7')])).toBeUndefined();
  });

  test('after a build, the pane’s jobs do not read the candidate sheet again, and find what they found before', async () => {
    const read = jest.spyOn(XlsxWorkbook.prototype, 'readSheet');
    try {
      const engine = createInlineEngine(createXlsx(workbookWith(CLEAN_ROWS)));
      const before = await engine.run({ kind: 'check', choice: {} });
      const outcome = await engine.build({ choice: {}, week: week('2021-W04'), builtAt: new Date(2021, 1, 1) });
      expect(outcome).toEqual({ kind: 'built', sheetName: 'Invoice 2021-W04' });
      expect(await engine.run({ kind: 'check', choice: {} })).toEqual(before);
      const setup = await engine.run({ kind: 'invoiceSetup', choice: {} });
      expect(setup.ledger?.entries.map((entry) => entry.sheet)).toContain('Invoice 2021-W04');
      expect(read.mock.calls.filter(([name]) => name.toLowerCase() === 'candidates')).toHaveLength(1);
    } finally {
      read.mockRestore();
    }
  });

  test('after a term is set, the Contract sheet is read again and the candidate sheet is not', async () => {
    const read = jest.spyOn(XlsxWorkbook.prototype, 'readSheet');
    try {
      const engine = createInlineEngine(createXlsx(workbookWith(CLEAN_ROWS)));
      await engine.run({ kind: 'check', choice: {} });
      const { contract } = await engine.run({ kind: 'contract' });
      expect(contract.terms?.weeklyRate.toFixed(2)).toBe('1000.00');
      await engine.setCells([{ address: contract.sources.weeklyRate!.address!, cell: { value: 1200 } }]);
      expect((await engine.run({ kind: 'contract' })).contract.terms?.weeklyRate.toFixed(2)).toBe('1200.00');
      await engine.run({ kind: 'check', choice: {} });
      expect(read.mock.calls.filter(([name]) => name.toLowerCase() === 'candidates')).toHaveLength(1);
    } finally {
      read.mockRestore();
    }
  });
});

function ledgerWith(rows: number) {
  return { name: LEDGER_SHEET, rows: Array.from({ length: rows }, () => [{ value: 'Week' }]) };
}
