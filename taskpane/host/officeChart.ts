import { ExcelRun } from '../../src/adapters/office';
import { columnLetters } from '../../src/engine/cells';
import { SheetSpec, WorkbookChanges } from '../../src/workbook/types';

/**
 * The investor chart as a native Excel chart: its data sheet is added like any other (through the Office
 * adapter's `apply`), then one batch draws a line chart of it beside the data. The first column holds the
 * dates and its header cell is empty, so Excel takes it for the categories and draws a date axis.
 */
export async function insertChartInExcel(run: ExcelRun, apply: (changes: WorkbookChanges) => Promise<void>, sheet: SheetSpec, title: string): Promise<void> {
  await apply({ addSheets: [sheet] });
  const columns = Math.max(...sheet.rows.map((row) => row?.length ?? 0));
  await run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet.name);
    const chart = worksheet.charts.add('Line', worksheet.getRange(`A1:${columnLetters(columns - 1)}${sheet.rows.length}`), 'Columns');
    chart.title.text = title;
    chart.legend.position = 'Bottom';
    chart.setPosition(`${columnLetters(columns + 1)}2`, `${columnLetters(columns + 9)}22`);
    worksheet.activate();
    await context.sync();
  });
}
