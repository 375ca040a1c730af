import { CellValue } from '../../src/engine/cells';
import { IsoWeek, parseWeekLabel } from '../../src/engine/weeks';
import { runCheck } from '../../src/jobs/checkJob';
import { runInvoice } from '../../src/jobs/invoiceJob';
import { showFinding } from '../../src/sheet/findings';
import { MemoryWorkbook } from '../../src/workbook/memoryWorkbook';
import { TableInfo } from '../../src/workbook/types';
import { contractSheet, serial } from './fixtures';

const standardTerms = {
  SIB_WeeklyRate: 1000,
  SIB_PartialRate: 500,
  SIB_MaxWeeks: 3,
  SIB_ContractStart: serial('2021-01-04'),
  SIB_ContractEnd: serial('2021-12-31'),
};

async function check(rows: CellValue[][], terms: Record<string, CellValue> = standardTerms, tables: TableInfo[] = []) {
  const contract = contractSheet(terms);
  const workbook = new MemoryWorkbook({ Candidates: rows, Contract: contract.rows }, contract.names, tables);
  const result = await runCheck(workbook);
  return result.findings.map((finding) => `${finding.severity} ${finding.address} ${finding.code}`);
}

describe('the sheet check (docs/rules.md §6)', () => {
  test('a clean sheet has no findings, wherever it starts', async () => {
    expect(
      await check([
        [],
        [null, null, 'IMPACT60 candidates'],
        [],
        [null, null, 'Kandidat-ID', 'Navn', 'Startdato', 'Slutdato', '2021-W01', '2021-W02', serial('2021-01-18')],
        [null, null, 'K-001', 'ignored', serial('2021-01-04'), null, 'S', 'd', 0.5],
        [null, null, 'K-002', null, null, serial('2021-01-10'), 'SELV', null, null],
      ]),
    ).toEqual([]);
  });

  test('no header row', async () => {
    expect(await check([['Name'], ['x']])).toEqual(['error Candidates!A1 header.notFound']);
  });

  test('week columns but no id column', async () => {
    expect(
      await check([
        ['Name', '2021-W01'],
        ['x', 'S'],
      ]),
    ).toEqual(['error Candidates!B1 header.noIdColumn']);
  });

  test('week headers unreadable, duplicated, out of order, with gaps', async () => {
    const findings = await check([
      ['ID', '2021-W01', '2021-W54', '2021-W03', serial('2021-01-20'), '2021-W02', '2021-W06'],
      ['K-1', null, null, null, null, null, null],
    ]);
    expect(findings).toEqual([
      'error Candidates!C1 week.unreadable',
      'error Candidates!E1 week.duplicate',
      'warning Candidates!F1 week.outOfOrder',
      'warning Candidates!G1 week.gap',
    ]);
  });

  test('a week out of place is one warning, not also a gap where it should have stood', async () => {
    const findings = await check([
      ['ID', '2021-W01', '2021-W02', '2021-W05', '2021-W03', '2021-W04', '2021-W06'],
      ['K-1', null, null, null, null, null, null],
    ]);
    expect(findings).toEqual(['warning Candidates!E1 week.outOfOrder']);
  });

  test('ids: blank, duplicate (case-insensitive), CPR-like, error values', async () => {
    const findings = await check([
      ['Candidate ID', '2021-W01'],
      [null, 'S'],
      ['K-1', null],
      ['k-1', null],
      ['010190-1234', null],
      [{ error: '#REF!' }, null],
    ]);
    expect(findings).toEqual([
      'error Candidates!A2 id.blank',
      'error Candidates!A4 id.duplicate',
      'warning Candidates!A5 id.looksLikeCpr',
      'error Candidates!A6 cell.excelError',
    ]);
  });

  test('statuses: invalid, number as text, error values, outside enrolment and contract, past max weeks', async () => {
    const findings = await check([
      ['ID', 'Start', 'End', '2020-W53', '2021-W01', '2021-W02', '2021-W03', '2021-W04', '2021-W05'],
      ['K-1', null, null, null, 'X', '0,5', { error: '#N/A' }, 1.5, true],
      ['K-2', serial('2021-01-11'), serial('2021-01-20'), null, 'S', 'S', 'S', 'S', null],
      ['K-3', null, null, 'S', 'S', 'S', 'S', 'S', 'S'],
    ]);
    expect(findings).toEqual([
      'error Candidates!E2 status.invalid',
      'warning Candidates!F2 status.numberAsText',
      'error Candidates!G2 status.invalid',
      'error Candidates!H2 status.invalid',
      'warning Candidates!I2 status.logical',
      'error Candidates!E3 status.outsideEnrolment',
      'error Candidates!H3 status.outsideEnrolment',
      'error Candidates!D4 status.outsideContract',
      'warning Candidates!H4 candidate.pastMaxWeeks',
    ]);
  });

  test('every status not in canonical form is reported, naming what is wrong with it', async () => {
    const statuses: CellValue[] = [
      'S\u00a0',
      'S\t',
      'D\u200b',
      'ＳＥＬＶ',
      '0, 5',
      '1e-1',
      '1.000,5',
      'D ',
      false,
      'fULL',
      '   ',
      's',
      'Delvis',
      0.5,
    ];
    const weeks = statuses.map((_, index) => `2021-W${String(index + 1).padStart(2, '0')}`);
    const contract = contractSheet(standardTerms);
    const workbook = new MemoryWorkbook(
      {
        Candidates: [
          ['ID', ...weeks],
          ['K-1', ...statuses],
        ],
        Contract: contract.rows,
      },
      contract.names,
    );
    const shown = (await runCheck(workbook)).findings
      .filter((finding) => finding.code.startsWith('status.'))
      .map((finding) => showFinding(finding));
    expect(shown.map((finding) => `${finding.severity} ${finding.address} ${finding.message}`)).toEqual([
      "error Candidates!B2 Status 'S⟨U+00A0⟩' contains a non-breaking space (U+00A0), which Excel's TRIM keeps",
      "error Candidates!C2 Status 'S⟨U+0009⟩' contains a tab (U+0009)",
      "error Candidates!D2 Status 'D⟨U+200B⟩' contains an invisible zero-width character (U+200B)",
      "error Candidates!E2 Status 'ＳＥＬＶ' is written in full-width letters or digits (U+FF33)",
      "warning Candidates!F2 '0, 5' is text that looks like a number; it is read as 0.5",
      "error Candidates!G2 Status '1e-1' is written with an exponent",
      "error Candidates!H2 Status '1.000,5' has more than one comma or point",
      "warning Candidates!I2 'D ' has spaces before or after it; it is read as D",
      'warning Candidates!J2 The status cell holds FALSE; it is read as the number 0',
      "error Candidates!K2 Status 'fULL' mixes upper and lower case",
    ]);
    // The engine's own advice, precise to each flaw, is the finding's advice: said once, not twice.
    expect(shown.filter((finding) => finding.severity === 'error').map((finding) => finding.action)).toEqual([
      'Retype it as S, D, a share 0–1, or leave blank',
      'Retype it as S, D, a share 0–1, or leave blank',
      'Retype it as S, D, a share 0–1, or leave blank',
      'Retype it with ordinary ones: S, D, a share 0–1, or leave blank',
      'Write the share as digits, e.g. 0,5 or 50%',
      'Write the share with one decimal separator, e.g. 0,5',
      'Write it as one of FULL, full, Full',
    ]);
    expect(showFinding((await runCheck(workbook)).findings[4], 'da').message).toBe("'0, 5' er tekst, der ligner et tal; den læses som 0.5");
  });

  test('dates: not a date, end before start', async () => {
    const findings = await check([
      ['ID', 'Start', 'End', '2021-W01'],
      ['K-1', 'soon', null, null],
      ['K-2', serial('2021-02-01'), serial('2021-01-01'), null],
    ]);
    expect(findings).toEqual(['error Candidates!B2 date.invalid', 'error Candidates!C3 date.endBeforeStart']);
  });

  test('one unreadable or impossible enrolment date is one finding, not also every status outside enrolment', async () => {
    const findings = await check([
      ['ID', 'Start', 'End', '2020-W53', '2021-W01', '2021-W02', '2021-W03', '2021-W04'],
      ['K-1', 'soon', null, null, 'S', 'S', 'S', 'S'],
      ['K-2', null, { error: '#N/A' }, 'S', 'S', 'S', 'S', 'S'],
      ['K-3', serial('2021-02-01'), serial('2021-01-01'), null, 'S', 'S', 'S', 'S'],
      ['K-4', serial('2021-01-18'), null, null, 'S', null, null, null],
    ]);
    expect(findings).toEqual([
      'error Candidates!B2 date.invalid',
      'error Candidates!C3 cell.excelError',
      // The contract period does not depend on the candidate's dates: that finding stands.
      'error Candidates!D3 status.outsideContract',
      'error Candidates!C4 date.endBeforeStart',
      // A readable enrolment is still checked.
      'error Candidates!E5 status.outsideEnrolment',
    ]);
  });

  test('error values as ids are each reported once, not also as duplicates of one another', async () => {
    const findings = await check([
      ['ID', '2021-W01'],
      [{ error: '#N/A' }, 'S'],
      [{ error: '#N/A' }, 'S'],
    ]);
    expect(findings).toEqual(['error Candidates!A2 cell.excelError', 'error Candidates!A3 cell.excelError']);
  });

  test('an unreadable contract period is one finding at the term, not every status outside the contract', async () => {
    const rows = [
      ['ID', '2021-W01', '2021-W02', '2021-W03'],
      ['K-1', 'S', 'S', 'S'],
      ['K-2', 'S', 'S', 'S'],
    ];
    expect(await check(rows, { ...standardTerms, SIB_ContractStart: 'soon' })).toEqual(['error Contract!B5 terms.notDate']);
    const reversed = { ...standardTerms, SIB_ContractStart: serial('2021-12-31'), SIB_ContractEnd: serial('2021-01-04') };
    expect(await check(rows, reversed)).toEqual(['error Contract!B6 terms.endBeforeStart']);
    const contract = contractSheet(reversed);
    const [finding] = (await runCheck(new MemoryWorkbook({ Candidates: rows, Contract: contract.rows }, contract.names))).findings;
    expect(showFinding(finding).message).toBe(
      'The contract ends (SIB_ContractEnd, 2021-01-04) before it starts (SIB_ContractStart, 2021-12-31)',
    );
  });

  test('D without a partial rate; missing and invalid terms', async () => {
    expect(
      await check(
        [
          ['ID', '2021-W01'],
          ['K-1', 'D'],
        ],
        { SIB_WeeklyRate: 1000 },
      ),
    ).toEqual(['error Candidates!B2 status.partialWithoutRate']);
    expect(
      await check(
        [
          ['ID', '2021-W01'],
          ['K-1', 'S'],
        ],
        { SIB_PartialRate: 5 },
      ),
    ).toEqual(['error SIB_WeeklyRate terms.missing']);
    expect(
      await check(
        [
          ['ID', '2021-W01'],
          ['K-1', 'S'],
        ],
        { SIB_WeeklyRate: 'lots', SIB_MaxWeeks: 2.5 },
      ),
    ).toEqual(['error Contract!B2 terms.notAmount', 'error Contract!B3 terms.notWeeks']);
  });

  test('cells beyond Excel’s grid, in whatever grid an adapter hands over: errors, and no invoice is built', async () => {
    const header: CellValue[] = ['ID', '2021-W01'];
    header[16_384] = '2021-W02';
    header[16_385] = '2021-W03';
    const rows: CellValue[][] = [header, ['K-1', 'S']];
    rows[1_048_575] = ['K-2', 'S'];
    rows[1_048_576] = ['K-3', 'S'];
    rows[1_048_580] = ['K-4', 'S'];
    expect(await check(rows)).toEqual([
      'error Candidates!XFE1 grid.beyondColumns',
      'error Candidates!XFF1 grid.beyondColumns',
      'error Candidates!A1048577 grid.beyondRows',
    ]);
    const contract = contractSheet(standardTerms);
    const workbook = new MemoryWorkbook({ Candidates: rows, Contract: contract.rows }, contract.names);
    const [columns, , beyondRows] = (await runCheck(workbook)).findings;
    expect(showFinding(columns).message).toBe("The column XFE lies beyond XFD, Excel's last column");
    expect(showFinding(beyondRows, 'da').message).toBe(
      '2 kandidatrække(r), fra denne og frem, ligger under række 1.048.576, Excels sidste række',
    );
    const invoice = await runInvoice(workbook, { week: parseWeekLabel('2021-W01') as IsoWeek });
    expect(invoice.kind === 'refused' && invoice.refusal.refused === 'blocking-findings' && invoice.refusal.findings.length).toBe(3);
  });

  test('an Excel table ends the data before its totals row', async () => {
    const rows: CellValue[][] = [
      ['ID', '2021-W01'],
      ['K-1', 'S'],
      ['Total', 'whatever'],
    ];
    const table: TableInfo = { name: 'Candidates', sheet: 'Candidates', range: 'A1:B3', headerRowCount: 1, totalsRowCount: 1 };
    expect(await check(rows, standardTerms, [table])).toEqual([]);
  });

  test('findings read in English and Danish, with what to do', async () => {
    const contract = contractSheet(standardTerms);
    const workbook = new MemoryWorkbook(
      {
        Candidates: [
          ['ID', '2021-W01'],
          ['K-1', 'Q'],
        ],
        Contract: contract.rows,
      },
      contract.names,
    );
    const [finding] = (await runCheck(workbook)).findings;
    expect(showFinding(finding)).toEqual({
      severity: 'error',
      address: 'Candidates!B2',
      code: 'status.invalid',
      message: "Unknown status 'Q' in a status cell",
      action: 'Use S, D, a share 0–1, or leave blank',
    });
    expect(showFinding(finding, 'da')).toMatchObject({
      message: "Ukendt status 'Q' i en statuscelle",
      action: 'Brug S, D, en andel 0–1, eller lad den stå tom',
    });
  });
});
