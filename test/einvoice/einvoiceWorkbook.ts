import { createXlsx, openXlsx, writeXlsx } from '../../src/adapters/xlsx';
import { CellValue } from '../../src/engine/cells';
import { IsoWeek, parseWeekLabel } from '../../src/engine/weeks';
import { runInvoice } from '../../src/jobs/invoiceJob';
import { WorkbookChanges } from '../../src/workbook/types';
import { invoiceTestWorkbook } from '../integration/invoiceWorkbook';

/** Synthetic parties: the CVR numbers pass modulus 11, the GLN its GS1 check digit, the IBAN mod 97 (the IBAN registry's Danish example). */
export const EINVOICE_TERMS: Record<string, CellValue> = {
  SIB_Investor: 'Test Investor ApS',
  SIB_Commissioner: 'Test Kommune',
  SIB_InvestorCVR: '30000005',
  SIB_CommissionerCVR: '29189420',
  SIB_CommissionerEAN: '5798000000001',
  SIB_InvestorIBAN: 'DK50 0040 0440 1162 43',
  SIB_BuyerReference: 'IMPACT-TEST & <Co>',
};

/** The invoice tests' small contract (every rule, a cap the late weeks hit) with the e-invoice terms added, or changed. */
export function eInvoiceTestWorkbook(terms: Record<string, CellValue | undefined> = EINVOICE_TERMS): WorkbookChanges {
  const base = invoiceTestWorkbook();
  const [contract, ...others] = base.addSheets;
  const given = Object.entries(terms).filter(([, value]) => value !== undefined) as [string, CellValue][];
  const firstRow = contract.rows.length;
  return {
    addSheets: [
      { ...contract, rows: [...contract.rows, ...given.map(([name, value]) => [{ value: name }, { value, format: 'text' as const }])] },
      ...others,
    ],
    addNames: [...(base.addNames ?? []), ...given.map(([name], index) => ({ name, formula: `Contract!$B$${firstRow + index + 1}` }))],
  };
}

export const week = (label: string) => parseWeekLabel(label) as IsoWeek;

/** Builds the weeks' invoices (and corrections, after `edit`) one after another, as a finance officer would, on real .xlsx bytes. */
export async function issued(book: Uint8Array, labels: readonly string[], builtAt = new Date(2021, 0, 25, 9, 30)): Promise<Uint8Array> {
  for (const label of labels) {
    const result = await runInvoice(openXlsx(book), { week: week(label), builtAt });
    if (result.kind === 'refused') throw new Error(`${label} refused: ${JSON.stringify(result.refusal)}`);
    if (result.kind !== 'unchanged') book = writeXlsx(book, result.changes);
  }
  return book;
}

export function newBook(terms?: Record<string, CellValue | undefined>): Uint8Array {
  return createXlsx(eInvoiceTestWorkbook(terms));
}
