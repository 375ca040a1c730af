import { createXlsx, openXlsx, writeXlsx } from '../../src/adapters/xlsx';
import { setCellsXlsx } from '../../src/adapters/xlsx/cellEdit';
import { CellValue, quoteSheetName } from '../../src/engine/cells';
import { formatAmount } from '../../src/engine/money';
import { IsoWeek, parseWeekLabel } from '../../src/engine/weeks';
import { InvoiceJobResult, runInvoice } from '../../src/jobs/invoiceJob';
import { runStatement } from '../../src/jobs/statementJob';
import { readLedger } from '../../src/sheet/ledger';
import { recalculateWithLibreOffice } from '../support/libreoffice';
import { invoiceTestWorkbook } from './invoiceWorkbook';

const CANDIDATES = "Kandidater (Bo's)";
const week = (label: string) => parseWeekLabel(label) as IsoWeek;
const built = new Date(2021, 0, 25, 9, 30);

/** Builds a week on `book` and returns the new workbook with what the job added (nothing when unchanged). */
async function build(book: Uint8Array, label: string): Promise<{ result: InvoiceJobResult; book: Uint8Array }> {
  const result = await runInvoice(openXlsx(book), { week: week(label), builtAt: built });
  if (result.kind === 'refused') throw new Error(`${label} refused: ${JSON.stringify(result.refusal)}`);
  return { result, book: result.kind === 'unchanged' ? book : writeXlsx(book, result.changes) };
}

/** A table's rows as `{ column: value }`, read from a sheet the product wrote. */
function tableRows(rows: readonly (readonly CellValue[] | undefined)[]): Record<string, CellValue>[] {
  const header = rows.findIndex((row) => row?.[0] === 'Candidate ID');
  const names = rows[header]! as string[];
  const end = rows.findIndex((row, index) => index > header && row?.[0] === 'Total');
  return rows.slice(header + 1, end).map((row) => Object.fromEntries(names.map((name, column) => [name, row?.[column] ?? null])));
}

/** A correction line that changes what was issued. */
const changed = (row: Record<string, CellValue>) => row.Difference !== 0;

const pick = (row: Record<string, CellValue>, ...columns: string[]) =>
  columns.map((column) => (typeof row[column] === 'number' ? (row[column] as number).toFixed(2) : row[column]));

describe('the settlement ledger and corrections, on real .xlsx files over several weeks', () => {
  let book: Uint8Array;
  const results: Record<string, InvoiceJobResult> = {};

  beforeAll(async () => {
    book = createXlsx(invoiceTestWorkbook());
    for (const label of ['2020-W51', '2020-W52']) ({ result: results[label], book } = await build(book, label));
    ({ result: results.again } = await build(book, '2020-W52'));
    // Late news after both weeks were invoiced: K-02 was wholly self-supporting in W51 (not partly),
    // K-06's #N/A in W52 is fixed to S, and K-01's S in W52 was entered by mistake.
    book = setCellsXlsx(book, [
      { address: `${quoteSheetName(CANDIDATES)}!F5`, cell: { value: 'S' } },
      { address: `${quoteSheetName(CANDIDATES)}!G9`, cell: { value: 'S' } },
      { address: `${quoteSheetName(CANDIDATES)}!G4`, cell: { value: null } },
    ]);
    for (const label of ['2020-W51', '2020-W52', '2020-W53']) ({ result: results[`late ${label}`], book } = await build(book, label));
  });

  test('each invoice adds one ledger row; the first creates the ledger', async () => {
    expect(results['2020-W51'].kind).toBe('invoice');
    expect(results['2020-W52'].kind).toBe('invoice');
    const ledger = readLedger(await openXlsx(book).readSheet('Settlement ledger'));
    expect(ledger.entries.map((entry) => [entry.kind, entry.sheet, entry.lines, formatAmount(entry.total)])).toEqual([
      ['opening', '', 0, '0.00'],
      ['invoice', 'Invoice 2020-W51', 5, '4320.99'],
      ['invoice', 'Invoice 2020-W52', 6, '4938.28'],
      ['correction', 'Correction 2020-W51', 1, '617.28'],
      ['correction', 'Correction 2020-W52', 2, '0.00'],
      ['invoice', 'Invoice 2020-W53', 6, '3395.07'],
    ]);
  });

  test('building a week again with unchanged data says so and writes nothing', () => {
    expect(results.again).toMatchObject({ kind: 'unchanged', sheets: ['Invoice 2020-W52'] });
  });

  test('a late status change to an invoiced week gives a correction that changes only that line', async () => {
    const result = results['late 2020-W51'];
    if (result.kind !== 'correction') throw new Error(result.kind);
    expect(result.lines.map((line) => line.candidate.id)).toEqual(['K-02']);
    const rows = tableRows((await openXlsx(book).readSheet('Correction 2020-W51')).rows);
    expect(rows.filter(changed).map((row) => pick(row, 'Candidate ID', 'Status', 'Amount', 'Previously issued', 'Difference'))).toEqual([
      ['K-02', 'S', '1234.57', '617.29', '617.28'],
    ]);
  });

  test('under a payment cap a correction lists every line of the week, in candidate order, the unchanged ones with difference 0', async () => {
    const invoiced = tableRows((await openXlsx(book).readSheet('Invoice 2020-W51')).rows);
    const rows = tableRows((await openXlsx(book).readSheet('Correction 2020-W51')).rows);
    expect(rows.map((row) => row['Candidate ID'])).toEqual(invoiced.map((row) => row['Candidate ID']));
    expect(rows.filter((row) => !changed(row)).map((row) => pick(row, 'Amount', 'Previously issued', 'Difference'))).toEqual(
      invoiced.filter((row) => row['Candidate ID'] !== 'K-02').map((row) => [...pick(row, 'Issued', 'Issued'), '0.00']),
    );
    expect(rows[0]).not.toHaveProperty('Cap used before');
  });

  test('a fixed invalid status is paid by a correction; a cleared status is credited', async () => {
    const rows = tableRows((await openXlsx(book).readSheet('Correction 2020-W52')).rows);
    expect(
      rows.filter(changed).map((row) => pick(row, 'Candidate ID', 'Status', 'Amount', 'Reason', 'Previously issued', 'Difference')),
    ).toEqual([
      ['K-01', null, '0.00', '', '1234.57', '-1234.57'],
      ['K-06', 'S', '1234.57', '', '0.00', '1234.57'],
    ]);
  });

  test('once a ledger exists, what was invoiced before a week is what it records', async () => {
    const invoice = results['late 2020-W53'];
    expect(invoice.kind).toBe('invoice');
    if (invoice.kind !== 'invoice') return;
    // W51 4320.99 + its correction 617.28 + W52 4938.28 + its correction 0.00
    expect(formatAmount(invoice.invoice.cumulativeBefore)).toBe('9876.55');
    const header = (await openXlsx(book).readSheet('Invoice 2020-W53')).rows.find(
      (row) => row?.[0] === 'Invoiced before this week (ledger)',
    );
    expect(header?.[1]).toBe(9876.55);
  });

  test('issued sheets are never changed by later builds', async () => {
    const first = tableRows((await openXlsx(book).readSheet('Invoice 2020-W51')).rows);
    expect(first.find((row) => row['Candidate ID'] === 'K-02')?.Issued).toBe(617.29);
  });

  test('LibreOffice recomputes corrections, the ledger and the ledger-fed header to the engine’s figures', async () => {
    const written = openXlsx(book);
    const recalculated = openXlsx(await recalculateWithLibreOffice(book));
    for (const sheet of ['Correction 2020-W51', 'Correction 2020-W52']) {
      const engine = tableRows((await written.readSheet(sheet)).rows).map((row) =>
        pick(row, 'Candidate ID', 'Amount', 'Reason', 'Previously issued', 'Difference'),
      );
      const office = tableRows((await recalculated.readSheet(sheet)).rows).map((row) =>
        pick(row, 'Candidate ID', 'Amount', 'Reason', 'Previously issued', 'Difference'),
      );
      expect(office).toEqual(engine);
    }
    const ledgerRows = (sheet: { rows: readonly (readonly CellValue[] | undefined)[] }) =>
      sheet.rows.slice(1).map((row) => row?.slice(5, 9).map((value) => (typeof value === 'number' ? value.toFixed(2) : value)));
    expect(ledgerRows(await recalculated.readSheet('Settlement ledger'))).toEqual(ledgerRows(await written.readSheet('Settlement ledger')));
    const invoiced = (rows: readonly (readonly CellValue[] | undefined)[]) =>
      rows.find((row) => row?.[0] === 'Invoiced before this week (ledger)')?.[1];
    expect(invoiced((await recalculated.readSheet('Invoice 2020-W53')).rows)).toBe(9876.55);
  });

  test('ledger cached figures are exact: the running total and the remaining cap', async () => {
    const rows = (await openXlsx(book).readSheet('Settlement ledger')).rows;
    expect(rows[0]).toEqual([
      'Week',
      'Monday',
      'Kind',
      'Sheet',
      'Lines',
      'Total',
      'Cumulative total',
      'Remaining cap',
      'Cumulative net return',
      'Fingerprint',
      'Built',
    ]);
    expect(rows.slice(1).map((row) => [row?.[6], row?.[7]])).toEqual([
      [0, 15000],
      [4320.99, 10679.01],
      [9259.27, 5740.73],
      [9876.55, 5123.45],
      [9876.55, 5123.45],
      [13271.62, 1728.38],
    ]);
  });
});

describe('a ledger begun mid-contract opens with what the sheet says was invoiced before', () => {
  test('the same week again is unchanged, later weeks keep counting the history, earlier weeks are not rebuilt', async () => {
    let book = createXlsx(invoiceTestWorkbook());
    const first = await build(book, '2021-W01');
    book = first.book;
    expect(first.result.kind).toBe('invoice');
    const ledger = readLedger(await openXlsx(book).readSheet('Settlement ledger'));
    expect(ledger.entries.map((entry) => [entry.kind, formatAmount(entry.total)])).toEqual([
      ['opening', '12654.34'],
      ['invoice', '2345.66'],
    ]);
    expect((await build(book, '2021-W01')).result.kind).toBe('unchanged');
    const next = await build(book, '2021-W02');
    const fromHistory = await runInvoice(openXlsx(createXlsx(invoiceTestWorkbook())), { week: week('2021-W02'), builtAt: built });
    expect(next.result.kind === 'invoice' && formatAmount(next.result.invoice.cumulativeBefore)).toBe('15000.00');
    expect(fromHistory.kind === 'invoice' && formatAmount(fromHistory.invoice.cumulativeBefore)).toBe('15000.00');
    const earlier = await runInvoice(openXlsx(book), { week: week('2020-W52'), builtAt: built });
    expect(earlier).toMatchObject({
      kind: 'refused',
      refusal: { refused: 'before-ledger-opening', week: '2020-W52', opening: '2020-W53' },
    });
  });
});

describe('a correction where the cap cuts the week', () => {
  // 2021-W01 is the first invoice (the history opens the ledger at 12,654.34 of the 15,000 cap), and the cap
  // cuts K-03. Then K-01 turns out only partly self-supporting: the 617.28 it gives back goes to K-03.
  let book: Uint8Array;
  let correction: InvoiceJobResult;

  beforeAll(async () => {
    ({ book } = await build(createXlsx(invoiceTestWorkbook()), '2021-W01'));
    book = setCellsXlsx(book, [{ address: `${quoteSheetName(CANDIDATES)}!I4`, cell: { value: 'D' } }]);
    ({ result: correction, book } = await build(book, '2021-W01'));
  });

  test('every line of the week is listed; K-01 gives back what K-03, cut by the cap, now gets', async () => {
    if (correction.kind !== 'correction') throw new Error(correction.kind);
    expect(correction.lines.map((line) => [line.candidate.id, formatAmount(line.difference)])).toEqual([
      ['K-01', '-617.28'],
      ['K-03', '617.28'],
    ]);
    const rows = tableRows((await openXlsx(book).readSheet('Correction 2021-W01')).rows);
    expect(
      rows.map((row) => pick(row, 'Candidate ID', 'Amount before cap', 'Amount', 'Reason', 'Previously issued', 'Difference')),
    ).toEqual([
      ['K-01', '617.29', '617.29', '', '1234.57', '-617.28'],
      ['K-02', '617.29', '617.29', '', '617.29', '0.00'],
      ['K-03', '1234.57', '1111.08', 'cap', '493.80', '617.28'],
      ['K-04', '0.00', '0.00', 'invalid-status', '0.00', '0.00'],
      ['K-05', '0.00', '0.00', 'outside-enrolment', '0.00', '0.00'],
      ['K-06', '411.48', '0.00', 'cap', '0.00', '0.00'],
      ['K-07', '1234.57', '0.00', 'cap', '0.00', '0.00'],
    ]);
    const ledger = readLedger(await openXlsx(book).readSheet('Settlement ledger'));
    expect(ledger.entries.at(-1)).toMatchObject({ kind: 'correction', lines: 2 });
    expect(formatAmount(ledger.entries.at(-1)!.total)).toBe('0.00');
  });

  test('LibreOffice recomputes the running total under the cap, line by line, to the engine’s øre', async () => {
    const columns = ['Candidate ID', 'Amount before cap', 'Amount', 'Reason', 'Previously issued', 'Difference'];
    const engine = tableRows((await openXlsx(book).readSheet('Correction 2021-W01')).rows).map((row) => pick(row, ...columns));
    const recalculated = openXlsx(await recalculateWithLibreOffice(book));
    const office = tableRows((await recalculated.readSheet('Correction 2021-W01')).rows).map((row) => pick(row, ...columns));
    expect(office).toEqual(engine);
  });
});

describe('without a payment cap a correction lists only the lines that changed', () => {
  test('one changed status, one line', async () => {
    const uncapped = invoiceTestWorkbook();
    let { book } = await build(
      createXlsx({ ...uncapped, addNames: uncapped.addNames!.filter((name) => name.name !== 'SIB_PaymentCap') }),
      '2020-W51',
    );
    book = setCellsXlsx(book, [{ address: `${quoteSheetName(CANDIDATES)}!F5`, cell: { value: 'S' } }]);
    ({ book } = await build(book, '2020-W51'));
    const rows = tableRows((await openXlsx(book).readSheet('Correction 2020-W51')).rows);
    expect(rows.map((row) => pick(row, 'Candidate ID', 'Amount', 'Previously issued', 'Difference'))).toEqual([
      ['K-02', '1234.57', '617.29', '617.28'],
    ]);
  });
});

describe('the fund’s statement check of a week that was corrected', () => {
  test('the received invoice with its corrections agrees with the corrected data', async () => {
    let book = createXlsx(invoiceTestWorkbook());
    ({ book } = await build(book, '2020-W51'));
    book = setCellsXlsx(book, [{ address: `${quoteSheetName(CANDIDATES)}!F5`, cell: { value: 'S' } }]);
    const before = await runStatement(openXlsx(book), openXlsx(book), { week: week('2020-W51') });
    expect('comparison' in before && before.comparison.agrees).toBe(false);
    ({ book } = await build(book, '2020-W51'));
    const after = await runStatement(openXlsx(book), openXlsx(book), { week: week('2020-W51') });
    if (!('comparison' in after)) throw new Error(JSON.stringify(after));
    expect(after.comparison.agrees).toBe(true);
    expect(formatAmount(after.comparison.receivedTotal!)).toBe('4938.27');
  });
});
