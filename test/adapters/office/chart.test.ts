import { insertLineChart } from '../../../src/adapters/office';
import { FakeExcel } from './fakeExcel';

// Excel.run and its proxy objects exist only inside Excel; FakeExcel stands in for them (see fakeExcel.ts).

const supportsAll = () => true;

function chartExcel(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet('Contract');
  excel.addSheet('Investor chart', {
    values: [
      [null, 'Repaid', 'Invested'],
      [44197, 0, 100],
      [44204, 120, 100],
    ],
  });
  return excel;
}

const charts = (excel: FakeExcel) => excel.charts.map(({ sheet, ...chart }) => ({ sheet: sheet.name, ...chart }));

describe('insertLineChart', () => {
  test('draws a line chart of the data beside it, legend below, and shows its sheet, in one sync', async () => {
    const excel = chartExcel();
    await insertLineChart(excel.run, { sheet: 'Investor chart', range: 'A1:C3', title: 'Repayments' }, supportsAll);
    expect(charts(excel)).toEqual([
      {
        sheet: 'Investor chart',
        type: 'Line',
        source: "'Investor chart'!A1:C3",
        seriesBy: 'Columns',
        title: 'Repayments',
        legend: 'Bottom',
        position: 'E2:M22',
      },
    ]);
    expect(excel.active).toBe('Investor chart');
    expect(excel.syncs).toHaveLength(1);
  });

  test('a sheet that does not exist fails the sync, and nothing is drawn', async () => {
    const excel = chartExcel();
    await expect(insertLineChart(excel.run, { sheet: 'Gone', range: 'A1:C3', title: 'Repayments' }, supportsAll)).rejects.toThrow(
      expect.objectContaining({ code: 'sheet.notFound', params: { sheet: 'Gone', sheets: 'Contract, Investor chart' } }),
    );
    expect([excel.charts, excel.active]).toEqual([[], 'Contract']);
  });

  test('an Excel without charts, or a range that is none, is told so before any call', async () => {
    const excel = chartExcel();
    await expect(insertLineChart(excel.run, { sheet: 'Investor chart', range: 'A1:C3', title: 'Repayments' }, () => false)).rejects.toThrow(
      'This version of Excel cannot insert charts for the add-in: it needs ExcelApi 1.1 or later',
    );
    await expect(insertLineChart(excel.run, { sheet: 'Investor chart', range: 'data', title: 'Repayments' }, supportsAll)).rejects.toThrow(
      "'data' is not a range",
    );
    expect(excel.syncs).toHaveLength(0);
  });
});
