import { createXlsx, openXlsx, writeXlsx } from '../../src/adapters/xlsx';
import { setCellsXlsx } from '../../src/adapters/xlsx/cellEdit';
import { IsoWeek, parseWeekLabel } from '../../src/engine/weeks';
import { runInvoice } from '../../src/jobs/invoiceJob';
import { WorkbookChanges } from '../../src/workbook/types';
import { invoiceTestWorkbook } from '../integration/invoiceWorkbook';

// The real limit is an Excel sheet's height (over a million lines), which a test cannot build in its time;
// the rule under test is which sheets must fit under it, so the limit is made five lines here.
jest.mock('../../src/sheet/invoiceSheet', () => ({ ...jest.requireActual('../../src/sheet/invoiceSheet'), MAX_INVOICE_LINES: 5 }));

/**
 * docs/rules.md §7: a sheet that would have more lines than fit is refused before it is built. An invoice
 * lists the whole week, and so does a correction under a payment cap; one without a cap lists only what
 * changed. 2020-W51 has five lines; a late "S" for K-05 (row 8, blank before) makes the week six.
 */
describe('which sheets must fit under the line limit', () => {
  const week = parseWeekLabel('2020-W51') as IsoWeek;
  const lateStatus = (book: Uint8Array) => setCellsXlsx(book, [{ address: "'Kandidater (Bo''s)'!F8", cell: { value: 'S' } }]);

  async function invoiceThenLateStatus(workbook: WorkbookChanges) {
    const book = createXlsx(workbook);
    const invoice = await runInvoice(openXlsx(book), { week });
    if (invoice.kind !== 'invoice') throw new Error(`the invoice: ${invoice.kind}`);
    expect(invoice.invoice.lines).toHaveLength(5);
    return runInvoice(openXlsx(lateStatus(writeXlsx(book, invoice.changes))), { week });
  }

  test('under a cap, the correction would list the whole week of six lines: refused, naming both counts', async () => {
    const correction = await invoiceThenLateStatus(invoiceTestWorkbook());
    expect(correction).toMatchObject({ kind: 'refused', refusal: { refused: 'too-many-lines', week: '2020-W51', lines: 6, limit: 5 } });
  });

  test('without a cap, the correction lists the one changed line and is built', async () => {
    const capped = invoiceTestWorkbook();
    const uncapped = { ...capped, addNames: capped.addNames!.filter((name) => name.name !== 'SIB_PaymentCap') };
    const correction = await invoiceThenLateStatus(uncapped);
    if (correction.kind !== 'correction') throw new Error(`the correction: ${correction.kind}`);
    expect(correction.lines.map((line) => line.candidate.id)).toEqual(['K-05']);
  });
});
