import { cellAddress } from '../engine/cells';
import { Amount, amount, round2 } from '../engine/money';
import { SheetGrid } from '../workbook/types';
import { isWorkbookText } from './workbookTexts';

/** What an invoice or correction sheet charged one candidate: its "Issued" cell and value. */
export interface IssuedLine {
  readonly candidateId: string;
  readonly amount: Amount;
  readonly sheet: string;
  readonly address: string;
}

/**
 * Candidate ids (lower case) to what the sheet issued, read from its table's "Candidate ID" and "Issued"
 * columns, in whichever language the sheet was written.
 */
export function readIssued(grid: SheetGrid): Map<string, IssuedLine> {
  const issued = new Map<string, IssuedLine>();
  const headerRow = grid.rows.findIndex((row) => isWorkbookText(row?.[0], 'column.id'));
  if (headerRow < 0) return issued;
  const issuedColumn = grid.rows[headerRow]!.findIndex((name) => isWorkbookText(name, 'column.issued'));
  for (let row = headerRow + 1; row < grid.rows.length; row++) {
    const cells = grid.rows[row];
    const id = cells?.[0];
    if (!cells || isWorkbookText(id, 'row.total') || id === null || id === undefined || id === '') continue;
    const value = cells[issuedColumn];
    if (typeof value !== 'number') continue;
    const candidateId = String(id).trim();
    issued.set(candidateId.toLowerCase(), {
      candidateId,
      amount: round2(amount(value)),
      sheet: grid.name,
      address: cellAddress(row, issuedColumn),
    });
  }
  return issued;
}
