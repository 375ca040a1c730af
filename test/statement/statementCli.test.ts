import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createXlsx } from '../../src/adapters/xlsx';
import { demoWorkbook } from '../../src/demo/demoWorkbook';
import { sib } from '../cli/runSib';
import { demoBookWith, unpaidDemoCandidate, valuesCopy, WEEK, withInvoice } from './statementWorkbooks';

let dir: string;
const path = (name: string) => join(dir, name);
let planted: { toPartial: string; toNone: string; edited: string; added: string };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sib-statement-'));
  const book = createXlsx(demoWorkbook());
  const invoiceBook = await withInvoice(book, WEEK);
  writeFileSync(path('book.xlsx'), book);
  writeFileSync(path('invoice.xlsx'), invoiceBook);
  writeFileSync(path('two.xlsx'), await withInvoice(invoiceBook, '2019-W31'));

  const [toPartial, toNone, edited] = (await valuesCopy(invoiceBook, WEEK, { totalsRow: true })).withStatus('S');
  const added = unpaidDemoCandidate(WEEK);
  planted = { toPartial, toNone, edited, added };
  writeFileSync(
    path('received.xlsx'),
    (await valuesCopy(invoiceBook, WEEK, { totalsRow: true, edit: { [edited]: { Issued: 3400 } } })).bytes,
  );
  writeFileSync(path('own.xlsx'), demoBookWith(WEEK, { [toPartial]: 'D', [toNone]: null, [added]: 'S' }).bytes);
  writeFileSync(path('blocked.xlsx'), demoBookWith(WEEK, { 'K-002': 'not a status' }).bytes);
  writeFileSync(
    path('duplicate.xlsx'),
    createXlsx({
      addSheets: [
        { name: 'Contract', rows: [[{ value: 1000 }]] },
        {
          name: 'C',
          rows: [['ID', WEEK].map((value) => ({ value })), [{ value: 'K-1' }, { value: 'S' }], [{ value: 'K-1' }, { value: 'S' }]],
        },
      ],
      addNames: [{ name: 'SIB_WeeklyRate', formula: 'Contract!$A$1' }],
    }),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sib statement', () => {
  test('--help, and in the command list', () => {
    expect(sib('statement', '--help')).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('sib statement --invoice RECEIVED.xlsx BOOK.xlsx'),
    });
    expect(sib('--help').stdout).toContain('sib statement --invoice RECEIVED.xlsx BOOK.xlsx');
  });

  test('a statement that agrees: exit 0, one line for people, one JSON document for programs', () => {
    expect(sib('statement', '--invoice', path('invoice.xlsx'), path('book.xlsx'))).toMatchObject({
      status: 0,
      stdout: 'Statement for 2019-W30 agrees: 24 line(s), total DKK 66,990.00\n',
    });
    const run = sib('statement', '--invoice', path('invoice.xlsx'), path('book.xlsx'), '--json');
    expect(run.status).toBe(0);
    expect(run.json).toMatchObject({
      version: 1,
      week: '2019-W30',
      agrees: true,
      differences: [],
      receivedTotal: '66990.00',
      receivedLinesTotal: '66990.00',
      expectedTotal: '66990.00',
      difference: '0.00',
    });
  });

  test('a statement that differs: exit 1, every difference with both cells, amounts as strings with two decimals', () => {
    const run = sib('statement', '--invoice', path('received.xlsx'), '--week', WEEK, path('own.xlsx'), '--json');
    expect(run.status).toBe(1);
    expect(run.json).toMatchObject({
      version: 1,
      week: WEEK,
      agrees: false,
      receivedTotal: '66990.00',
      receivedLinesTotal: '67090.00',
      receivedFoots: false,
      expectedTotal: '65340.00',
      difference: '1650.00',
    });
    const { toPartial, toNone, edited, added } = planted;
    const differences = run.json.differences as { kind: string; candidateId: string }[];
    expect(differences.map(({ kind, candidateId }) => `${kind} ${candidateId}`).sort()).toEqual(
      [`amount ${edited}`, `extra ${toNone}`, `missing ${added}`, `status ${toPartial}`].sort(),
    );
    expect(differences.find((difference) => difference.kind === 'status')).toEqual({
      kind: 'status',
      candidateId: toPartial,
      received: { status: 'S', amount: '3300.00', address: expect.stringMatching(/^Received!E\d+$/) },
      expected: { status: 'D', amount: '1650.00', address: expect.stringMatching(/^Candidates!CH\d+$/) },
      difference: '1650.00',
    });
    expect(differences.find((difference) => difference.kind === 'missing')).toMatchObject({
      received: { status: null, amount: null, address: null },
      expected: { amount: '3300.00' },
      difference: '-3300.00',
    });
    const amounts = JSON.stringify(run.json).match(/"(amount|difference|\w+Total)":"[^"]*"/g)!;
    expect(amounts.every((pair) => /:"-?\d+\.\d{2}"$/.test(pair))).toBe(true);
  });

  test('human output lists each difference and the totals both ways', () => {
    const run = sib('statement', '--invoice', path('received.xlsx'), '--week', WEEK, path('own.xlsx'));
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Statement for 2019-W30 (Received!D5) differs from Candidates: 4 difference(s), amounts in DKK');
    expect(run.stdout).toMatch(
      new RegExp(
        `Different status +${planted.toPartial} +received 'S' 3,300.00 at Received!E\\d+; expected 'D' 1,650.00 at Candidates!CH\\d+; difference 1,650.00`,
      ),
    );
    expect(run.stdout).toMatch(
      new RegExp(`Missing line +${planted.added} +received no line; expected 'S' 3,300.00 at Candidates!CH\\d+; difference -3,300.00`),
    );
    expect(run.stdout).toContain('Received total DKK 66,990.00 (totals row Received!L30); its 24 line(s) sum to DKK 67,090.00');
    expect(run.stdout).toContain('The received totals row does not foot with its own lines');
    expect(run.stdout).toContain('Expected total DKK 65,340.00 (24 line(s)); received − expected: DKK 1,650.00');
  });

  test('errors in the fund’s own sheet that make amounts uncertain stop the check (exit 1); a held line does not, and is listed', () => {
    expect(sib('statement', '--invoice', path('invoice.xlsx'), path('duplicate.xlsx'))).toMatchObject({
      status: 1,
      stderr: expect.stringContaining("C!A3: Candidate id 'K-1' is used before (at C!A2)"),
    });
    const held = sib('statement', '--invoice', path('invoice.xlsx'), path('blocked.xlsx'));
    expect(held.status).toBe(1);
    expect(held.stdout).toContain("Missing line  K-002  received no line; expected 'not a status' 0.00 at Candidates!CH5; difference 0.00");
    expect(held.stdout).toContain(
      "finding(s) on Candidates did not stop the comparison:\n  error   Candidates!CH5: Unknown status 'not a status'",
    );
  });

  test('usage and unreadable statements exit 2 with a message', () => {
    expect(sib('statement', path('book.xlsx'))).toMatchObject({ status: 2, stderr: expect.stringContaining('--invoice is required') });
    expect(sib('statement', '--invoice', path('invoice.xlsx'))).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('Give one workbook'),
    });
    expect(sib('statement', '--invoice', path('missing.xlsx'), path('book.xlsx'))).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('ENOENT'),
    });
    expect(sib('statement', '--invoice', path('book.xlsx'), path('book.xlsx'))).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('No invoice table was found'),
    });
    expect(sib('statement', '--invoice', path('two.xlsx'), path('book.xlsx'))).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('There are several invoice tables'),
    });
    expect(sib('statement', '--invoice', path('two.xlsx'), path('book.xlsx'), '--lang', 'da')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('Der er flere fakturatabeller'),
    });
    expect(sib('statement', '--invoice', path('two.xlsx'), '--week', '2019-W31', path('book.xlsx'))).toMatchObject({ status: 0 });
    expect(sib('statement', '--invoice', path('invoice.xlsx'), '--week', '2019-W31', path('book.xlsx'), '--json')).toMatchObject({
      status: 2,
      json: { version: 1, exitCode: 2, error: expect.stringContaining('is for week 2019-W30, not 2019-W31') },
    });
    expect(sib('statement', '--invoice', path('invoice.xlsx'), path('book.xlsx'), '--sheet', 'Nope')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining("has no sheet named 'Nope'"),
    });
  });
});
