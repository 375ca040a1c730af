import { SheetSpec, WorkbookChanges } from '../../src/workbook/types';
import { fakeExcelCells } from '../testing/fakeExcelCells';
import { insertChartInExcel } from './officeChart';

describe('the investor chart inside Excel', () => {
  test('adds the data sheet through the adapter, then draws a line chart of it beside the data', async () => {
    const excel = fakeExcelCells(['Investor chart']);
    const applied: WorkbookChanges[] = [];
    const sheet: SheetSpec = { name: 'Investor chart', rows: [[null, { value: 'Repaid' }, { value: 'Invested' }], [{ value: 44197 }, { value: 0 }, { value: 100 }], [{ value: 44204 }, { value: 120 }, { value: 100 }]] };
    await insertChartInExcel(excel.run, async (changes) => void applied.push(changes), sheet, 'Repayments');
    expect(applied).toEqual([{ addSheets: [sheet] }]);
    expect(excel.log).toEqual(['chart Line Investor chart!A1:C3 by Columns', 'chart title Repayments', 'chart legend Bottom', 'chart at E2:M22', 'activate Investor chart']);
  });
});
