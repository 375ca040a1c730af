import { createXlsx, openXlsx } from '../../src/adapters/xlsx';
import * as xlsx from '../../src/adapters/xlsx';
import { demoWorkbook } from '../../src/demo/demoWorkbook';
import { ledgerSheetName } from '../../src/sheet/ledger';
import { CLEAN_ROWS, workbookWith } from '../testing/workbooks';
import { createBrowserHost, demoFile } from './browserHost';

const LEDGER_SHEET = ledgerSheetName('en');

const file = (bytes: Uint8Array, name: string) => new File([bytes as Uint8Array<ArrayBuffer>], name);

describe('the browser host: an .xlsx in memory', () => {
  test('opens the demo workbook made in the browser', async () => {
    const host = createBrowserHost(demoFile(), 'en');
    expect(host.file!.name).toBe('demo.xlsx');
    expect(await (await host.workbook()).sheetNames()).toEqual(demoWorkbook().addSheets.map((sheet) => sheet.name));
  });

  test('applying changes writes new bytes, reports progress and tells the views', async () => {
    const host = createBrowserHost({ name: 'book.xlsx', bytes: createXlsx(workbookWith(CLEAN_ROWS)) }, 'en');
    const before = host.file!.bytes();
    const heard: number[] = [];
    host.subscribe(() => heard.push(host.state().revision));
    const progress: [number, number][] = [];
    await host.apply({ addSheets: [{ name: 'Notes', rows: [[{ value: 'a' }, { value: 'b' }]] }] }, (done, total) =>
      progress.push([done, total]),
    );
    expect(progress).toEqual([
      [0, 2],
      [2, 2],
    ]);
    expect(heard).toEqual([1]);
    expect(host.file!.bytes()).not.toBe(before);
    expect(await openXlsx(before).sheetNames()).toEqual(['Contract', 'Candidates']);
    expect(await (await host.workbook()).sheetNames()).toEqual(['Contract', 'Candidates', 'Notes']);
  });

  test('rows to append that the writer did not add fail the write, and the workbook stays as it was', async () => {
    const host = createBrowserHost({ name: 'book.xlsx', bytes: createXlsx(workbookWith(CLEAN_ROWS)) }, 'en');
    await host.apply({ addSheets: [{ name: LEDGER_SHEET, rows: [[{ value: 'Week' }]] }] });
    const before = host.file!.bytes();
    const write = jest.spyOn(xlsx, 'writeXlsx').mockImplementation((input) => input);
    try {
      await expect(
        host.apply({ addSheets: [], appendRows: [{ sheet: LEDGER_SHEET, firstRow: 1, rows: [[{ value: '2021-W01' }]] }] }),
      ).rejects.toThrow(`The .xlsx writer did not add the rows to '${LEDGER_SHEET}'`);
    } finally {
      write.mockRestore();
    }
    expect(host.file!.bytes()).toBe(before);
  });

  test('selecting remembers the cell; its formula is read from the file', async () => {
    const host = createBrowserHost({ name: 'book.xlsx', bytes: createXlsx(workbookWith(CLEAN_ROWS)) }, 'da');
    await host.apply({ addSheets: [{ name: 'Notes', rows: [[{ formula: 'SUM(Contract!C7:C8)', value: 1500 }]] }] });
    expect(await host.selectedCell()).toBeUndefined();
    await host.select('Notes!A1');
    expect([host.state().selected, await host.selectedCell()]).toEqual(['Notes!A1', 'Notes!A1']);
    expect(await host.formulaOf('Notes!A1')).toBe('=SUM(Contract!C7:C8)');
  });

  test('opening another file replaces the workbook; a file that is not one is refused and the old one kept', async () => {
    const host = createBrowserHost(demoFile(), 'en');
    await expect(host.file!.open(file(new TextEncoder().encode('hello'), 'notes.txt'))).rejects.toThrow();
    expect(host.file!.name).toBe('demo.xlsx');
    await host.file!.open(file(createXlsx(workbookWith(CLEAN_ROWS)), 'mine.xlsx'));
    expect(host.file!.name).toBe('mine.xlsx');
    expect(host.state().revision).toBe(1);
    expect(await (await host.workbook()).sheetNames()).toEqual(['Contract', 'Candidates']);
  });
});
