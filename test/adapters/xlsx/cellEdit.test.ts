import { readFileSync } from 'fs';
import { join } from 'path';
import { createXlsx, isXlsxError, openXlsx, writeXlsx, XlsxError } from '../../../src/adapters/xlsx';
import { setCellsXlsx } from '../../../src/adapters/xlsx/cellEdit';
import { readCellFormula } from '../../../src/adapters/xlsx/cellFormula';
import { ZipPackage } from '../../../src/adapters/xlsx/zipPackage';
import { demoWorkbook } from '../../../src/demo/demoWorkbook';
import { formatAmount } from '../../../src/engine/money';
import { formatDay, IsoWeek, parseWeekLabel } from '../../../src/engine/weeks';
import { runInvoice } from '../../../src/jobs/invoiceJob';
import { readContractTerms } from '../../../src/sheet/contractTerms';
import { serial } from '../../sheet/fixtures';

/** The task pane's contract-term edits on .xlsx bytes (WorkbookCellWriter), and reading a cell's formula for Explain. */
const demo = createXlsx(demoWorkbook());

/** The XlsxError `edit` throws; anything else fails the test. */
function refusal(edit: () => unknown): XlsxError {
  try {
    edit();
  } catch (error) {
    if (isXlsxError(error)) return error;
    throw error;
  }
  throw new Error('expected a refusal, but the edit succeeded');
}

function parts(bytes: Uint8Array): Map<string, string> {
  const zip = new ZipPackage(bytes);
  return new Map(zip.names().map((name) => [name, zip.text(name) ?? '']));
}

describe('setCellsXlsx', () => {
  test('changes a term’s value cell and nothing else but the recalculation flag', async () => {
    const edited = setCellsXlsx(demo, [{ address: 'Contract!C7', cell: { value: 3400.5, format: 'amount' } }]);
    const terms = await readContractTerms(openXlsx(edited));
    expect(formatAmount(terms.terms!.weeklyRate)).toBe('3400.50');
    expect(formatAmount(terms.terms!.partialRate!)).toBe('1650.00');
    const [before, after] = [parts(demo), parts(edited)];
    const changed = [...before.keys()].filter((name) => before.get(name) !== after.get(name));
    expect(changed).toEqual(['xl/worksheets/sheet1.xml']);
    const contractXml = after.get('xl/worksheets/sheet1.xml')!;
    expect(contractXml.replace(/<c r="C7"[^>]*>.*?<\/c>/, '')).toBe(
      before.get('xl/worksheets/sheet1.xml')!.replace(/<c r="C7"[^>]*>.*?<\/c>/, ''),
    );
    expect(/<c r="C7"( s="\d+")?>/.exec(contractXml)![1]).toBe(/<c r="C7"( s="\d+")?>/.exec(before.get('xl/worksheets/sheet1.xml')!)![1]);
  });

  test('adds cells in new rows, in order, with the number format a new date needs', async () => {
    const edited = setCellsXlsx(demo, [
      { address: 'Contract!A20', cell: { value: 'SIB_Extra' } },
      { address: 'Contract!C20', cell: { value: serial('2021-03-08'), format: 'date' } },
      { address: 'Contract!B17', cell: { value: ' spaced ' } },
    ]);
    const grid = await openXlsx(edited).readSheet('Contract');
    expect([grid.rows[19]?.[0], grid.rows[19]?.[2]]).toEqual(['SIB_Extra', serial('2021-03-08')]);
    expect(grid.rows[16]?.[1]).toBe(' spaced ');
    const xml = parts(edited).get('xl/worksheets/sheet1.xml')!;
    expect(xml.indexOf('<row r="17">')).toBeLessThan(xml.indexOf('<row r="20">'));
    const style = Number(/<c r="C20" s="(\d+)"/.exec(xml)![1]);
    expect(style).toBeGreaterThan(0);
    expect(/<dimension ref="A1:C20"\/>/.test(xml)).toBe(true);
  });

  test('in a LibreOffice-made workbook: only the sheet changes, and the workbook is marked for recalculation', async () => {
    const rich = new Uint8Array(readFileSync(join(__dirname, '../../fixtures/rich-workbook.xlsx')));
    const edited = setCellsXlsx(rich, [{ address: 'Contract!B1', cell: { value: 1300, format: 'amount' } }]);
    expect(formatAmount((await readContractTerms(openXlsx(edited))).terms!.weeklyRate)).toBe('1300.00');
    const [before, after] = [parts(rich), parts(edited)];
    const changed = [...before.keys()].filter((name) => before.get(name) !== after.get(name));
    expect(changed.sort()).toEqual(['xl/workbook.xml', 'xl/worksheets/sheet3.xml']);
    expect(after.get('xl/workbook.xml')).toContain('fullCalcOnLoad="1"');
  });

  test('clears a cell, and edits a date term read back as that day', async () => {
    const edited = setCellsXlsx(demo, [
      { address: 'Contract!C12', cell: { value: null } },
      { address: 'Contract!C10', cell: { value: serial('2018-02-05'), format: 'date' } },
    ]);
    const terms = await readContractTerms(openXlsx(edited));
    expect(terms.terms!.paymentCap).toBeUndefined();
    expect(formatDay(terms.terms!.contractStart!)).toBe('2018-02-05');
  });

  test('refuses a cell that holds a formula, and an unknown sheet', async () => {
    const result = await runInvoice(openXlsx(demo), { week: parseWeekLabel('2019-W30') as IsoWeek, builtAt: new Date(2019, 6, 29) });
    if (result.kind !== 'invoice') throw new Error(result.kind);
    const invoiced = writeXlsx(demo, result.changes);
    const formula = refusal(() => setCellsXlsx(invoiced, [{ address: "'Invoice 2019-W30'!G17", cell: { value: 1 } }]));
    expect([formula.code, formula.params]).toEqual(['cell.holdsFormula', { cell: "'Invoice 2019-W30'!G17" }]);
    expect(formula.text('da')).toBe(
      "'Invoice 2019-W30'!G17 indeholder en formel, som tilføjelsesprogrammet aldrig overskriver — ret den i selve projektmappen",
    );
    const sheet = refusal(() => setCellsXlsx(demo, [{ address: 'Nowhere!A1', cell: { value: 1 } }]));
    expect([sheet.code, sheet.params.sheet]).toEqual(['sheet.notFound', 'Nowhere']);
    expect(sheet.message).toMatch(/^The workbook has no sheet named 'Nowhere'. Its sheets: Contract, /);
    expect(refusal(() => setCellsXlsx(demo, [{ address: 'C7', cell: { value: 1 } }])).text('da')).toBe(
      "'C7' er ikke en celleadresse med sit ark, fx Contract!C7",
    );
    const infinite = refusal(() => setCellsXlsx(demo, [{ address: 'Contract!C7', cell: { value: Infinity } }]));
    expect([infinite.code, infinite.params]).toEqual(['cell.notFinite', { value: Infinity, cell: 'Contract!C7' }]);
  });

  test('refuses a sheet whose rows do not carry their numbers, naming the sheet and part', () => {
    const zip = new ZipPackage(demo);
    const part = 'xl/worksheets/sheet1.xml';
    const unnumbered = zip
      .text(part)!
      .replace(/(<row\b[^>]*?)\sr="\d+"/g, '$1')
      .replace(/(<c\b[^>]*?)\sr="[A-Z]+\d+"/g, '$1');
    const bytes = zip.rewrite(new Map([[part, unnumbered]]), new Map());
    const error = refusal(() => setCellsXlsx(bytes, [{ address: 'Contract!C7', cell: { value: 1 } }]));
    expect([error.code, error.params]).toEqual(['sheet.rowWithoutNumber', { part, sheet: 'Contract' }]);
    expect(error.text('da')).toContain("Arket 'Contract' har en række uden rækkenummer (r i xl/worksheets/sheet1.xml)");
  });
});

describe('readCellFormula', () => {
  test('an invoice amount’s formula as Excel shows it; none for a value', async () => {
    const result = await runInvoice(openXlsx(demo), { week: parseWeekLabel('2019-W30') as IsoWeek, builtAt: new Date(2019, 6, 29) });
    if (result.kind !== 'invoice') throw new Error(result.kind);
    const invoiced = writeXlsx(demo, result.changes);
    expect(readCellFormula(invoiced, "'Invoice 2019-W30'!A17")).toMatch(/^=Candidates!\$A\d+$/);
    expect(readCellFormula(invoiced, "'Invoice 2019-W30'!F17")).toMatch(/^=IFERROR\(.*ROUND\(/);
    expect(readCellFormula(invoiced, "'Invoice 2019-W30'!C17")).not.toContain('_xlfn.');
    expect(readCellFormula(invoiced, 'Contract!C7')).toBeUndefined();
    expect(readCellFormula(invoiced, 'Contract!Z99')).toBeUndefined();
    expect(readCellFormula(invoiced, 'Nowhere!A1')).toBeUndefined();
  });
});
