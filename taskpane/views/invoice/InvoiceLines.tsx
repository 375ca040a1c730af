import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { ReactNode } from 'react';
import { useVirtualRows } from '../../components/VirtualRows/useVirtualRows';
import { useViewStyles } from '../useViewStyles.styles';

/** The height of an extra-small table row, before a row is measured. */
const ROW_ESTIMATE = 25;

/**
 * A table of lines (an invoice's, a correction's, the ledger's) in a box of its own height that scrolls:
 * only the rows in view are rendered, so a 6,644-line invoice shows as fast as a short one. The table
 * still tells assistive technology how many rows it has and which one each is.
 */
export function InvoiceLines<T>({
  caption,
  columns,
  numeric,
  rows,
  cells,
  rowKey = (_, index) => String(index),
}: {
  caption: string;
  columns: readonly string[];
  /** Columns that hold amounts: right-aligned, headers too. */
  numeric: readonly number[];
  rows: readonly T[];
  cells: (row: T) => readonly ReactNode[];
  rowKey?: (row: T, index: number) => string;
}) {
  const view = useViewStyles();
  const { setBox, start, end, before, after, measure } = useVirtualRows(rows.length, ROW_ESTIMATE);
  const align = (index: number) => (numeric.includes(index) ? view.number : undefined);
  return (
    <div className={view.lines} ref={setBox}>
      <Table size="extra-small" className={view.table} aria-label={caption} aria-rowcount={rows.length + 1}>
        <TableHeader className={view.stickyHeader}>
          <TableRow aria-rowindex={1}>
            {columns.map((column, index) => (
              <TableHeaderCell
                key={column}
                className={align(index)}
                button={{ className: numeric.includes(index) ? view.numberHeader : undefined }}
              >
                {column}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {before > 0 && <tr aria-hidden style={{ height: before }} />}
          {rows.slice(start, end).map((row, offset) => {
            const index = start + offset;
            return (
              <TableRow key={rowKey(row, index)} ref={measure(index)} aria-rowindex={index + 2}>
                {cells(row).map((cell, column) => (
                  <TableCell key={column} className={align(column)}>
                    {cell}
                  </TableCell>
                ))}
              </TableRow>
            );
          })}
          {after > 0 && <tr aria-hidden style={{ height: after }} />}
        </TableBody>
      </Table>
    </div>
  );
}
