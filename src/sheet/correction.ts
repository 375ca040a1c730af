import { CellValue } from '../engine/cells';
import { Amount, sum, toNumber, ZERO } from '../engine/money';
import { SheetSpec } from '../workbook/types';
import { Invoice, InvoiceLine } from './invoice';
import { formulaContext } from './invoiceSheet';
import { IssuedLine } from './issued';
import { HEADER_ROWS, headerColumnWidths, SheetOptions, sheetHeader } from './sheetHeader';
import { correctionSheetName, lineTableName } from './sheetNames';
import { settlementTable, sheetCell, TableColumn } from './settlementTable';

/** A line whose amount differs from what was issued for the week so far. */
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
  return invoice.lines.flatMap((line) => {
    const previous = issued.get(line.candidate.id.toLowerCase());
    const difference = line.amount.minus(previous?.amount ?? ZERO);
    return difference.isZero() ? [] : [{ ...line, previous, difference }];
  });
}

export function correctionTotal(lines: readonly CorrectionLine[]): Amount {
  return sum(lines.map((line) => line.difference));
}

const valid = (line: InvoiceLine) => line.reason !== 'invalid-status';

function correctionColumns(withCap: boolean): TableColumn<CorrectionLine>[] {
  const columns: (TableColumn<CorrectionLine> | false)[] = [
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
    withCap && { key: 'column.capUsed', formula: 'capUsed', value: (line) => toNumber(line.capUsedBefore), format: 'amount' },
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
  return columns.filter((column): column is TableColumn<CorrectionLine> => column !== false);
}

/**
 * The correction sheet: the same header as an invoice, then only the lines that changed, each with its
 * live amount, what it issues now, what was issued before (a reference to that sheet's cell) and the
 * difference, which is what the correction charges or credits.
 */
export function correctionSheet(invoice: Invoice, lines: readonly CorrectionLine[], nth: number, options: SheetOptions): SheetSpec {
  const name = correctionSheetName(invoice.week, nth, options.language);
  const header = sheetHeader(name, invoice, options);
  const columns = correctionColumns(options.defined.has('paymentCap'));
  const { rows, table } = settlementTable(lines, columns, formulaContext(invoice, options), {
    headerRow: HEADER_ROWS,
    name: lineTableName('correction', invoice.week, nth, options.language),
    language: options.language,
  });
  const widths = headerColumnWidths([28, 10, 10, 12, 12, 16, 16, 16, 18, 16, 16, 16], invoice.sheet);
  return { name, rows: [...header, ...rows], columnWidths: widths, tables: [table] };
}
