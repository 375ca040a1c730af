import { amount, formatAmount } from '../../src/engine/money';
import { parseWeekLabel, IsoWeek } from '../../src/engine/weeks';
import { runExplain } from '../../src/jobs/explainJob';
import { runInvoice } from '../../src/jobs/invoiceJob';
import { explainableLines, Explanation, LINE_SHEETS } from '../../src/sheet/explain';
import { MemoryWorkbook } from '../../src/workbook/memoryWorkbook';
import { serial } from './fixtures';
import { SMALL_CANDIDATES, smallWorkbook, withChanges } from './smallContract';

const week = (label: string) => parseWeekLabel(label) as IsoWeek;

function line(explanation: Explanation) {
  if ('refusal' in explanation) throw new Error(`refused: ${JSON.stringify(explanation.refusal)}`);
  return explanation.line;
}

async function invoiced(labels: string[], candidates = SMALL_CANDIDATES) {
  let book = smallWorkbook(candidates);
  for (const label of labels) {
    const result = await runInvoice(book, { week: week(label), builtAt: new Date(2021, 3, 1) });
    if (result.kind !== 'invoice') throw new Error(result.kind);
    book = await withChanges(book, result.changes);
  }
  return book;
}

/** The invoice sheet's row of a candidate (1-based, as in an address). */
async function invoiceRow(book: Awaited<ReturnType<typeof invoiced>>, sheet: string, id: string): Promise<number> {
  return (await book.readSheet(sheet)).rows.findIndex((row) => row?.[0] === id) + 1;
}

describe('explaining a cell (the task pane’s Explain view)', () => {
  test('an invoice amount: status, rate, share, rounding, payable weeks, cap — and what the sheet issued', async () => {
    const book = await invoiced(['2021-W10']);
    const row = await invoiceRow(book, 'Invoice 2021-W10', 'K-2');
    const explanation = await runExplain(book, `'Invoice 2021-W10'!G${row}`, undefined);
    expect('source' in explanation && explanation.source).toEqual({
      kind: 'invoice',
      sheet: 'Invoice 2021-W10',
      issued: { amount: amount('493.83'), address: `'Invoice 2021-W10'!I${row}` },
    });
    const explained = line(explanation);
    expect(explained).toMatchObject({
      candidateId: 'K-2',
      candidateSheet: 'Candidates',
      statusAddress: 'Candidates!D3',
      status: 0.4,
      rateTerm: 'weeklyRate',
      payableBefore: 0,
      maxWeeks: 2,
      reason: null,
      currency: 'DKK',
    });
    expect(explained.week.monday).toBe(week('2021-W10').monday);
    expect(
      [explained.rate, explained.share, explained.exact, explained.price, explained.uncapped, explained.amount].map(
        (value) => value && value.toString(),
      ),
    ).toEqual(['1234.565', '0.4', '493.826', '493.83', '493.83', '493.83']);
    expect(explained.cap && [explained.cap.cap, explained.cap.usedBefore, explained.cap.remaining].map(formatAmount)).toEqual([
      '4000.00',
      '1234.57',
      '2765.43',
    ]);
    expect(explained.enrolment).toEqual({ start: expect.any(Number), end: undefined, within: true });
    expect(explained.contract.within).toBe(true);
  });

  test('a status cell past the maximum of payable weeks is explained as not paid: max-weeks', async () => {
    const explained = line(await runExplain(smallWorkbook(), 'Candidates!F2', undefined));
    expect(explained).toMatchObject({ candidateId: 'K-1', payableBefore: 2, reason: 'max-weeks' });
    expect([explained.price, explained.uncapped, explained.amount].map((value) => formatAmount(value!))).toEqual([
      '1234.57',
      '0.00',
      '0.00',
    ]);
  });

  test('a status outside enrolment, and the cap cutting a line', async () => {
    expect(line(await runExplain(smallWorkbook(), 'Candidates!D4', undefined))).toMatchObject({
      candidateId: 'K-3',
      reason: 'outside-enrolment',
      enrolment: { within: false },
    });
    const capped = line(await runExplain(smallWorkbook(), 'Candidates!G5', undefined));
    expect(capped).toMatchObject({ candidateId: 'K-4', reason: 'cap' });
    expect([capped.uncapped, capped.amount, capped.cap!.usedBefore, capped.cap!.remaining].map(formatAmount)).toEqual([
      '1234.57',
      '437.03',
      '3562.97',
      '437.03',
    ]);
  });

  test('the partial rate for D', async () => {
    const explained = line(await runExplain(smallWorkbook(), 'Candidates!E3', undefined));
    expect(explained).toMatchObject({ rateTerm: 'partialRate', reason: null });
    expect(formatAmount(explained.amount)).toBe('600.00');
  });

  test('a SIB formula of one status cell explains that candidate-week', async () => {
    const explanation = await runExplain(
      smallWorkbook(undefined, undefined, { Notes: [['x']] }),
      'Notes!B2',
      '=SIB.RESULTPAYMENT(Candidates!D3,SIB_WeeklyRate,SIB_PartialRate)',
    );
    expect('source' in explanation && explanation.source).toEqual({
      kind: 'formula',
      formula: '=SIB.RESULTPAYMENT(Candidates!D3,SIB_WeeklyRate,SIB_PartialRate)',
      functionName: 'RESULTPAYMENT',
    });
    expect(line(explanation)).toMatchObject({ candidateId: 'K-2', status: 0.4 });
  });

  test('a SIB formula of a range, an empty cell and a header are not explained', async () => {
    const book = smallWorkbook(undefined, undefined, { Notes: [['x']] });
    expect(await runExplain(book, 'Notes!B2', '=SIB.CANDIDATETOTAL(Candidates!D2:G2,SIB_WeeklyRate)')).toEqual({
      address: 'Notes!B2',
      refusal: { why: 'formula-argument', formula: '=SIB.CANDIDATETOTAL(Candidates!D2:G2,SIB_WeeklyRate)' },
    });
    expect(await runExplain(book, 'Candidates!A1', undefined)).toEqual({ address: 'Candidates!A1', refusal: { why: 'not-explainable' } });
    expect(await runExplain(book, 'Nowhere!A1', undefined)).toEqual({ address: 'Nowhere!A1', refusal: { why: 'not-explainable' } });
  });

  test('after a late status correction, the explanation gives the new amount beside what the invoice issued', async () => {
    const book = await invoiced(['2021-W10']);
    const row = await invoiceRow(book, 'Invoice 2021-W10', 'K-1');
    const changed = SMALL_CANDIDATES.map((cells) => [...cells]);
    changed[1][3] = 'D';
    const sheets = Object.fromEntries(
      await Promise.all(
        (await book.sheetNames()).map(async (name) => [name, name === 'Candidates' ? changed : (await book.readSheet(name)).rows] as const),
      ),
    );
    const explanation = await runExplain(new MemoryWorkbook(sheets, await book.definedNames()), `'Invoice 2021-W10'!G${row}`, undefined);
    expect('source' in explanation && explanation.source.kind === 'invoice' && formatAmount(explanation.source.issued!.amount)).toBe(
      '1234.57',
    );
    expect(formatAmount(line(explanation).amount)).toBe('600.00');
  });

  test('a duplicate id stops the explanation, as it stops an invoice', async () => {
    const rows = [...SMALL_CANDIDATES, ['K-1', serial('2021-03-01'), null, null, null, null, null]];
    const explanation = await runExplain(smallWorkbook(rows), 'Candidates!D2', undefined);
    expect('refusal' in explanation && explanation.refusal.why).toBe('blocking-findings');
  });
});

describe('the lines one can pick to explain', () => {
  test('every line of an invoice sheet with its Amount cell; not the totals row', async () => {
    const book = await invoiced(['2021-W10']);
    const grid = await book.readSheet('Invoice 2021-W10');
    const lines = explainableLines(grid);
    expect(lines.map((line) => line.candidateId)).toEqual(['K-1', 'K-2', 'K-3']);
    expect(lines[1].address).toBe(`'Invoice 2021-W10'!G${await invoiceRow(book, 'Invoice 2021-W10', 'K-2')}`);
    expect(explainableLines({ name: 'Notes', rows: [['x']] })).toEqual([]);
    expect(['Invoice 2021-W10', 'Correction 2021-W10 (2)', 'Candidates'].filter((name) => LINE_SHEETS.test(name))).toEqual([
      'Invoice 2021-W10',
      'Correction 2021-W10 (2)',
    ]);
  });
});
