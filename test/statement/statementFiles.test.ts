import { createXlsx, openXlsx } from '../../src/adapters/xlsx';
import { errorMessage } from '../../src/engine/errors';
import { formatAmount } from '../../src/engine/money';
import { runStatement, StatementJobResult } from '../../src/jobs/statementJob';
import { demoWorkbook } from '../../src/demo/demoWorkbook';
import { StatementDifference } from '../../src/sheet/statement';
import { demoBookWith, unpaidDemoCandidate, valuesCopy, WEEK, week, withInvoice } from './statementWorkbooks';

function comparisonOf(result: StatementJobResult) {
  if (!('comparison' in result)) throw new Error(`refused: ${JSON.stringify(result.refusal)}`);
  return result.comparison;
}

const totals = (comparison: ReturnType<typeof comparisonOf>) =>
  [comparison.receivedTotal, comparison.receivedLinesTotal, comparison.expectedTotal, comparison.difference].map(formatAmount);

describe('the statement check on .xlsx files (docs/rules.md §8)', () => {
  let book: Uint8Array;
  let invoiceBook: Uint8Array;

  beforeAll(async () => {
    book = createXlsx(demoWorkbook());
    invoiceBook = await withInvoice(book, WEEK);
  });

  test('the invoice this product built agrees with the data it was built from', async () => {
    const comparison = comparisonOf(await runStatement(openXlsx(invoiceBook), openXlsx(book)));
    expect(comparison).toMatchObject({
      agrees: true,
      differences: [],
      receivedLines: 24,
      expectedLines: 24,
      receivedFoots: true,
      receivedTotalAddress: expect.stringMatching(/^'Invoice 2019-W30'!/),
    });
    expect(totals(comparison)).toEqual(['66990.00', '66990.00', '66990.00', '0.00']);
  });

  test('one workbook can be both: the invoice sheet and its ledger beside the candidate sheet', async () => {
    const workbook = openXlsx(invoiceBook);
    expect(comparisonOf(await runStatement(workbook, workbook, { week: week(WEEK) })).agrees).toBe(true);
  });

  test('the table’s values pasted into another workbook at another position, without a totals row, still agree', async () => {
    const copy = await valuesCopy(invoiceBook, WEEK, { totalsRow: false });
    const comparison = comparisonOf(await runStatement(openXlsx(copy.bytes), openXlsx(book), { week: week(WEEK) }));
    expect(comparison).toMatchObject({ agrees: true, receivedLines: 24, receivedTotalAddress: null });
    expect(totals(comparison)).toEqual(['66990.00', '66990.00', '66990.00', '0.00']);
    const withoutWeek = await runStatement(openXlsx(copy.bytes), openXlsx(book));
    expect(
      'refusal' in withoutWeek && withoutWeek.refusal.refused === 'unreadable-statement' && errorMessage(withoutWeek.refusal.error),
    ).toBe('The invoice table at Received!D5 does not say its week — give the week it is for, e.g. 2021-W10');
  });

  test('planted differences: each kind once, with the cells on both sides and the totals both ways', async () => {
    const [toPartial, toNone, edited] = (await valuesCopy(invoiceBook, WEEK, { totalsRow: true })).withStatus('S');
    const copy = await valuesCopy(invoiceBook, WEEK, { totalsRow: true, edit: { [edited]: { Issued: 3400 } } });
    const added = unpaidDemoCandidate(WEEK);
    const own = demoBookWith(WEEK, { [toPartial]: 'D', [toNone]: null, [added]: 'S' });
    const ownCell = (id: string) => own.edits.find((edit) => edit.id === id)!.address;

    const comparison = comparisonOf(await runStatement(openXlsx(copy.bytes), openXlsx(own.bytes), { week: week(WEEK) }));
    expect(comparison.differences.map((difference) => difference.kind).sort()).toEqual(['amount', 'extra', 'missing', 'status']);
    const byKind = Object.fromEntries(comparison.differences.map((difference) => [difference.kind, difference])) as Record<
      StatementDifference['kind'],
      StatementDifference
    >;
    const amounts = (difference: StatementDifference) =>
      [difference.received.amount, difference.expected.amount, difference.difference].map((value) =>
        value === null ? null : formatAmount(value),
      );

    expect(byKind.status).toMatchObject({
      candidateId: toPartial,
      received: { status: 'S', address: copy.cell(toPartial, 'Status') },
      expected: { status: 'D', address: ownCell(toPartial) },
    });
    expect(amounts(byKind.status)).toEqual(['3300.00', '1650.00', '1650.00']);
    expect(byKind.extra).toMatchObject({
      candidateId: toNone,
      received: { status: 'S', address: copy.cell(toNone, 'Issued') },
      expected: { status: '', address: ownCell(toNone) },
    });
    expect(amounts(byKind.extra)).toEqual(['3300.00', null, '3300.00']);
    expect(byKind.missing).toMatchObject({
      candidateId: added,
      received: { status: null, address: null },
      expected: { status: 'S', address: ownCell(added) },
    });
    expect(amounts(byKind.missing)).toEqual([null, '3300.00', '-3300.00']);
    expect(byKind.amount).toMatchObject({
      candidateId: edited,
      received: { status: 'S', address: copy.cell(edited, 'Issued') },
      expected: { status: 'S' },
    });
    expect(amounts(byKind.amount)).toEqual(['3400.00', '3300.00', '100.00']);

    expect(comparison).toMatchObject({ agrees: false, receivedFoots: false, receivedLines: 24, expectedLines: 24 });
    expect(totals(comparison)).toEqual(['66990.00', '67090.00', '65340.00', '1650.00']);
  });

  test('several invoices in the received workbook: --week picks one, and is needed', async () => {
    const both = openXlsx(await withInvoice(invoiceBook, '2019-W31'));
    const ambiguous = await runStatement(both, openXlsx(book));
    expect('refusal' in ambiguous && ambiguous.refusal.refused === 'unreadable-statement' && errorMessage(ambiguous.refusal.error)).toMatch(
      /^There are several invoice tables: 'Invoice 2019-W30'!A\d+ \(2019-W30\), 'Invoice 2019-W31'!A\d+ \(2019-W31\)/,
    );
    const comparison = comparisonOf(await runStatement(both, openXlsx(book), { week: week('2019-W31') }));
    expect([comparison.agrees, comparison.receivedTotalAddress]).toEqual([true, expect.stringMatching(/^'Invoice 2019-W31'!/)]);
  });

  test('the amount column is read as numbers; anything else in it is unreadable', async () => {
    const [first] = (await valuesCopy(invoiceBook, WEEK, { totalsRow: false })).withStatus('S');
    const copy = await valuesCopy(invoiceBook, WEEK, { totalsRow: false, edit: { [first]: { Issued: '3.300,00' } } });
    const comparison = comparisonOf(await runStatement(openXlsx(copy.bytes), openXlsx(book), { week: week(WEEK) }));
    expect(comparison.differences).toMatchObject([
      {
        kind: 'unreadable',
        candidateId: first,
        received: { status: 'S', amount: null, address: copy.cell(first, 'Issued') },
        difference: null,
      },
    ]);
  });
});
