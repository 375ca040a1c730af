import { createXlsx, openXlsx } from '../../src/adapters/xlsx';
import { investorIrr, weekLabel, weekStart } from '../../functions/functions';
import { CellSpec, SheetGrid } from '../../src/workbook/types';
import { excelError } from '../support/excelErrors';
import { recalculateWithLibreOffice } from '../support/libreoffice';
import { useOfficeHost } from './officeHost';

// A workbook in the 1904 date system, as Excel.run reports it through the Office adapter's FakeExcel (fakeExcel.ts).
const excel = useOfficeHost({ date1904: true });

/** Dates around year and week-year boundaries, leap days, the 1904 system's first day and Excel's last. */
const DATES: [number, number, number][] = [
  [1904, 1, 1],
  [1904, 1, 4],
  [1904, 2, 29],
  [2019, 12, 30],
  [2020, 12, 28],
  [2021, 1, 3],
  [2021, 1, 4],
  [2021, 3, 8],
  [2024, 2, 29],
  [2026, 12, 31],
  [2027, 1, 3],
  [9999, 12, 31],
];
const FLOWS: [number, string][] = [
  [-4_000_000, '2018-03-05'],
  [1_250_000, '2019-01-14'],
  [1_500_000, '2019-09-30'],
  [-20_000, '2020-01-06'],
  [1_400_000, '2020-12-28'],
];

describe('WEEKLABEL, WEEKSTART and INVESTORIRR in a workbook in the 1904 date system', () => {
  test('the first calls wait for one read of the date system, however many there are', async () => {
    const labels = await Promise.all([weekLabel([[42801]]), weekLabel([[0]]), weekStart([['2021-W10']])]);
    expect(labels).toEqual([[['2021-W10']], [['1903-W53']], [[42801]]]);
    expect(excel.syncs).toHaveLength(1);
  });

  test('serials count from 1904-01-01 (serial 0), 1,462 days after the 1900 system', async () => {
    expect(await weekLabel([[42801, 42807, 42808, '2021-03-08']])).toEqual([['2021-W10', '2021-W10', '2021-W11', '2021-W10']]);
    expect(await weekStart([['2021-W10', 42806, '1904-W01']])).toEqual([[44263 - 1462, 42801, 3]]);
  });

  test('a serial below 0 is #NUM!, and a week that begins before 1904-01-01 has no serial', async () => {
    expect(await weekLabel([[-1]])).toEqual([[excelError('#NUM!')]]);
    expect(await weekStart([['1903-W53', 0]])).toEqual([
      [
        excelError('#NUM!', "1903-W53 begins on 1903-12-28, before 1904-01-01, the workbook's first date"),
        excelError('#NUM!', "1903-W53 begins on 1903-12-28, before 1904-01-01, the workbook's first date"),
      ],
    ]);
  });

  test('INVESTORIRR reads 1904 serials as the same days as ISO dates, so the two mix', async () => {
    const isoDates = FLOWS.map(([, date]) => [date]);
    const mixed = FLOWS.map(([, date], i) => [i === 0 ? date : (Date.parse(date) - Date.parse('1904-01-01')) / 86_400_000]);
    const amounts = FLOWS.map(([amount]) => [amount]);
    expect(await investorIrr(amounts, mixed)).toBe(await investorIrr(amounts, isoDates));
  });

  describe('against LibreOffice’s own DATE, WEEKNUM, WEEKDAY and XIRR in a 1904 .xlsx', () => {
    let dates: SheetGrid;
    let flows: SheetGrid;

    beforeAll(async () => {
      const dateRows: CellSpec[][] = DATES.map(([year, month, day], i) => {
        const at = `A${i + 1}`;
        return [
          { formula: `DATE(${year},${month},${day})` },
          { formula: `WEEKNUM(${at},21)` },
          { formula: `YEAR(${at}-WEEKDAY(${at},2)+4)` },
          { formula: `${at}-WEEKDAY(${at},2)+1` },
        ];
      });
      const flowRows: CellSpec[][] = FLOWS.map(([amount, date]) => [{ value: amount }, { formula: `DATEVALUE("${date}")` }]);
      flowRows[0].push({ formula: `XIRR(A1:A${FLOWS.length},B1:B${FLOWS.length})` });
      const workbook = createXlsx({
        dateSystem: '1904',
        addSheets: [
          { name: 'Dates', rows: dateRows },
          { name: 'Flows', rows: flowRows },
        ],
      });
      const recalculated = openXlsx(await recalculateWithLibreOffice(workbook));
      [dates, flows] = [await recalculated.readSheet('Dates'), await recalculated.readSheet('Flows')];
    });

    test('LibreOffice computed in the 1904 system', () => {
      expect(dates.rows[DATES.findIndex(([y, m, d]) => y === 2021 && m === 3 && d === 8)]![0]).toBe(42801);
      expect(dates.rows[0]![0]).toBe(0);
    });

    test.each(DATES.map((date, row) => ({ date: date.join('-'), row })))(
      '$date: WEEKLABEL and WEEKSTART as LibreOffice',
      async ({ row }) => {
        const [serial, week, isoYear, monday] = dates.rows[row]! as number[];
        expect(await weekLabel([[serial]])).toEqual([[`${isoYear}-W${String(week).padStart(2, '0')}`]]);
        expect(await weekStart([[serial]])).toEqual([[monday >= 0 ? monday : excelError('#NUM!')]]);
      },
    );

    test('INVESTORIRR on the serials LibreOffice computed equals its XIRR', async () => {
      const amounts = flows.rows.map((row) => [row![0]]);
      const serials = flows.rows.map((row) => [row![1]]);
      const theirs = flows.rows[0]![2] as number;
      expect(typeof theirs).toBe('number');
      expect(Math.abs((await investorIrr(amounts, serials)) - theirs)).toBeLessThan(1e-9);
    });
  });
});
