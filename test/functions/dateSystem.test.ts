import { investorIrr, weekLabel, weekStart } from '../../functions/functions';
import { excelError } from '../support/excelErrors';
import { useOfficeHost } from './officeHost';

// Excel.run and the workbook exist only inside Excel; the Office adapter's FakeExcel stands in (fakeExcel.ts).
const excel = useOfficeHost();
const DATE_SYSTEM_READ = 'workbook.functions.date(1904,1,1).load';

describe('the date functions learn the workbook’s date system on their first call', () => {
  test('a read that fails is #N/A with a message, and the next call asks again', async () => {
    excel.failAtSync = 1;
    await expect(weekLabel([[44263]])).rejects.toEqual(
      excelError('#N/A', "Excel did not tell the workbook's date system (1900 or 1904) — recalculate to try again"),
    );
    expect(await weekLabel([[44263]])).toEqual([['2021-W10']]);
    expect(excel.syncs.map((sync) => sync.calls)).toEqual([[DATE_SYSTEM_READ], [DATE_SYSTEM_READ]]);
  });

  test('once known, every later call reuses it: no further sync, however many functions ask at once', async () => {
    const before = excel.syncs.length;
    const results = await Promise.all([
      weekLabel([[44263]]),
      weekStart([['2021-W10']]),
      investorIrr([[-100], [110]], [[43466], [43831]]),
      weekLabel([[44270]]),
    ]);
    expect(results).toEqual([[['2021-W10']], [[44263]], expect.closeTo(0.1, 12), [['2021-W11']]]);
    expect(excel.syncs.length).toBe(before);
  });
});
