import { OfficeWorkbook } from '../../../src/adapters/office';
import { EXCEL_WEB_LIMIT, FakeExcel } from './fakeExcel';

// Excel.run and its proxy objects exist only inside Excel; FakeExcel stands in for them (see fakeExcel.ts).

const supportsAll = () => true;

function candidateWorkbook(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet('Candidates', {
    at: 'B3',
    values: [
      ['Candidate ID', 'Start', 44200],
      ['K-001', 44197, 'S'],
      ['K-002', null, { error: '#N/A' }],
      ['#N/A', null, ''],
      [null, null, null],
      ['K-003', 44300, true],
    ],
  });
  excel.addSheet('Contract', {
    values: [
      ['Weekly rate', 1000],
      ['Currency', 'DKK'],
    ],
  });
  excel.addSheet('Archive', { visibility: 'Hidden' });
  excel.names.push({ name: 'SIB_WeeklyRate', formula: '=Contract!$B$1' }, { name: 'SIB_Currency', formula: '="DKK"' });
  excel
    .sheet('Contract')
    .names.push({ name: 'SIB_Investor', formula: '=Contract!$A$1' }, { name: '_xlnm.Print_Area', formula: '=Contract!$A$1:$B$2' });
  excel.addTable('Enrolment', 'Candidates', 'B3:D8', true);
  return excel;
}

describe('OfficeWorkbook.open', () => {
  test('reads sheets, names, tables and the sheets asked for in two syncs, placing the used range from A1', async () => {
    const excel = candidateWorkbook();
    const workbook = await OfficeWorkbook.open(excel.run, { sheets: ['candidates'], supports: supportsAll });
    expect(excel.syncs).toHaveLength(2);

    expect(workbook.sheets).toEqual([
      { name: 'Candidates', visibility: 'visible' },
      { name: 'Contract', visibility: 'visible' },
      { name: 'Archive', visibility: 'hidden' },
    ]);
    expect(workbook.dateSystem).toBe('1900');
    expect(await workbook.definedNames()).toEqual([
      { name: 'SIB_WeeklyRate', formula: '=Contract!$B$1' },
      { name: 'SIB_Currency', formula: '="DKK"' },
      { name: 'SIB_Investor', sheetScope: 'Contract', formula: '=Contract!$A$1' },
    ]);
    expect(await workbook.tables()).toEqual([
      { name: 'Enrolment', sheet: 'Candidates', range: 'B3:D8', headerRowCount: 1, totalsRowCount: 1 },
    ]);
    const grid = await workbook.readSheet('Candidates');
    expect(excel.syncs).toHaveLength(2);
    expect(grid.name).toBe('Candidates');
    expect(grid.rows).toEqual([
      undefined,
      undefined,
      [null, 'Candidate ID', 'Start', 44200],
      [null, 'K-001', 44197, 'S'],
      [null, 'K-002', null, { error: '#N/A' }],
      // Text that reads like an error stays text: Excel's value type says which it is.
      [null, '#N/A', null, ''],
      undefined,
      [null, 'K-003', 44300, true],
    ]);
  });

  test('reads other sheets on first use, in one sync, and keeps them; an empty sheet needs no sync', async () => {
    const excel = candidateWorkbook();
    const workbook = await OfficeWorkbook.open(excel.run, { supports: supportsAll });
    expect(excel.syncs).toHaveLength(2);
    const [contract, again] = await Promise.all([workbook.readSheet('Contract'), workbook.readSheet('contract')]);
    expect(again).toBe(contract);
    expect(contract.rows).toEqual([
      ['Weekly rate', 1000],
      ['Currency', 'DKK'],
    ]);
    expect(excel.syncs).toHaveLength(3);
    await Promise.all([workbook.readSheet('CONTRACT'), workbook.readSheet('contract')]);
    expect(await workbook.readSheet('Archive')).toEqual({ name: 'Archive', rows: [] });
    expect(excel.syncs).toHaveLength(3);
  });

  test('tells the 1904 date system by what DATE(1904,1,1) gives', async () => {
    const excel = candidateWorkbook();
    excel.date1904 = true;
    expect((await OfficeWorkbook.open(excel.run, { supports: supportsAll })).dateSystem).toBe('1904');
  });

  test('a sheet asked for that does not exist costs one sync more, and readSheet names it', async () => {
    const excel = candidateWorkbook();
    const workbook = await OfficeWorkbook.open(excel.run, { sheets: ['Missing', 'Contract'], supports: supportsAll });
    expect(excel.syncs).toHaveLength(3);
    await expect(workbook.readSheet('Missing')).rejects.toThrow(
      "The workbook has no sheet named 'Missing'. Its sheets: Candidates, Contract, Archive",
    );
  });

  test('a 10,000 × 100 candidate sheet is read in blocks, no response above 5 MB', async () => {
    const excel = new FakeExcel();
    const statuses = ['S', 'D', 'O', 1, 0.4, null, null, null];
    const values = Array.from({ length: 10_000 }, (_, r) =>
      Array.from({ length: 100 }, (__, c) =>
        c === 0 ? `K-${String(r).padStart(5, '0')}` : c === 1 ? 43831 + (r % 300) : statuses[(r * 31 + c * 7) % statuses.length],
      ),
    );
    excel.addSheet('Big', { values });
    const workbook = await OfficeWorkbook.open(excel.run, { sheets: ['Big'], supports: supportsAll });
    const responses = excel.syncs.map((sync) => sync.responseBytes);
    const total = responses.reduce((sum, bytes) => sum + bytes, 0);
    expect(total).toBeGreaterThan(2 * EXCEL_WEB_LIMIT);
    expect(Math.max(...responses)).toBeLessThanOrEqual(EXCEL_WEB_LIMIT);
    expect(excel.syncs.length).toBeLessThanOrEqual(Math.ceil(total / EXCEL_WEB_LIMIT) + 3);
    const trimmed = values.map((row) => row.slice(0, row.length - [...row].reverse().findIndex((value) => value !== null)));
    expect((await workbook.readSheet('Big')).rows).toEqual(trimmed);
  });

  test('a response Excel refuses as too large is asked for again in smaller blocks', async () => {
    const excel = new FakeExcel();
    const values = Array.from({ length: 3_000 }, () => Array.from({ length: 40 }, () => 'a long note '.repeat(25)));
    excel.addSheet('Notes', { values });
    const workbook = await OfficeWorkbook.open(excel.run, { sheets: ['Notes'], supports: supportsAll });
    expect(excel.syncs.some((sync) => sync.responseBytes > EXCEL_WEB_LIMIT)).toBe(true);
    expect((await workbook.readSheet('Notes')).rows).toEqual(values);
  });

  test('an Excel without the requirement sets for reading is told so, before any call', async () => {
    const excel = candidateWorkbook();
    const supports = (set: string, version: string) => set === 'ExcelApi' && Number(version.split('.')[1]) <= 4;
    await expect(OfficeWorkbook.open(excel.run, { supports })).rejects.toThrow(
      'This version of Excel cannot read the workbook for the add-in: it needs ExcelApi 1.7 or later',
    );
    expect(excel.syncs).toHaveLength(0);
  });
});

describe('OfficeWorkbook.select', () => {
  test('activates the sheet and selects the cell, with quoted sheet names', async () => {
    const excel = candidateWorkbook();
    excel.addSheet("Bob's list");
    const workbook = await OfficeWorkbook.open(excel.run, { supports: supportsAll });
    await workbook.select("'Bob''s list'!B4");
    expect([excel.active, excel.selection]).toEqual(["Bob's list", "'Bob''s list'!B4"]);
    await workbook.select('Contract!$A$2');
    expect([excel.active, excel.selection]).toEqual(['Contract', 'Contract!A2']);
  });

  test('an address without a sheet is on the active sheet; a missing sheet is named in the error', async () => {
    const excel = candidateWorkbook();
    const workbook = await OfficeWorkbook.open(excel.run, { supports: supportsAll });
    await workbook.select('C7');
    expect(excel.selection).toBe('Candidates!C7');
    await expect(workbook.select('Gone!A1')).rejects.toThrow(
      expect.objectContaining({
        code: 'sheet.notFound',
        message: "The workbook has no sheet named 'Gone'. Its sheets: Candidates, Contract, Archive",
      }),
    );
  });
});
