import fc from 'fast-check';
import { CellValue } from '../../src/engine/cells';
import { runCheck } from '../../src/jobs/checkJob';
import { parseWeekLabel } from '../../src/engine/weeks';
import { runInvoice } from '../../src/jobs/invoiceJob';
import { MemoryWorkbook } from '../../src/workbook/memoryWorkbook';
import { contractSheet, serial } from './fixtures';

/** Cells as odd as real sheets get: statuses in every spelling, numbers as text, errors, booleans, dates, junk. */
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>(
    null,
    '',
    ' ',
    'S',
    'd',
    'DELVIS',
    'O',
    '-',
    0,
    1,
    0.5,
    '0,5',
    '50%',
    'X',
    true,
    false,
    { error: '#N/A' },
    { error: '#REF!' },
  ),
  fc.constantFrom<CellValue>(
    'ID',
    'Kandidat',
    'Start',
    'Slutdato',
    '2021-W01',
    '2021-W02',
    '2021W03',
    '2021-W54',
    '2020-W53',
    '08-03-2021',
    'Name',
  ),
  fc.double({ noNaN: false }),
  fc.integer({ min: serial('2020-12-01'), max: serial('2021-02-01') }),
  fc.string({ maxLength: 6 }),
);

const grid = fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 14 });

const terms = contractSheet({ SIB_WeeklyRate: 1000, SIB_PartialRate: 400, SIB_MaxWeeks: 2, SIB_PaymentCap: 2500 });

describe('the reader and the check on random grids', () => {
  test('never throw, and address every finding to a cell on a real sheet', async () => {
    await fc.assert(
      fc.asyncProperty(grid, async (rows) => {
        const workbook = new MemoryWorkbook({ Candidates: rows, Contract: terms.rows }, terms.names);
        const { findings } = await runCheck(workbook, { sheet: 'Candidates' });
        for (const finding of findings) {
          expect(finding.address).toMatch(/^(Candidates|Contract)![A-Z]{1,3}[1-9][0-9]*$/);
          expect(['error', 'warning']).toContain(finding.severity);
        }
      }),
      { numRuns: 400 },
    );
  });

  test('an invoice either builds with a total that foots, or is refused with a reason', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 10 }), async (body) => {
        const rows: CellValue[][] = [
          ['ID', '2021-W01', '2021-W02', '2021-W03'],
          ...body.map((row, index) => [`K-${index}`, ...row.slice(0, 3)]),
        ];
        const workbook = new MemoryWorkbook({ Candidates: rows, Contract: terms.rows }, terms.names);
        const result = await runInvoice(workbook, { week: parseWeekLabel('2021-W02') as never });
        if ('refusal' in result) return;
        const lines = result.invoice.lines.reduce((sum, line) => sum.plus(line.amount), result.invoice.total.minus(result.invoice.total));
        expect(lines.equals(result.invoice.total)).toBe(true);
        expect(result.invoice.total.decimalPlaces()).toBeLessThanOrEqual(2);
      }),
      { numRuns: 200 },
    );
  });
});
