import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openXlsx } from '../../src/adapters/xlsx';
import { runEInvoice } from '../../src/jobs/einvoiceJob';
import { sib } from '../cli/runSib';
import { EINVOICE_TERMS, issued, newBook, week } from './einvoiceWorkbook';

let dir: string;
const path = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sib-einvoice-cli-'));
  writeFileSync(path('book.xlsx'), await issued(newBook(), ['2020-W51']));
  writeFileSync(
    path('no-terms.xlsx'),
    await issued(newBook({ ...EINVOICE_TERMS, SIB_InvestorIBAN: undefined, SIB_CommissionerEAN: '5798000000002' }), ['2020-W51']),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sib einvoice', () => {
  test('writes the issued invoice as XML and says what it holds; --json gives the same as one document', () => {
    const run = sib('einvoice', path('book.xlsx'), '--week', '2020-W51', '--out', path('w51.xml'));
    expect(run).toMatchObject({ status: 0, stdout: expect.stringContaining('Peppol BIS Billing 3.0 Invoice no. 3 of 2021-01-25') });
    expect(run.stdout).toContain('5 line(s), payable DKK 4,320.99');
    expect(readFileSync(path('w51.xml'), 'utf8')).toContain('<cbc:PayableAmount currencyID="DKK">4320.99</cbc:PayableAmount>');
    const json = sib('einvoice', path('book.xlsx'), '--week', '2020-W51', '--out', path('w51.xml'), '--overwrite', '--json');
    expect(json.json).toMatchObject({
      version: 1,
      kind: 'invoice',
      type: 'Invoice',
      number: '3',
      lines: 5,
      amount: '4320.99',
      currency: 'DKK',
      format: 'peppol',
    });
  });

  test('--format oioubl writes the same issued invoice as OIOUBL 2.1, the bytes the validated writer gives', async () => {
    const run = sib('einvoice', path('book.xlsx'), '--week', '2020-W51', '--format', 'oioubl', '--out', path('w51-oioubl.xml'), '--json');
    expect(run).toMatchObject({ status: 0, json: { format: 'oioubl', type: 'Invoice', number: '3', lines: 5, amount: '4320.99' } });
    const written = readFileSync(path('w51-oioubl.xml'), 'utf8');
    expect(written).toContain('<cbc:CustomizationID>OIOUBL-2.1</cbc:CustomizationID>');
    const job = await runEInvoice(openXlsx(readFileSync(path('book.xlsx'))), { week: week('2020-W51'), format: 'oioubl' });
    expect(job.kind === 'einvoice' && job.einvoice.xml).toBe(written);
    const danish = sib(
      'einvoice',
      path('book.xlsx'),
      '--week',
      '2020-W51',
      '--format',
      'oioubl',
      '--out',
      path('w51-da.xml'),
      '--lang',
      'da',
    );
    expect(danish).toMatchObject({ status: 0, stdout: expect.stringContaining('OIOUBL 2.1-faktura nr. 3 af 2021-01-25') });
  });

  test('the same issued invoice gives the same bytes every time', () => {
    sib('einvoice', path('book.xlsx'), '--week', '2020-W51', '--out', path('again.xml'));
    expect(readFileSync(path('again.xml'))).toEqual(readFileSync(path('w51.xml')));
  });

  test('refusals exit 1 naming every missing or malformed term, and write nothing', () => {
    const run = sib('einvoice', path('no-terms.xlsx'), '--week', '2020-W51', '--out', path('refused.xml'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('SIB_InvestorIBAN is not defined');
    expect(run.stderr).toContain("SIB_CommissionerEAN holds '5798000000002', which is not a GLN");
    expect(existsSync(path('refused.xml'))).toBe(false);
    expect(sib('einvoice', path('book.xlsx'), '--week', '2020-W52', '--out', path('x.xml'), '--lang', 'da')).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('Settlement ledger har ingen faktura for 2020-W52'),
    });
  });

  test('usage errors exit 2: no week, a bad correction number, a format it does not write, an existing file', () => {
    expect(sib('einvoice', path('book.xlsx'), '--out', path('x.xml'))).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('--week is required'),
    });
    expect(sib('einvoice', path('book.xlsx'), '--week', '2020-W51', '--correction', '0', '--out', path('x.xml'))).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('--correction must be'),
    });
    expect(sib('einvoice', path('book.xlsx'), '--week', '2020-W51', '--format', 'ehf', '--out', path('x.xml'))).toMatchObject({
      status: 2,
      stderr: expect.stringContaining("--format must be peppol or oioubl, not 'ehf'"),
    });
    expect(sib('einvoice', path('book.xlsx'), '--week', '2020-W51', '--out', path('w51.xml'))).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('exists already'),
    });
  });
});
