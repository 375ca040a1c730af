import { OfficeWorkbook } from '../../../src/adapters/office';
import { WorkbookChanges } from '../../../src/workbook/types';
import { EXCEL_WEB_LIMIT, FakeExcel } from './fakeExcel';
import { COLUMNS, FIRST_LINE_ROW, invoiceLikeSheet } from './invoiceLikeSheet';

// Excel.run and its proxy objects exist only inside Excel; FakeExcel stands in for them (see fakeExcel.ts).

const supportsAll = () => true;
const SHEET = 'Invoice 2021-W10';
const TABLE = 'Invoice_2021_W10';

function workbookWithCandidates(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet('Candidates 2021', {
    values: [
      ['Candidate ID', 'Start', 'End'],
      ['K-00002', 44197, null],
    ],
  });
  excel.addSheet('Contract', { values: [['Weekly rate', 1000]] });
  excel.names.push({ name: 'SIB_WeeklyRate', formula: '=Contract!$B$1' });
  excel.addTable('Enrolment', 'Candidates 2021', 'A1:C2');
  return excel;
}

async function apply(excel: FakeExcel, changes: WorkbookChanges, progress?: (done: number, total: number) => void): Promise<void> {
  const workbook = await OfficeWorkbook.open(excel.run, { supports: supportsAll });
  excel.syncs.length = 0;
  await workbook.apply(changes, progress);
}

const invoice = (lines: number): WorkbookChanges => ({
  addSheets: [invoiceLikeSheet(SHEET, TABLE, lines)],
  addNames: [{ name: 'SIB_LastInvoice', formula: `'${SHEET}'!$G$${FIRST_LINE_ROW + lines}` }],
});

describe('OfficeWorkbook.apply', () => {
  test('writes a 10,000-line invoice in at most 3 syncs per 5 MB, no sync above 5 MB, reporting progress', async () => {
    const excel = workbookWithCandidates();
    const progress: [number, number][] = [];
    await apply(excel, invoice(10_000), (done, total) => progress.push([done, total]));

    const requests = excel.syncs.map((sync) => sync.requestBytes);
    const payload = requests.reduce((sum, bytes) => sum + bytes, 0);
    expect(payload).toBeGreaterThan(2 * EXCEL_WEB_LIMIT);
    expect(Math.max(...requests)).toBeLessThanOrEqual(EXCEL_WEB_LIMIT);
    expect(excel.syncs.length).toBeLessThanOrEqual(3 * Math.ceil(payload / EXCEL_WEB_LIMIT));
    // The first sync only reads the names there are; every later one writes and reports progress.
    expect(excel.syncs[0].calls.every((call) => call.endsWith('.load'))).toBe(true);
    const cells = 1 + 13 * 2 + 8 + 10_000 * 8 + 3;
    expect(progress).toHaveLength(excel.syncs.length - 1);
    expect(progress.at(-1)).toEqual([cells, cells]);
    expect(progress.every(([done], i) => i === 0 || done >= progress[i - 1][0])).toBe(true);
  });

  test('writes formulas as typed, values, number formats, bold, widths, the table with its totals row, and the names', async () => {
    const excel = workbookWithCandidates();
    await apply(excel, invoice(3));
    const cell = (address: string) => excel.cell(SHEET, address);

    expect(cell('A1')).toEqual({ value: SHEET, type: 'String', bold: true });
    expect(cell('B2')).toMatchObject({ formula: '=SIB_ContractName', numberFormat: 'General' });
    expect(cell('B7')).toEqual({ value: 44263, type: 'Double', numberFormat: 'yyyy-mm-dd' });
    expect(cell('B10')).toMatchObject({ numberFormat: 'yyyy-mm-dd hh:mm' });
    expect(cell('B13')).toMatchObject({ value: 123456.5, numberFormat: '#,##0.00' });
    expect(COLUMNS.map((_, c) => excel.sheet(SHEET).rows[15][c])).toEqual(
      COLUMNS.map((name) => ({ value: name, type: 'String', bold: true })),
    );
    expect(cell('A17')).toMatchObject({ formula: "='Candidates 2021'!$A2", numberFormat: '@' });
    expect(cell('C17')?.formula).toMatch(/^=IF\(ISNUMBER\(B17\),B17,.*,1,NUMBERVALUE\(SUBSTITUTE\(TRIM\(B17\),",","\."\),"\.",","\)\)\)$/);
    expect(cell('C17')?.numberFormat).toBe('0.00%');
    expect(cell('E17')).toEqual({ value: 2, type: 'Double', numberFormat: '0' });
    expect(cell('G18')).toMatchObject({ formula: '=MIN(F18,MAX(0,SIB_PaymentCap-$B$13-SUM(G$17:G17)))', numberFormat: '#,##0.00' });

    // Excel's own totals row, with its defaults replaced by exactly the spec's cells.
    expect(excel.tables.find((table) => table.name === TABLE)).toMatchObject({
      area: { top: 15, left: 0, bottom: 19, right: 7 },
      showHeaders: true,
      showTotals: true,
    });
    expect(cell('A20')).toEqual({ value: 'Total', type: 'String', bold: true });
    expect(cell('G20')).toMatchObject({ formula: '=SUM(G17:G19)', numberFormat: '#,##0.00', bold: true });
    expect(cell('H20')?.value).toBeUndefined();
    expect(cell('H20')?.formula).toBeUndefined();

    expect([...excel.sheet(SHEET).columnWidths]).toEqual(
      [28, 10, 10, 12, 12, 16, 16, 18].map((width, column) => [column, (width * 7 + 5) * 0.75]),
    );
    expect(excel.names.at(-1)).toEqual({ name: 'SIB_LastInvoice', formula: `='${SHEET}'!$G$20` });
    expect(excel.sheets.at(-1)?.name).toBe(SHEET);
  });

  test('sets bold cells in as few ranges as their shape allows', async () => {
    const excel = workbookWithCandidates();
    await apply(excel, invoice(500));
    const bold = excel.syncs.flatMap((sync) => sync.calls).filter((call) => call.endsWith('format.font.bold'));
    // A1:A14 (title and labels), A16:H16 (table header), A20 and F20:G20 (totals).
    expect(bold).toHaveLength(4);
  });

  test('text that Excel would read as something else stays text; numbers, booleans and errors keep their type', async () => {
    const excel = workbookWithCandidates();
    const values = ['00123', 'TRUE', '=1+1', '-x', '12%', "'quoted", '#N/A', 0.1, false, { error: '#DIV/0!' }, null];
    await apply(excel, { addSheets: [{ name: 'Values', rows: [values.map((value) => ({ value }))] }] });
    const read = await OfficeWorkbook.open(excel.run, { sheets: ['Values'], supports: supportsAll });
    expect((await read.readSheet('Values')).rows).toEqual([values.slice(0, -1)]);
  });

  test.each([
    ['a sheet', { addSheets: [{ name: 'contract', rows: [] }] }, "The workbook already has a sheet named 'contract'"],
    [
      'a table named like an existing name',
      { addSheets: [{ ...invoiceLikeSheet(SHEET, 'sib_weeklyrate', 2) }] },
      "The workbook already has a defined name 'sib_weeklyrate'",
    ],
    [
      'a name named like an existing table',
      { addSheets: [], addNames: [{ name: 'ENROLMENT', formula: 'Contract!$B$1' }] },
      "The workbook already has a table named 'ENROLMENT'",
    ],
    [
      'a table whose header is not its column names',
      {
        addSheets: [
          {
            name: 'T',
            rows: [[{ value: 'A' }], [{ value: 1 }]],
            tables: [{ name: 'Notes', range: 'A1:A2', columns: ['B'], totalsRow: false }],
          },
        ],
      },
      "header cell A1 must hold the text 'B'",
    ],
  ])('refuses %s, writing nothing', async (_, changes, message) => {
    const excel = workbookWithCandidates();
    const before = JSON.stringify([
      excel.sheets.map((sheet) => [sheet.name, sheet.rows]),
      excel.names,
      excel.tables.map((table) => table.name),
    ]);
    await expect(apply(excel, changes as WorkbookChanges)).rejects.toThrow(message);
    expect(excel.syncs).toHaveLength(1);
    expect(excel.syncs[0].calls.every((call) => call.endsWith('.load'))).toBe(true);
    expect(
      JSON.stringify([excel.sheets.map((sheet) => [sheet.name, sheet.rows]), excel.names, excel.tables.map((table) => table.name)]),
    ).toBe(before);
  });

  test('never writes to a sheet it did not create', async () => {
    const excel = workbookWithCandidates();
    const before = JSON.stringify(excel.sheets.map((sheet) => [sheet.name, sheet.rows, [...sheet.columnWidths]]));
    await apply(excel, invoice(200));
    const writes = excel.syncs.flatMap((sync) => sync.calls).filter((call) => !call.endsWith('.load'));
    expect(
      writes.every(
        (call) =>
          call.startsWith(`worksheets.add(${JSON.stringify(SHEET)})`) ||
          call.startsWith('workbook.worksheets.add') ||
          call.startsWith('workbook.names.add'),
      ),
    ).toBe(true);
    expect(JSON.stringify(excel.sheets.slice(0, 2).map((sheet) => [sheet.name, sheet.rows, [...sheet.columnWidths]]))).toBe(before);
  });

  test('a write failing midway removes the sheets and names it had added, leaving the rest as it was', async () => {
    const excel = workbookWithCandidates();
    const workbook = await OfficeWorkbook.open(excel.run, { supports: supportsAll });
    const before = JSON.stringify([excel.sheets.map((sheet) => [sheet.name, sheet.rows]), excel.names, excel.tables]);
    excel.failAtSync = excel.syncs.length + 3;
    const changes: WorkbookChanges = {
      ...invoice(10_000),
      addSheets: [invoiceLikeSheet(SHEET, TABLE, 10_000), { name: 'Notes', rows: [[{ value: 'x' }]] }],
    };
    await expect(workbook.apply(changes)).rejects.toThrow(
      expect.objectContaining({
        code: 'excel.writeFailed',
        params: { written: `'${SHEET}', 'Notes', SIB_LastInvoice`, excelCode: 'GeneralException' },
        message: expect.stringMatching(
          /: Excel reported an internal error \(GeneralException\).*What had been written was removed again\.$/,
        ),
      }),
    );
    expect(excel.findSheet(SHEET)).toBeUndefined();
    expect(JSON.stringify([excel.sheets.map((sheet) => [sheet.name, sheet.rows]), excel.names, excel.tables])).toBe(before);
  });

  test('appends rows below a sheet the product created before (the ledger), and only into empty cells', async () => {
    const excel = workbookWithCandidates();
    excel.addSheet('Settlement ledger', {
      values: [
        ['Week', 'Total'],
        ['2021-W09', 100],
      ],
    });
    await apply(excel, {
      addSheets: [],
      appendRows: [
        {
          sheet: 'Settlement ledger',
          firstRow: 2,
          rows: [[{ value: '2021-W10' }, { formula: 'SUM(B2:B2)', value: 100, format: 'amount' }]],
        },
      ],
    });
    expect(excel.cell('Settlement ledger', 'A3')).toMatchObject({ value: '2021-W10' });
    expect(excel.cell('Settlement ledger', 'B3')).toMatchObject({ formula: '=SUM(B2:B2)', numberFormat: '#,##0.00' });
    expect(excel.cell('Settlement ledger', 'B2')).toMatchObject({ value: 100 });

    const before = JSON.stringify(excel.sheets.map((sheet) => [sheet.name, sheet.rows]));
    await expect(
      apply(excel, { addSheets: [], appendRows: [{ sheet: 'Settlement ledger', firstRow: 1, rows: [[{ value: 'x' }]] }] }),
    ).rejects.toThrow(expect.objectContaining({ code: 'append.cellsNotEmpty', params: { sheet: 'Settlement ledger', range: 'A2:A2' } }));
    await expect(
      apply(excel, { addSheets: [], appendRows: [{ sheet: 'Ledger 2', firstRow: 1, rows: [[{ value: 'x' }]] }] }),
    ).rejects.toThrow(expect.objectContaining({ code: 'append.noSheet', params: { sheet: 'Ledger 2' } }));
    expect(JSON.stringify(excel.sheets.map((sheet) => [sheet.name, sheet.rows]))).toBe(before);
  });

  test('a failed write also clears the rows it appended', async () => {
    const excel = workbookWithCandidates();
    excel.addSheet('Settlement ledger', { values: [['Week', 'Total']] });
    const workbook = await OfficeWorkbook.open(excel.run, { supports: supportsAll });
    excel.failAtSync = excel.syncs.length + 3;
    const changes: WorkbookChanges = {
      ...invoice(10_000),
      appendRows: [{ sheet: 'Settlement ledger', firstRow: 1, rows: [[{ value: '2021-W10' }]] }],
    };
    await expect(workbook.apply(changes)).rejects.toThrow('What had been written was removed again.');
    expect(excel.cell('Settlement ledger', 'A2')?.value ?? '').toBe('');
  });

  test('an Excel without the requirement sets for writing is told so, before any call', async () => {
    const excel = workbookWithCandidates();
    const workbook = await OfficeWorkbook.open(excel.run, { supports: (_, version) => version !== '1.4' });
    excel.syncs.length = 0;
    await expect(workbook.apply(invoice(2))).rejects.toThrow(
      'This version of Excel cannot write to the workbook for the add-in: it needs ExcelApi 1.4 or later',
    );
    expect(excel.syncs).toHaveLength(0);
  });
});
