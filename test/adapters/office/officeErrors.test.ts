import { insertLineChart, OfficeWorkbook } from '../../../src/adapters/office';
import { OfficeError, runBatch } from '../../../src/adapters/office/officeError';
import { excelReasons, officeTexts } from '../../../src/adapters/office/officeMessages';
import { Language } from '../../../src/engine/messages';
import { WorkbookChanges } from '../../../src/workbook/types';
import { isWorkbookError, WorkbookError } from '../../../src/workbook/workbookError';
import { FakeExcel, OfficeExtensionError as ExcelError } from './fakeExcel';
import { invoiceLikeSheet } from './invoiceLikeSheet';
import { placeholders } from '../../support/placeholders';

// Excel.run and its proxy objects exist only inside Excel; FakeExcel stands in for them (see fakeExcel.ts).

const supportsAll = () => true;
const SHEET = 'Invoice 2021-W10';
const CANDIDATE = 'K-00017';
const LANGUAGES: readonly Language[] = ['en', 'da'];

/** A contract and a candidate sheet; the candidate's id is what no message may ever show. */
function workbookExcel(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet('Contract', { values: [['Weekly rate', 1000]] });
  excel.addSheet('Candidates 2021', {
    values: [
      ['Candidate ID', 'Start'],
      [CANDIDATE, 44197],
    ],
  });
  excel.addSheet('Settlement ledger', { values: [['Week', 'Total']] });
  excel.names.push({ name: 'SIB_WeeklyRate', formula: '=Contract!$B$1' });
  return excel;
}

async function opened(excel: FakeExcel): Promise<OfficeWorkbook> {
  const workbook = await OfficeWorkbook.open(excel.run, { supports: supportsAll });
  excel.syncs.length = 0;
  return workbook;
}

/** The WorkbookError `run` fails with; any other outcome fails the test. */
async function refusal(run: Promise<unknown>): Promise<WorkbookError> {
  const error = await run.then(
    () => new Error('expected a refusal, but it succeeded'),
    (thrown: unknown) => thrown,
  );
  if (!isWorkbookError(error)) throw error;
  return error;
}

/** Excel fails the `sync`th sync from now with `code`, in words that quote a candidate, as its messages may. */
function failNext(excel: FakeExcel, sync: number, code: string): void {
  excel.failAtSync = excel.syncs.length + sync;
  excel.failure = { code, message: `Excel's own words, quoting ${CANDIDATE}` };
}

function expectBothLanguages(error: WorkbookError, english: string): void {
  expect(error.text('en')).toBe(error.message);
  expect(error.message).toContain(english);
  expect(error.text('da')).not.toBe(error.message);
  for (const language of LANGUAGES) {
    expect(error.text(language)).not.toMatch(/\{\w+\}/);
    expect(error.text(language)).not.toContain(CANDIDATE);
  }
}

const invoice: WorkbookChanges = {
  addSheets: [invoiceLikeSheet(SHEET, 'Invoice_2021_W10', 20)],
  addNames: [{ name: 'SIB_LastInvoice', formula: `'${SHEET}'!$G$37` }],
  appendRows: [{ sheet: 'Settlement ledger', firstRow: 1, rows: [[{ value: '2021-W10' }, { value: 100, format: 'amount' }]] }],
};

/** The workbook as a user sees it: its sheets with the cells that hold something, names and tables. */
const visible = (excel: FakeExcel) =>
  JSON.stringify([
    excel.sheets.map((sheet) => [
      sheet.name,
      sheet.rows.map((row) => row.filter((cell) => cell && Object.keys(cell).length > 0)).filter((row) => row.length > 0),
    ]),
    excel.names,
    excel.tables.map((table) => table.name),
  ]);

describe("Excel's own errors become OfficeErrors that say what failed and what to do", () => {
  test.each([
    ['RangeExceedsLimit', 'Excel could not take that much at once (RangeExceedsLimit)'],
    ['InvalidArgument', 'Excel did not accept what the add-in gave it (InvalidArgument)'],
    ['ItemAlreadyExists', 'of the same name was added to the workbook meanwhile (ItemAlreadyExists)'],
    ['GeneralException', 'Excel reported an internal error (GeneralException)'],
    ['InvalidOperationInCellEditMode', 'Excel is editing a cell (InvalidOperationInCellEditMode) — finish with Enter or Esc'],
    ['AccessDenied', 'may be protected'],
    ['MergedRangeConflict', 'merged cells'],
    ['SomeFutureCode', 'Excel reported the error SomeFutureCode'],
  ])('%s while setting terms: the cells named, the code kept, Excel’s words not shown', async (code, reason) => {
    const excel = workbookExcel();
    const workbook = await opened(excel);
    failNext(excel, 2, code);
    const error = await refusal(
      workbook.setCells([
        { address: 'Contract!B1', cell: { value: 1250 } },
        { address: 'Contract!B2', cell: { value: 625 } },
      ]),
    );
    expect(error).toBeInstanceOf(OfficeError);
    expect([error.code, error.params]).toEqual(['excel.setCellsFailed', { cells: 'Contract!B1, Contract!B2', excelCode: code }]);
    expect(error.message).toMatch(/^Setting Contract!B1, Contract!B2 failed: /);
    expectBothLanguages(error, reason);
    expect(error.text('da')).toContain(code);
    expect(error.cause).toBeInstanceOf(ExcelError);
  });

  test.each<[string, (workbook: OfficeWorkbook, excel: FakeExcel) => Promise<unknown>, string, Record<string, string>]>([
    ['opening', (_, excel) => OfficeWorkbook.open(excel.run, { supports: supportsAll }), 'excel.readFailed', {}],
    ['reading a sheet', (workbook) => workbook.readSheet('Candidates 2021'), 'excel.readSheetFailed', { sheet: 'Candidates 2021' }],
    ['reading a formula', (workbook) => workbook.formulaOf('Contract!B1'), 'excel.formulaFailed', { cell: 'Contract!B1' }],
    ['finding the active cell', (workbook) => workbook.activeCell(), 'excel.activeCellFailed', {}],
    ['selecting', (workbook) => workbook.select('Contract!B1'), 'excel.selectFailed', { address: 'Contract!B1' }],
    [
      'drawing a chart',
      (_, excel) => insertLineChart(excel.run, { sheet: 'Contract', range: 'A1:B1', title: 'Rate' }, supportsAll),
      'excel.chartFailed',
      { sheet: 'Contract' },
    ],
  ])('%s', async (_, operation, code, params) => {
    const excel = workbookExcel();
    const workbook = await opened(excel);
    failNext(excel, 1, 'GeneralException');
    const error = await refusal(operation(workbook, excel));
    expect([error.code, error.params]).toEqual([code, { ...params, excelCode: 'GeneralException' }]);
    expectBothLanguages(error, 'Excel reported an internal error (GeneralException)');
  });

  test('a bug of the add-in inside a batch is not dressed up as a refusal', async () => {
    const excel = workbookExcel();
    const bug = new TypeError('x is undefined');
    await expect(
      runBatch(excel.run, { code: 'excel.readFailed' }, async () => {
        throw bug;
      }),
    ).rejects.toBe(bug);
  });
});

describe('a write that Excel stops midway leaves nothing behind, and says so', () => {
  test('a formula Excel cannot read fails the write; what was added is removed and the ledger rows cleared', async () => {
    const excel = workbookExcel();
    const before = visible(excel);
    const workbook = await opened(excel);
    const broken: WorkbookChanges = {
      ...invoice,
      addSheets: [{ name: 'Notes', rows: [[{ value: 'a' }], [{ formula: 'SUM(A1' }]] }, ...invoice.addSheets],
    };
    const error = await refusal(workbook.apply(broken));
    expect([error.code, error.params]).toEqual([
      'excel.writeFailed',
      { written: `'Notes', '${SHEET}', 'Settlement ledger', SIB_LastInvoice`, excelCode: 'InvalidArgument' },
    ]);
    expectBothLanguages(error, 'What had been written was removed again.');
    expect(visible(excel)).toBe(before);
  });

  test('a sheet of the same name, made meanwhile by the user, is kept, and the message says where to look', async () => {
    const excel = workbookExcel();
    const workbook = await opened(excel);
    excel.beforeSync = (sync) => {
      if (sync === 2) excel.addSheet(SHEET, { values: [['The user’s own notes']] });
    };
    const error = await refusal(workbook.apply(invoice));
    expect([error.code, error.params]).toEqual([
      'excel.writeConflict',
      { written: `'${SHEET}', 'Settlement ledger', SIB_LastInvoice`, uncertain: `'${SHEET}'`, excelCode: 'ItemAlreadyExists' },
    ]);
    expectBothLanguages(error, `except perhaps in '${SHEET}'`);
    expect(excel.sheet(SHEET).rows).toEqual([[{ value: 'The user’s own notes', type: 'String' }]]);
    expect(excel.names.map((name) => name.name)).toEqual(['SIB_WeeklyRate']);
  });

  test('when removing fails too, what is left is named for the user to delete', async () => {
    const excel = workbookExcel();
    const workbook = await opened(excel);
    failNext(excel, 3, 'GeneralException');
    excel.beforeSync = (sync) => {
      if (sync === 4) throw new ExcelError('ActivityLimitReached', 'Too many requests');
    };
    const error = await refusal(
      workbook.apply({ ...invoice, addSheets: [...invoice.addSheets, { name: 'Notes', rows: [[{ value: 'x' }]] }] }),
    );
    expect(error.code).toBe('excel.cleanupFailed');
    expect(error.params).toMatchObject({ excelCode: 'GeneralException', cleanupCode: 'ActivityLimitReached' });
    expect(error.params.leftovers).toContain(`'${SHEET}'`);
    expect(error.params.leftovers).toContain("'Settlement ledger'!A2:B2");
    expectBothLanguages(error, 'delete by hand what is left of it');
  });

  test('nothing is written when the first look at the workbook fails', async () => {
    const excel = workbookExcel();
    const before = visible(excel);
    const workbook = await opened(excel);
    failNext(excel, 1, 'AccessDenied');
    const error = await refusal(workbook.apply(invoice));
    expect([error.code, error.params.excelCode]).toEqual(['excel.writeNotStarted', 'AccessDenied']);
    expectBothLanguages(error, 'failed before anything was written: Excel refused access (AccessDenied)');
    expect(visible(excel)).toBe(before);
  });
});

describe('the catalogue', () => {
  test.each([
    ['officeTexts', officeTexts],
    ['excelReasons', excelReasons],
  ] as const)('%s: every text in both languages, with the same placeholders', (_, catalogue) => {
    for (const code of Object.keys(catalogue.en) as (keyof typeof catalogue.en)[]) {
      expect([code, placeholders(catalogue.da[code])]).toEqual([code, placeholders(catalogue.en[code])]);
      expect([code, catalogue.da[code]]).not.toEqual([code, catalogue.en[code]]);
    }
  });

  test('an Excel too old for a feature is told so in Danish too', async () => {
    const excel = workbookExcel();
    const workbook = await OfficeWorkbook.open(excel.run, { supports: supportsAll });
    const old = await OfficeWorkbook.open(excel.run, { supports: (_, version) => version !== '1.4' });
    const error = await refusal(old.apply(invoice));
    expect([error.code, error.params]).toEqual(['requirement.write', { set: 'ExcelApi', version: '1.4' }]);
    expect(error.text('da')).toBe(
      'Denne version af Excel kan ikke skrive i projektmappen for tilføjelsesprogrammet: den kræver ExcelApi 1.4 eller nyere — opdatér Excel, eller brug Excel på internettet',
    );
    await expect(workbook.activeCell()).resolves.toBe('Contract!A1');
  });
});
