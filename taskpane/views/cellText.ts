import { CellValue, isExcelError } from '../../src/engine/cells';
import { Language } from '../../src/engine/messages';
import { numberFormat } from '../../src/engine/numberFormat';

/**
 * A cell's value as the pane shows it: text as written, numbers with all their digits in the reader's
 * decimal mark (a share reads 0,4 beside 1.320,00 in Danish), errors by their code.
 */
export function cellText(value: CellValue | undefined, language: Language): string {
  if (value === null || value === undefined) return '';
  if (isExcelError(value)) return value.error;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return numberFormat(language, { maximumFractionDigits: 15, useGrouping: false }).format(value);
  return value;
}
