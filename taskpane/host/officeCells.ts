import { ExcelRun } from '../../src/adapters/office';
import { NUMBER_FORMAT_CODES } from '../../src/adapters/office/numberFormats';
import { isExcelError } from '../../src/engine/cells';
import { splitSheetReference } from '../../src/sheet/ranges';
import { CellEdit } from '../../src/workbook/types';

/**
 * Single cells in the open workbook, for the contract terms and the Explain view. These Office calls live
 * at the host boundary until the Office adapter offers them (WorkbookCellWriter, the active cell, a formula).
 */

function rangeOf(context: Excel.RequestContext, address: string): Excel.Range {
  const reference = splitSheetReference(address);
  if (!reference) throw new Error(`'${address}' is not a cell address with its sheet, such as Contract!C7`);
  return context.workbook.worksheets.getItem(reference.sheet).getRange(reference.range);
}

/** WorkbookCellWriter inside Excel: one batch; refuses, writing nothing, when a cell holds a formula. */
export async function setCellsInExcel(run: ExcelRun, edits: readonly CellEdit[]): Promise<void> {
  await run(async (context) => {
    const ranges = edits.map((edit) => ({ edit, range: rangeOf(context, edit.address).load(['formulas', 'numberFormat']) }));
    await context.sync();
    for (const { edit, range } of ranges) {
      const formula = range.formulas[0][0];
      if (typeof formula === 'string' && formula.startsWith('=')) throw new Error(`${edit.address} holds a formula; change it in the workbook itself`);
      if (isExcelError(edit.cell.value)) throw new Error(`Cannot write the error ${edit.cell.value.error} into ${edit.address}`);
    }
    for (const { edit, range } of ranges) {
      if (edit.cell.format && range.numberFormat[0][0] === 'General') range.numberFormat = [[NUMBER_FORMAT_CODES[edit.cell.format]]];
      const value = edit.cell.value ?? '';
      range.values = [[value as string | number | boolean]];
    }
    await context.sync();
  });
}

/** The active cell, `Sheet!A1` (ExcelApi 1.7). */
export async function activeCellInExcel(run: ExcelRun): Promise<string> {
  return run(async (context) => {
    const cell = context.workbook.getActiveCell().load('address');
    await context.sync();
    return cell.address;
  });
}

export async function formulaInExcel(run: ExcelRun, address: string): Promise<string | undefined> {
  return run(async (context) => {
    const range = rangeOf(context, address).load('formulas');
    await context.sync();
    const formula = range.formulas[0][0];
    return typeof formula === 'string' && formula.startsWith('=') ? formula : undefined;
  });
}
