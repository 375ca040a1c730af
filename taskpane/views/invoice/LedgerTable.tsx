import { Caption1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { qualifiedAddress } from '../../../src/engine/cells';
import { weekLabel } from '../../../src/engine/weeks';
import { Ledger } from '../../../src/sheet/ledger';
import { CellLink } from '../../components/CellLink';
import { Strings } from '../../i18n/I18nContext';
import { useViewStyles } from '../useViewStyles.styles';

/** The settlement ledger's entries, each sheet a link to it; unreadable rows are listed by their cells. */
export function LedgerTable({ ledger, strings, currency }: { ledger: Ledger | undefined; strings: Strings; currency?: string }) {
  const view = useViewStyles();
  const { t } = strings;
  if (!ledger || (ledger.entries.length === 0 && ledger.unreadable.length === 0))
    return <Text className={view.muted}>{t('ledger.empty')}</Text>;
  return (
    <>
      <div className={view.scroll}>
        <Table size="extra-small" className={view.table} aria-label={t('ledger.title')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('ledger.week')}</TableHeaderCell>
              <TableHeaderCell>{t('ledger.sheet')}</TableHeaderCell>
              <TableHeaderCell className={view.number}>{t('ledger.total')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {ledger.entries.map((entry) => (
              <TableRow key={entry.row}>
                <TableCell>{weekLabel(entry.week)}</TableCell>
                <TableCell>
                  {entry.kind === 'opening' ? (
                    t('ledger.opening')
                  ) : (
                    <CellLink address={qualifiedAddress(entry.sheet, 0, 0)}>{entry.sheet}</CellLink>
                  )}
                </TableCell>
                <TableCell className={view.number}>{strings.money(entry.total, currency)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {ledger.unreadable.length > 0 && (
        <Caption1>
          {t('ledger.unreadable')}{' '}
          {ledger.unreadable.map((cell) => (
            <CellLink key={cell} address={cell} />
          ))}
        </Caption1>
      )}
    </>
  );
}
