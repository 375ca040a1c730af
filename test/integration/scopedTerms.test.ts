import { createXlsx, openXlsx, writeXlsx } from '../../src/adapters/xlsx';
import { CellValue, isExcelError } from '../../src/engine/cells';
import { formatAmount } from '../../src/engine/money';
import { IsoWeek, parseWeekLabel } from '../../src/engine/weeks';
import { runInvoice } from '../../src/jobs/invoiceJob';
import { Invoice } from '../../src/sheet/invoice';
import { invoiceColumnNames } from '../../src/sheet/invoiceSheet';
import { CellSpec, WorkbookChanges } from '../../src/workbook/types';
import { recalculateWithLibreOffice } from '../support/libreoffice';
import { scopeNames } from '../sheet/scopedNames';
import { invoiceTestWorkbook } from './invoiceWorkbook';

const CONTRACT = "Bo's contract";
const WEEKS = ['2020-W50', '2020-W51', '2020-W52', '2020-W53', '2021-W01'];

/** The rules workbook with its Contract sheet renamed and every SIB_ name scoped to that sheet. */
function scopedWorkbook(): Uint8Array {
  const changes = invoiceTestWorkbook();
  const renamed: WorkbookChanges = {
    addSheets: changes.addSheets.map((sheet) => (sheet.name === 'Contract' ? { ...sheet, name: CONTRACT } : sheet)),
    addNames: changes.addNames!.map((name) => ({ ...name, formula: name.formula.replace('Contract!', "'Bo''s contract'!") })),
  };
  return scopeNames(createXlsx(renamed), Object.fromEntries(renamed.addNames!.map((name) => [name.name, 0])));
}

/** No cached formula results, so whatever is read back after LibreOffice is its own figure (it recomputes all anyway). */
function withoutCachedResults(changes: WorkbookChanges): WorkbookChanges {
  const bare = (cell: CellSpec | null) => (cell?.formula ? { ...cell, value: undefined } : cell);
  return {
    ...changes,
    addSheets: changes.addSheets.map((sheet) => ({ ...sheet, rows: sheet.rows.map((row) => row && row.map(bare)) })),
    appendRows: changes.appendRows?.map((append) => ({ ...append, rows: append.rows.map((row) => row.map(bare)) })),
  };
}

const AMOUNT = invoiceColumnNames('en').indexOf('Amount');

describe('SIB_ names scoped to the Contract sheet: the invoice formulas reach them from other sheets', () => {
  let recalculated: ReturnType<typeof openXlsx>;
  const invoices: Invoice[] = [];

  beforeAll(async () => {
    let bytes = scopedWorkbook();
    for (const label of WEEKS) {
      const result = await runInvoice(openXlsx(bytes), { week: parseWeekLabel(label) as IsoWeek, builtAt: new Date(2021, 0, 25, 9, 30) });
      if (result.kind !== 'invoice') throw new Error(`${label}: ${JSON.stringify(result)}`);
      invoices.push(result.invoice);
      // The next week reads this one's ledger row, so only the last write drops its cached results.
      bytes = writeXlsx(bytes, label === WEEKS[WEEKS.length - 1] ? withoutCachedResults(result.changes) : result.changes);
    }
    recalculated = openXlsx(await recalculateWithLibreOffice(bytes));
  });

  test('LibreOffice computes every amount the engine does, to the øre', async () => {
    for (const invoice of invoices) {
      const rows = (await recalculated.readSheet(`Invoice ${WEEKS[invoices.indexOf(invoice)]}`)).rows;
      const header = rows.findIndex((row) => row?.[0] === 'Candidate ID');
      const amounts = rows.slice(header + 1, header + 1 + invoice.lines.length).map((row) => row![AMOUNT]);
      expect(amounts.map((value) => (typeof value === 'number' ? value.toFixed(2) : value))).toEqual(
        invoice.lines.map((line) => formatAmount(line.amount)),
      );
    }
    expect(invoices.some((invoice) => invoice.lines.some((line) => line.reason === 'cap'))).toBe(true);
  });

  test('no name is unknown (#NAME?) anywhere the product wrote: header, lines, totals, ledger', async () => {
    const unknown: string[] = [];
    for (const sheet of [...WEEKS.map((week) => `Invoice ${week}`), 'Settlement ledger']) {
      (await recalculated.readSheet(sheet)).rows.forEach((row, r) =>
        row?.forEach(
          (value: CellValue, c) => isExcelError(value) && value.error === '#NAME?' && unknown.push(`${sheet}!R${r + 1}C${c + 1}`),
        ),
      );
    }
    expect(unknown).toEqual([]);
    const ledger = (await recalculated.readSheet('Settlement ledger')).rows;
    expect(ledger[ledger.length - 1]?.[7]).toBeCloseTo(
      15000 - invoices.reduce((total, invoice) => total + invoice.total.toNumber(), 0) - invoices[0].cumulativeBefore.toNumber(),
      2,
    );
  });
});
