import { IsoWeek, parseWeekLabel } from '../../src/engine/weeks';
import { FakeExcel } from '../../test/adapters/office/fakeExcel';
import { createInlineEngine } from '../testing/inlineEngine';
import { CLEAN_ROWS } from '../testing/workbooks';
import { createOfficeHost as createHost } from './officeHost';
import { ExcelRun } from '../../src/adapters/office';

/** The Excel host with the engine's service on the test's thread; Office.js calls go to the fake. */
const createOfficeHost = (run: ExcelRun) => createHost(createInlineEngine(), run);

function officeWith(displayLanguage: string, officeTheme?: object) {
  Object.assign(globalThis, { Office: { context: { displayLanguage, officeTheme, requirements: { isSetSupported: () => true } } } });
}

function candidateExcel(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet('Contract', {
    values: [
      ['SIB_WeeklyRate', 1000],
      ['SIB_PartialRate', 500],
    ],
  });
  excel.addSheet('Candidates', { values: CLEAN_ROWS });
  excel.names.push({ name: 'SIB_WeeklyRate', formula: '=Contract!$B$1' }, { name: 'SIB_PartialRate', formula: '=Contract!$B$2' });
  return excel;
}

afterEach(() => delete (globalThis as { Office?: unknown }).Office);

describe('the Excel host', () => {
  test('speaks Office’s display language and takes Office’s theme colours', () => {
    officeWith('da-DK', { bodyBackgroundColor: '#262626', bodyForegroundColor: '#FFFFFF' });
    const host = createOfficeHost(new FakeExcel().run);
    expect([host.kind, host.language]).toEqual(['excel', 'da']);
    expect(host.officeTheme()).toEqual({ bodyBackgroundColor: '#262626', bodyForegroundColor: '#FFFFFF' });
    expect(host.file).toBeUndefined();
    officeWith('en-US');
    expect(createOfficeHost(new FakeExcel().run).officeTheme()).toBeUndefined();
  });

  test('the engine reads the open workbook afresh through the adapter; the build is written through it, and the views told', async () => {
    officeWith('en-US');
    const excel = candidateExcel();
    const host = createOfficeHost(excel.run);
    expect((await host.run({ kind: 'check', choice: {} })).findings).toEqual([]);
    await host.setCells([{ address: 'Candidates!F3', cell: { value: 'S' } }]);
    const preview = await host.run({ kind: 'invoicePreview', choice: {}, week: parseWeekLabel('2021-W04') as IsoWeek });
    expect(preview.kind === 'invoice' && preview.total.toFixed(2)).toBe('2000.00');
    const heard: number[] = [];
    host.subscribe(() => heard.push(host.state().revision));
    const progress: number[] = [];
    const outcome = await host.build(
      { choice: {}, week: parseWeekLabel('2021-W04') as IsoWeek, builtAt: new Date(2021, 1, 1) },
      (done, total) => progress.push(done / total),
    );
    expect(outcome.kind).toBe('built');
    expect(heard).toEqual([2]);
    expect(progress.slice(0, 3)).toEqual([0.2, 0.4, 0.6]);
    expect(progress[progress.length - 1]).toBe(1);
    expect((await host.run({ kind: 'sheets' })).names).toEqual(['Contract', 'Candidates', 'Invoice 2021-W04', 'Settlement ledger']);
  });

  test('selects a cell in Excel', async () => {
    officeWith('en-US');
    const excel = candidateExcel();
    const host = createOfficeHost(excel.run);
    await host.select('Candidates!C2');
    await host.select("'Candidates'!D3");
    expect([excel.active, excel.selection]).toEqual(['Candidates', 'Candidates!D3']);
  });

  test('edits term cells, reads the selected cell and its formula, and inserts the chart after its data sheet', async () => {
    officeWith('en-US');
    const excel = candidateExcel();
    const host = createOfficeHost(excel.run);
    const heard: number[] = [];
    host.subscribe(() => heard.push(host.state().revision));
    await host.setCells([{ address: 'Contract!B1', cell: { value: 1250 } }]);
    expect(excel.cell('Contract', 'B1')).toMatchObject({ value: 1250 });
    expect(heard).toEqual([1]);
    await host.select('Candidates!C2');
    expect(await host.selectedCell()).toBe('Candidates!C2');
    expect(await host.formulaOf('Candidates!C2')).toBeUndefined();
    const sheet = {
      name: 'Investor chart',
      rows: [
        [{ value: 'Week' }, { value: 'Repaid' }, { value: 'Invested' }],
        [{ value: '2021-W04' }, { value: 1000 }, { value: 5000 }],
      ],
    };
    await host.insertChart!(sheet, 'Repayments');
    expect(excel.findSheet('Investor chart')).toBeDefined();
    expect(excel.charts.map((chart) => [chart.sheet.name, chart.source, chart.title])).toEqual([
      ['Investor chart', "'Investor chart'!A1:C2", 'Repayments'],
    ]);
  });
});
