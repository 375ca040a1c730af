import { CellValue } from '../engine/cells';
import { toNumber } from '../engine/money';
import { weekLabel } from '../engine/weeks';
import { EXCEL_ROWS } from '../workbook/ranges';
import { SheetSpec } from '../workbook/types';
import { Invoice, InvoiceLine } from './invoice';
import { EarlierWeeks, InvoiceFormulaContext } from './invoiceFormulas';
import { absolute, HEADER_ROW, HEADER_ROWS, headerColumnWidths, SheetOptions, sheetHeader, weekMondaysRange } from './sheetHeader';
import { settlementTable, TableColumn } from './settlementTable';

export function invoiceSheetName(invoice: Pick<Invoice, 'week'>): string {
  return `Invoice ${weekLabel(invoice.week)}`;
}

export function invoiceTableName(invoice: Pick<Invoice, 'week'>): string {
  return `Invoice_${weekLabel(invoice.week).replace('-', '_')}`;
}

/** The most lines an invoice sheet holds: Excel's rows, less the header block and the table's header and totals rows. */
export const MAX_INVOICE_LINES = EXCEL_ROWS - HEADER_ROWS - 2;

const amountOf = (value: InvoiceLine['amount'] | undefined): number | undefined => (value === undefined ? undefined : toNumber(value));
const valid = (line: InvoiceLine) => line.reason !== 'invalid-status';

/**
 * The invoice's columns. Every figure but one is a live formula; "Issued" keeps what this invoice charged,
 * so a later change to the candidate sheet shows as Amount ≠ Issued and is settled by a correction, never
 * by rewriting the invoice.
 */
export const INVOICE_COLUMNS: readonly TableColumn<InvoiceLine>[] = [
  { name: 'Candidate ID', formula: 'id', value: (line) => line.candidate.id, format: 'text' },
  { name: 'Status', formula: 'status', value: (line): CellValue => line.status, format: 'general' },
  { name: 'Share', formula: 'share', value: (line) => (valid(line) ? amountOf(line.share) : undefined), format: 'share' },
  { name: 'Rate', formula: 'rate', value: (line) => (valid(line) ? amountOf(line.rate) : undefined), format: 'amount' },
  { name: 'Payable weeks before', formula: 'before', value: (line) => line.payableBefore, format: 'integer' },
  { name: 'Amount before cap', formula: 'uncapped', value: (line) => toNumber(line.uncapped), format: 'amount', total: true },
  { name: 'Amount', formula: 'amount', value: (line) => toNumber(line.amount), format: 'amount', total: true },
  { name: 'Reason', formula: 'reason', value: (line) => line.reason ?? '', format: 'text' },
  { name: 'Issued', value: (line) => toNumber(line.amount), format: 'amount', total: true },
];

export const INVOICE_COLUMN_NAMES = INVOICE_COLUMNS.map((column) => column.name);

/**
 * DESIGN §7: the invoice sheet: a header block that says what, for whom, from what and when, then an
 * Excel table with one live-formula line per candidate and a totals row.
 */
export function invoiceSheet(invoice: Invoice, options: SheetOptions): SheetSpec {
  const header = sheetHeader(invoiceSheetName(invoice), invoice, options);
  if (invoice.lines.length === 0) {
    return {
      name: invoiceSheetName(invoice),
      rows: [...header, [{ value: `No candidate has a self-supporting status in ${weekLabel(invoice.week)}.` }]],
      columnWidths: headerColumnWidths(COLUMN_WIDTHS, invoice.sheet),
    };
  }
  const { rows, table } = settlementTable(invoice.lines, INVOICE_COLUMNS, formulaContext(invoice, options), {
    headerRow: HEADER_ROWS,
    name: invoiceTableName(invoice),
  });
  return {
    name: invoiceSheetName(invoice),
    rows: [...header, ...rows],
    columnWidths: headerColumnWidths(COLUMN_WIDTHS, invoice.sheet),
    tables: [table],
  };
}

export function formulaContext(invoice: Invoice, options: SheetOptions): Omit<InvoiceFormulaContext, 'columns' | 'firstRow'> {
  const { layout } = invoice.sheet;
  return {
    sourceSheet: layout.sheet,
    idColumn: layout.idColumn,
    weekColumn: invoice.weekColumn,
    startColumn: layout.startColumn,
    endColumn: layout.endColumn,
    mondayCell: absolute(HEADER_ROW.monday),
    invoicedBeforeCell: absolute(HEADER_ROW.invoicedBefore),
    earlierWeeks: earlierWeeks(invoice),
    defined: options.defined,
  };
}

/** The span of the candidate sheet's columns that holds every week before the invoiced one. */
function earlierWeeks(invoice: Invoice): EarlierWeeks | undefined {
  const { sheet } = invoice;
  const columns = sheet.weekColumns.filter((_, index) => sheet.weeks[index].monday < invoice.week.monday);
  if (columns.length === 0) return undefined;
  const [firstColumn, lastColumn] = [Math.min(...columns), Math.max(...columns)];
  return { firstColumn, lastColumn, mondays: weekMondaysRange(sheet, firstColumn, lastColumn) };
}

const COLUMN_WIDTHS = [28, 10, 10, 12, 12, 16, 16, 18, 16, 16, 16, 16];
