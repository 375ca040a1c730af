import { openXlsx, createXlsx } from '../../../src/adapters/xlsx';
import { amount, round2, toNumber } from '../../../src/engine/money';
import { CellSpec, SheetSpec } from '../../../src/workbook/types';
import roundCases from '../../fixtures/round-parity.json';
import { hasLibreOffice, recalculateWithLibreOffice, requireLibreOffice } from '../../support/libreoffice';

/**
 * docs/rules.md §7: amounts are live formulas any spreadsheet program recomputes to the engine's figures. Every
 * cached value written here is deliberately wrong (0), so a match proves LibreOffice computed it.
 */

const text = (value: string): CellSpec => ({ value });
const formula = (f: string): CellSpec => ({ formula: f, value: 0, format: 'amount' });

const contract: SheetSpec = {
  name: 'Contract',
  rows: [
    [text('Weekly rate'), { value: 1234.565, format: 'amount' }],
    [text('Partial rate'), { value: 617.285, format: 'amount' }],
  ],
};

const lineAmount = (row: number) =>
  formula(`ROUND(IF(B${row}="S",SIB_WeeklyRate,IF(B${row}="D",SIB_PartialRate,IF(ISNUMBER(B${row}),B${row}*SIB_WeeklyRate,0))),2)`);

const invoice: SheetSpec = {
  name: 'Invoice 2021-W10',
  rows: [
    [text('Candidate ID'), text('Status'), text('Amount'), null, text('Sum by table'), formula('SUM(Invoice_2021_W10[Amount])')],
    [text('K-001'), text('S'), lineAmount(2), null, text('Totals cell'), formula('Invoice_2021_W10[[#Totals],[Amount]]')],
    [text('K-002'), text('D'), lineAmount(3)],
    [text('K-003'), { value: 0.4 }, lineAmount(4)],
    [text('K-004'), text('O'), lineAmount(5)],
    [text('Total'), null, formula('SUBTOTAL(109,Invoice_2021_W10[Amount])')],
  ],
  tables: [{ name: 'Invoice_2021_W10', range: 'A1:C6', columns: ['Candidate ID', 'Status', 'Amount'], totalsRow: true }],
};

const rounding: SheetSpec = {
  name: 'Rounding',
  rows: roundCases.map((c, i) => [{ value: c.number }, { value: c.digits }, formula(`ROUND(A${i + 1},B${i + 1})`)]),
};

const newerFunctions: SheetSpec = {
  name: 'Newer functions',
  rows: [[formula('NUMBERVALUE("1,5",",")')], [formula('IFNA(NA(),8)')], [formula('ISOWEEKNUM(44263)')]],
};

test('LibreOffice is installed (CI installs libreoffice-calc-nogui; these tests must not skip)', () => {
  expect(requireLibreOffice()).toMatch(/soffice$/);
  expect(hasLibreOffice()).toBe(true);
});

describe('LibreOffice recomputes what the writer writes', () => {
  let book: ReturnType<typeof openXlsx>;

  beforeAll(async () => {
    const bytes = createXlsx({
      addSheets: [contract, invoice, rounding, newerFunctions],
      addNames: [
        { name: 'SIB_WeeklyRate', formula: 'Contract!$B$1' },
        { name: 'SIB_PartialRate', formula: 'Contract!$B$2' },
      ],
    });
    book = openXlsx(await recalculateWithLibreOffice(bytes));
  });

  test('line formulas read contract terms through defined names on another sheet', async () => {
    const rows = (await book.readSheet('Invoice 2021-W10')).rows;
    expect(rows.slice(1, 5).map((row) => row?.[2])).toEqual([1234.57, 617.29, 493.83, 0]);
  });

  test('the table totals row and structured references recompute', async () => {
    const rows = (await book.readSheet('Invoice 2021-W10')).rows;
    expect(rows[5]?.[2]).toBe(2345.69);
    expect(rows[0]?.[5]).toBe(2345.69);
    expect(rows[1]?.[5]).toBe(2345.69);
    expect(await book.tables()).toEqual([
      { name: 'Invoice_2021_W10', sheet: 'Invoice 2021-W10', range: 'A1:C6', headerRowCount: 1, totalsRowCount: 1 },
    ]);
  });

  test.each(roundCases.map((c, i) => [c.number, c.digits, c.expected, i] as const))(
    'ROUND(%p, %p) = %p, in LibreOffice and in the engine',
    async (number, digits, expected, i) => {
      const rows = (await book.readSheet('Rounding')).rows;
      expect(rows[i]?.[2]).toBe(expected);
      if (digits === 2) expect(toNumber(round2(amount(number)))).toBe(expected);
    },
  );

  test('functions newer than Excel 2007, typed plainly, are stored so they compute (not #NAME?)', async () => {
    expect((await book.readSheet('Newer functions')).rows).toEqual([[1.5], [8], [10]]);
  });
});
