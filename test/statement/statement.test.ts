import { CellValue } from '../../src/engine/cells';
import { errorMessage } from '../../src/engine/errors';
import { Amount, formatAmount } from '../../src/engine/money';
import { IsoWeek, parseWeekLabel, weekLabel } from '../../src/engine/weeks';
import { runStatement, StatementJobResult } from '../../src/jobs/statementJob';
import { StatementDifference, StatementSide } from '../../src/sheet/statement';
import { MemoryWorkbook } from '../../src/workbook/memoryWorkbook';
import { contractSheet } from '../sheet/fixtures';

const terms = contractSheet({ SIB_WeeklyRate: 1000, SIB_PartialRate: 500 });

/** The fund's own sheet: its 2021-W10 invoice is K-1 1000, K-2 500, K-3 500, K-4 1000 = 3000. */
const OWN: CellValue[][] = [
  ['Candidate ID', '2021-W09', '2021-W10'],
  ['K-1', 'S', 'S'],
  ['K-2', null, 'D'],
  ['K-3', null, 0.5],
  ['K-4', null, 'selv'],
  ['K-5', 'S', null],
];

const own = (rows: CellValue[][] = OWN) => new MemoryWorkbook({ Contract: terms.rows, Candidates: rows }, terms.names);

const HEADER: CellValue[][] = [['Invoice 2021-W10'], ['Week', '2021-W10'], [], ['Candidate ID', 'Status', 'Amount']];

async function compare(lines: CellValue[][], options: { week?: string; ownRows?: CellValue[][] } = {}): Promise<StatementJobResult> {
  const received = new MemoryWorkbook({ 'Invoice 2021-W10': [...HEADER, ...lines] });
  return runStatement(received, own(options.ownRows), {
    week: options.week === undefined ? undefined : (parseWeekLabel(options.week) as IsoWeek),
  });
}

function comparisonOf(result: StatementJobResult) {
  if (!('comparison' in result)) throw new Error(`refused: ${JSON.stringify(result.refusal)}`);
  return result.comparison;
}

const money = (value: Amount | null) => (value === null ? '-' : formatAmount(value));
const side = ({ status, amount, address }: StatementSide) =>
  `${status === '' ? 'blank' : (status ?? '-')} ${money(amount)} ${address ?? '-'}`;
/** One difference on one line: kind id | received status amount address | expected … | difference. */
const line = (difference: StatementDifference) =>
  `${difference.kind} ${difference.candidateId ?? '-'} | ${side(difference.received)} | ${side(difference.expected)} | ${money(difference.difference)}`;

describe('the statement check (docs/rules.md §8)', () => {
  test('agrees: ids in any case and padding, equivalent status spellings, float amounts read to the øre', async () => {
    const comparison = comparisonOf(
      await compare([
        ['k-1 ', 'S', 1000],
        ['K-2', 'delvis', 500.00000000001],
        ['K-3', '50%', 500],
        ['K-4', 1, 1000],
        ['Total', null, 3000],
      ]),
    );
    expect(comparison).toMatchObject({
      agrees: true,
      differences: [],
      receivedLines: 4,
      expectedLines: 4,
      receivedTotalAddress: "'Invoice 2021-W10'!C9",
      receivedFoots: true,
    });
    expect(weekLabel(comparison.week)).toBe('2021-W10');
    expect(
      [comparison.receivedTotal, comparison.receivedLinesTotal, comparison.expectedTotal, comparison.difference].map(formatAmount),
    ).toEqual(['3000.00', '3000.00', '3000.00', '0.00']);
  });

  test('every kind of difference, with the cells on both sides', async () => {
    const comparison = comparisonOf(
      await compare([
        ['K-1', 'S', 1100],
        ['K-2', 'S', 1000],
        ['K-4', 'SELV', '1000'],
        ['K-5', 'S', 1000],
        ['K-9', 'D', 500],
        ['K-1', 'S', 1000],
        [null, 'S', 1000],
        ['Total', null, 5600],
      ]),
    );
    expect(comparison.differences.map(line)).toEqual([
      "amount K-1 | S 1100.00 'Invoice 2021-W10'!C5 | S 1000.00 Candidates!C2 | 100.00",
      "status K-2 | S 1000.00 'Invoice 2021-W10'!B6 | D 500.00 Candidates!C3 | 500.00",
      "unreadable K-4 | SELV - 'Invoice 2021-W10'!C7 | selv 1000.00 Candidates!C5 | -",
      "extra K-5 | S 1000.00 'Invoice 2021-W10'!C8 | blank - Candidates!C6 | 1000.00",
      "extra K-9 | D 500.00 'Invoice 2021-W10'!C9 | - - - | 500.00",
      "extra K-1 | S 1000.00 'Invoice 2021-W10'!C10 | S - Candidates!C2 | 1000.00",
      "unreadable - | S 1000.00 'Invoice 2021-W10'!A11 | - - - | -",
      'missing K-3 | - - - | 0.5 500.00 Candidates!C4 | -500.00',
    ]);
    expect(comparison).toMatchObject({ agrees: false, receivedFoots: true, receivedLines: 7, expectedLines: 4 });
    expect(
      [comparison.receivedTotal, comparison.receivedLinesTotal, comparison.expectedTotal, comparison.difference].map(formatAmount),
    ).toEqual(['5600.00', '5600.00', '3000.00', '2600.00']);
  });

  test('a totals row that does not foot with its own lines is a difference even when every line agrees', async () => {
    const comparison = comparisonOf(
      await compare([
        ['K-1', 'S', 1000],
        ['K-2', 'D', 500],
        ['K-3', 0.5, 500],
        ['K-4', 'S', 1000],
        ['Total', null, 3000.01],
      ]),
    );
    expect(comparison).toMatchObject({ agrees: false, differences: [], receivedFoots: false });
    expect([comparison.receivedTotal, comparison.receivedLinesTotal, comparison.difference].map(formatAmount)).toEqual([
      '3000.01',
      '3000.00',
      '0.01',
    ]);
  });

  test('without a totals row the received total is the sum of its lines; an unreadable totals cell is a difference', async () => {
    const lines: CellValue[][] = [
      ['K-1', 'S', 1000],
      ['K-2', 'D', 500],
      ['K-3', 0.5, 500],
      ['K-4', 'S', 1000],
    ];
    expect(comparisonOf(await compare(lines))).toMatchObject({ agrees: true, receivedTotalAddress: null });
    const unreadable = comparisonOf(await compare([...lines, ['Total', null, '#REF!']]));
    expect(unreadable.differences.map(line)).toEqual(["unreadable - | - - 'Invoice 2021-W10'!C9 | - - - | -"]);
    expect(formatAmount(unreadable.receivedTotal)).toBe('3000.00');
  });

  test('a held line (invalid status) is compared like any other: status as written, amount 0', async () => {
    const rows = OWN.map((row) => (row[0] === 'K-4' ? ['K-4', null, 'X'] : row));
    const comparison = comparisonOf(
      await compare(
        [
          ['K-1', 'S', 1000],
          ['K-2', 'D', 500],
          ['K-3', 0.5, 500],
          ['K-4', ' x ', 0],
        ],
        { ownRows: rows },
      ),
    );
    expect(comparison.differences).toEqual([]);
    expect(formatAmount(comparison.expectedTotal)).toBe('2000.00');
  });

  test('--week must match the week the statement says', async () => {
    expect(comparisonOf(await compare([['K-1', 'S', 1000]], { week: '2021-W10' })).differences.length).toBe(3);
    const result = await compare([['K-1', 'S', 1000]], { week: '2021-W09' });
    expect('refusal' in result && result.refusal.refused === 'unreadable-statement' && errorMessage(result.refusal.error)).toBe(
      "The invoice table at 'Invoice 2021-W10'!A4 is for week 2021-W10, not 2021-W09",
    );
  });

  test('errors in the fund’s own sheet that make its amounts uncertain stop the check, as they stop an invoice', async () => {
    const result = await compare([['K-1', 'S', 1000]], { ownRows: [...OWN, ['K-1', null, 'S']] });
    expect('refusal' in result && result.refusal).toMatchObject({
      refused: 'blocking-findings',
      findings: [{ address: 'Candidates!A7', code: 'id.duplicate' }],
    });
    const noWeek = await runStatement(new MemoryWorkbook({ 'Invoice 2021-W30': [['Candidate ID', 'Status', 'Amount']] }), own());
    expect('refusal' in noWeek && noWeek.refusal).toEqual({ refused: 'week-not-in-sheet', week: '2021-W30' });
  });
});
