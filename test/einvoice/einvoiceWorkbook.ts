import { createXlsx, openXlsx, writeXlsx } from '../../src/adapters/xlsx';
import { setCellsXlsx } from '../../src/adapters/xlsx/cellEdit';
import { CellValue, quoteSheetName } from '../../src/engine/cells';
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

/**
 * The validation tests' workbook: four issued weeks (W52 holds a line for an invalid status; 2021-W01 is cut
 * by the contract cap and holds a line), then late news and a correction of W51 that charges more and one of
 * W52 that credits more than it charges.
 */
export async function settledBook(terms?: Record<string, CellValue | undefined>): Promise<Uint8Array> {
  const candidates = quoteSheetName("Kandidater (Bo's)");
  const book = await issued(newBook(terms), ['2020-W51', '2020-W52', '2020-W53', '2021-W01']);
  // Late news: K-02 was wholly self-supporting in W51; in W52 K-06's #N/A is S, and K-01 and K-03 were not self-supporting.
  const corrected = setCellsXlsx(book, [
    { address: `${candidates}!F5`, cell: { value: 'S' } },
    { address: `${candidates}!G9`, cell: { value: 'S' } },
    { address: `${candidates}!G4`, cell: { value: null } },
    { address: `${candidates}!G6`, cell: { value: null } },
  ]);
  return issued(corrected, ['2020-W51', '2020-W52']);
}

/** The documents settledBook() holds: each week's invoice and the two corrections. */
export const SETTLED_DOCUMENTS: readonly (readonly [string, number | undefined])[] = [
  ['2020-W51', undefined],
  ['2020-W52', undefined],
  ['2020-W53', undefined],
  ['2021-W01', undefined],
  ['2020-W51', 1],
  ['2020-W52', 1],
];
