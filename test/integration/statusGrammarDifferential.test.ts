import { createXlsx, openXlsx, writeXlsx } from '../../src/adapters/xlsx';
import { setCellsXlsx } from '../../src/adapters/xlsx/cellEdit';
import { CellValue, columnLetters } from '../../src/engine/cells';
import { isEngineError } from '../../src/engine/errors';
import { formatAmount, round2, sum } from '../../src/engine/money';
import { settleWeek } from '../../src/engine/rules';
import { parseStatus } from '../../src/engine/status';
import { IsoWeek, serialFromDay, weekLabel } from '../../src/engine/weeks';
import { InvoiceJobResult, prepareSettlement, runInvoice } from '../../src/jobs/invoiceJob';
import { runCheck } from '../../src/jobs/checkJob';
import { CorrectionLine } from '../../src/sheet/correction';
import { InvoiceLine } from '../../src/sheet/invoice';
import { SheetGrid } from '../../src/workbook/types';
import { recalculateWithLibreOffice } from '../support/libreoffice';
import { sampleStatusCells } from '../support/statusCells';
import {
  CANDIDATE_COUNT,
  CANDIDATE_SHEET,
  FIRST_SERIAL,
  FIRST_WEEK_COLUMN,
  LAST_SERIAL,
  messyStatusWorkbook,
  SEED,
  WEEK_COUNT,
  weekColumn,
  WEEKS,
} from './messyStatusWorkbook';

/**
 * Issue 8: every amount agrees everywhere. A workbook of 2,400 generated status cells (every kind of
 * messy text, errors, TRUE/FALSE, numbers around 0 and 1) is invoiced for five weeks, with the cap, max
 * weeks, enrolment and the contract period all in play; then statuses of an invoiced week change and the
 * week is built again, giving a correction. LibreOffice recomputes the whole workbook in one run, and
 * every line of every sheet — payable weeks before, amount before cap, amount, reason — must be the
 * engine's, as must the header's Mondays, worked out from the candidate sheet's week headers.
 */

const INVOICED = WEEKS.slice(19);
const CORRECTED = WEEKS[22];
const builtAt = new Date(2021, 5, 21, 9, 30);
const request = (week: IsoWeek) => ({ week, builtAt, sheet: CANDIDATE_SHEET });

type Row = Record<string, CellValue>;

/** A table's lines as `{ column: value }`, from the header row `Candidate ID` to the `Total` row. */
function tableRows(grid: SheetGrid): Row[] {
  const header = grid.rows.findIndex((row) => row?.[0] === 'Candidate ID');
  const names = grid.rows[header]! as string[];
  const end = grid.rows.findIndex((row, index) => index > header && row?.[0] === 'Total');
  return grid.rows.slice(header + 1, end).map((row) => Object.fromEntries(names.map((name, column) => [name, row?.[column] ?? null])));
}

const money = (value: CellValue) => (typeof value === 'number' ? value.toFixed(2) : `not a number: ${JSON.stringify(value)}`);

function recomputed(rows: readonly Row[]): string[][] {
  return rows.map((row) => [
    String(row['Candidate ID']),
    String(row['Payable weeks before']),
    money(row['Amount before cap']),
    money(row.Amount),
    String(row.Reason ?? ''),
  ]);
}

function engine(lines: readonly InvoiceLine[]): string[][] {
  return lines.map((line) => [
    line.candidate.id,
    String(line.payableBefore),
    formatAmount(line.uncapped),
    formatAmount(line.amount),
    line.reason ?? '',
  ]);
}

/** The cap: what the weeks up to 2021-W22 pay, and 60 % of 2021-W23, so the cap cuts the week that is corrected. */
async function capCuttingTheCorrectedWeek(): Promise<number> {
  const prepared = await prepareSettlement(openXlsx(createXlsx(messyStatusWorkbook({ paymentCap: 1e12 }))), { sheet: CANDIDATE_SHEET });
  if ('refusal' in prepared) throw new Error(JSON.stringify(prepared.refusal));
  const { sheet, terms } = prepared;
  const totals = WEEKS.map(
    (week) =>
      settleWeek(
        terms,
        sheet.weeks,
        sheet.candidates,
        sheet.weeks.findIndex((each) => each.monday === week.monday),
      ).total,
  );
  return round2(sum(totals.slice(0, 22)).plus(totals[22].times(0.6))).toNumber();
}

async function build(book: Uint8Array, week: IsoWeek): Promise<{ result: InvoiceJobResult; book: Uint8Array }> {
  const result = await runInvoice(openXlsx(book), request(week));
  if (result.kind !== 'invoice' && result.kind !== 'correction') throw new Error(`${weekLabel(week)}: ${JSON.stringify(result)}`);
  return { result, book: writeXlsx(book, result.changes) };
}

describe('LibreOffice and the engine agree on every line built from 2,400 messy status cells', () => {
  let book: Uint8Array;
  let recalculated: ReturnType<typeof openXlsx>;
  let correction: readonly CorrectionLine[] = [];
  const expected = new Map<string, readonly InvoiceLine[]>();

  beforeAll(async () => {
    book = createXlsx(messyStatusWorkbook({ paymentCap: await capCuttingTheCorrectedWeek() }));
    const issued = new Map<string, InvoiceJobResult>();
    for (const week of INVOICED) {
      const built = await build(book, week);
      issued.set(weekLabel(week), built.result);
      book = built.book;
    }
    book = setCellsXlsx(book, lateChanges(issued.get(weekLabel(CORRECTED))!));
    const corrected = await build(book, CORRECTED);
    if (corrected.result.kind !== 'correction') throw new Error(`no correction: ${corrected.result.kind}`);
    correction = corrected.result.lines;
    book = corrected.book;
    // What each sheet's formulas must give now: its week settled again from the final data and ledger.
    for (const week of INVOICED) {
      const now = await runInvoice(openXlsx(book), request(week));
      if (now.kind === 'refused') throw new Error(JSON.stringify(now.refusal));
      expected.set(weekLabel(week), now.invoice.lines);
    }
    recalculated = openXlsx(await recalculateWithLibreOffice(book));
  });

  test.each(INVOICED.map(weekLabel))('Invoice %s: every line and the total', async (label) => {
    const grid = await recalculated.readSheet(`Invoice ${label}`);
    const lines = expected.get(label)!;
    expect(recomputed(tableRows(grid))).toEqual(engine(lines));
    const total = grid.rows.find((row) => row?.[0] === 'Total')!;
    expect(money(total[6])).toBe(formatAmount(sum(lines.map((line) => line.amount))));
  });

  test('the correction under the cap: every line of the week, its running total under the cap, and the changed lines’ differences', async () => {
    const rows = tableRows(await recalculated.readSheet(`Correction ${weekLabel(CORRECTED)}`));
    expect(recomputed(rows)).toEqual(engine(expected.get(weekLabel(CORRECTED))!));
    const changed = rows.filter((row) => money(row.Difference) !== '0.00');
    expect(changed.map((row) => [String(row['Candidate ID']), money(row.Difference)])).toEqual(
      correction.map((line) => [line.candidate.id, formatAmount(line.difference)]),
    );
  });

  test.each(INVOICED.map(weekLabel))('Invoice %s: the week’s Monday and Sunday, and the Monday of every week column', async (label) => {
    const grid = await recalculated.readSheet(`Invoice ${label}`);
    const labelled = (text: string) => grid.rows.find((row) => typeof row?.[0] === 'string' && row[0].startsWith(text))!;
    const week = WEEKS.find((each) => weekLabel(each) === label)!;
    expect([labelled('Monday')[1], labelled('Sunday')[1]]).toEqual([serialFromDay(week.monday), serialFromDay(week.monday + 6)]);
    const mondays = labelled('Mondays of the weeks');
    const expectedMondays: CellValue[] = Array.from({ length: WEEK_COUNT + 1 }, () => null);
    WEEKS.forEach((each, index) => (expectedMondays[weekColumn(index) - FIRST_WEEK_COLUMN] = serialFromDay(each.monday)));
    expect(Array.from({ length: WEEK_COUNT + 1 }, (_, index) => mondays[1 + index] ?? null)).toEqual(expectedMondays);
  });

  test('the notes column between two weeks is one warning, and the invoices are built despite it', async () => {
    const check = await runCheck(openXlsx(createXlsx(messyStatusWorkbook({ paymentCap: 1e12 }))), { sheet: CANDIDATE_SHEET });
    const columns = check.findings.filter((finding) => finding.code.startsWith('column.'));
    expect(columns.map((finding) => `${finding.severity} ${finding.address} ${finding.code}`)).toEqual([
      `warning ${CANDIDATE_SHEET}!${columnLetters(FIRST_WEEK_COLUMN + 10)}3 column.notes`,
    ]);
    expect(expected.size).toBe(INVOICED.length);
  });

  test('the workbook exercises every rule and every kind of status cell', () => {
    const lines = [...expected.values()].flat();
    expect(new Set(lines.map((line) => line.reason))).toEqual(
      new Set([null, 'cap', 'max-weeks', 'outside-enrolment', 'outside-contract', 'invalid-status']),
    );
    expect(lines.some((line) => line.reason === 'cap' && !line.amount.isZero())).toBe(true);
    expect(lines.some((line) => line.payableBefore === 8)).toBe(true);
    expect(correction.length).toBeGreaterThan(3);
    const cells = sampleStatusCells(SEED, CANDIDATE_COUNT * WEEK_COUNT);
    expect(cells.length).toBeGreaterThanOrEqual(2000);
    const kinds = new Set(
      cells.map((cell) => {
        const reading = parseStatus(cell);
        return isEngineError(reading) ? reading.key : (reading.note ?? reading.status.kind);
      }),
    );
    for (const kind of [
      'full',
      'partial',
      'share',
      'none',
      'numberAsText',
      'spaces',
      'logical',
      'status.nonBreakingSpace',
      'status.tab',
      'status.zeroWidth',
      'status.otherSpace',
      'status.fullWidth',
      'status.wordCase',
      'status.exponent',
      'status.sign',
      'status.separators',
      'status.percent',
      'status.digits',
      'status.excelError',
      'status.outOfRange',
      'status.unknown',
    ])
      expect(kinds).toContain(kind);
  });
});

describe('start and end values the formulas would read otherwise than the engine are refused by the check', () => {
  // 0 and negative numbers are no date (the engine reads them as a closed enrolment, the formulas as a date
  // before every week); TRUE, FALSE and text are no date either. Dates with a time of day, Excel's first and
  // last date and cells of spaces are in the generated workbook above, where LibreOffice agrees with the engine.
  const REFUSED: readonly [string, CellValue][] = [
    ['C4', 0],
    ['D5', 0],
    ['C6', -1],
    ['D7', -0.5],
    ['C8', true],
    ['D9', false],
    ['C10', '2021-03-08x'],
  ];

  test('each is an error naming its cell, and no invoice is built while one stands', async () => {
    const book = setCellsXlsx(
      createXlsx(messyStatusWorkbook({ paymentCap: 1e12 })),
      REFUSED.map(([address, value]) => ({ address: `${CANDIDATE_SHEET}!${address}`, cell: { value } })),
    );
    const check = await runCheck(openXlsx(book), { sheet: CANDIDATE_SHEET });
    const dates = check.findings.filter((finding) => finding.code === 'date.invalid');
    expect(dates.map((finding) => [finding.severity, finding.address, finding.params.value])).toEqual(
      REFUSED.map(([address, value]) => ['error', `${CANDIDATE_SHEET}!${address}`, String(value)]),
    );
    const result = await runInvoice(openXlsx(book), request(INVOICED[0]));
    expect(result).toMatchObject({ kind: 'refused', refusal: { refused: 'blocking-findings' } });
  });

  test('the generated workbook holds what is accepted: Excel’s first and last date, times of day, cells of spaces', () => {
    const rows = messyStatusWorkbook({ paymentCap: 1e12 }).addSheets[1].rows.slice(3);
    const enrolment = rows.flatMap((row) => [row?.[2]?.value, row?.[3]?.value]);
    expect(enrolment).toEqual(expect.arrayContaining([FIRST_SERIAL, LAST_SERIAL, '  ']));
    expect(enrolment.filter((value) => typeof value === 'number' && !Number.isInteger(value)).length).toBeGreaterThan(5);
  });
});

/**
 * Late news for an invoiced week: a third of its lines get a new status (generated like the rest; one
 * becomes O, one is cleared, one gets a non-breaking space). Only candidates on the invoice change, so
 * the invoice sheet's lines stay the lines the engine settles.
 */
function lateChanges(invoice: InvoiceJobResult): { address: string; cell: { value: CellValue } }[] {
  if (invoice.kind !== 'invoice') throw new Error(invoice.kind);
  const chosen = invoice.invoice.lines.filter((_, index) => index % 3 === 0);
  const values: CellValue[] = ['O', null, 'S\u00a0', ...sampleStatusCells(SEED + 2, chosen.length)];
  return chosen.map((line, index) => ({ address: line.statusAddress, cell: { value: values[index] } }));
}
