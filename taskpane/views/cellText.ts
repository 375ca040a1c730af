import { CellValue, isExcelError } from '../../src/engine/cells';

/** A cell's value as the pane shows it: text as written, numbers as the sheet stores them, errors by their code. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (isExcelError(value)) return value.error;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
