import { CellValue } from '../../../src/engine/cells';
import { amount } from '../../../src/engine/money';
import { DateSystem, dayFromSerial } from '../../../src/engine/weeks';
import { TermKind } from '../../../src/sheet/contractSheet';
import { Strings } from '../../i18n/I18nContext';

/**
 * A value the pane is about to write, shown so that no digit is hidden: an amount with all its decimals
 * and its thousands grouped, a share as the percentage it is, a date as the day, text in quotes (so
 * trimmed spaces show). The reader sees exactly what the cell will hold before saving.
 */
export function storedText(kind: TermKind, value: CellValue, strings: Strings, system: DateSystem): string | undefined {
  if (value === null) return undefined;
  if (typeof value !== 'number') return `“${String(value)}”`;
  switch (kind) {
    case 'amount':
      return strings.decimal(amount(value), 2);
    case 'percent': {
      const percent = amount(value).times(100);
      return strings.percent(value, percent.decimalPlaces());
    }
    case 'date': {
      const day = dayFromSerial(value, system);
      return day === undefined ? String(value) : strings.date(day);
    }
    default:
      return strings.number(value);
  }
}
