import { NumberFormatKind } from '../../workbook/types';

/**
 * Number format codes as `Range.numberFormat` takes them (en-US codes, whatever the user's locale). They
 * show what the .xlsx adapter's built-in formats show, so an invoice looks the same whichever adapter wrote it.
 */
export const NUMBER_FORMAT_CODES: Readonly<Record<NumberFormatKind, string>> = {
  general: 'General',
  integer: '0',
  amount: '#,##0.00',
  share: '0.00%',
  text: '@',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
};
