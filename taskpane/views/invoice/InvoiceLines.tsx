import { Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { useState } from 'react';
import { Strings } from '../../i18n/I18nContext';
import { useViewStyles } from '../useViewStyles.styles';

export interface LineRow {
  readonly key: string;
  readonly cells: readonly string[];
}

/** A table of invoice or correction lines; long ones show their first lines until asked for all. */
export function InvoiceLines({
  caption,
  columns,
  numeric,
  rows,
  strings,
  limit = 50,
}: {
  caption: string;
  columns: readonly string[];
  numeric: readonly number[];
  rows: readonly LineRow[];
  strings: Strings;
  limit?: number;
}) {
  const view = useViewStyles();
  const [all, setAll] = useState(false);
  const shown = all ? rows : rows.slice(0, limit);
  return (
    <>
      <div className={view.scroll}>
        <Table size="extra-small" className={view.table} aria-label={caption}>
          <TableHeader>
            <TableRow>
              {columns.map((column, index) => (
                <TableHeaderCell key={column} className={numeric.includes(index) ? view.number : undefined}>
                  {column}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.map((row) => (
              <TableRow key={row.key}>
                {row.cells.map((cell, index) => (
                  <TableCell key={index} className={numeric.includes(index) ? view.number : undefined}>
                    {cell}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {shown.length < rows.length && (
        <Button appearance="secondary" onClick={() => setAll(true)}>
          {strings.t('invoice.showAllLines', { count: rows.length })}
        </Button>
      )}
    </>
  );
}
