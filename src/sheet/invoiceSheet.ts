import { cellAddress, CellValue } from '../engine/cells';
import { sum, toNumber } from '../engine/money';
import { DateSystem, serialFromDay, sundayOf, weekLabel } from '../engine/weeks';
import { CellSpec, SheetSpec } from '../workbook/types';
import { TERM_NAMES, TermKey } from './contractTerms';
import { Invoice } from './invoice';
import { INVOICE_COLUMNS, InvoiceFormulaContext, lineFormulas } from './invoiceFormulas';

export function invoiceSheetName(invoice: Pick<Invoice, 'week'>): string {
  return `Invoice ${weekLabel(invoice.week)}`;
}

export function invoiceTableName(invoice: Pick<Invoice, 'week'>): string {
  return `Invoice_${weekLabel(invoice.week).replace('-', '_')}`;
}

const text = (value: string, bold = false): CellSpec => ({ value, bold });
const label = (value: string): CellSpec => ({ value, bold: true });

/** Header rows: title, then label/value pairs from row 2. Row numbers here are 0-based. */
const ROW_MONDAY = 6;
const ROW_SUNDAY = 7;
const ROW_INVOICED_BEFORE = 12;
const FIRST_TABLE_ROW = 15;

/**
 * DESIGN §7: the invoice sheet: a header block that says what, for whom, from what and when, then an
 * Excel table with one live-formula line per candidate and a totals row.
 */
export function invoiceSheet(invoice: Invoice, defined: ReadonlySet<TermKey>, builtAt: Date, system: DateSystem): SheetSpec {
  const { layout } = invoice.sheet;
  const term = (key: 'contractName' | 'commissioner' | 'investor' | 'provider' | 'currency', fallback: string): CellSpec =>
    defined.has(key) ? { formula: TERM_NAMES[key], value: invoice.terms[key] ?? fallback } : text(fallback);
  const monday = serialFromDay(invoice.week.monday, system);
  const header: ((CellSpec | null)[] | null)[] = [
    [text(`${invoiceSheetName(invoice)}`, true)],
    [label('Contract'), term('contractName', '')],
    [label('Commissioner'), term('commissioner', '')],
    [label('Investor'), term('investor', '')],
    [label('Provider'), term('provider', '')],
    [label('Week'), text(weekLabel(invoice.week))],
    [label('Monday'), { value: monday, format: 'date' }],
    [label('Sunday'), { value: serialFromDay(sundayOf(invoice.week), system), format: 'date' }],
    [label('Source sheet'), text(layout.sheet)],
    [label('Built'), { value: builtSerial(builtAt, system), format: 'datetime' }],
    [label('Fingerprint (SHA-256)'), text(invoice.fingerprint)],
    [label('Currency'), term('currency', invoice.terms.currency)],
    [label('Invoiced before this week'), { value: toNumber(invoice.cumulativeBefore), format: 'amount' }],
    defined.has('paymentCap')
      ? [label('Cap remaining before this week'), { formula: `MAX(0,${TERM_NAMES.paymentCap}-${cellAddress(ROW_INVOICED_BEFORE, 1)})`, value: toNumber(invoice.capRemainingBefore!), format: 'amount' }]
      : null,
    null,
  ];
  if (invoice.lines.length === 0) {
    return { name: invoiceSheetName(invoice), rows: [...header, [text(`No candidate has a self-supporting status in ${weekLabel(invoice.week)}.`)]], columnWidths: COLUMN_WIDTHS };
  }
  const context: InvoiceFormulaContext = {
    sourceSheet: layout.sheet,
    idColumn: layout.idColumn,
    weekColumn: invoice.weekColumn,
    startColumn: layout.startColumn,
    endColumn: layout.endColumn,
    mondayCell: absolute(ROW_MONDAY),
    sundayCell: absolute(ROW_SUNDAY),
    invoicedBeforeCell: absolute(ROW_INVOICED_BEFORE),
    defined,
    firstRow: FIRST_TABLE_ROW + 1,
  };
  const firstRow = context.firstRow;
  const formulasOf = lineFormulas(context);
  const lines = invoice.lines.map((line, index): CellSpec[] => {
    const formulas = formulasOf({ row: firstRow + index, sourceRow: line.candidate.row });
    const valid = line.reason !== 'invalid-status';
    const cached: (CellValue | undefined)[] = [
      line.candidate.id,
      line.status,
      valid && line.share ? toNumber(line.share) : undefined,
      valid && line.rate ? toNumber(line.rate) : undefined,
      line.payableBefore,
      toNumber(line.uncapped),
      toNumber(line.amount),
      line.reason ?? '',
    ];
    return formulas.map((formula, column): CellSpec => ({
      ...(formula ? { formula } : {}),
      value: cached[column],
      format: COLUMN_FORMATS[column],
    }));
  });
  const lastRow = firstRow + lines.length - 1;
  const sumOf = (column: number) => `SUM(${cellAddress(firstRow, column)}:${cellAddress(lastRow, column)})`;
  const totals: (CellSpec | null)[] = [
    label('Total'),
    null,
    null,
    null,
    null,
    { formula: sumOf(5), value: toNumber(sum(invoice.lines.map((line) => line.uncapped))), format: 'amount', bold: true },
    { formula: sumOf(6), value: toNumber(invoice.total), format: 'amount', bold: true },
    null,
  ];
  return {
    name: invoiceSheetName(invoice),
    rows: [...header, INVOICE_COLUMNS.map((name) => label(name)), ...lines, totals],
    columnWidths: COLUMN_WIDTHS,
    tables: [{ name: invoiceTableName(invoice), range: `A${FIRST_TABLE_ROW + 1}:H${lastRow + 2}`, columns: INVOICE_COLUMNS, totalsRow: true }],
  };
}

const COLUMN_FORMATS: CellSpec['format'][] = ['text', 'general', 'share', 'amount', 'integer', 'amount', 'amount', 'text'];
const COLUMN_WIDTHS = [28, 10, 10, 12, 12, 16, 16, 18];

function absolute(row: number): string {
  return `$B$${row + 1}`;
}

/** The build time as an Excel date-time serial, in the machine's local time, to the second. */
function builtSerial(at: Date, system: DateSystem): number {
  const day = Math.floor((at.getTime() - at.getTimezoneOffset() * 60_000) / 86_400_000);
  const seconds = at.getHours() * 3600 + at.getMinutes() * 60 + at.getSeconds();
  return serialFromDay(day, system) + seconds / 86_400;
}
