import { CellValue } from '../../src/engine/cells';
import { dayFromYmd, weekLabel } from '../../src/engine/weeks';
import { readCandidates } from '../../src/sheet/candidates';
import { defaultInvoiceWeek } from '../../src/sheet/defaultWeek';
import { findLayout } from '../../src/sheet/layout';

function sheetOf(rows: CellValue[][]) {
  const grid = { name: 'Candidates', rows };
  const found = findLayout(grid, [], '1900');
  if (!('layout' in found)) throw new Error(found.problem);
  return readCandidates(grid, found.layout, '1900');
}

const sheet = sheetOf([
  ['ID', '2021-W08', '2021-W09', '2021-W10', '2021-W11', '2021-W12'],
  ['K-1', 'S', 'S', null, null, null],
]);

const week = (today: [number, number, number]) => {
  const found = defaultInvoiceWeek(sheet, dayFromYmd(...today));
  return found && weekLabel(found);
};

describe('the week an invoice is built for by default (docs/rules.md §7)', () => {
  test('the last complete ISO week, when the sheet has it', () => expect(week([2021, 3, 17])).toBe('2021-W10'));
  test('on a Monday, the week that ended yesterday', () => expect(week([2021, 3, 22])).toBe('2021-W11'));
  test('a sheet that ended earlier: its last week with a status', () => expect(week([2024, 6, 1])).toBe('2021-W09'));
  test('a sheet that starts later: its first week', () => expect(week([2020, 1, 1])).toBe('2021-W08'));
  test('no status at all before the last complete week: the latest past week', () => {
    const empty = sheetOf([
      ['ID', '2021-W08', '2021-W09'],
      ['K-1', null, null],
    ]);
    expect(weekLabel(defaultInvoiceWeek(empty, dayFromYmd(2022, 1, 1))!)).toBe('2021-W09');
  });
});
