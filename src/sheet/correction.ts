import { CellValue } from '../engine/cells';
import { Amount, sum, toNumber, ZERO } from '../engine/money';
import { weekLabel } from '../engine/weeks';
import { SheetSpec } from '../workbook/types';
import { Invoice, InvoiceLine } from './invoice';
import { formulaContext } from './invoiceSheet';
import { IssuedLine } from './issued';
import { HEADER_ROWS, headerColumnWidths, SheetOptions, sheetHeader } from './sheetHeader';
import { settlementTable, sheetCell, TableColumn } from './settlementTable';

/** A line whose amount differs from what was issued for the week so far. */
export interface CorrectionLine extends InvoiceLine {
  readonly previous?: IssuedLine;
  readonly difference: Amount;
}

/**
 * DESIGN §7: the lines of a correction: every candidate whose amount for the week now differs from what
 * the invoice and earlier corrections issued — a late status, a fixed invalid status, a cleared one.
 * `invoice` must have a line for every candidate issued before (settle with `alwaysLine`).
 */
export function correctionLines(invoice: Invoice, issued: ReadonlyMap<string, IssuedLine>): CorrectionLine[] {
  return invoice.lines.flatMap((line) => {
    const previous = issued.get(line.candidate.id.toLowerCase());
    const difference = line.amount.minus(previous?.amount ?? ZERO);
    return difference.isZero() ? [] : [{ ...line, previous, difference }];
  });
}

export function correctionTotal(lines: readonly CorrectionLine[]): Amount {
  return sum(lines.map((line) => line.difference));
}

/** `Correction 2021-W10`, then `Correction 2021-W10 (2)`, … — the nth correction of the week. */
export function correctionSheetName(invoice: Pick<Invoice, 'week'>, nth: number): string {
  return `Correction ${weekLabel(invoice.week)}${nth > 1 ? ` (${nth})` : ''}`;
}

function correctionTableName(invoice: Pick<Invoice, 'week'>, nth: number): string {
  return `Correction_${weekLabel(invoice.week).replace('-', '_')}${nth > 1 ? `_${nth}` : ''}`;
}

const valid = (line: InvoiceLine) => line.reason !== 'invalid-status';

function correctionColumns(withCap: boolean): TableColumn<CorrectionLine>[] {
  const columns: (TableColumn<CorrectionLine> | false)[] = [
    { name: 'Candidate ID', formula: 'id', value: (line) => line.candidate.id, format: 'text' },
    { name: 'Status', formula: 'status', value: (line): CellValue => line.status, format: 'general' },
    { name: 'Share', formula: 'share', value: (line) => (valid(line) && line.share ? toNumber(line.share) : undefined), format: 'share' },
    { name: 'Rate', formula: 'rate', value: (line) => (valid(line) && line.rate ? toNumber(line.rate) : undefined), format: 'amount' },
    { name: 'Payable weeks before', formula: 'before', value: (line) => line.payableBefore, format: 'integer' },
    { name: 'Amount before cap', formula: 'uncapped', value: (line) => toNumber(line.uncapped), format: 'amount', total: true },
    withCap && { name: 'Cap used before', formula: 'capUsed', value: (line) => toNumber(line.capUsedBefore), format: 'amount' },
    { name: 'Amount', formula: 'amount', value: (line) => toNumber(line.amount), format: 'amount', total: true },
    { name: 'Reason', formula: 'reason', value: (line) => line.reason ?? '', format: 'text' },
    { name: 'Issued', value: (line) => toNumber(line.amount), format: 'amount', total: true },
    {
      name: 'Previously issued',
      ownFormula: (line) => line.previous && sheetCell(line.previous.sheet, line.previous.address),
      value: (line) => toNumber(line.previous?.amount ?? ZERO),
      format: 'amount',
      total: true,
    },
    {
      name: 'Difference',
      ownFormula: (_, cellOf) => `${cellOf('Issued')}-${cellOf('Previously issued')}`,
      value: (line) => toNumber(line.difference),
      format: 'amount',
      total: true,
    },
  ];
  return columns.filter((column): column is TableColumn<CorrectionLine> => column !== false);
}

/**
 * The correction sheet: the same header as an invoice, then only the lines that changed, each with its
 * live amount, what it issues now, what was issued before (a reference to that sheet's cell) and the
 * difference, which is what the correction charges or credits.
 */
export function correctionSheet(invoice: Invoice, lines: readonly CorrectionLine[], nth: number, options: SheetOptions): SheetSpec {
  const name = correctionSheetName(invoice, nth);
  const header = sheetHeader(name, invoice, options);
  const columns = correctionColumns(options.defined.has('paymentCap'));
  const { rows, table } = settlementTable(lines, columns, formulaContext(invoice, options), {
    headerRow: HEADER_ROWS,
    name: correctionTableName(invoice, nth),
  });
  const widths = headerColumnWidths([28, 10, 10, 12, 12, 16, 16, 16, 18, 16, 16, 16], invoice.sheet);
  return { name, rows: [...header, ...rows], columnWidths: widths, tables: [table] };
}
