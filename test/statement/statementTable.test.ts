import { CellValue } from '../../src/engine/cells';
import { errorMessage, isEngineError } from '../../src/engine/errors';
import { formatAmount } from '../../src/engine/money';
import { weekLabel } from '../../src/engine/weeks';
import { invoiceColumnNames } from '../../src/sheet/invoiceSheet';
import { readReceivedTables, ReceivedTable } from '../../src/sheet/statementTable';
import { TableInfo } from '../../src/workbook/types';

const read = (name: string, rows: CellValue[][], tables: TableInfo[] = []) => readReceivedTables({ name, rows }, tables);

/** A table as one line per received line: id, status, amount (or '?'), and where the amount was read. */
function lines(table: ReceivedTable): string[] {
  return table.lines.map(
    (line) => `${line.candidateId} ${String(line.status)} ${line.amount ? formatAmount(line.amount) : '?'} ${line.amountAddress}`,
  );
}

const weekOf = (table: ReceivedTable) =>
  table.week === undefined ? undefined : isEngineError(table.week) ? errorMessage(table.week) : weekLabel(table.week);

describe('reading a received invoice table (docs/rules.md §8)', () => {
  test('the columns it reads by are the invoice’s own', () => {
    expect(invoiceColumnNames('en')).toEqual(expect.arrayContaining(['Candidate ID', 'Status', 'Amount', 'Issued']));
  });

  test('as this product writes it: header block, Excel table with a totals row; the Issued column is what was charged', () => {
    const [table, ...others] = read(
      'Invoice 2021-W10',
      [
        ['Invoice 2021-W10'],
        ['Contract', 'Test'],
        ['Week', '2021-W10'],
        [],
        ['Candidate ID', 'Status', 'Share', 'Amount', 'Reason', 'Issued'],
        ['K-1', 'S', 1, 1000, '', 1000],
        ['K-2', 'D', 1, 600, '', 500],
        [],
        ['K-3', 0.5, 0.5, 500, '', 500],
        ['Total', null, null, 2100, null, 2000],
      ],
      [{ name: 'Invoice_2021_W10', sheet: 'Invoice 2021-W10', range: 'A5:F10', headerRowCount: 1, totalsRowCount: 1 }],
    );
    expect(others).toEqual([]);
    expect(table.address).toBe("'Invoice 2021-W10'!A5");
    expect(weekOf(table)).toBe('2021-W10');
    expect(lines(table)).toEqual([
      "K-1 S 1000.00 'Invoice 2021-W10'!F6",
      "K-2 D 500.00 'Invoice 2021-W10'!F7",
      "K-3 0.5 500.00 'Invoice 2021-W10'!F9",
    ]);
    expect(table.totals).toEqual({ amount: expect.anything(), address: "'Invoice 2021-W10'!F10" });
    expect(formatAmount(table.totals!.amount!)).toBe('2000.00');
  });

  test('copied as values elsewhere: another position, extra columns, no totals row, ends at a blank row', () => {
    const [table] = read('Received', [
      [],
      [null, null, 'Note', 'Amount', 'Status', 'candidate  id'],
      [null, null, 'checked', 1234.5700000000002, 'selv', ' K-1 '],
      [null, null, null, 617.29, 'd', 'K-2'],
      [],
      [null, null, null, 99, 'S', 'K-9'],
    ]);
    expect(table.address).toBe('Received!F2');
    expect(table.week).toBeUndefined();
    expect(table.totals).toBeUndefined();
    expect(lines(table)).toEqual(['K-1 selv 1234.57 Received!D3', 'K-2 d 617.29 Received!D4']);
  });

  test('an amount cell that holds no number is kept as unreadable; a line without an id is kept', () => {
    const [table] = read('R', [
      ['Candidate ID', 'Status', 'Amount'],
      ['K-1', 'S', '1.234,57'],
      ['K-2', 'S', null],
      [null, 'S', 1000],
      ['TOTAL', null, 'n/a'],
    ]);
    expect(lines(table)).toEqual(['K-1 S ? R!C2', 'K-2 S ? R!C3', ' S 1000.00 R!C4']);
    expect(table.totals).toEqual({ amount: undefined, address: 'R!C5' });
  });

  test('several tables on one sheet, each with the week of its own header block', () => {
    const tables = read('All weeks', [
      ['Week', '2021-W09'],
      ['Candidate ID', 'Status', 'Amount'],
      ['K-1', 'S', 1000],
      ['Total', null, 1000],
      ['Week', null, '2021-W10'],
      ['Candidate ID', 'Status', 'Amount'],
      ['K-1', 'S', 1000],
      ['Candidate ID', 'Status', 'Amount'],
      ['K-2', 'S', 1000],
    ]);
    expect(tables.map((table) => [table.address, weekOf(table), lines(table).length])).toEqual([
      ["'All weeks'!A2", '2021-W09', 1],
      ["'All weeks'!A6", '2021-W10', 1],
      ["'All weeks'!A8", undefined, 1],
    ]);
  });

  test('the week from the sheet name; a header block that says another week is an error', () => {
    const rows: CellValue[][] = [['Candidate ID', 'Status', 'Amount']];
    expect(weekOf(read('Invoice 2021-W10 (2)', rows)[0])).toBe('2021-W10');
    expect(weekOf(read('Invoice 2021-W10', [['Uge', '2021-W11'], ...rows])[0])).toBe(
      "The sheet name 'Invoice 2021-W10' says week 2021-W10, but 'Invoice 2021-W10'!B1 says 2021-W11 — correct one of them",
    );
  });

  test('an invoice sheet without a table is an invoice without lines; other sheets without one hold none', () => {
    const [empty] = read('Invoice 2021-W10', [
      ['Invoice 2021-W10'],
      ['Week', '2021-W10'],
      [],
      ['No candidate has a self-supporting status in 2021-W10.'],
    ]);
    expect([weekOf(empty), empty.lines, empty.totals]).toEqual(['2021-W10', [], undefined]);
    expect(
      read('Candidates', [
        ['Candidate ID', '2021-W10'],
        ['K-1', 'S'],
      ]),
    ).toEqual([]);
  });

  test('a correction table is read as a correction: what each line issues now and changes, and its total difference', () => {
    const [correction] = read('Correction 2021-W10', [
      ['Week', '2021-W10'],
      ['Candidate ID', 'Status', 'Amount', 'Issued', 'Previously issued', 'Difference'],
      ['K-1', 'S', 1000, 1000, 400, 600],
      ['K-2', 'D', 500, 500, 500, 0],
      ['Total', null, 1500, 1500, 900, 600],
    ]);
    expect(correction.kind).toBe('correction');
    expect(
      correction.lines.map((line) => [line.candidateId, line.amount?.toFixed(2), line.amountAddress, line.difference?.toFixed(2)]),
    ).toEqual([
      ['K-1', '1000.00', "'Correction 2021-W10'!D3", '600.00'],
      ['K-2', '500.00', "'Correction 2021-W10'!D4", '0.00'],
    ]);
    expect(correction.difference?.amount?.toFixed(2)).toBe('600.00');
    expect(correction.week && !('kind' in correction.week) && correction.week.week).toBe(10);
  });
});
