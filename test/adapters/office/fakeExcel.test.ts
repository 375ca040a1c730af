import { OfficeWorkbook } from '../../../src/adapters/office';
import { parseWeekLabel, IsoWeek } from '../../../src/engine/weeks';
import { demoWorkbook } from '../../../src/demo/demoWorkbook';
import { runInvoice } from '../../../src/jobs/invoiceJob';
import { CELLS_PER_READ_LIMIT, FakeExcel, FORMULA_LENGTH_LIMIT } from './fakeExcel';

// The fake must refuse what Excel refuses, or the adapter's tests prove nothing about those cases.

/** Valid Excel formula syntax of every kind, not only what the invoice writes today. */
const VALID = [
  '=1',
  '=-1.5E-3%',
  '=A1',
  '=$A$1:$B$2',
  '=A:A',
  '=1:1',
  "='Candidates 2021'!$A2",
  "='It''s here'!B3:C4",
  '=Sheet1:Sheet3!A1',
  '=SUM(A1:A10,C1,-D2)',
  '=SIB.RESULTPAYMENT(F12:BZ12,SIB_WeeklyRate,SIB_PartialRate)',
  '=_xlfn.NUMBERVALUE(SUBSTITUTE(TRIM(B17),",","."),".",",")',
  '=_xlfn._xlws.SORT(A1:A3)',
  '=OR(UPPER(TRIM(B17))={"D","PARTIAL","DELVIS"})',
  '={1,2;3,4}',
  '={"a",TRUE,#N/A,-1}',
  '=SUM(Invoice_2021_W10[Amount])',
  '=Invoice_2021_W10[@Amount]',
  '=Invoice_2021_W10[[#Totals],[Amount]]',
  '=SUMIFS(Ledger!F:F,Ledger!A:A,"<"&B6)',
  '="say ""hi"""',
  '=IF(A1>=0,"x",)',
  '=A1 B1',
  '=A1#',
  '=@A1:A3',
  '=LET(x,1,x+1)',
  '=LAMBDA(x,x*2)(3)',
  '=#REF!',
  '=IFERROR(1/0,0)',
  '=INDEX(A1:A3,2):A5',
];

const INVALID = ['=SUM(', '=1+', '=)', '="unterminated', '=A1:', '={A1}', '=1..2', '=SUM(A1))'];

/** Sheet1, where formulas are written, and the sheets they name. */
function workbook(): FakeExcel {
  const excel = new FakeExcel();
  for (const sheet of ['Sheet1', 'Sheet2', 'Sheet3', 'Candidates 2021', "It's here", 'Ledger']) excel.addSheet(sheet);
  return excel;
}

async function writeFormula(excel: FakeExcel, formula: string): Promise<void> {
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem('Sheet1').getRange('A1').formulas = [[formula]];
    await context.sync();
  });
}

describe('FakeExcel: formulas', () => {
  test.each(VALID)('takes %s', async (formula) => {
    const excel = workbook();
    await writeFormula(excel, formula);
    expect(excel.cell('Sheet1', 'A1')?.formula).toBe(formula);
  });

  test.each(INVALID)('refuses %s with InvalidArgument, as Excel does', async (formula) => {
    const excel = workbook();
    await writeFormula(excel, '=1');
    await expect(writeFormula(excel, formula)).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(excel.cell('Sheet1', 'A1')?.formula).toBe('=1');
  });

  test('refuses a malformed name formula, and a formula longer than Excel takes', async () => {
    const excel = workbook();
    const addName = (formula: string) =>
      excel.run(async (context) => {
        context.workbook.names.add('SIB_Test', formula);
        await context.sync();
      });
    await expect(addName('=Sheet1!$A$1+')).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(writeFormula(excel, `=${'1+'.repeat(FORMULA_LENGTH_LIMIT / 2)}1`)).rejects.toMatchObject({
      code: 'FormulaLengthExceedsLimit',
    });
    await addName('=Sheet1!$A$1');
    expect(excel.names).toEqual([{ name: 'SIB_Test', formula: '=Sheet1!$A$1' }]);
  });

  test.each(["='Candidates 2022'!$A2", '=SUMIFS(Settlement!F:F,Ledger!A:A,"<"&B6)', '=Sheet1:Sheet4!A1'])(
    'refuses %s, which names a sheet the workbook does not have, with InvalidArgument',
    async (formula) => {
      await expect(writeFormula(workbook(), formula)).rejects.toMatchObject({ code: 'InvalidArgument' });
    },
  );

  test('refuses a formula naming a sheet that the same sync adds only afterwards, as Excel runs calls in order', async () => {
    const excel = workbook();
    const write = excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').formulas = [['=Later!A1']];
      context.workbook.worksheets.add('Later');
      await context.sync();
    });
    await expect(write).rejects.toMatchObject({ code: 'InvalidArgument' });
    await excel.run(async (context) => {
      context.workbook.worksheets.add('Later');
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').formulas = [['=Later!A1']];
      await context.sync();
    });
    expect(excel.cell('Sheet1', 'A1')?.formula).toBe('=Later!A1');
  });

  test('takes every formula of the demo workbook, a real first invoice and the ledger its header sums, written by the adapter', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Sheet1');
    const supports = () => true;
    await (await OfficeWorkbook.open(excel.run, { supports })).apply(demoWorkbook());
    const result = await runInvoice(await OfficeWorkbook.open(excel.run, { supports }), {
      week: parseWeekLabel('2019-W30') as IsoWeek,
      builtAt: new Date(2019, 6, 29),
    });
    if (result.kind !== 'invoice') throw new Error(result.kind);
    const invoiceWorkbook = await OfficeWorkbook.open(excel.run, { supports });
    const syncsBefore = excel.syncs.length;
    await invoiceWorkbook.apply(result.changes);
    // The invoice's header sums the ledger created with it: both sheets exist before any cell is written, in one sync.
    const [, write, ...more] = excel.syncs.slice(syncsBefore);
    expect(more).toEqual([]);
    expect(write.calls.filter((call) => call === 'workbook.worksheets.add')).toHaveLength(2);
    expect(write.calls.slice(0, 2)).toEqual(['workbook.worksheets.add', 'workbook.worksheets.add']);
    const formulas = excel.sheets.flatMap((sheet) => sheet.rows.flatMap((row) => row.map((cell) => cell?.formula).filter(Boolean)));
    expect(formulas.length).toBeGreaterThan(result.invoice.lines.length * 5);
  });
});

describe('FakeExcel: the cell limit of one read', () => {
  const load = (excel: FakeExcel, address: string, properties: string) =>
    excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange(address).load(properties);
      await context.sync();
      return range;
    });

  test(`reading values of more than ${CELLS_PER_READ_LIMIT} cells fails with RangeExceedsLimit`, async () => {
    const excel = workbook();
    await expect(load(excel, 'A1:E1000001', 'values')).rejects.toMatchObject({ code: 'RangeExceedsLimit' });
    await expect(load(excel, 'A:F', 'formulas')).rejects.toMatchObject({ code: 'RangeExceedsLimit' });
  });

  test('the address and size of any range can be read', async () => {
    const range = await load(workbook(), 'A:XFD', 'address,rowCount,columnCount');
    expect([range.address, range.rowCount, range.columnCount]).toEqual(['Sheet1!A1:XFD1048576', 1_048_576, 16_384]);
  });
});
