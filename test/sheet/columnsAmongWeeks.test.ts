import { CellValue } from '../../src/engine/cells';
import { IsoWeek, parseWeekLabel } from '../../src/engine/weeks';
import { runCheck } from '../../src/jobs/checkJob';
import { runInvoice } from '../../src/jobs/invoiceJob';
import { showFinding } from '../../src/sheet/findings';
import { MemoryWorkbook } from '../../src/workbook/memoryWorkbook';
import { contractSheet } from './fixtures';

function workbook(rows: CellValue[][]): MemoryWorkbook {
  const contract = contractSheet({ SIB_WeeklyRate: 1000, SIB_PartialRate: 500 });
  return new MemoryWorkbook({ Candidates: rows, Contract: contract.rows }, contract.names);
}

async function findings(rows: CellValue[][]): Promise<string[]> {
  return (await runCheck(workbook(rows))).findings.map((finding) => `${finding.severity} ${finding.address} ${finding.code}`);
}

describe('a column among the week columns whose header is not a week (docs/rules.md §6)', () => {
  test('empty: a warning at its header, naming the column', async () => {
    const rows = [
      ['ID', '2021-W01', 'Notes', '2021-W02'],
      ['K-1', 'S', null, 'S'],
    ];
    expect(await findings(rows)).toEqual(['warning Candidates!C1 column.notWeek']);
    const [finding] = (await runCheck(workbook(rows))).findings;
    expect(showFinding(finding)).toMatchObject({
      message: "Column C stands between week columns, but its header 'Notes' is not a week; the column is ignored",
      action: 'Give it a week header such as 2021-W10, or move it out of the week columns, before the first week or after the last',
    });
    expect(showFinding(finding, 'da').message).toBe(
      "Kolonne C står mellem ugekolonnerne, men overskriften 'Notes' er ikke en uge; kolonnen ignoreres",
    );
  });

  test('holding notes — text that is no status in any spelling, or a status that pays nothing — a warning that counts them', async () => {
    const rows = [
      ['ID', '2021-W01', 'Note', '2021-W02'],
      ['K-1', 'S', 'called on Tuesday', 'S'],
      ['K-2', 'S', 'new advisor\nfrom May', null],
      ['K-3', 'S', null, null],
      ['K-4', 'S', 'O', null],
      ['K-5', 'S', 0, null],
    ];
    expect(await findings(rows)).toEqual(['warning Candidates!C1 column.notes']);
    const [finding] = (await runCheck(workbook(rows))).findings;
    expect(showFinding(finding).message).toBe(
      "Column C stands between week columns, but its header 'Note' is not a week; its 4 filled cell(s), from Candidates!C2 ('called on Tuesday') on, are read as notes, not statuses",
    );
    const invoice = await runInvoice(workbook(rows), { week: parseWeekLabel('2021-W01') as IsoWeek });
    expect(invoice.kind).toBe('invoice');
  });

  test.each<[string, CellValue]>([
    ['S', 'S'],
    ['a share', 0.5],
    ['a share as text', '50 %'],
    ['TRUE', true],
    ['D in lower case', 'd'],
    ['a word in mixed case', 'sElV'],
    ['S with a non-breaking space', 'S\u00a0'],
    ['full-width letters', 'ＳＥＬＶ'],
    ['a number above 1', 2],
    ['a signed share', '-0,5'],
    ['an error value', { error: '#N/A' }],
  ])('holding statuses (%s): an error that blocks the invoice', async (_, status) => {
    const rows = [
      ['ID', '2021-W01', 'Comment', '2021-W02'],
      ['K-1', 'S', 'fine', 'S'],
      ['K-2', 'S', status, 'S'],
    ];
    expect(await findings(rows)).toEqual(['error Candidates!C1 column.statuses']);
    const invoice = await runInvoice(workbook(rows), { week: parseWeekLabel('2021-W01') as IsoWeek });
    expect(invoice.kind === 'refused' && invoice.refusal.refused).toBe('blocking-findings');
  });

  test('the error names how many cells hold statuses, the first, and what to do', async () => {
    const rows = [
      ['ID', '2021-W01', null, '2021-W03'],
      ['K-1', 'S', 'a note', 'S'],
      ['K-2', 'S', 'S', 'S'],
      ['K-3', 'S', 'D', 'S'],
    ];
    // The week its header should name is missing, and a warning says so too.
    expect(await findings(rows)).toEqual(['error Candidates!C1 column.statuses', 'warning Candidates!D1 week.gap']);
    const [finding] = (await runCheck(workbook(rows))).findings;
    expect(showFinding(finding)).toMatchObject({
      address: 'Candidates!C1',
      message:
        "Column C stands between week columns, but its header '' is not a week; 2 cell(s) in it, from Candidates!C3 ('S') on, hold statuses no invoice counts",
      action:
        'Give the column its week header, such as 2021-W10, or move it out of the week columns, before the first week or after the last',
    });
    expect(showFinding(finding, 'da').action).toBe(
      'Giv kolonnen dens ugeoverskrift, fx 2021-W10, eller flyt den ud af ugekolonnerne, før den første uge eller efter den sidste',
    );
  });

  test('"between" goes by the sheet’s columns, not the weeks’ dates: out-of-order weeks span the same columns', async () => {
    const rows = [
      ['ID', 'Advisor', '2021-W03', 'Notes', '2021-W01', null, '2021-W02', 'Remarks', 'Total'],
      ['K-1', 'Anne', 'S', null, 'S', null, 'S', 'S', 3],
    ];
    expect(await findings(rows)).toEqual(['warning Candidates!D1 column.notWeek', 'warning Candidates!E1 week.outOfOrder']);
    expect(
      await findings([
        ['ID', '2021-W02', 'Notes', '2021-W01', 'Remarks'],
        ['K-1', 'S', 'S', 'S', 'S'],
      ]),
    ).toEqual(['error Candidates!C1 column.statuses', 'warning Candidates!D1 week.outOfOrder']);
  });

  test('a blank column between weeks, and the id, start and end columns among them, pass without a word', async () => {
    expect(
      await findings([
        ['2021-W01', null, 'ID', 'Start', 'End', '2021-W02'],
        ['S', null, 'K-1', null, null, 'S'],
      ]),
    ).toEqual([]);
  });

  test('an unreadable week header is reported once, as such', async () => {
    expect(
      await findings([
        ['ID', '2021-W01', '2021-W54', '2021-W02'],
        ['K-1', 'S', 'S', 'S'],
      ]),
    ).toEqual(['error Candidates!C1 week.unreadable']);
  });
});
