import { CellValue, isBlank, qualifiedAddress } from '../engine/cells';
import { EngineError, engineError, isEngineError } from '../engine/errors';
import { Amount, amount, round2 } from '../engine/money';
import { IsoWeek, parseWeekLabel, weekLabel } from '../engine/weeks';
import { SheetGrid, TableInfo } from '../workbook/types';
import { parseRange } from '../workbook/ranges';
import { invoiceSheetWeek } from './sheetNames';
import { everyLanguage, readText, WorkbookTextKey } from './workbookTexts';

/*
 * A received invoice table (docs/rules.md §8): one this product built, in any of its languages, perhaps copied
 * into another workbook, to another position, with extra columns or as plain values. It is found by the
 * invoice's column names: the id, the status and the amount are needed. What an invoice charged is its
 * "Issued" column, which invoices built by this product keep beside the live Amount, which Excel recomputes
 * from the provider's candidate sheet when the file is opened; the statement is what was charged. A
 * correction table lists the lines a later change altered — under a payment cap, every line of the week —
 * with what they issue now, "Previously issued" beside it and the difference.
 */
const TOTAL_LABELS = new Set(everyLanguage('row.total'));
const WEEK_LABELS = new Set(everyLanguage('header.week'));

export interface ReceivedLine {
  readonly candidateId: string;
  readonly status: CellValue;
  /** Absent when the amount cell holds no number. */
  readonly amount?: Amount;
  readonly idAddress: string;
  readonly statusAddress: string;
  readonly amountAddress: string;
  /** A correction's line: what it changes (0 for a line a capped correction lists only to show the week). */
  readonly difference?: Amount;
}

export interface ReceivedTotal {
  /** Absent when the totals cell holds no number. */
  readonly amount?: Amount;
  readonly address: string;
}

export interface ReceivedTable {
  /** An invoice states a week; a correction changes some of its lines afterwards. */
  readonly kind: 'invoice' | 'correction';
  readonly sheet: string;
  /** The header row's Candidate ID cell, e.g. `'Invoice 2021-W10'!A16`. */
  readonly address: string;
  /** From the header block's 'Week' cell, else from a sheet name like `Invoice 2021-W10`; an error when they disagree. */
  readonly week: IsoWeek | EngineError | undefined;
  readonly lines: readonly ReceivedLine[];
  readonly totals?: ReceivedTotal;
  /** A correction's total difference (its totals row), what it adds to the week's invoice. */
  readonly difference?: ReceivedTotal;
}

/** The rows an Excel table gives a received table (0-based): its last row, and its totals row if it has one. */
interface TableRows {
  readonly lastRow: number;
  readonly totalsRow?: number;
}

interface Columns {
  readonly id: number;
  readonly status: number;
  readonly amount: number;
  /** Corrections only. */
  readonly difference?: number;
}

/**
 * Every invoice table on a sheet. A table ends at its Excel table's last row, at a 'Total' row, or (when
 * it is not an Excel table) at the first blank row. A sheet named like an invoice that holds no table is
 * an invoice without lines, as this product writes one for a week nobody was self-supporting.
 */
export function readReceivedTables(grid: SheetGrid, tables: readonly TableInfo[]): ReceivedTable[] {
  const found: ReceivedTable[] = [];
  let blockStart = 0;
  for (let row = 0; row < grid.rows.length; row++) {
    const columns = headerColumns(grid.rows[row]);
    if (!columns) continue;
    const { lines, totals, difference, lastRow } = readBody(grid, row, columns, excelTable(tables, grid.name, row, columns.id));
    const kind = columns.difference === undefined ? 'invoice' : 'correction';
    found.push({
      kind,
      sheet: grid.name,
      address: qualifiedAddress(grid.name, row, columns.id),
      week: tableWeek(grid, blockStart, row),
      lines,
      totals,
      ...(difference ? { difference } : {}),
    });
    row = lastRow;
    blockStart = row + 1;
  }
  if (found.length === 0 && invoiceSheetWeek(grid.name) !== undefined) {
    found.push({
      kind: 'invoice',
      sheet: grid.name,
      address: qualifiedAddress(grid.name, 0, 0),
      week: tableWeek(grid, 0, grid.rows.length),
      lines: [],
    });
  }
  return found;
}

const normalised = (value: CellValue | undefined) => (typeof value === 'string' ? readText(value) : '');

function headerColumns(cells: readonly CellValue[] | undefined): Columns | undefined {
  if (!cells) return undefined;
  const names = cells.map(normalised);
  const column = (key: WorkbookTextKey) => {
    const texts = everyLanguage(key);
    return names.findIndex((name) => texts.includes(name));
  };
  const [id, status, amountColumn, issued, difference] = [
    column('column.id'),
    column('column.status'),
    column('column.amount'),
    column('column.issued'),
    column('column.difference'),
  ];
  if (id < 0 || status < 0 || amountColumn < 0) return undefined;
  const correction = column('column.previouslyIssued') >= 0 && issued >= 0 && difference >= 0;
  return { id, status, amount: issued < 0 ? amountColumn : issued, ...(correction ? { difference } : {}) };
}

function excelTable(tables: readonly TableInfo[], sheet: string, headerRow: number, idColumn: number): TableRows | undefined {
  for (const table of tables) {
    const range = table.sheet === sheet && table.headerRowCount > 0 ? parseRange(table.range) : undefined;
    if (range && range.top === headerRow && range.left <= idColumn && idColumn <= range.right) {
      return { lastRow: range.bottom, totalsRow: table.totalsRowCount > 0 ? range.bottom : undefined };
    }
  }
  return undefined;
}

function readBody(
  grid: SheetGrid,
  headerRow: number,
  columns: Columns,
  table: TableRows | undefined,
): { lines: ReceivedLine[]; totals?: ReceivedTotal; difference?: ReceivedTotal; lastRow: number } {
  const lines: ReceivedLine[] = [];
  const at = (row: number, column: number) => qualifiedAddress(grid.name, row, column);
  const lastRow = table?.lastRow ?? grid.rows.length - 1;
  for (let row = headerRow + 1; row <= lastRow; row++) {
    const cells = grid.rows[row] ?? [];
    if (!table && headerColumns(cells)) return { lines, lastRow: row - 1 };
    if (row === table?.totalsRow || TOTAL_LABELS.has(normalised(cells[columns.id]))) {
      const difference =
        columns.difference === undefined
          ? undefined
          : { amount: amountOf(cells[columns.difference]), address: at(row, columns.difference) };
      return {
        lines,
        totals: { amount: amountOf(cells[columns.amount]), address: at(row, columns.amount) },
        ...(difference ? { difference } : {}),
        lastRow: row,
      };
    }
    if ([columns.id, columns.status, columns.amount].every((column) => isBlank(cells[column]))) {
      if (table) continue;
      return { lines, lastRow: row - 1 };
    }
    lines.push({
      candidateId: isBlank(cells[columns.id]) ? '' : String(cells[columns.id]).trim(),
      status: cells[columns.status] ?? null,
      amount: amountOf(cells[columns.amount]),
      idAddress: at(row, columns.id),
      statusAddress: at(row, columns.status),
      amountAddress: at(row, columns.amount),
      ...(columns.difference === undefined ? {} : { difference: amountOf(cells[columns.difference]) }),
    });
  }
  return { lines, lastRow };
}

/** A cell written as 1234.57 may read back as a float a hair off; øre are what it says. */
function amountOf(value: CellValue | undefined): Amount | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? round2(amount(value)) : undefined;
}

/** The nearest 'Week' label above the table (within its own block), checked against the sheet's name. */
function tableWeek(grid: SheetGrid, firstRow: number, headerRow: number): IsoWeek | EngineError | undefined {
  const named = invoiceSheetWeek(grid.name);
  const fromName = named === undefined ? undefined : parseWeekLabel(named);
  const nameWeek = fromName && !isEngineError(fromName) ? fromName : undefined;
  const block = blockWeek(grid, firstRow, headerRow);
  if (!block) return nameWeek;
  if (nameWeek && nameWeek.monday !== block.week.monday) {
    return engineError('#VALUE!', 'statement.weekConflict', {
      sheet: grid.name,
      named: weekLabel(nameWeek),
      address: block.address,
      week: weekLabel(block.week),
    });
  }
  return block.week;
}

function blockWeek(grid: SheetGrid, firstRow: number, headerRow: number): { week: IsoWeek; address: string } | undefined {
  for (let row = Math.min(headerRow, grid.rows.length) - 1; row >= firstRow; row--) {
    const cells = grid.rows[row] ?? [];
    for (let column = 0; column < cells.length; column++) {
      if (!WEEK_LABELS.has(normalised(cells[column]))) continue;
      const valueColumn = cells.findIndex((value, index) => index > column && !isBlank(value));
      const value = cells[valueColumn];
      const week = typeof value === 'string' ? parseWeekLabel(value) : undefined;
      if (week && !isEngineError(week)) return { week, address: qualifiedAddress(grid.name, row, valueColumn) };
    }
  }
  return undefined;
}
