import { cellAddress, isExcelError } from '../../engine/cells';
import { parseRange, splitSheetReference } from '../../workbook/ranges';
import { CellEdit } from '../../workbook/types';
import { ExcelRun } from './excelRun';
import { syncNamingMissingSheet } from './missingSheet';
import { NUMBER_FORMAT_CODES } from './numberFormats';
import { OfficeError, runBatch } from './officeError';

/** Single cells of the open workbook: the contract terms the task pane sets, and the cell Explain reads. */

type Scalar = string | number | boolean;

/**
 * Sets each edit's cell in one batch of two syncs: the first reads the cells, and if one holds a formula or
 * its sheet does not exist, nothing is written. A number format is set only on a cell whose own is General,
 * and before the value, so that text meant as text ('@') stays text.
 */
export async function setCellValues(run: ExcelRun, edits: readonly CellEdit[]): Promise<void> {
  const targets = edits.map((edit) => ({ edit, ...writableCell(edit) }));
  if (targets.length === 0) return;
  const cells = edits.map((edit) => edit.address).join(', ');
  await runBatch(run, { code: 'excel.setCellsFailed', params: { cells } }, async (context) => {
    const ranges = targets.map(({ sheet, cell }) =>
      context.workbook.worksheets.getItem(sheet).getRange(cell).load('formulas,numberFormat'),
    );
    await syncNamingMissingSheet(
      context,
      targets.map((target) => target.sheet),
    );
    targets.forEach(({ edit }, i) => {
      if (formulaIn(ranges[i]) !== undefined) throw new OfficeError('cell.holdsFormula', { cell: edit.address });
    });
    targets.forEach(({ edit, value }, i) => {
      const own: string = ranges[i].numberFormat[0][0];
      const format =
        edit.cell.format && edit.cell.format !== 'general' && own === 'General' ? NUMBER_FORMAT_CODES[edit.cell.format] : undefined;
      if (format) ranges[i].numberFormat = [[format]];
      ranges[i].values = [[valueInput(value, format ?? own)]];
    });
    await context.sync();
  });
}

/** The active cell, sheet-qualified as Excel gives it: `'Invoice 2019-W30'!G17`. */
export async function readActiveCell(run: ExcelRun): Promise<string> {
  return runBatch(run, { code: 'excel.activeCellFailed' }, async (context) => {
    const cell = context.workbook.getActiveCell().load('address');
    await context.sync();
    return cell.address;
  });
}

/** A cell's formula with its leading `=`, undefined for a cell without one; a range gives its top-left cell's. */
export async function readFormula(run: ExcelRun, address: string): Promise<string | undefined> {
  const { sheet, cell } = cellOf(address);
  return runBatch(run, { code: 'excel.formulaFailed', params: { cell: address } }, async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(cell).load('formulas');
    await context.sync();
    return formulaIn(range);
  });
}

function formulaIn(range: Excel.Range): string | undefined {
  const formula: unknown = range.formulas[0][0];
  return typeof formula === 'string' && formula.startsWith('=') ? formula : undefined;
}

/**
 * What `Range.values` gets. Excel reads a string there as if typed, so text goes in behind an apostrophe,
 * which it keeps out of the value, unless the cell is formatted as text: `00123` would become a number.
 */
function valueInput(value: Scalar | null, format: string): Scalar {
  if (value === null) return '';
  return typeof value === 'string' && value !== '' && format !== '@' ? `'${value}` : value;
}

/** Checked before any call, so that an edit Excel cannot take writes nothing. */
function writableCell({ address, cell }: CellEdit): { sheet: string; cell: string; value: Scalar | null } {
  const value = cell.value ?? null;
  if (isExcelError(value)) throw new OfficeError('cell.errorValue', { value: value.error, cell: address });
  if (typeof value === 'number' && !Number.isFinite(value)) throw new OfficeError('cell.notFinite', { value, cell: address });
  const target = cellOf(address);
  if (!target.single) throw new OfficeError('cell.notSingle', { address });
  return { sheet: target.sheet, cell: target.cell, value };
}

/** `Sheet!A1` as its sheet and its (top-left) cell. */
function cellOf(address: string): { sheet: string; cell: string; single: boolean } {
  const reference = splitSheetReference(address);
  const range = reference && parseRange(reference.range);
  if (!reference || !range) throw new OfficeError('cell.notAddress', { address });
  return {
    sheet: reference.sheet,
    cell: cellAddress(range.top, range.left),
    single: range.top === range.bottom && range.left === range.right,
  };
}
