import { insertLineChart, OfficeWorkbook } from '../../src/adapters/office';
import { ExcelRun } from '../../src/adapters/office/excelRun';
import { CellValue } from '../../src/engine/cells';
import { formatAmount } from '../../src/engine/money';
import { IsoWeek, parseWeekLabel } from '../../src/engine/weeks';
import { DEMO_SHEET, demoWorkbook } from '../../src/demo/demoWorkbook';
import { runCheck } from '../../src/jobs/checkJob';
import { runInvoice } from '../../src/jobs/invoiceJob';
import { invoiceColumnNames } from '../../src/sheet/invoiceSheet';
import { MemoryWorkbook } from '../../src/workbook/memoryWorkbook';
import { SetSupported } from '../../src/adapters/office/requirements';
import { WorkbookChanges } from '../../src/workbook/types';

/**
 * What `npm run test:excel` checks inside Excel, on the blank workbook Excel opens: each scenario drives the
 * Office adapter as the task pane does, and throws with what differs. They run in order (the later ones use
 * the demo workbook the first one writes). Those that need Excel's own calculation or the SIB custom
 * functions run only in Excel; the others also run against the fake in test/excel/scenarios.test.ts.
 */

export interface ScenarioContext {
  readonly run: ExcelRun;
  /** Office's own requirement check in Excel; the fake supports everything. */
  readonly supports?: SetSupported;
}

export interface Scenario {
  readonly name: string;
  /** Needs Excel's calculation engine and the SIB functions, which the fake does not have. */
  readonly excelOnly?: boolean;
  /** Returns a short note on what was seen; throws when something differs. */
  check(context: ScenarioContext): Promise<string>;
}

export interface ScenarioResult {
  readonly name: string;
  readonly passed: boolean;
  readonly detail: string;
}

const WEEK = '2019-W30';
const BUILT_AT = new Date(2019, 6, 29, 9, 0);
/** How long Excel may take to calculate the SIB functions (they show #BUSY! until then). */
const FUNCTIONS_WAIT_MS = 30_000;

/**
 * The SIB functions on a sheet, each with the value stated, as README's examples state them;
 * test/excel/scenarios.test.ts holds the same calls made in Node to these values.
 */
export const FUNCTION_CASES: readonly { readonly formula: string; readonly expected: CellValue }[] = [
  { formula: '=SIB.RESULTPAYMENT("S",1987.45)', expected: 1987.45 },
  { formula: '=SIB.RESULTPAYMENT("delvis",1987.45,993.73)', expected: 993.73 },
  { formula: '=SIB.RESULTPAYMENT(0.4,1234.56)', expected: 493.82 },
  { formula: '=SIB.RESULTPAYMENT("X",1000)', expected: '#VALUE!' },
  { formula: '=SIB.PAYABLEWEEKS({"S","D","",0.5,"S"},3)', expected: 3 },
  { formula: '=SIB.CANDIDATETOTAL({"S","D","S"},1000,500,2)', expected: 1500 },
  { formula: '=SIB.INVESTORRETURN(4000000,4052237)', expected: 52237 },
  { formula: '=SIB.INVESTORMULTIPLE(4000000,4052237)', expected: 1.01305925 },
  { formula: '=SIB.INVESTORMULTIPLE(0,5)', expected: '#DIV/0!' },
  { formula: '=SIB.WEEKLABEL(44199)', expected: '2020-W53' },
  { formula: '=SIB.WEEKSTART("2021-W10")', expected: 44263 },
  { formula: '=SIB.SUCCESSRATE({"K-1";"K-2"},{"S","";"",""})', expected: 0.5 },
];
/** INVESTORIRR against Excel's own XIRR of the same flows, side by side. */
const IRR_FLOWS = '{-4000000,1500000,1500000,1200000},{43466,43831,44197,44562}';

async function open(context: ScenarioContext, sheets?: string[]): Promise<OfficeWorkbook> {
  return OfficeWorkbook.open(context.run, { supports: context.supports, sheets });
}

async function apply(context: ScenarioContext, changes: WorkbookChanges): Promise<void> {
  await (await open(context)).apply(changes);
}

function expectEqual(what: string, actual: unknown, expected: unknown): void {
  const [a, e] = [JSON.stringify(actual), JSON.stringify(expected)];
  if (a !== e) throw new Error(`${what}: expected ${e.slice(0, 400)}, got ${a.slice(0, 400)}`);
}

/** Rows as the engine sees them, trailing blanks dropped, so a sheet read back compares with what was written. */
function trimmed(rows: readonly (readonly CellValue[] | undefined)[]): CellValue[][] {
  const out = rows.map((row) => {
    const cells = [...(row ?? [])];
    while (cells.length && (cells.at(-1) === null || cells.at(-1) === undefined)) cells.pop();
    return cells.map((cell) => cell ?? null);
  });
  while (out.length && out.at(-1)!.length === 0) out.pop();
  return out;
}

async function sheetRows(context: ScenarioContext, sheet: string): Promise<CellValue[][]> {
  return trimmed((await (await open(context, [sheet])).readSheet(sheet)).rows);
}

export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'apply: writes the demo workbook (candidate sheet, Contract sheet, SIB_ names) in batched syncs',
    async check(context) {
      const changes = demoWorkbook();
      await apply(context, changes);
      return `${changes.addSheets.length} sheets, ${changes.addNames?.length ?? 0} names`;
    },
  },
  {
    name: 'read: the candidate sheet and the names read back as written',
    async check(context) {
      const expected = MemoryWorkbook.fromChanges(demoWorkbook());
      const rows = await sheetRows(context, DEMO_SHEET);
      expectEqual(`${DEMO_SHEET} rows`, rows, trimmed((await expected.readSheet(DEMO_SHEET)).rows));
      const names = (await (await open(context)).definedNames()).map((name) => name.name.toUpperCase());
      const missing = (await expected.definedNames()).filter((name) => !names.includes(name.name.toUpperCase()));
      expectEqual('names missing after the write', missing, []);
      return `${rows.length} rows × ${Math.max(...rows.map((row) => row.length))} columns`;
    },
  },
  {
    name: 'check: the engine finds the demo sheet clean, read through Excel',
    async check(context) {
      const result = await runCheck(await open(context));
      expectEqual(
        'errors',
        result.findings.filter((finding) => finding.severity === 'error'),
        [],
      );
      return `${result.findings.length} findings, none an error`;
    },
  },
  {
    name: `invoice: ${WEEK} written, and Excel's recalculation of its formulas equals the engine to the øre`,
    excelOnly: true,
    async check(context) {
      const result = await runInvoice(await open(context), { week: parseWeekLabel(WEEK) as IsoWeek, builtAt: BUILT_AT });
      if (result.kind !== 'invoice') throw new Error(`expected an invoice, got ${result.kind}`);
      await apply(context, result.changes);
      await context.run(async (excel) => {
        excel.workbook.application.calculate(Excel.CalculationType.full);
        await excel.sync();
      });
      const rows = await sheetRows(context, result.sheetName);
      const names = invoiceColumnNames('en');
      const header = rows.findIndex((row) => row[0] === names[0]);
      const column = (name: string) => names.indexOf(name);
      const money = (value: CellValue) => (typeof value === 'number' ? value.toFixed(2) : `not a number: ${JSON.stringify(value)}`);
      const recalculated = rows
        .slice(header + 1, header + 1 + result.invoice.lines.length)
        .map((row) => [
          String(row[0]),
          money(row[column('Amount before cap')]),
          money(row[column('Amount')]),
          String(row[column('Reason')] ?? ''),
        ]);
      const engine = result.invoice.lines.map((line) => [
        line.candidate.id,
        formatAmount(line.uncapped),
        formatAmount(line.amount),
        line.reason ?? '',
      ]);
      expectEqual('lines (id, amount before cap, amount, reason)', recalculated, engine);
      return `${engine.length} lines, total ${formatAmount(result.invoice.total)}`;
    },
  },
  {
    name: 'rollback: a write Excel refuses leaves no sheet or name behind',
    async check(context) {
      const sheet = 'Rollback check';
      const changes: WorkbookChanges = {
        addSheets: [{ name: sheet, rows: [[{ value: 'written first' }], [{ formula: 'SUM(' }]] }],
        addNames: [{ name: 'SIB_RollbackCheck', formula: `'${sheet}'!$A$1` }],
      };
      const failure = await apply(context, changes).then(
        () => undefined,
        (error: Error) => error.message,
      );
      if (!failure?.includes('removed again'))
        throw new Error(`expected the write to fail and be removed again, got: ${failure ?? 'no error'}`);
      const workbook = await open(context);
      expectEqual(
        'sheets left',
        (await workbook.sheetNames()).filter((name) => name === sheet),
        [],
      );
      expectEqual(
        'names left',
        (await workbook.definedNames()).filter((name) => name.name === 'SIB_RollbackCheck'),
        [],
      );
      return failure;
    },
  },
  {
    name: 'chart: a native line chart is drawn beside its data',
    async check(context) {
      const sheet = 'Chart check';
      const dates = [43466, 43473, 43480, 43487];
      await apply(context, {
        addSheets: [
          {
            name: sheet,
            rows: [[null, { value: 'Repaid' }], ...dates.map((date, i) => [{ value: date, format: 'date' as const }, { value: i * 1000 }])],
          },
        ],
      });
      await insertLineChart(context.run, { sheet, range: 'A1:B5', title: 'Repaid' }, context.supports);
      const names = await context.run(async (excel) => {
        const charts = excel.workbook.worksheets.getItem(sheet).charts.load('items/name');
        await excel.sync();
        return charts.items.map((chart) => chart.name);
      });
      expectEqual('charts on the sheet', names.length, 1);
      return names[0];
    },
  },
  {
    name: 'functions: the SIB custom functions compute on a sheet what the engine gives, INVESTORIRR as Excel’s XIRR',
    excelOnly: true,
    async check(context) {
      const sheet = 'Functions check';
      const formulas = [...FUNCTION_CASES.map((each) => each.formula), `=SIB.INVESTORIRR(${IRR_FLOWS})`, `=XIRR(${IRR_FLOWS})`];
      await context.run(async (excel) => {
        const worksheet = excel.workbook.worksheets.add(sheet);
        worksheet.getRange(`A1:A${formulas.length}`).formulas = formulas.map((formula) => [formula]);
        await excel.sync();
      });
      const values = await settledValues(context, sheet, formulas.length);
      expectEqual(
        'values',
        values.slice(0, FUNCTION_CASES.length),
        FUNCTION_CASES.map((each) => each.expected),
      );
      const [irr, xirr] = values.slice(FUNCTION_CASES.length) as number[];
      if (!(Math.abs(irr - xirr) <= 1e-9)) throw new Error(`INVESTORIRR ${irr} differs from Excel's XIRR ${xirr}`);
      return `${formulas.length} formulas; IRR ${irr}`;
    },
  },
];

/** Column A's values once no cell shows #BUSY! (custom functions calculate asynchronously). */
async function settledValues(context: ScenarioContext, sheet: string, count: number): Promise<CellValue[]> {
  const deadline = Date.now() + FUNCTIONS_WAIT_MS;
  for (;;) {
    const values = await context.run(async (excel) => {
      const range = excel.workbook.worksheets.getItem(sheet).getRange(`A1:A${count}`).load('values');
      await excel.sync();
      return range.values.map((row) => row[0] as CellValue);
    });
    if (!values.includes('#BUSY!') || Date.now() > deadline) return values;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Runs the scenarios in order; one that throws is a failure with its message, and the next still runs. */
export async function runScenarios(context: ScenarioContext, scenarios: readonly Scenario[] = SCENARIOS): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = [];
  for (const scenario of scenarios) {
    try {
      results.push({ name: scenario.name, passed: true, detail: await scenario.check(context) });
    } catch (error) {
      results.push({ name: scenario.name, passed: false, detail: error instanceof Error ? error.message : String(error) });
    }
  }
  return results;
}
