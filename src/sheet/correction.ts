import { CellValue } from '../engine/cells';
import { Amount, sum, toNumber, ZERO } from '../engine/money';
import { SheetSpec } from '../workbook/types';
import { Invoice, InvoiceLine } from './invoice';
import { formulaContext } from './invoiceSheet';
import { IssuedLine } from './issued';
import { HEADER_ROWS, headerColumnWidths, SheetOptions, sheetHeader } from './sheetHeader';
import { correctionSheetName, lineTableName } from './sheetNames';
import { settlementTable, sheetCell, TableColumn } from './settlementTable';

/** A line of a correction: what it issues now against what was issued for the week so far, and the difference. */
export interface CorrectionLine extends InvoiceLine {
  readonly previous?: IssuedLine;
  readonly difference: Amount;
}

/**
 * docs/rules.md §7: the lines of a correction: every candidate whose amount for the week now differs from what
 * the invoice and earlier corrections issued — a late status, a fixed invalid status, a cleared one.
 * `invoice` must have a line for every candidate issued before (settle with `alwaysLine`).
 */
export function correctionLines(invoice: Invoice, issued: ReadonlyMap<string, IssuedLine>): CorrectionLine[] {
  return weekLines(invoice, issued).filter((line) => !line.difference.isZero());
}

/** Every line of the week, in candidate order, with what it changes against what was issued (mostly nothing). */
function weekLines(invoice: Invoice, issued: ReadonlyMap<string, IssuedLine>): CorrectionLine[] {
  return invoice.lines.map((line) => {
    const previous = issued.get(line.candidate.id.toLowerCase());
    return { ...line, previous, difference: line.amount.minus(previous?.amount ?? ZERO) };
  });
}

export function correctionTotal(lines: readonly CorrectionLine[]): Amount {
  return sum(lines.map((line) => line.difference));
}

const valid = (line: InvoiceLine) => line.reason !== 'invalid-status';

const CORRECTION_COLUMNS: readonly TableColumn<CorrectionLine>[] = [
  { key: 'column.id', formula: 'id', value: (line) => line.candidate.id, format: 'text' },
  { key: 'column.status', formula: 'status', value: (line): CellValue => line.status, format: 'general' },
  {
    key: 'column.share',
    formula: 'share',
    value: (line) => (valid(line) && line.share ? toNumber(line.share) : undefined),
    format: 'share',
  },
  {
    key: 'column.rate',
    formula: 'rate',
    value: (line) => (valid(line) && line.rate ? toNumber(line.rate) : undefined),
    format: 'amount',
  },
  { key: 'column.before', formula: 'before', value: (line) => line.payableBefore, format: 'integer' },
  { key: 'column.uncapped', formula: 'uncapped', value: (line) => toNumber(line.uncapped), format: 'amount', total: true },
  { key: 'column.amount', formula: 'amount', value: (line) => toNumber(line.amount), format: 'amount', total: true },
  { key: 'column.reason', formula: 'reason', value: (line) => line.reason ?? '', format: 'text' },
  { key: 'column.issued', value: (line) => toNumber(line.amount), format: 'amount', total: true },
  {
    key: 'column.previouslyIssued',
    ownFormula: (line) => line.previous && sheetCell(line.previous.sheet, line.previous.address),
    value: (line) => toNumber(line.previous?.amount ?? ZERO),
    format: 'amount',
    total: true,
  },
  {
    key: 'column.difference',
    ownFormula: (_, cellOf) => `${cellOf('column.issued')}-${cellOf('column.previouslyIssued')}`,
    value: (line) => toNumber(line.difference),
    format: 'amount',
    total: true,
  },
];

/**
 * The correction sheet: the same header as an invoice, then the lines that changed, each with its live
 * amount, what it issues now, what was issued before (a reference to that sheet's cell) and the difference,
 * which is what the correction charges or credits. Under a payment cap a line's amount depends on every line
 * above it in the week, so the sheet lists every line of the week (difference 0 where nothing changed) and
 * its Amount formulas are the invoice's running total under the cap.
 */
export function correctionSheet(invoice: Invoice, issued: ReadonlyMap<string, IssuedLine>, nth: number, options: SheetOptions): SheetSpec {
  const name = correctionSheetName(invoice.week, nth, options.language);
  const header = sheetHeader(name, invoice, options);
  const lines = options.defined.has('paymentCap') ? weekLines(invoice, issued) : correctionLines(invoice, issued);
  const { rows, table } = settlementTable(lines, CORRECTION_COLUMNS, formulaContext(invoice, options), {
    headerRow: HEADER_ROWS,
    name: lineTableName('correction', invoice.week, nth, options.language),
    language: options.language,
  });
  const widths = headerColumnWidths([28, 10, 10, 12, 12, 16, 16, 18, 16, 16, 16], invoice.sheet);
  return { name, rows: [...header, ...rows], columnWidths: widths, tables: [table] };
}
