import { CellValue } from '../../src/engine/cells';
import { weekLabel } from '../../src/engine/weeks';
import { runCheck } from '../../src/jobs/checkJob';
import { MemoryWorkbook } from '../../src/workbook/memoryWorkbook';
import { contractSheet, serial } from './fixtures';

const terms = contractSheet({ SIB_WeeklyRate: 1000 });

async function read(rows: CellValue[][], options: { headerRow?: number; dateSystem?: '1900' | '1904' } = {}) {
  const workbook = new MemoryWorkbook({ Candidates: rows, Contract: terms.rows }, terms.names, [], options.dateSystem);
  return runCheck(workbook, { headerRow: options.headerRow });
}

describe('reading a candidate sheet (docs/rules.md §6)', () => {
  test('week headers as labels, Excel dates and date text, any day of the week', async () => {
    const { sheet, findings } = await read([
      ['Candidate', '2021-W01', '2021W02', serial('2021-01-20'), '2021-01-28', '04-02-2021', '10.02.2021', 'Notes'],
    ]);
    expect(findings).toEqual([]);
    expect(sheet!.weeks.map(weekLabel)).toEqual(['2021-W01', '2021-W02', '2021-W03', '2021-W04', '2021-W05', '2021-W06']);
  });

  test('the 1904 date system reads date headers and enrolment dates four years and a day later', async () => {
    const { sheet } = await read(
      [
        ['ID', 'Start', serial('2021-01-04') - 1462],
        ['K-1', serial('2021-01-05') - 1462, 'S'],
      ],
      { dateSystem: '1904' },
    );
    expect(sheet!.weeks.map(weekLabel)).toEqual(['2021-W01']);
    expect(sheet!.candidates[0].start).toBe(sheet!.weeks[0].monday + 1);
  });

  test('numbers outside 1990–2099 in the header row are not weeks', async () => {
    const { sheet } = await read([['ID', 2019, 7, '2021-W01']]);
    expect(sheet!.weekColumns).toEqual([3]);
  });

  test('the user can choose the header row (0-based here, 1-based in the CLI)', async () => {
    const rows: CellValue[][] = [
      ['ID', '2020-W01'],
      ['K-0', 'S'],
      ['Kandidat', '2021-W01'],
      ['K-1', 'S'],
    ];
    expect((await read(rows)).sheet!.weeks.map(weekLabel)).toEqual(['2020-W01']);
    const chosen = await read(rows, { headerRow: 2 });
    expect(chosen.sheet!.weeks.map(weekLabel)).toEqual(['2021-W01']);
    expect(chosen.sheet!.candidates.map((candidate) => candidate.id)).toEqual(['K-1']);
  });

  test('a chosen header row without weeks says so', async () => {
    const { findings } = await read(
      [
        ['ID', 'Name'],
        ['K-1', 'x'],
      ],
      { headerRow: 0 },
    );
    expect(findings.map((finding) => `${finding.address} ${finding.code}`)).toEqual(['Candidates!A1 header.noWeeks']);
  });

  test('numeric ids are read as text; empty rows are skipped', async () => {
    const { sheet } = await read([['ID', '2021-W01'], [101, 'S'], [], [null, null], [' K-2 ', null]]);
    expect(sheet!.candidates.map((candidate) => [candidate.id, candidate.row])).toEqual([
      ['101', 1],
      ['K-2', 4],
    ]);
  });
});
