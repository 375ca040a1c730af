import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as sib from '../../functions/functions';
import { FakeExcel, EXCEL_WEB_LIMIT } from '../adapters/office/fakeExcel';
import { useOfficeHost } from '../functions/officeHost';
import { excelAbsent } from './excelPresence';
import { FUNCTION_CASES, runScenarios, SCENARIOS } from './scenarios';
import { recordingRun, SyncSize } from './syncRecorder';
import { TEST_SERVER_PORT } from './testServerPort';

// npm run test:excel runs these scenarios inside Excel; here the ones that need no calculation engine run
// against the fake at the adapter's boundary, so the kit itself is tested on every machine.

const ROOT = path.join(__dirname, '../..');
// The functions ask the workbook for its date system, through Excel.run, as in Excel's shared runtime.
useOfficeHost();

/** The same calls as FUNCTION_CASES' formulas, made in Node with the arguments Excel passes. */
const IN_NODE: Record<string, () => unknown> = {
  '=SIB.RESULTPAYMENT("S",1987.45)': () => sib.resultPayment([['S']], 1987.45)[0][0],
  '=SIB.RESULTPAYMENT("delvis",1987.45,993.73)': () => sib.resultPayment([['delvis']], 1987.45, 993.73)[0][0],
  '=SIB.RESULTPAYMENT(0.4,1234.56)': () => sib.resultPayment([[0.4]], 1234.56)[0][0],
  '=SIB.RESULTPAYMENT("X",1000)': () => sib.resultPayment([['X']], 1000)[0][0],
  '=SIB.PAYABLEWEEKS({"S","D","",0.5,"S"},3)': () => sib.payableWeeks([['S', 'D', '', 0.5, 'S']], 3),
  '=SIB.CANDIDATETOTAL({"S","D","S"},1000,500,2)': () => sib.candidateTotal([['S', 'D', 'S']], 1000, 500, 2),
  '=SIB.INVESTORRETURN(4000000,4052237)': () => sib.investorReturn([[4000000]], [[4052237]]),
  '=SIB.INVESTORMULTIPLE(4000000,4052237)': () => sib.investorMultiple([[4000000]], [[4052237]]),
  '=SIB.INVESTORMULTIPLE(0,5)': () => sib.investorMultiple([[0]], [[5]]),
  '=SIB.WEEKLABEL(44199)': async () => (await sib.weekLabel([[44199]]))[0][0],
  '=SIB.WEEKSTART("2021-W10")': async () => (await sib.weekStart([['2021-W10']]))[0][0],
  '=SIB.SUCCESSRATE({"K-1";"K-2"},{"S","";"",""})': () =>
    sib.successRate(
      [['K-1'], ['K-2']],
      [
        ['S', ''],
        ['', ''],
      ],
    ),
};

/** What Excel shows in the cell: the value, or the code of an error returned or thrown. */
async function shown(call: () => unknown): Promise<unknown> {
  try {
    const value = await call();
    return value instanceof CustomFunctions.Error ? value.code : value;
  } catch (error) {
    if (error instanceof CustomFunctions.Error) return error.code;
    throw error;
  }
}

describe('the Excel test kit', () => {
  test('its scenarios pass against the fake Excel, on a blank workbook, every sync within 5 MB', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Sheet1');
    const results = await runScenarios(
      { run: excel.run, supports: () => true },
      SCENARIOS.filter((scenario) => !scenario.excelOnly),
    );
    expect(results.filter((result) => !result.passed)).toEqual([]);
    expect(results.map((result) => result.name)).toEqual(SCENARIOS.filter((scenario) => !scenario.excelOnly).map((each) => each.name));
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(['Sheet1', 'Contract', 'Candidates', 'Chart check']);
    expect(excel.charts).toHaveLength(1);
    expect(Math.max(...excel.syncs.flatMap((sync) => [sync.requestBytes, sync.responseBytes]))).toBeLessThanOrEqual(EXCEL_WEB_LIMIT);
  });

  test('a scenario that finds a difference fails with its message, and the rest still run', async () => {
    const results = await runScenarios({ run: new FakeExcel().run, supports: () => true }, [
      {
        name: 'fails',
        check: async () => {
          throw new Error('3 ≠ 4');
        },
      },
      { name: 'passes', check: async () => 'fine' },
    ]);
    expect(results).toEqual([
      { name: 'fails', passed: false, detail: '3 ≠ 4' },
      { name: 'passes', passed: true, detail: 'fine' },
    ]);
  });

  test.each(FUNCTION_CASES.map((each) => [each.formula, each.expected]))('%s is %j in Node too', async (formula, expected) => {
    expect(IN_NODE[formula as string]).toBeDefined();
    expect(await shown(IN_NODE[formula as string])).toEqual(expected);
  });

  test('records the size of each sync that office.js sends through its request executor', async () => {
    const syncs: SyncSize[] = [];
    const sent: unknown[] = [];
    // office.js assigns the executor during the first sync; the recorder must see that assignment.
    const context: Record<string, unknown> & { sync(): Promise<void> } = {
      _requestExecutor: undefined,
      async sync() {
        this._requestExecutor ??= {
          executeAsync: async (_data: unknown, _flags: number, message: { Body: unknown }) => {
            sent.push(message.Body);
            return { Body: { Results: ['ø'] } };
          },
        };
        await (this._requestExecutor as any).executeAsync(null, 0, { Body: { Actions: [1, 2, 3] } });
      },
    };
    const run = recordingRun((batch) => batch(context as unknown as Excel.RequestContext), syncs);
    await run(async (excel) => {
      await excel.sync();
      await excel.sync();
    });
    expect(sent).toHaveLength(2);
    expect(syncs.map(({ requestBytes, responseBytes }) => [requestBytes, responseBytes])).toEqual([
      [JSON.stringify({ Actions: [1, 2, 3] }).length, JSON.stringify({ Results: ['ø'] }).length + 1],
      [JSON.stringify({ Actions: [1, 2, 3] }).length, JSON.stringify({ Results: ['ø'] }).length + 1],
    ]);
  });

  test('where Excel desktop cannot run, npm run test:excel says why and exits 0', () => {
    expect(excelAbsent('linux', {})).toBe('Excel desktop runs on Windows and macOS only, and this is linux.');
    expect(excelAbsent('win32', { CI: 'true' })).toMatch(/^CI is set/);
    const run = spawnSync(process.execPath, [require.resolve('tsx/cli'), path.join(__dirname, 'run.ts')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CI: 'true' },
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Skipped: npm run test:excel needs Excel desktop\. CI is set/);
  });

  test('the test page may reach the test server, and the package script runs the kit', () => {
    expect(fs.readFileSync(path.join(__dirname, 'excelTests.html'), 'utf8')).toContain(
      `connect-src 'self' https://appsforoffice.microsoft.com https://localhost:${TEST_SERVER_PORT};`,
    );
    expect(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts['test:excel']).toBe('tsx test/excel/run.ts');
  });
});
