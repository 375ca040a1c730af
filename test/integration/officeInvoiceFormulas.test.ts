import { OfficeWorkbook } from '../../src/adapters/office';
import { createXlsx, openXlsx } from '../../src/adapters/xlsx';
import { cellAddress } from '../../src/engine/cells';
import { IsoWeek, isoWeek } from '../../src/engine/weeks';
import { runInvoice } from '../../src/jobs/invoiceJob';
import { EXCEL_WEB_LIMIT, FakeExcel } from '../adapters/office/fakeExcel';
import { CANDIDATE_SHEET, messyStatusWorkbook } from './messyStatusWorkbook';

/**
 * The Office.js adapter writes an invoice's formulas as built — the status grammar's long formulas, the
 * live payable-weeks-before count and the row of week Mondays — each as Excel is given it (with `=`, without
 * the file format's `_xlfn.` prefixes), in requests within Excel on the web's 5 MB.
 */
test('a real invoice goes into Excel formula for formula', async () => {
  const book = openXlsx(createXlsx(messyStatusWorkbook({ paymentCap: 1e9 })));
  const result = await runInvoice(book, { week: isoWeek(2021, 20) as IsoWeek, sheet: CANDIDATE_SHEET, builtAt: new Date(2021, 4, 25) });
  if (result.kind !== 'invoice') throw new Error(result.kind);
  const excel = new FakeExcel();
  for (const name of await book.sheetNames())
    excel.addSheet(name, { values: (await book.readSheet(name)).rows.map((row) => [...(row ?? [])]) });
  excel.names.push(...(await book.definedNames()).map((name) => ({ name: name.name, formula: `=${name.formula}` })));
  const workbook = await OfficeWorkbook.open(excel.run, { supports: () => true });
  excel.syncs.length = 0;
  await workbook.apply(result.changes);

  const [sheet] = result.changes.addSheets;
  const formulas = sheet.rows.flatMap((row, r) =>
    (row ?? []).flatMap((cell, c) => (cell?.formula ? [[cellAddress(r, c), cell.formula]] : [])),
  );
  expect(formulas.length).toBeGreaterThan(500);
  for (const [address, formula] of formulas) expect(excel.cell(sheet.name, address)?.formula).toBe(`=${formula.replace(/_xlfn\./g, '')}`);
  expect(formulas.some(([, formula]) => formula.startsWith('MIN(SIB_MaxWeeks,SUMPRODUCT('))).toBe(true);
  expect(formulas.some(([, formula]) => formula.includes('_xlfn.NUMBERVALUE('))).toBe(true);
  expect(Math.max(...excel.syncs.map((sync) => sync.requestBytes))).toBeLessThanOrEqual(EXCEL_WEB_LIMIT);
  // Every column of the week Mondays row is wide enough to show its date rather than ####.
  const mondaysRow = sheet.rows.find((row) => String(row?.[0]?.value).startsWith('Mondays of the weeks'))!;
  const widths = Array.from({ length: mondaysRow.length }, (_, column) => excel.sheet(sheet.name).columnWidths.get(column) ?? 0);
  expect(Math.min(...widths)).toBeGreaterThanOrEqual(10);
});
