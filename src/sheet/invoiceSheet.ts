import { CellValue } from '../engine/cells';
import { toNumber } from '../engine/money';
import { weekLabel } from '../engine/weeks';
import { Language } from '../engine/messages';
import { EXCEL_ROWS } from '../workbook/ranges';
import { SheetSpec } from '../workbook/types';
import { Invoice, InvoiceLine } from './invoice';
import { EarlierWeeks, InvoiceFormulaContext } from './invoiceFormulas';
import { absolute, HEADER_ROW, HEADER_ROWS, headerColumnWidths, SheetOptions, sheetHeader, weekMondaysRange } from './sheetHeader';
import { invoiceSheetName, lineTableName } from './sheetNames';
import { settlementTable, TableColumn } from './settlementTable';
import { workbookText } from './workbookTexts';

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
  { key: 'column.id', formula: 'id', value: (line) => line.candidate.id, format: 'text' },
  { key: 'column.status', formula: 'status', value: (line): CellValue => line.status, format: 'general' },
  { key: 'column.share', formula: 'share', value: (line) => (valid(line) ? amountOf(line.share) : undefined), format: 'share' },
  { key: 'column.rate', formula: 'rate', value: (line) => (valid(line) ? amountOf(line.rate) : undefined), format: 'amount' },
  { key: 'column.before', formula: 'before', value: (line) => line.payableBefore, format: 'integer' },
  { key: 'column.uncapped', formula: 'uncapped', value: (line) => toNumber(line.uncapped), format: 'amount', total: true },
  { key: 'column.amount', formula: 'amount', value: (line) => toNumber(line.amount), format: 'amount', total: true },
  { key: 'column.reason', formula: 'reason', value: (line) => line.reason ?? '', format: 'text' },
  { key: 'column.issued', value: (line) => toNumber(line.amount), format: 'amount', total: true },
];

/** The invoice table's column names in a workbook's language. */
export function invoiceColumnNames(language: Language): string[] {
  return INVOICE_COLUMNS.map((column) => workbookText(language, column.key));
}

/**
 * docs/rules.md §7: the invoice sheet: a header block that says what, for whom, from what and when, then an
 * Excel table with one live-formula line per candidate and a totals row.
 */
export function invoiceSheet(invoice: Invoice, options: SheetOptions): SheetSpec {
  const { language } = options;
  const name = invoiceSheetName(invoice.week, language);
  const header = sheetHeader(name, invoice, options);
  if (invoice.lines.length === 0) {
    return {
      name,
      rows: [...header, [{ value: workbookText(language, 'invoice.noLines', { week: weekLabel(invoice.week) }) }]],
      columnWidths: headerColumnWidths(COLUMN_WIDTHS, invoice.sheet),
    };
  }
  const { rows, table } = settlementTable(invoice.lines, INVOICE_COLUMNS, formulaContext(invoice, options), {
    headerRow: HEADER_ROWS,
    name: lineTableName('invoice', invoice.week, 1, language),
    language,
  });
  return {
    name,
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
