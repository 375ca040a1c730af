import { createXlsx, openXlsx, writeXlsx } from '../../src/adapters/xlsx';
import { CellValue } from '../../src/engine/cells';
import { formatAmount } from '../../src/engine/money';
import { parseWeekLabel } from '../../src/engine/weeks';
import { runInvoice } from '../../src/jobs/invoiceJob';
import { Invoice } from '../../src/sheet/invoice';
import { invoiceColumnNames } from '../../src/sheet/invoiceSheet';
import { SheetSpec, WorkbookChanges } from '../../src/workbook/types';
import { recalculateWithLibreOffice } from '../support/libreoffice';
import { invoiceTestWorkbook, WEEKS } from './invoiceWorkbook';

/** Drops every cached formula result, so the figures read back can only be LibreOffice's own. */
function withoutCachedResults(sheet: SheetSpec): SheetSpec {
  return { ...sheet, rows: sheet.rows.map((row) => row && row.map((cell) => (cell?.formula ? { ...cell, value: undefined } : cell))) };
}

const AMOUNT = invoiceColumnNames('en').indexOf('Amount');
const UNCAPPED = invoiceColumnNames('en').indexOf('Amount before cap');
const REASON = invoiceColumnNames('en').indexOf('Reason');

function engineRows(invoice: Invoice): string[][] {
  return invoice.lines.map((line) => [line.candidate.id, formatAmount(line.uncapped), formatAmount(line.amount), line.reason ?? '']);
}

function recomputedRows(rows: readonly (readonly CellValue[] | undefined)[], count: number): string[][] {
  const header = rows.findIndex((row) => row?.[0] === invoiceColumnNames('en')[0]);
  return rows
    .slice(header + 1, header + 1 + count)
    .map((row) => [String(row![0]), formatAmount2(row![UNCAPPED]), formatAmount2(row![AMOUNT]), String(row![REASON] ?? '')]);
}

function formatAmount2(value: CellValue | undefined): string {
  return typeof value === 'number' ? value.toFixed(2) : `not a number: ${JSON.stringify(value)}`;
}

/** The changes with the invoice sheet's cached formula results dropped (the ledger's are read by the next build). */
function withoutCachedInvoice(changes: WorkbookChanges): WorkbookChanges {
  const [invoice, ...rest] = changes.addSheets;
  return { ...changes, addSheets: [withoutCachedResults(invoice), ...rest] };
}

/** The header cell of what was invoiced before the week, as a sheet's grid holds it. */
const invoicedBefore = (rows: readonly (readonly CellValue[] | undefined)[]) =>
  rows.find((row) => row?.[0] === 'Invoiced before this week (ledger)')?.[1];

/** Builds `weeks` one after another, each written before the next is built, as a finance team does. */
async function buildInTurn(book: Uint8Array, weeks: readonly string[], invoices: Map<string, Invoice>): Promise<Uint8Array> {
  for (const label of weeks) {
    const result = await runInvoice(openXlsx(book), { week: parseWeekLabel(label) as never, builtAt: new Date(2021, 0, 25, 9, 30) });
    if (result.kind !== 'invoice') throw new Error(`${label}: ${result.kind}`);
    invoices.set(label, result.invoice);
    book = writeXlsx(book, withoutCachedInvoice(result.changes));
  }
  return book;
}

describe('LibreOffice recomputes every written invoice to the engine’s øre', () => {
  let recalculated: ReturnType<typeof openXlsx>;
  const invoices = new Map<string, Invoice>();

  beforeAll(async () => {
    recalculated = openXlsx(await recalculateWithLibreOffice(await buildInTurn(createXlsx(invoiceTestWorkbook()), WEEKS, invoices)));
  });

  test.each(WEEKS)('%s', async (label) => {
    const invoice = invoices.get(label)!;
    const grid = await recalculated.readSheet(`Invoice ${label}`);
    expect(recomputedRows(grid.rows, invoice.lines.length)).toEqual(engineRows(invoice));
    const totals = grid.rows.find((row) => row?.[0] === 'Total')!;
    expect(formatAmount2(totals[AMOUNT])).toBe(formatAmount(invoice.total));
    expect(formatAmount2(invoicedBefore(grid.rows))).toBe(formatAmount(invoice.cumulativeBefore));
  });

  test('the weeks cover every rule: cap, max weeks, enrolment, contract, invalid statuses, a 53-week year', () => {
    const reasons = new Set([...invoices.values()].flatMap((invoice) => invoice.lines.map((line) => line.reason)));
    expect(reasons).toEqual(new Set([null, 'cap', 'max-weeks', 'outside-enrolment', 'outside-contract', 'invalid-status']));
    const cut = [...invoices.values()].flatMap((invoice) => invoice.lines).find((line) => line.reason === 'cap' && !line.amount.isZero());
    expect(cut).toBeDefined();
    expect(invoices.get('2020-W53')!.lines.length).toBeGreaterThan(0);
  });

  test('golden figures in øre for 2020-W53', () => {
    expect(engineRows(invoices.get('2020-W53')!)).toEqual([
      ['K-01', '1234.57', '1234.57', ''],
      ['K-02', '617.29', '617.29', ''],
      ['K-03', '308.64', '308.64', ''],
      ['K-04', '1234.57', '1234.57', ''],
      ['K-05', '0.00', '0.00', 'outside-enrolment'],
      ['K-06', '0.00', '0.00', 'invalid-status'],
    ]);
  });

  test('golden figures in øre for 2021-W01, where the cap cuts a line', () => {
    const invoice = invoices.get('2021-W01')!;
    expect(formatAmount(invoice.cumulativeBefore)).toBe('12654.34');
    expect(engineRows(invoice)).toEqual([
      ['K-01', '1234.57', '1234.57', ''],
      ['K-02', '617.29', '617.29', ''],
      ['K-03', '1234.57', '493.80', 'cap'],
      ['K-04', '0.00', '0.00', 'invalid-status'],
      ['K-05', '0.00', '0.00', 'outside-enrolment'],
      ['K-06', '411.48', '0.00', 'cap'],
      ['K-07', '1234.57', '0.00', 'cap'],
    ]);
    expect(formatAmount(invoice.total)).toBe('2345.66');
  });
});

describe('the first invoice of a workbook with a history sums the ledger it creates, live', () => {
  const WEEK = '2021-W01';
  let built: Invoice;
  let written: WorkbookChanges;
  let recalculated: ReturnType<typeof openXlsx>;

  beforeAll(async () => {
    const input = createXlsx(invoiceTestWorkbook());
    const result = await runInvoice(openXlsx(input), { week: parseWeekLabel(WEEK) as never, builtAt: new Date(2021, 0, 11, 9, 30) });
    if (result.kind !== 'invoice') throw new Error(result.kind);
    [built, written] = [result.invoice, result.changes];
    recalculated = openXlsx(await recalculateWithLibreOffice(writeXlsx(input, withoutCachedInvoice(result.changes))));
  });

  test('"Invoiced before this week" is a SUMIFS over the new ledger, whose opening row holds the history', () => {
    const header = written.addSheets[0].rows.find((row) => row?.[0]?.value === 'Invoiced before this week (ledger)')!;
    expect(header[1]).toMatchObject({ formula: `SUMIFS('Settlement ledger'!$F:$F,'Settlement ledger'!$B:$B,"<"&$B$7)`, value: 12654.34 });
    expect(written.addSheets.map((sheet) => sheet.name)).toEqual([`Invoice ${WEEK}`, 'Settlement ledger']);
  });

  test('LibreOffice recomputes the header, and the lines the cap cuts by it, to the engine’s øre', async () => {
    const grid = await recalculated.readSheet(`Invoice ${WEEK}`);
    expect(formatAmount2(invoicedBefore(grid.rows))).toBe('12654.34');
    expect(recomputedRows(grid.rows, built.lines.length)).toEqual(engineRows(built));
    expect(engineRows(built).filter(([, , , reason]) => reason === 'cap')).toHaveLength(3);
  });
});
