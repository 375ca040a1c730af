import { cellAddress } from '../../engine/cells';
import { parseRange } from '../../workbook/ranges';
import { ExcelRun } from './excelRun';
import { syncNamingMissingSheet } from './missingSheet';
import { OfficeError, runBatch } from './officeError';
import { officeSupports, requireFeature, SetSupported } from './requirements';

export interface LineChartSpec {
  readonly sheet: string;
  /**
   * The data with its header row, e.g. `A1:C40`, one series per column. When the first column's header cell
   * is empty, Excel takes that column for the categories, and draws a date axis when it holds dates.
   */
  readonly range: string;
  readonly title: string;
}

/** Where the chart goes, from the data's top-right corner: a column's gap, then this many columns and rows. */
const CHART_COLUMNS = 9;
const CHART_ROWS = 21;

/** Draws a native line chart of a sheet's data beside it, legend below, and shows that sheet; one sync. */
export async function insertLineChart(run: ExcelRun, spec: LineChartSpec, supports: SetSupported = officeSupports): Promise<void> {
  requireFeature('chart', supports);
  const data = parseRange(spec.range);
  if (!data) throw new OfficeError('chart.notRange', { range: spec.range });
  await runBatch(run, { code: 'excel.chartFailed', params: { sheet: spec.sheet } }, async (context) => {
    const worksheet = context.workbook.worksheets.getItem(spec.sheet);
    const chart = worksheet.charts.add('Line', worksheet.getRange(spec.range), 'Columns');
    chart.title.text = spec.title;
    chart.legend.position = 'Bottom';
    chart.setPosition(cellAddress(data.top + 1, data.right + 2), cellAddress(data.top + CHART_ROWS, data.right + 1 + CHART_COLUMNS));
    worksheet.activate();
    await syncNamingMissingSheet(context, [spec.sheet]);
  });
}
