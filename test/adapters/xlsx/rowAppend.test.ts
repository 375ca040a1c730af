import { createXlsx, isXlsxError, openXlsx, writeXlsx, XlsxError } from '../../../src/adapters/xlsx';
import { appendRowsToPart } from '../../../src/adapters/xlsx/rowAppend';

const PART = 'xl/worksheets/sheet2.xml';

/** The XlsxError `write` throws; anything else fails the test. */
function refusal(write: () => unknown): XlsxError {
  try {
    write();
  } catch (error) {
    if (isXlsxError(error)) return error;
    throw error;
  }
  throw new Error('expected a refusal, but the write succeeded');
}

const ledger = () =>
  createXlsx({
    addSheets: [
      { name: 'Notes', rows: [[{ value: 'kept' }]] },
      {
        name: 'Settlement ledger',
        rows: [
          ['Week', 'Total', 'Cumulative'].map((value) => ({ value, bold: true })),
          [{ value: '2021-W09' }, { value: 100, format: 'amount' }, { formula: 'SUM(B$2:B2)', value: 100 }],
        ],
      },
    ],
  });

describe('appending rows below a sheet the product created (the ledger)', () => {
  test('adds rows with values, formulas and styles, and keeps every earlier row', async () => {
    const output = writeXlsx(ledger(), {
      addSheets: [],
      appendRows: [
        {
          sheet: 'Settlement ledger',
          firstRow: 2,
          rows: [[{ value: '2021-W10' }, { value: 250.5, format: 'amount' }, { formula: 'SUM(B$2:B3)', value: 350.5 }]],
        },
      ],
    });
    const grid = await openXlsx(output).readSheet('Settlement ledger');
    expect(grid.rows).toEqual([
      ['Week', 'Total', 'Cumulative'],
      ['2021-W09', 100, 100],
      ['2021-W10', 250.5, 350.5],
    ]);
    expect((await openXlsx(output).readSheet('Notes')).rows).toEqual([['kept']]);
  });

  test('the dimension grows to take in the new rows', () => {
    const xml = '<worksheet><dimension ref="A1:C2"/><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>';
    const edited = appendRowsToPart(xml, { sheet: 'L', firstRow: 4, rows: [[null, null, null, null, { value: 7 }]] }, PART, () => 0);
    expect(edited).toBe(
      '<worksheet><dimension ref="A1:E5"/><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="5"><c r="E5"><v>7</v></c></row></sheetData></worksheet>',
    );
  });

  test('a part with a namespace prefix and an empty sheetData gets prefixed rows', () => {
    const xml = '<x:worksheet xmlns:x="main"><x:dimension ref="A1"/><x:sheetData/></x:worksheet>';
    expect(appendRowsToPart(xml, { sheet: 'L', firstRow: 0, rows: [[{ value: 'Week' }]] }, PART, () => 0)).toBe(
      '<x:worksheet xmlns:x="main"><x:dimension ref="A1:A1"/><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Week</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>',
    );
  });

  test('never writes over rows that are there, nor to a sheet that is not, and says so in either language', () => {
    const below = refusal(() =>
      writeXlsx(ledger(), { addSheets: [], appendRows: [{ sheet: 'Settlement ledger', firstRow: 1, rows: [[{ value: 'x' }]] }] }),
    );
    expect([below.code, below.params]).toEqual(['append.rowsBelow', { sheet: 'Settlement ledger', row: 2, last: 2 }]);
    expect(below.message).toMatch(/^Cannot add rows to the sheet 'Settlement ledger' from row 2: it has rows down to 2, and nothing is/);
    expect(below.text('da')).toMatch(/^Der kan ikke tilføjes rækker til arket 'Settlement ledger' fra række 2: det har rækker ned til 2,/);
    const missing = refusal(() =>
      writeXlsx(ledger(), { addSheets: [], appendRows: [{ sheet: 'Ledger', firstRow: 5, rows: [[{ value: 'x' }]] }] }),
    );
    expect([missing.code, missing.params]).toEqual(['append.noSheet', { sheet: 'Ledger' }]);
    expect(missing.text('da')).toMatch(/^Der kan ikke tilføjes rækker til arket 'Ledger': projektmappen har intet ark med det navn/);
  });

  test('a sheet part without sheetData is refused with the sheet and part named', () => {
    const error = refusal(() =>
      appendRowsToPart('<worksheet><dimension ref="A1"/></worksheet>', { sheet: 'L', firstRow: 0, rows: [] }, PART, () => 0),
    );
    expect([error.code, error.params]).toEqual(['sheet.noSheetData', { sheet: 'L', part: PART }]);
  });
});
