import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createXlsx } from '../../src/adapters/xlsx';
import { setCellsXlsx } from '../../src/adapters/xlsx/cellEdit';
import { CellSpec, WorkbookChanges } from '../../src/workbook/types';
import { issued, newBook } from '../einvoice/einvoiceWorkbook';
import { invoiceTestWorkbook } from '../integration/invoiceWorkbook';
import { sib, sibIn } from './runSib';

/** What `sib` prints in English and in Danish, every command, through the real command. */

let dir: string;
const path = (name: string) => join(dir, name);
const MANY = 10_000;

/** Every candidate self-supporting three weeks running where the contract pays two: one warning per candidate. */
function pastMaxWeeksWorkbook(): WorkbookChanges {
  const row = (id: string) => [id, 'S', 'S', 'S'].map((value): CellSpec => ({ value }));
  return {
    addSheets: [
      { name: 'Contract', rows: [[{ value: 1650.5 }], [{ value: 2 }], [{ value: 'EUR' }]] },
      {
        name: 'Candidates',
        rows: [
          ['Candidate ID', '2021-W01', '2021-W02', '2021-W03'].map((value) => ({ value })),
          ...Array.from({ length: MANY }, (_, index) => row(`K-${String(index + 1).padStart(5, '0')}`)),
        ],
      },
    ],
    addNames: [
      { name: 'SIB_WeeklyRate', formula: 'Contract!$A$1' },
      { name: 'SIB_MaxWeeks', formula: 'Contract!$A$2' },
      { name: 'SIB_Currency', formula: 'Contract!$A$3' },
    ],
  };
}

/** One candidate id used on six rows: five errors of one kind that stop the invoice. */
function duplicateIdsWorkbook(): WorkbookChanges {
  return {
    addSheets: [
      { name: 'Contract', rows: [[{ value: 1000 }]] },
      {
        name: 'C',
        rows: [['ID', '2021-W01'].map((value) => ({ value })), ...Array.from({ length: 6 }, () => [{ value: 'K-1' }, { value: 'S' }])],
      },
    ],
    addNames: [{ name: 'SIB_WeeklyRate', formula: 'Contract!$A$1' }],
  };
}

const lines = (text: string) => text.trimEnd().split('\n');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sib-voice-'));
  writeFileSync(path('einvoice.xlsx'), await issued(newBook(), ['2020-W51']));
  expect(sib('demo', '--out', path('demo.xlsx')).status).toBe(0);
  writeFileSync(path('rules.xlsx'), createXlsx(invoiceTestWorkbook()));
  writeFileSync(path('many.xlsx'), createXlsx(pastMaxWeeksWorkbook()));
  writeFileSync(path('duplicates.xlsx'), createXlsx(duplicateIdsWorkbook()));
  expect(sib('invoice', path('demo.xlsx'), '--week', '2019-W30', '--out', path('invoiced.xlsx')).status).toBe(0);
  writeFileSync(
    path('changed.xlsx'),
    setCellsXlsx(readFileSync(path('invoiced.xlsx')), [
      { address: 'Candidates!CH11', cell: { value: 'D' } },
      { address: 'Candidates!CH4', cell: { value: 'S' } },
    ]),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the language', () => {
  test('--lang da, or a Danish locale, speaks Danish; --lang wins over the locale; LC_ALL over LANG', () => {
    const danish = 'Ingen fund: arket er klar til fakturering.';
    const english = 'No findings: the sheet is ready to invoice.';
    expect(sib('check', path('demo.xlsx'), '--lang', 'da').stdout).toContain(danish);
    expect(sibIn({ LANG: 'da_DK.UTF-8' }, 'check', path('demo.xlsx')).stdout).toContain(danish);
    expect(sibIn({ LANG: 'en_GB.UTF-8', LC_ALL: 'da_DK.UTF-8' }, 'check', path('demo.xlsx')).stdout).toContain(danish);
    expect(sibIn({ LANG: 'da_DK.UTF-8', LC_MESSAGES: 'C' }, 'check', path('demo.xlsx')).stdout).toContain(english);
    expect(sibIn({ LANG: 'da_DK.UTF-8' }, 'check', path('demo.xlsx'), '--lang=en').stdout).toContain(english);
    expect(sibIn({}, 'check', path('demo.xlsx')).stdout).toContain(english);
  });

  test('the help is Danish with --lang da or a Danish locale, before or after the command', () => {
    const help = sib('--help', '--lang', 'da');
    expect(help).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('sib — afregn resultatbaserede kontrakter i .xlsx-projektmapper'),
    });
    expect(help.stdout).toContain("Kør 'sib KOMMANDO --help' for én kommando.");
    expect(sib('--lang', 'da').stdout).toBe(help.stdout);
    expect(sibIn({ LANG: 'da_DK.UTF-8' }).stdout).toBe(help.stdout);
    expect(sib('invoice', '--help', '--lang', 'da').stdout).toContain('Danner fakturaen for en ISO-uge i en NY projektmappe NY.xlsx');
    expect(sibIn({ LANG: 'da_DK.UTF-8' }, 'check', '--help').stdout).toContain('Kontrollerer kandidatarket og kontraktvilkårene');
    expect(sib('investor', '--help').stdout).toContain("The investor's figures, as the task pane shows them");
  });

  test('usage errors and refused files speak it too; a --lang that is neither is refused in the locale’s language', () => {
    expect(sib('frobnicate', '--lang', 'da')).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/^Ukendt kommando 'frobnicate'\n\nsib — afregn/),
    });
    expect(sib('check', path('demo.xlsx'), '--frob', '--lang', 'da')).toMatchObject({ status: 2, stderr: 'Ukendt tilvalg --frob\n' });
    expect(sib('check', '--lang', 'da')).toMatchObject({
      status: 2,
      stderr: 'Angiv én projektmappe: sib check MAPPE.xlsx [--sheet NAVN] [--header-row N] [--json] [--lang en|da]\n',
    });
    expect(sib('invoice', path('demo.xlsx'), '--week', '2019-W30', '--lang', 'da')).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/^--out skal angives: sib invoice MAPPE\.xlsx/),
    });
    expect(sib('invoice', path('demo.xlsx'), '--week', '2019-30', '--out', path('x.xlsx'), '--lang', 'da')).toMatchObject({
      status: 2,
      stderr: "--week: '2019-30' er ikke en ISO-uge — skriv den som 2021-W10\n",
    });
    expect(sib('investor', path('demo.xlsx'), '--until', '2019-30')).toMatchObject({
      status: 2,
      stderr: "--until: '2019-30' is not an ISO week — write it like 2021-W10\n",
    });
    expect(sib('check', path('demo.xlsx'), '--header-row', '0', '--lang', 'da').stderr).toBe(
      '--header-row skal være et rækkenummer, 1 eller mere\n',
    );
    expect(sib('check', path('demo.xlsx'), '--lang', 'fr')).toMatchObject({ status: 2, stderr: "--lang must be en or da, not 'fr'\n" });
    expect(sibIn({ LANG: 'da_DK.UTF-8' }, 'check', path('demo.xlsx'), '--lang', 'fr')).toMatchObject({
      status: 2,
      stderr: "--lang skal være en eller da, ikke 'fr'\n",
    });
    expect(sib('--lang', 'da', 'check', path('demo.xlsx'))).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/^Skriv kommandoen først/),
    });
    writeFileSync(path('not.xlsx'), 'plain text');
    expect(sibIn({ LANG: 'en_US.UTF-8', LC_ALL: 'da_DK.UTF-8' }, 'check', path('not.xlsx'))).toMatchObject({
      status: 2,
      stderr: `${path('not.xlsx')}: Filen er ikke en Excel-projektmappe (.xlsx) — åbn den i Excel, og gem den som Excel-projektmappe (.xlsx)\n`,
    });
  });
});

describe('sib check and sib demo', () => {
  test('the summary, severities, findings and advice in either language', () => {
    const english = sib('check', path('rules.xlsx'));
    expect(english.status).toBe(1);
    expect(lines(english.stdout)[0]).toBe("Kandidater (Bo's): 7 candidates × 7 weeks — 11 error(s), 4 warning(s)");
    expect(english.stdout).toContain(
      "  error   'Kandidater (Bo''s)'!I7: Unknown status 'X' in a status cell — Use S, D, a share 0–1, or leave blank\n",
    );
    const danish = sib('check', path('rules.xlsx'), '--lang', 'da');
    expect(danish.status).toBe(1);
    expect(lines(danish.stdout)[0]).toBe("Kandidater (Bo's): 7 kandidater × 7 uger — 11 fejl, 4 advarsel(er)");
    expect(danish.stdout).toContain(
      "  advarsel 'Kandidater (Bo''s)'!K4: Kandidaten har 6 betalingsberettigede uger; kun de første 5 betales (fra uge 2021-W03: maks. uger nået) — Intet at gøre, medmindre status er forkert\n",
    );
    expect(danish.stdout).toContain(
      "  fejl     status.outsideEnrolment × 4: 'Kandidater (Bo''s)'!J5, E7, H8, I8 — den første: En status i uge 2021-W02, uden for kandidatens forløb — Ryd status, eller ret start- eller slutdatoen\n",
    );
  });

  test(`${MANY.toLocaleString('en')} identical warnings are one line with the count and the first cells; --json keeps every one`, () => {
    const english = sib('check', path('many.xlsx'));
    expect(english.status).toBe(0);
    expect(lines(english.stdout)).toEqual([
      'Candidates: 10,000 candidates × 3 weeks — 0 error(s), 10,000 warning(s)',
      '  warning candidate.pastMaxWeeks × 10,000: Candidates!D2, D3, D4, D5, D6 and 9,995 more — The candidate has 3 payable weeks; only the first 2 are paid (from week 2021-W03 on: max weeks reached) — No action needed unless the statuses are wrong',
      'A finding repeated more than 3 times is shown once, with its count; --json lists each.',
    ]);
    expect(lines(sib('check', path('many.xlsx'), '--lang', 'da').stdout)).toEqual([
      'Candidates: 10.000 kandidater × 3 uger — 0 fejl, 10.000 advarsel(er)',
      '  advarsel candidate.pastMaxWeeks × 10.000: Candidates!D2, D3, D4, D5, D6 og 9.995 til — Kandidaten har 3 betalingsberettigede uger; kun de første 2 betales (fra uge 2021-W03: maks. uger nået) — Intet at gøre, medmindre status er forkert',
      'Et fund, der gentages mere end 3 gange, vises én gang med antallet; --json viser hvert enkelt.',
    ]);
    const json = sib('check', path('many.xlsx'), '--json', '--lang', 'da').json;
    expect(json.findings).toHaveLength(MANY);
    expect(json.findings[MANY - 1]).toMatchObject({ address: 'Candidates!D10001', code: 'candidate.pastMaxWeeks' });
  });

  test('the demo workbook says where it went', () => {
    expect(sib('demo', '--out', path('demo-da.xlsx'), '--lang', 'da').stdout).toBe(
      `Demoprojektmappen er skrevet til ${path('demo-da.xlsx')} (ark: Contract, Candidates)\n`,
    );
    expect(sib('demo', '--out', path('demo-en.xlsx')).stdout).toBe(
      `Demo workbook written to ${path('demo-en.xlsx')} (sheets: Contract, Candidates)\n`,
    );
  });
});

describe('sib invoice', () => {
  test('an invoice: headers, lines, reasons in words, money grouped with its currency, then where it was written', () => {
    const english = sib('invoice', path('rules.xlsx'), '--week', '2021-W01', '--out', path('rules-en.xlsx'));
    expect(english.status).toBe(0);
    expect(lines(english.stdout).slice(0, 12)).toEqual([
      "Invoice 2021-W01 from Kandidater (Bo's): 7 line(s), 2 paid",
      '  Candidate  Status  Amount (DKK)  Not paid because',
      '  K-01       S           1,234.57',
      '  K-02       D             617.29',
      '  K-03       full          493.80  contract cap reached',
      '  K-04       X               0.00  invalid status',
      '  K-05       S               0.00  outside enrolment',
      '  K-06       0.3333          0.00  contract cap reached',
      '  K-07       S               0.00  contract cap reached',
      'Total: DKK 2,345.66',
      'Invoiced before this week: DKK 12,654.34; cap remaining before it: DKK 2,345.66',
      expect.stringMatching(/^Fingerprint [0-9a-f]{64}$/),
    ]);
    expect(english.stdout).toContain('15 finding(s) did not stop the invoice:\n');
    expect(lines(english.stdout).at(-1)).toBe(`Written to ${path('rules-en.xlsx')}, sheet 'Invoice 2021-W01'`);
    expect(english.stderr).toBe(`Reading ${path('rules.xlsx')}…\nSettling 2021-W01…\nWriting ${path('rules-en.xlsx')}…\n`);

    const danish = sib('invoice', path('rules.xlsx'), '--week', '2021-W01', '--out', path('rules-da.xlsx'), '--lang', 'da');
    expect(danish.status).toBe(0);
    expect(lines(danish.stdout).slice(0, 12)).toEqual([
      "Faktura 2021-W01 fra Kandidater (Bo's): 7 linje(r), 2 betalt",
      '  Kandidat  Status  Beløb (DKK)  Ikke betalt, fordi',
      '  K-01      S          1.234,57',
      '  K-02      D            617,29',
      '  K-03      full         493,80  kontraktens loft nået',
      '  K-04      X              0,00  ugyldig status',
      '  K-05      S              0,00  uden for forløbet',
      '  K-06      0,3333         0,00  kontraktens loft nået',
      '  K-07      S              0,00  kontraktens loft nået',
      'I alt: 2.345,66 DKK',
      'Faktureret før denne uge: 12.654,34 DKK; tilbage af loftet før den: 2.345,66 DKK',
      expect.stringMatching(/^Fingeraftryk [0-9a-f]{64}$/),
    ]);
    expect(danish.stdout).toContain('15 fund stoppede ikke fakturaen:\n');
    expect(lines(danish.stdout).at(-1)).toBe(`Skrevet til ${path('rules-da.xlsx')}, ark 'Invoice 2021-W01'`);
    expect(danish.stderr).toBe(`Læser ${path('rules.xlsx')}…\nAfregner 2021-W01…\nSkriver ${path('rules-da.xlsx')}…\n`);
    expect(
      sib('invoice', path('rules.xlsx'), '--week', '2021-W01', '--out', path('rules-json.xlsx'), '--json', '--lang', 'da').json,
    ).toMatchObject({
      total: '2345.66',
      lines: expect.arrayContaining([expect.objectContaining({ candidateId: 'K-06', status: '0.3333', amount: '0.00', reason: 'cap' })]),
    });
  });

  test('the contract’s currency, and findings that did not stop the invoice, grouped', () => {
    const run = sib('invoice', path('many.xlsx'), '--week', '2021-W02', '--out', path('many-w02.xlsx'), '--lang', 'da');
    expect(run.status).toBe(0);
    const out = lines(run.stdout);
    expect(out.slice(0, 3)).toEqual([
      'Faktura 2021-W02 fra Candidates: 10.000 linje(r), 10.000 betalt',
      '  Kandidat  Status  Beløb (EUR)  Ikke betalt, fordi',
      '  K-00001   S          1.650,50',
    ]);
    expect(out.slice(MANY + 2, MANY + 4)).toEqual(['I alt: 16.505.000,00 EUR', 'Faktureret før denne uge: 16.505.000,00 EUR']);
    expect(out.slice(MANY + 5)).toEqual([
      '10.000 fund stoppede ikke fakturaen:',
      '  advarsel candidate.pastMaxWeeks × 10.000: Candidates!D2, D3, D4, D5, D6 og 9.995 til — Kandidaten har 3 betalingsberettigede uger; kun de første 2 betales (fra uge 2021-W03: maks. uger nået) — Intet at gøre, medmindre status er forkert',
      'Et fund, der gentages mere end 3 gange, vises én gang med antallet; --json viser hvert enkelt.',
      `Skrevet til ${path('many-w02.xlsx')}, ark 'Invoice 2021-W02'`,
    ]);
  });

  test('a correction lists what was issued, what is due now and the difference; an unchanged week says nothing was written', () => {
    const english = sib('invoice', path('changed.xlsx'), '--week', '2019-W30', '--out', path('correction-en.xlsx'));
    expect(english.status).toBe(0);
    expect(lines(english.stdout).slice(0, 5)).toEqual([
      'Correction of 2019-W30 from Candidates: 2 changed line(s); the total is the difference charged',
      '  Candidate  Status  Issued (DKK)  Now (DKK)  Difference (DKK)  Not paid because',
      '  K-001      S               0.00   3,300.00          3,300.00',
      '  K-008      D           3,300.00   1,650.00         -1,650.00',
      'Total charged: DKK 1,650.00',
    ]);
    const danish = sib('invoice', path('changed.xlsx'), '--week', '2019-W30', '--out', path('correction-da.xlsx'), '--lang', 'da');
    expect(lines(danish.stdout).slice(0, 5)).toEqual([
      'Korrektion af 2019-W30 fra Candidates: 2 ændrede linje(r); totalen er den forskel, der opkræves',
      '  Kandidat  Status  Faktureret (DKK)  Nu (DKK)  Forskel (DKK)  Ikke betalt, fordi',
      '  K-001     S                   0,00  3.300,00       3.300,00',
      '  K-008     D               3.300,00  1.650,00      -1.650,00',
      'Opkræves i alt: 1.650,00 DKK',
    ]);
    expect(lines(danish.stdout).at(-1)).toBe(`Skrevet til ${path('correction-da.xlsx')}, ark 'Correction 2019-W30'`);
    expect(sib('invoice', path('invoiced.xlsx'), '--week', '2019-W30', '--out', path('again.xlsx'), '--lang', 'da').stdout).toMatch(
      /^2019-W30 er afregnet af Invoice 2019-W30, og data er uændret siden: intet skrevet \(fingeraftryk [0-9a-f]{64}\)\n$/,
    );
  });

  test('a refusal says what was not done and lists the errors, grouped (in --json, every one), in the reader’s language', () => {
    const blocked = [
      "  fejl     id.duplicate × 5: C!A3, A4, A5, A6, A7 — Kandidat-id 'K-1' er brugt før (i C!A2) — Giv hver kandidat én række og et entydigt id",
      'Et fund, der gentages mere end 3 gange, vises én gang med antallet; --json viser hvert enkelt.',
    ];
    const invoice = sib('invoice', path('duplicates.xlsx'), '--week', '2021-W01', '--out', path('no.xlsx'), '--lang', 'da');
    expect(invoice).toMatchObject({ status: 1, stdout: '' });
    expect(invoice.stderr).toBe(
      [
        `Læser ${path('duplicates.xlsx')}…`,
        'Afregner 2021-W01…',
        'Ingen faktura blev dannet: kontrollen fandt 5 fejl, der gør beløbene usikre:',
        ...blocked,
        '',
      ].join('\n'),
    );
    expect(sib('investor', path('duplicates.xlsx'), '--lang', 'da').stderr).toBe(
      [
        `Læser ${path('duplicates.xlsx')}…`,
        'Afregner ugerne…',
        'Ingen tal: kontrollen fandt 5 fejl, der gør beløbene usikre:',
        ...blocked,
        '',
      ].join('\n'),
    );
    const json = sib('invoice', path('duplicates.xlsx'), '--week', '2021-W01', '--out', path('no.xlsx'), '--lang', 'da', '--json');
    expect(json).toMatchObject({ status: 1, json: { exitCode: 1 } });
    expect(json.json.error.split('\n')).toEqual([
      'Ingen faktura blev dannet: kontrollen fandt 5 fejl, der gør beløbene usikre:',
      ...['A3', 'A4', 'A5', 'A6', 'A7'].map(
        (cell) => `  fejl     C!${cell}: Kandidat-id 'K-1' er brugt før (i C!A2) — Giv hver kandidat én række og et entydigt id`,
      ),
    ]);
    expect(sib('invoice', path('demo.xlsx'), '--week', '2024-W01', '--out', path('no.xlsx'), '--lang', 'da')).toMatchObject({
      status: 1,
      stderr: expect.stringMatching(/\nArket Candidates har ingen kolonne for uge 2024-W01\n$/),
    });
    expect(sib('invoice', path('duplicates.xlsx'), '--week', '2021-W01', '--out', path('no.xlsx')).stderr).toMatch(
      /\nNo invoice was built: the check found 5 error\(s\) that make amounts uncertain:\n {2}error {3}id\.duplicate × 5: C!A3, A4, A5, A6, A7 — /,
    );
  });
});

describe('sib ledger, sib statement and sib investor', () => {
  test('the ledger: headers, kinds in words, amounts grouped in the currency the headers name, and the total', () => {
    expect(lines(sib('ledger', path('invoiced.xlsx')).stdout)).toEqual([
      'Settlement ledger: 2 row(s)',
      '  Row  Week      Kind     Sheet             Lines   Total (DKK)  Cumulative (DKK)',
      '    2  2019-W29  opening                        0  2,700,060.00      2,700,060.00',
      '    3  2019-W30  invoice  Invoice 2019-W30     24     66,990.00      2,767,050.00',
      'Total: DKK 2,767,050.00',
    ]);
    expect(lines(sib('ledger', path('invoiced.xlsx'), '--lang', 'da').stdout)).toEqual([
      'Settlement ledger: 2 række(r)',
      '  Række  Uge       Art      Ark               Linjer   I alt (DKK)  Akkumuleret (DKK)',
      '      2  2019-W29  åbning                          0  2.700.060,00       2.700.060,00',
      '      3  2019-W30  faktura  Invoice 2019-W30      24     66.990,00       2.767.050,00',
      'I alt: 2.767.050,00 DKK',
    ]);
    expect(sib('ledger', path('invoiced.xlsx'), '--json').json).toMatchObject({ currency: 'DKK', total: '2767050.00' });
    expect(sib('ledger', path('demo.xlsx'), '--lang', 'da').stdout).toBe(
      'Endnu ingen afregningslog (Settlement ledger): den oprettes med den første faktura.\n',
    );
  });

  test('a statement that agrees, and one that differs, in Danish', () => {
    expect(sib('statement', '--invoice', path('invoiced.xlsx'), path('demo.xlsx'), '--lang', 'da')).toMatchObject({
      status: 0,
      stdout: 'Opgørelsen for 2019-W30 stemmer: 24 linje(r), i alt 66.990,00 DKK\n',
    });
    const differs = sib('statement', '--invoice', path('invoiced.xlsx'), path('changed.xlsx'), '--lang', 'da');
    expect(differs.status).toBe(1);
    expect(lines(differs.stdout)).toEqual([
      "Opgørelsen for 2019-W30 ('Invoice 2019-W30'!A16) afviger fra Candidates: 2 afvigelse(r), beløb i DKK",
      "  Anden status     K-008  modtaget 'S' 3.300,00 i 'Invoice 2019-W30'!B17; forventet 'D' 1.650,00 i Candidates!CH11; forskel 1.650,00",
      "  Manglende linje  K-001  modtaget ingen linje; forventet 'S' 3.300,00 i Candidates!CH4; forskel -3.300,00",
      "Modtaget i alt 66.990,00 DKK (totalrækken 'Invoice 2019-W30'!I41); dens 24 linje(r) giver 66.990,00 DKK",
      'Forventet i alt 68.640,00 DKK (25 linje(r)); modtaget − forventet: -1.650,00 DKK',
    ]);
    expect(differs.stderr).toContain('Sammenligner…');
  });

  test('the investor’s figures with the currency on each amount, counts grouped', () => {
    const english = lines(sib('investor', path('many.xlsx'), '--until', '2021-W03').stdout);
    expect(english).toEqual([
      'Investor figures for Candidates up to 2021-W03, from the weekly invoices the sheet gives; no ledger yet',
      '  Repaid  EUR 33,010,000.00',
      '  Success rate: 100.0% (10,000 of 10,000), target 50% met',
      '  SIB_Invested is not defined, so there is no return, multiple or IRR',
      '  2 repayment(s), 2021-W01 to 2021-W02; --json lists each',
    ]);
    const danish = lines(sib('investor', path('invoiced.xlsx'), '--until', '2019-W30', '--lang', 'da').stdout);
    expect(danish.slice(0, 3)).toEqual([
      'Investortal for Candidates til og med 2019-W30, fra afregningsloggen',
      '  Investeret (2018-01-01)   4.000.000,00 DKK',
      '  Tilbagebetalt             2.767.050,00 DKK',
    ]);
    expect(danish).toContain('  Pengemultipel                      0,6918×');
  });

  test('the e-invoice: what it holds and where it went, its refusals, in either language', () => {
    const english = sib('einvoice', path('einvoice.xlsx'), '--week', '2020-W51', '--out', path('w51-en.xml'));
    expect(english.status).toBe(0);
    expect(lines(english.stdout)).toEqual([
      "Peppol BIS Billing 3.0 Invoice no. 3 of 2021-01-25: the invoice for 2020-W51 ('Invoice 2020-W51')",
      expect.stringMatching(/^ {2}5 line\(s\), payable DKK 4,320\.99; fingerprint [0-9a-f]{64}$/),
      `Written to ${path('w51-en.xml')}: send it through your NemHandel or Peppol access point`,
    ]);
    const danish = sib('einvoice', path('einvoice.xlsx'), '--week', '2020-W51', '--out', path('w51-da.xml'), '--lang', 'da');
    expect(lines(danish.stdout)).toEqual([
      "Peppol BIS Billing 3.0-faktura nr. 3 af 2021-01-25: fakturaen for 2020-W51 ('Invoice 2020-W51')",
      expect.stringMatching(/^ {2}5 linje\(r\), til betaling 4\.320,99 DKK; fingeraftryk [0-9a-f]{64}$/),
      `Skrevet til ${path('w51-da.xml')}: send den via jeres NemHandel- eller Peppol-adgangspunkt`,
    ]);
    expect(danish.stderr).toBe(`Læser ${path('einvoice.xlsx')}…\nSkriver ${path('w51-da.xml')}…\n`);
    expect(readFileSync(path('w51-da.xml'))).toEqual(readFileSync(path('w51-en.xml')));
    expect(sib('einvoice', path('einvoice.xlsx'), '--week', '2020-W52', '--out', path('no.xml'), '--lang', 'da')).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('Ingen e-faktura blev skrevet:\n'),
    });
    expect(
      sib('einvoice', path('einvoice.xlsx'), '--week', '2020-W51', '--correction', '0', '--out', path('no.xml'), '--lang', 'da'),
    ).toMatchObject({
      status: 2,
      stderr: "--correction skal være korrektionens nummer, 1 eller mere, ikke '0'\n",
    });
  });
});
