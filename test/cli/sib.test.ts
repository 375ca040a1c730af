import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createXlsx, openXlsx } from '../../src/adapters/xlsx';
import { invoiceTestWorkbook } from '../integration/invoiceWorkbook';
import { sib } from './runSib';

let dir: string;
const path = (name: string) => join(dir, name);
const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sib-cli-'));
  expect(sib('demo', '--out', path('demo.xlsx')).status).toBe(0);
  writeFileSync(path('rules.xlsx'), createXlsx(invoiceTestWorkbook()));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sib: usage', () => {
  test('--help for the command and for each subcommand', () => {
    expect(sib('--help')).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('sib invoice BOOK.xlsx --week YYYY-Www --out OUT.xlsx'),
    });
    for (const command of ['check', 'invoice', 'demo'])
      expect(sib(command, '--help')).toMatchObject({ status: 0, stdout: expect.stringContaining(`sib ${command}`) });
  });

  test('usage and I/O errors exit 2 with a message', () => {
    expect(sib('frobnicate')).toMatchObject({ status: 2, stderr: expect.stringContaining("Unknown command 'frobnicate'") });
    expect(sib('check')).toMatchObject({ status: 2, stderr: expect.stringContaining('Give one workbook') });
    expect(sib('check', path('missing.xlsx'))).toMatchObject({ status: 2, stderr: expect.stringContaining('ENOENT') });
    writeFileSync(path('not.xlsx'), 'plain text');
    expect(sib('check', path('not.xlsx'))).toMatchObject({
      status: 2,
      stderr: `${path('not.xlsx')}: The file is not an Excel workbook (.xlsx) — open it in Excel and save it as an Excel Workbook (.xlsx)\n`,
    });
    expect(sib('check', path('demo.xlsx'), '--sheet', 'Nope')).toMatchObject({
      status: 2,
      stderr: "The workbook has no sheet named 'Nope' (it has: Contract, Candidates)\n",
    });
    expect(sib('check', path('demo.xlsx'), '--sheet', 'Nope', '--lang', 'da')).toMatchObject({
      status: 2,
      stderr: "Projektmappen har intet ark med navnet 'Nope' (den har: Contract, Candidates)\n",
    });
    expect(sib('check', path('demo.xlsx'), '--frob')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('Unknown option --frob'),
    });
    expect(sib('invoice', path('demo.xlsx'), '--week', '2019-10', '--out', path('x.xlsx'))).toMatchObject({
      status: 2,
      stderr: expect.stringContaining("'2019-10' is not an ISO week"),
    });
    expect(sib('demo', '--out', path('demo.xlsx'))).toMatchObject({ status: 2, stderr: expect.stringContaining('exists already') });
  });
});

describe('sib check', () => {
  test('the demo workbook is clean: exit 0, one JSON document', () => {
    const run = sib('check', path('demo.xlsx'), '--json');
    expect(run.status).toBe(0);
    expect(run.json).toMatchObject({ version: 1, sheet: 'Candidates', candidates: 120, weeks: 157, errors: 0, findings: [] });
  });

  test('findings are addressed, coded and explained; errors exit 1', () => {
    const run = sib('check', path('rules.xlsx'), '--json');
    expect(run.status).toBe(1);
    expect(run.json.findings).toContainEqual({
      severity: 'error',
      address: "'Kandidater (Bo''s)'!I7",
      code: 'status.invalid',
      message: "Unknown status 'X' in a status cell",
      action: 'Use S, D, a share 0–1, or leave blank',
    });
    expect(sib('check', path('rules.xlsx'), '--lang', 'da').stdout).toContain('Ukendt status');
  });
});

describe('sib invoice', () => {
  test('writes a new workbook with the invoice sheet; the input is untouched', () => {
    const before = digest(path('demo.xlsx'));
    const run = sib('invoice', path('demo.xlsx'), '--week', '2019-W30', '--out', path('invoice.xlsx'), '--json');
    expect(run.status).toBe(0);
    expect(run.json).toMatchObject({ version: 1, week: '2019-W30', invoiceSheet: 'Invoice 2019-W30', total: '66990.00', currency: 'DKK' });
    expect(run.json.lines[0]).toEqual({
      candidateId: 'K-008',
      statusCell: 'Candidates!CH11',
      status: 'S',
      share: '1',
      rate: '3300.00',
      payableWeeksBefore: 5,
      amount: '3300.00',
      reason: null,
    });
    expect(run.json.lines.every((line: { amount: string }) => /^\d+\.\d{2}$/.test(line.amount))).toBe(true);
    expect(digest(path('demo.xlsx'))).toBe(before);
    return openXlsx(readFileSync(path('invoice.xlsx')))
      .sheetNames()
      .then((names) => expect(names).toEqual(['Contract', 'Candidates', 'Invoice 2019-W30', 'Settlement ledger']));
  });

  test('held lines carry their reason; amounts are strings with two decimals', () => {
    const run = sib('invoice', path('rules.xlsx'), '--week', '2021-W01', '--out', path('rules-w01.xlsx'), '--json');
    expect(run.status).toBe(0);
    expect(run.json.total).toBe('2345.66');
    expect(
      run.json.lines.map((line: { candidateId: string; amount: string; reason: string | null }) => [
        line.candidateId,
        line.amount,
        line.reason,
      ]),
    ).toEqual([
      ['K-01', '1234.57', null],
      ['K-02', '617.29', null],
      ['K-03', '493.80', 'cap'],
      ['K-04', '0.00', 'invalid-status'],
      ['K-05', '0.00', 'outside-enrolment'],
      ['K-06', '0.00', 'cap'],
      ['K-07', '0.00', 'cap'],
    ]);
  });

  test('an issued invoice is never replaced: the same data says so and writes nothing; the input is never the output', () => {
    const again = sib('invoice', path('invoice.xlsx'), '--week', '2019-W30', '--out', path('again.xlsx'), '--json');
    expect(again).toMatchObject({ status: 0, json: { kind: 'unchanged', invoiceSheet: 'Invoice 2019-W30', output: null, lines: [] } });
    expect(existsSync(path('again.xlsx'))).toBe(false);
    expect(sib('invoice', path('invoice.xlsx'), '--week', '2019-W30', '--out', path('again.xlsx')).stdout).toContain('unchanged');
    expect(sib('invoice', path('demo.xlsx'), '--week', '2019-W31', '--out', path('demo.xlsx'), '--overwrite')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('is the input workbook'),
    });
  });

  test('a week without a column, or errors that make amounts uncertain, stop the invoice with exit 1', () => {
    expect(sib('invoice', path('demo.xlsx'), '--week', '2024-W01', '--out', path('none.xlsx'))).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('has no column for week 2024-W01'),
    });
    writeFileSync(
      path('duplicate.xlsx'),
      createXlsx({
        addSheets: [
          { name: 'Contract', rows: [[{ value: 1000 }]] },
          {
            name: 'C',
            rows: [['ID', '2021-W01'].map((value) => ({ value })), [{ value: 'K-1' }, { value: 'S' }], [{ value: 'K-1' }, { value: 'S' }]],
          },
        ],
        addNames: [{ name: 'SIB_WeeklyRate', formula: 'Contract!$A$1' }],
      }),
    );
    const run = sib('invoice', path('duplicate.xlsx'), '--week', '2021-W01', '--out', path('dup-out.xlsx'));
    expect(run).toMatchObject({ status: 1, stderr: expect.stringContaining("C!A3: Candidate id 'K-1' is used before (at C!A2)") });
  });

  test('sib ledger prints what the ledger records; a workbook without one says so', () => {
    expect(sib('ledger', path('invoice.xlsx'), '--json').json).toMatchObject({
      version: 1,
      sheet: 'Settlement ledger',
      entries: [
        { row: 2, week: '2019-W29', kind: 'opening', sheet: '', lines: 0, total: '2700060.00', cumulativeTotal: '2700060.00' },
        {
          row: 3,
          week: '2019-W30',
          kind: 'invoice',
          sheet: 'Invoice 2019-W30',
          lines: 24,
          total: '66990.00',
          cumulativeTotal: '2767050.00',
        },
      ],
      total: '2767050.00',
    });
    expect(sib('ledger', path('invoice.xlsx')).stdout).toMatch(/2019-W30 +invoice +Invoice 2019-W30 +24 +66,990\.00 +2,767,050\.00\n/);
    expect(sib('ledger', path('demo.xlsx'))).toMatchObject({ status: 0, stdout: expect.stringContaining('No Settlement ledger yet') });
  });

  test('human output lists lines and the total', () => {
    const run = sib('invoice', path('demo.xlsx'), '--week', '2019-W31', '--out', path('human.xlsx'));
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Invoice 2019-W31 from Candidates: \d+ line\(s\)/);
    expect(run.stdout).toMatch(/^Total: DKK [\d,]+\.\d\d$/m);
    expect(run.stderr).toContain('Settling 2019-W31');
  });
});
