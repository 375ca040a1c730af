import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createXlsx } from '../../src/adapters/xlsx';
import { sib } from './runSib';

let dir: string;
const path = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sib-investor-'));
  expect(sib('demo', '--out', path('demo.xlsx')).status).toBe(0);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sib investor', () => {
  test('one JSON document: amounts as decimal strings, ratios as numbers, every repayment dated', () => {
    const run = sib('investor', path('demo.xlsx'), '--until', '2019-W30', '--json');
    expect(run.status).toBe(0);
    expect(run.json).toMatchObject({
      version: 1,
      sheet: 'Candidates',
      source: 'sheet',
      through: '2019-W30',
      currency: 'DKK',
      invested: '4000000.00',
      investedDate: '2018-01-01',
      repaid: '2767050.00',
      netReturn: '-1232950.00',
      multiple: 0.6917625,
      successRate: 0.45,
      successTarget: 0.5,
      succeeded: 54,
      candidates: 120,
      breakEven: null,
      notes: [],
    });
    expect(run.json.irr.toFixed(6)).toBe('-0.264345');
    expect(run.json.repayments[0]).toEqual({ week: '2018-W15', date: '2018-04-15', amount: '1650.00' });
    expect(run.json.repayments.reduce((total: number, each: { amount: string }) => total + Math.round(Number(each.amount) * 100), 0)).toBe(
      276_705_000,
    );
  });

  test('the same figures after the first invoice, from the ledger', () => {
    const before = sib('investor', path('demo.xlsx'), '--until', '2019-W30', '--json').json;
    expect(sib('invoice', path('demo.xlsx'), '--week', '2019-W30', '--out', path('invoiced.xlsx')).status).toBe(0);
    const after = sib('investor', path('invoiced.xlsx'), '--until', '2019-W30', '--json').json;
    expect(after.source).toBe('ledger');
    expect({ ...after, source: 'sheet' }).toEqual(before);
  });

  test('for people, in English and Danish, money grouped as each writes it', () => {
    const english = sib('investor', path('demo.xlsx'), '--until', '2019-W30');
    expect(english.stdout).toContain('Investor figures for Candidates up to 2019-W30, from the weekly invoices the sheet gives');
    expect(english.stdout).toMatch(/Net return +DKK -1,232,950\.00\n/);
    expect(english.stdout).toMatch(/IRR \(as XIRR\) +-26\.43%\n/);
    expect(english.stdout).toContain('Success rate: 45.0% (54 of 120), below the 50% target');
    const danish = sib('investor', path('demo.xlsx'), '--until', '2019-W30', '--lang', 'da');
    expect(danish.stdout).toMatch(/Nettoafkast +-1\.232\.950,00 DKK\n/);
    expect(danish.stdout).toContain('Succesrate: 45,0\u00a0% (54 af 120), under målet på 50\u00a0%');
  });

  test('a bad week is a usage error; a sheet whose amounts are uncertain gives no figures', () => {
    expect(sib('investor', path('demo.xlsx'), '--until', '2019-30')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining("'2019-30' is not an ISO week"),
    });
    writeFileSync(
      path('no-rate.xlsx'),
      createXlsx({
        addSheets: [
          {
            name: 'Candidates',
            rows: [
              [{ value: 'Candidate ID' }, { value: '2021-W01' }],
              [{ value: 'K-1' }, { value: 'S' }],
            ],
          },
        ],
      }),
    );
    const refused = sib('investor', path('no-rate.xlsx'), '--json');
    expect(refused.status).toBe(1);
    expect(refused.json.error).toContain('SIB_WeeklyRate: The contract term SIB_WeeklyRate is not defined');
  });
});
